import type { WeeklyItemFact } from '../../shared/weekly';
import type { WeeklyItem, WeeklyMark } from '../../shared/weekly';
import type { Db } from '../open';
import { prepared } from '../prepared';

/** weekly_items: what each 科室 (or person) posts per week, marks and evidence (DOMAIN §8). */

export interface WeeklyItemRecord extends WeeklyItem {
  readonly year: number;
  readonly week: number;
  readonly unitId: number | null;
  readonly personId: number | null;
  readonly sortOrder: number;
  readonly evidenceStored: string | null;
  readonly evidenceSha256: string | null;
}

interface Row {
  id: number; year: number; week: number; unit_id: number | null; person_id: number | null; sort_order: number; text: string;
  figure_label: string; figure_value: number | null; figure_unit: string; unfinished: number; carried_from: number | null;
  evidence_note: string; evidence_name: string | null; evidence_stored: string | null; evidence_sha256: string | null; evidence_size: number | null;
  mark: WeeklyMark | null; mark_comment: string; marked_by: string | null;
}

const toRecord = (r: Row): WeeklyItemRecord => ({
  id: r.id, year: r.year, week: r.week, unitId: r.unit_id, personId: r.person_id, sortOrder: r.sort_order, text: r.text,
  figure: r.figure_value == null ? null : { label: r.figure_label, value: r.figure_value, unit: r.figure_unit },
  unfinished: r.unfinished === 1, carriedFrom: r.carried_from, evidenceNote: r.evidence_note,
  evidenceFile: r.evidence_name == null ? null : { fileName: r.evidence_name, size: r.evidence_size ?? 0 },
  evidenceStored: r.evidence_stored, evidenceSha256: r.evidence_sha256,
  mark: r.mark, markComment: r.mark_comment, markedBy: r.marked_by,
});

const select = 'SELECT * FROM weekly_items';

/** One week's items of every target, in posting order. */
export function listWeekItems(db: Db, year: number, week: number): WeeklyItemRecord[] {
  return (prepared(db, `${select} WHERE year = ? AND week = ? ORDER BY unit_id, person_id, sort_order, id`).all(year, week) as Row[]).map(toRecord);
}

export function getWeeklyItem(db: Db, id: number): WeeklyItemRecord | undefined {
  const row = prepared(db, `${select} WHERE id = ?`).get(id) as Row | undefined;
  return row && toRecord(row);
}

/** The year's items as the participation figures need them (shared/weekly weeklyParticipation). */
export function listYearItemFacts(db: Db, year: number): WeeklyItemFact[] {
  return (prepared(db, 'SELECT week, unit_id, person_id, mark, unfinished FROM weekly_items WHERE year = ?').all(year) as Pick<Row, 'week' | 'unit_id' | 'person_id' | 'mark' | 'unfinished'>[])
    .map((r) => ({ week: r.week, unitId: r.unit_id, personId: r.person_id, mark: r.mark, unfinished: r.unfinished === 1 }));
}

export interface WeeklyItemWrite {
  readonly text: string;
  readonly figure: { label: string; value: number; unit: string } | null;
  readonly unfinished: boolean;
}

export interface WeeklyItemPlace {
  readonly year: number;
  readonly week: number;
  readonly unitId: number | null;
  readonly personId: number | null;
}

export function insertWeeklyItem(db: Db, at: WeeklyItemPlace, item: WeeklyItemWrite & { sortOrder: number; carriedFrom?: number | null }, actor: string, now: Date): number {
  const t = now.toISOString();
  return Number(prepared(db, `INSERT INTO weekly_items (year, week, unit_id, person_id, sort_order, text, figure_label, figure_value, figure_unit, unfinished, carried_from, entered_by, entered_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(at.year, at.week, at.unitId, at.personId, item.sortOrder, item.text, item.figure?.label ?? '', item.figure?.value ?? null, item.figure?.unit ?? '', item.unfinished ? 1 : 0, item.carriedFrom ?? null, actor, t, t).lastInsertRowid);
}

export function updateWeeklyItem(db: Db, id: number, item: WeeklyItemWrite & { sortOrder: number }, now: Date): void {
  prepared(db, `UPDATE weekly_items SET sort_order = ?, text = ?, figure_label = ?, figure_value = ?, figure_unit = ?, unfinished = ?, updated_at = ? WHERE id = ?`)
    .run(item.sortOrder, item.text, item.figure?.label ?? '', item.figure?.value ?? null, item.figure?.unit ?? '', item.unfinished ? 1 : 0, now.toISOString(), id);
}

export function deleteWeeklyItem(db: Db, id: number): void {
  prepared(db, 'DELETE FROM weekly_items WHERE id = ?').run(id);
}

export function setWeeklyMark(db: Db, id: number, mark: WeeklyMark | null, comment: string, actor: string, now: Date): void {
  prepared(db, 'UPDATE weekly_items SET mark = ?, mark_comment = ?, marked_by = ?, marked_at = ? WHERE id = ?')
    .run(mark, mark ? comment : '', mark ? actor : null, mark ? now.toISOString() : null, id);
}

export interface WeeklyEvidenceWrite {
  readonly note: string;
  readonly file: { fileName: string; storedName: string; sha256: string; size: number } | null;
}

export function setWeeklyEvidence(db: Db, id: number, e: WeeklyEvidenceWrite, now: Date): void {
  prepared(db, 'UPDATE weekly_items SET evidence_note = ?, evidence_name = ?, evidence_stored = ?, evidence_sha256 = ?, evidence_size = ?, updated_at = ? WHERE id = ?')
    .run(e.note, e.file?.fileName ?? null, e.file?.storedName ?? null, e.file?.sha256 ?? null, e.file?.size ?? null, now.toISOString(), id);
}

/** How many 周晒 items refer to one stored evidence file. */
export function weeklyStoredFileUses(db: Db, storedName: string): number {
  return (prepared(db, 'SELECT count(*) AS n FROM weekly_items WHERE evidence_stored = ?').get(storedName) as { n: number }).n;
}

/** Whether a person has posted any 周晒 item (then never hard-deleted: db/people assessment-data). */
export function personHasWeeklyItems(db: Db, personId: number): boolean {
  return prepared(db, 'SELECT 1 FROM weekly_items WHERE person_id = ? LIMIT 1').get(personId) !== undefined;
}

/** How many weeks a unit has posted (a unit with postings cannot be deleted). */
export function unitWeeklyWeeks(db: Db, unitId: number): number {
  return (prepared(db, 'SELECT count(*) AS n FROM (SELECT DISTINCT year, week FROM weekly_items WHERE unit_id = ?)').get(unitId) as { n: number }).n;
}
