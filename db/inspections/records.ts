import type { Db } from '../open';
import { prepared } from '../prepared';

/** inspection_records: 督查记录 and their 整改 (DOMAIN §8.6). */

export interface InspectionRecordRow {
  readonly id: number;
  readonly year: number;
  readonly date: string;
  readonly team: string;
  readonly unitId: number;
  readonly unitName: string;
  readonly personId: number | null;
  readonly personName: string | null;
  readonly content: string;
  readonly findings: string;
  readonly requirement: string;
  readonly deadline: string | null;
  readonly doneOn: string | null;
  readonly doneNote: string;
  readonly evidenceNote: string;
}

export type InspectionRecordWrite = Omit<InspectionRecordRow, 'id' | 'unitName' | 'personName'>;

const select = `SELECT r.id, r.year, r.date, r.team, r.unit_id AS unitId, u.name AS unitName, r.person_id AS personId, p.name AS personName,
  r.content, r.findings, r.requirement, r.deadline, r.done_on AS doneOn, r.done_note AS doneNote, r.evidence_note AS evidenceNote
  FROM inspection_records r JOIN units u ON u.id = r.unit_id LEFT JOIN people p ON p.id = r.person_id`;

export function listInspectionRows(db: Db, year: number): InspectionRecordRow[] {
  return prepared(db, `${select} WHERE r.year = ? ORDER BY r.date DESC, r.id DESC`).all(year) as InspectionRecordRow[];
}

export function getInspectionRow(db: Db, id: number): InspectionRecordRow | undefined {
  return prepared(db, `${select} WHERE r.id = ?`).get(id) as InspectionRecordRow | undefined;
}

const params = (w: InspectionRecordWrite) => ({
  year: w.year, date: w.date, team: w.team, unitId: w.unitId, personId: w.personId, content: w.content, findings: w.findings,
  requirement: w.requirement, deadline: w.deadline, doneOn: w.doneOn, doneNote: w.doneNote, evidenceNote: w.evidenceNote,
});

export function insertInspection(db: Db, w: InspectionRecordWrite, actor: string, now: Date): number {
  const at = now.toISOString();
  return Number(prepared(db, `INSERT INTO inspection_records (year, date, team, unit_id, person_id, content, findings, requirement, deadline, done_on, done_note, evidence_note, entered_by, entered_at, updated_at)
    VALUES (:year, :date, :team, :unitId, :personId, :content, :findings, :requirement, :deadline, :doneOn, :doneNote, :evidenceNote, :actor, :at, :at)`)
    .run({ ...params(w), actor, at }).lastInsertRowid);
}

export function updateInspection(db: Db, id: number, w: InspectionRecordWrite, now: Date): void {
  prepared(db, `UPDATE inspection_records SET date = :date, team = :team, unit_id = :unitId, person_id = :personId, content = :content,
    findings = :findings, requirement = :requirement, deadline = :deadline, done_on = :doneOn, done_note = :doneNote,
    evidence_note = :evidenceNote, updated_at = :at WHERE id = :id AND year = :year`).run({ ...params(w), id, at: now.toISOString() });
}

export function deleteInspectionRow(db: Db, id: number): void {
  prepared(db, 'DELETE FROM inspection_records WHERE id = ?').run(id);
}

/** 督查组 typed before, most used first: the vocabulary of the 督查组 field. */
export function inspectionTeams(db: Db): string[] {
  return (prepared(db, 'SELECT team FROM inspection_records GROUP BY team ORDER BY count(*) DESC, max(date) DESC LIMIT 50').all() as { team: string }[]).map((r) => r.team);
}

/** Whether a person is named in any 督查记录 or 通报 (such a person is never hard-deleted). */
export function personHasInspections(db: Db, personId: number): boolean {
  return prepared(db, `SELECT 1 FROM inspection_records WHERE person_id = :id
    UNION ALL SELECT 1 FROM inspection_notice_people WHERE person_id = :id LIMIT 1`).get({ id: personId }) !== undefined;
}

/** How many 督查记录 and 通报 name a unit (a unit with any cannot be deleted). */
export function unitInspectionCount(db: Db, unitId: number): number {
  return (prepared(db, `SELECT (SELECT count(*) FROM inspection_records WHERE unit_id = :id)
    + (SELECT count(*) FROM inspection_notices WHERE unit_id = :id) AS n`).get({ id: unitId }) as { n: number }).n;
}
