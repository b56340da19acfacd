import type { SanctionType } from '../../shared/annual/rules';
import { sanctionPeriodEnd } from '../../shared/annual/sanction-period';
import type { AdjustmentRecord, SanctionRecord } from '../../shared/annual/views';
import type { Db } from '../open';
import { prepared } from '../prepared';

/** 领导评价, 加减分 and 处分 records, and the 加减分 kinds (vocabulary 'annual-adjustment'). */

export const adjustmentKindVocabulary = 'annual-adjustment';

// ── 领导评价 ─────────────────────────────────────────────────────────────

export const leaderScoreOf = (db: Db, year: number, personId: number): number | null =>
  (prepared(db, 'SELECT leader_score AS score FROM annual_participants WHERE year = ? AND person_id = ?').get(year, personId) as { score: number | null } | undefined)?.score ?? null;

export function setLeaderScore(db: Db, year: number, personId: number, score: number | null): void {
  prepared(db, 'UPDATE annual_participants SET leader_score = ? WHERE year = ? AND person_id = ?').run(score, year, personId);
}

// ── 加减分 kinds ─────────────────────────────────────────────────────────

export function replaceAdjustmentKinds(db: Db, kinds: readonly string[]): void {
  prepared(db, 'DELETE FROM vocabulary WHERE kind = ?').run(adjustmentKindVocabulary);
  const insert = prepared(db, 'INSERT INTO vocabulary (kind, value, sort_order) VALUES (?, ?, ?)');
  kinds.forEach((k, i) => insert.run(adjustmentKindVocabulary, k, i + 1));
}

// ── 加减分 ───────────────────────────────────────────────────────────────

export interface AdjustmentRow extends AdjustmentRecord {
  readonly year: number;
}

const selectAdjustments = `
  SELECT a.id, a.year, a.person_id AS personId, x.name, u.name AS unitName, a.kind, a.points, a.date, a.reason, a.evidence,
         a.entered_by AS enteredBy, a.entered_at AS enteredAt
  FROM annual_adjustments a JOIN people x ON x.id = a.person_id JOIN units u ON u.id = x.unit_id`;

export function listAdjustmentRows(db: Db, year: number, personId?: number): AdjustmentRow[] {
  return (
    personId === undefined
      ? prepared(db, `${selectAdjustments} WHERE a.year = ? ORDER BY a.date, a.id`).all(year)
      : prepared(db, `${selectAdjustments} WHERE a.year = ? AND a.person_id = ? ORDER BY a.date, a.id`).all(year, personId)
  ) as AdjustmentRow[];
}

export const getAdjustmentRow = (db: Db, id: number): AdjustmentRow | undefined =>
  prepared(db, `${selectAdjustments} WHERE a.id = ?`).get(id) as AdjustmentRow | undefined;

export interface AdjustmentFields {
  readonly year: number;
  readonly personId: number;
  readonly kind: string;
  readonly points: number;
  readonly date: string;
  readonly reason: string;
  readonly evidence: string;
  readonly enteredBy: string;
  readonly enteredAt: string;
}

export const insertAdjustment = (db: Db, f: AdjustmentFields): number =>
  Number(
    prepared(
      db,
      `INSERT INTO annual_adjustments (year, person_id, kind, points, date, reason, evidence, entered_by, entered_at)
       VALUES (:year, :personId, :kind, :points, :date, :reason, :evidence, :enteredBy, :enteredAt)`,
    ).run(f).lastInsertRowid,
  );

export function deleteAdjustmentRow(db: Db, id: number): void {
  prepared(db, 'DELETE FROM annual_adjustments WHERE id = ?').run(id);
}

// ── 处分 ─────────────────────────────────────────────────────────────────

const selectSanctions = `
  SELECT s.id, s.person_id AS personId, x.name, u.name AS unitName, s.type, s.decided_on AS decidedOn, s.months,
         s.document_no AS documentNo, s.reason, s.entered_by AS enteredBy, s.entered_at AS enteredAt
  FROM annual_sanctions s JOIN people x ON x.id = s.person_id JOIN units u ON u.id = x.unit_id`;

/** The period's last day as the composite counts it (shared/annual/sanction-period.ts). */
const withEnd = (r: Omit<SanctionRecord, 'endsOn'>): SanctionRecord => ({ ...r, endsOn: sanctionPeriodEnd(r.decidedOn, r.months) });

/**
 * The period [decided_on, decided_on + months) overlaps the year, counted as the year-lock trigger
 * of migration 004 counts it. SQLite's date arithmetic and the calendar rule of sanction-period.ts
 * differ only when a month has no such day (01-31 + 1 month), never across a year's end (December
 * and January have 31 days), so both agree on which years a period overlaps.
 */
// CAST: better-sqlite3 binds a JS number as REAL, which would concatenate as 2026.0
const overlapsYear = `s.decided_on <= (CAST(:year AS INTEGER) || '-12-31')
  AND (s.months IS NULL OR date(s.decided_on, '+' || s.months || ' months') > (CAST(:year AS INTEGER) || '-01-01'))`;

/** 处分 whose period overlaps the year, of the year's participants, by decision date. */
export function listSanctionRows(db: Db, year: number): SanctionRecord[] {
  return (prepared(
    db,
    `${selectSanctions} WHERE ${overlapsYear}
       AND EXISTS (SELECT 1 FROM annual_participants p WHERE p.year = :year AND p.person_id = s.person_id)
     ORDER BY s.decided_on, s.id`,
  ).all({ year }) as Omit<SanctionRecord, 'endsOn'>[]).map(withEnd);
}

export function getSanctionRow(db: Db, id: number): SanctionRecord | undefined {
  const row = prepared(db, `${selectSanctions} WHERE s.id = ?`).get(id) as Omit<SanctionRecord, 'endsOn'> | undefined;
  return row && withEnd(row);
}

/** The first locked year a period touches (the year-lock trigger would refuse the write). */
export function lockedYearTouched(db: Db, decidedOn: string, months: number | null): number | undefined {
  return (
    prepared(
      db,
      `SELECT y.year FROM annual_years y WHERE y.status = 'locked'
         AND CAST(substr(:decidedOn, 1, 4) AS INTEGER) <= y.year
         AND (:months IS NULL OR date(:decidedOn, '+' || CAST(:months AS INTEGER) || ' months') > (y.year || '-01-01'))
       ORDER BY y.year LIMIT 1`,
    ).get({ decidedOn, months }) as { year: number } | undefined
  )?.year;
}

export interface SanctionFields {
  readonly personId: number;
  readonly type: SanctionType;
  readonly decidedOn: string;
  readonly months: number | null;
  readonly documentNo: string;
  readonly reason: string;
  readonly enteredBy: string;
  readonly enteredAt: string;
}

export const insertSanction = (db: Db, f: SanctionFields): number =>
  Number(
    prepared(
      db,
      `INSERT INTO annual_sanctions (person_id, type, decided_on, months, document_no, reason, entered_by, entered_at)
       VALUES (:personId, :type, :decidedOn, :months, :documentNo, :reason, :enteredBy, :enteredAt)`,
    ).run(f).lastInsertRowid,
  );

export function deleteSanctionRow(db: Db, id: number): void {
  prepared(db, 'DELETE FROM annual_sanctions WHERE id = ?').run(id);
}
