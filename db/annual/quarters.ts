import type { QuarterGrade, RoundingRule } from '../../shared/annual/rules';
import type { Db } from '../open';
import { prepared } from '../prepared';
import { unitsInTreeOrder } from '../units';

/** 平时考核 grades of a year, and the participants they belong to in roster order. */

export interface ParticipantListRow {
  readonly personId: number;
  readonly name: string;
  readonly idNumber: string | null;
  readonly unitId: number;
  readonly unitName: string;
  readonly post: string;
  readonly groupId: number;
  readonly groupOrder: number;
}

interface RawParticipant {
  personId: number; name: string; idNumber: string | null; unitId: number; unitName: string; post: string | null;
  groupId: number; groupOrder: number; sortOrder: number;
}

/**
 * The participants of a year in roster order: unit-tree order, then the person's order in the unit,
 * then id. `byGroup` puts the groups first (in their order), as the 平时考核 grid shows them.
 */
export function listParticipantRows(db: Db, year: number, byGroup: boolean): ParticipantListRow[] {
  const rows = prepared(
    db,
    `SELECT p.person_id AS personId, x.name, x.id_number AS idNumber, x.unit_id AS unitId, u.name AS unitName, x.post,
            p.group_id AS groupId, g.sort_order AS groupOrder, x.sort_order AS sortOrder
     FROM annual_participants p JOIN people x ON x.id = p.person_id JOIN units u ON u.id = x.unit_id JOIN annual_groups g ON g.id = p.group_id
     WHERE p.year = ?`,
  ).all(year) as RawParticipant[];
  const unitRank = new Map(unitsInTreeOrder(db).map((u, i) => [u.id, i]));
  const groupRank = (r: RawParticipant) => (byGroup ? r.groupOrder * 1e6 + r.groupId : 0);
  rows.sort(
    (a, b) => groupRank(a) - groupRank(b) || (unitRank.get(a.unitId) ?? 0) - (unitRank.get(b.unitId) ?? 0) || a.sortOrder - b.sortOrder || a.personId - b.personId,
  );
  return rows.map((r) => ({ personId: r.personId, name: r.name, idNumber: r.idNumber, unitId: r.unitId, unitName: r.unitName, post: r.post ?? '', groupId: r.groupId, groupOrder: r.groupOrder }));
}

/** Every grade of a year: person id -> Q1..Q4. */
export function quarterGradesOf(db: Db, year: number): Map<number, (QuarterGrade | null)[]> {
  const out = new Map<number, (QuarterGrade | null)[]>();
  const rows = prepared(db, 'SELECT person_id, quarter, grade FROM annual_quarters WHERE year = ?').raw().all(year) as [number, number, QuarterGrade][];
  for (const [personId, quarter, grade] of rows) {
    let grades = out.get(personId);
    if (!grades) out.set(personId, (grades = [null, null, null, null]));
    grades[quarter - 1] = grade;
  }
  return out;
}

/** “好” given per group and quarter: group id -> Q1..Q4 counts. */
export function goodCountsByGroup(db: Db, year: number): Map<number, number[]> {
  const rows = prepared(
    db,
    `SELECT p.group_id, q.quarter, count(*) FROM annual_quarters q
     JOIN annual_participants p ON p.year = q.year AND p.person_id = q.person_id
     WHERE q.year = ? AND q.grade = 'good' GROUP BY p.group_id, q.quarter`,
  ).raw().all(year) as [number, number, number][];
  const out = new Map<number, number[]>();
  for (const [groupId, quarter, n] of rows) {
    let counts = out.get(groupId);
    if (!counts) out.set(groupId, (counts = [0, 0, 0, 0]));
    counts[quarter - 1] = n;
  }
  return out;
}

/** What a keystroke in the grid needs to know about one cell, in one query. */
export interface QuarterCellContext {
  readonly name: string;
  readonly groupId: number;
  readonly groupName: string;
  readonly goodShare: number;
  readonly rounding: RoundingRule;
  /** participants in the group */
  readonly size: number;
  /** the grade stored now */
  readonly current: QuarterGrade | null;
}

export function quarterCellContext(db: Db, year: number, personId: number, quarter: number): QuarterCellContext | undefined {
  return prepared(
    db,
    `SELECT x.name, p.group_id AS groupId, g.name AS groupName, g.good_share AS goodShare, g.rounding,
            (SELECT count(*) FROM annual_participants m WHERE m.group_id = p.group_id) AS size,
            (SELECT grade FROM annual_quarters q WHERE q.year = p.year AND q.person_id = p.person_id AND q.quarter = :quarter) AS current
     FROM annual_participants p JOIN people x ON x.id = p.person_id JOIN annual_groups g ON g.id = p.group_id
     WHERE p.year = :year AND p.person_id = :personId`,
  ).get({ year, personId, quarter }) as QuarterCellContext | undefined;
}

/** “好” given in one group for one quarter. */
export const goodCount = (db: Db, year: number, groupId: number, quarter: number): number =>
  (
    prepared(
      db,
      `SELECT count(*) AS n FROM annual_quarters q JOIN annual_participants p ON p.year = q.year AND p.person_id = q.person_id
       WHERE q.year = ? AND q.quarter = ? AND q.grade = 'good' AND p.group_id = ?`,
    ).get(year, quarter, groupId) as { n: number }
  ).n;

export function upsertQuarterGrade(db: Db, year: number, personId: number, quarter: number, grade: QuarterGrade, by: string, at: string): void {
  prepared(
    db,
    `INSERT INTO annual_quarters (year, person_id, quarter, grade, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (year, person_id, quarter) DO UPDATE SET grade = excluded.grade, entered_by = excluded.entered_by, entered_at = excluded.entered_at`,
  ).run(year, personId, quarter, grade, by, at);
}

export function deleteQuarterGrade(db: Db, year: number, personId: number, quarter: number): void {
  prepared(db, 'DELETE FROM annual_quarters WHERE year = ? AND person_id = ? AND quarter = ?').run(year, personId, quarter);
}

/** A year's status without parsing its rules: the grid's keystroke path checks it on every cell. */
export const yearStatusOf = (db: Db, year: number): 'open' | 'locked' | undefined =>
  (prepared(db, 'SELECT status FROM annual_years WHERE year = ?').get(year) as { status: 'open' | 'locked' } | undefined)?.status;
