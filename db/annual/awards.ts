import type { Db } from '../open';
import { prepared } from '../prepared';

/** 奖励 records on people (person_awards): 嘉奖, 记三等功 … from the year's rules, by hand or imported (DOMAIN.md §9). */

export type AwardSource = 'rule' | 'manual' | 'import';

export interface AwardRecord {
  readonly id: number;
  readonly personId: number;
  readonly year: number;
  readonly kind: string;
  readonly basis: string;
  readonly docNo: string;
  readonly awardedOn: string | null;
  readonly source: AwardSource;
  readonly createdAt: string;
  readonly createdBy: string;
}

interface AwardRow { id: number; person_id: number; year: number; kind: string; basis: string; doc_no: string; awarded_on: string | null; source: AwardSource; created_at: string; created_by: string }

const toRecord = (r: AwardRow): AwardRecord => ({
  id: r.id, personId: r.person_id, year: r.year, kind: r.kind, basis: r.basis, docNo: r.doc_no, awardedOn: r.awarded_on,
  source: r.source, createdAt: r.created_at, createdBy: r.created_by,
});

export function listAwards(db: Db, filter: { year?: number; personId?: number } = {}): AwardRecord[] {
  const rows = prepared(
    db,
    `SELECT * FROM person_awards WHERE (@year IS NULL OR year = @year) AND (@person IS NULL OR person_id = @person) ORDER BY year, person_id, kind`,
  ).all({ year: filter.year ?? null, person: filter.personId ?? null }) as AwardRow[];
  return rows.map(toRecord);
}

export interface NewAward {
  readonly personId: number;
  readonly year: number;
  readonly kind: string;
  readonly basis: string;
  readonly docNo: string;
  readonly awardedOn: string | null;
  readonly source: AwardSource;
}

/** Insert one award; returns its id. UNIQUE (person, year, kind) makes a second 嘉奖 for the same year fail. */
export function insertAward(db: Db, award: NewAward, by: string, at: string): number {
  const result = prepared(
    db,
    `INSERT INTO person_awards (person_id, year, kind, basis, doc_no, awarded_on, source, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(award.personId, award.year, award.kind, award.basis, award.docNo, award.awardedOn, award.source, at, by);
  return Number(result.lastInsertRowid);
}

export function getAward(db: Db, id: number): AwardRecord | undefined {
  const row = prepared(db, 'SELECT * FROM person_awards WHERE id = ?').get(id) as AwardRow | undefined;
  return row && toRecord(row);
}

export function deleteAward(db: Db, id: number): boolean {
  return prepared(db, 'DELETE FROM person_awards WHERE id = ?').run(id).changes > 0;
}
