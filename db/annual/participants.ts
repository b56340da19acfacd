import type { OutcomeCode, VocabularyKey } from '../../shared/annual/rules';
import type { Db } from '../open';
import { prepared } from '../prepared';
import { unitsInTreeOrder } from '../units';

/** The participants of a 考核年度 (annual_participants), with the roster fields the pages show. */

export interface ParticipantRecord {
  readonly personId: number;
  readonly name: string;
  readonly gender: string | null;
  readonly unitId: number;
  readonly unitName: string;
  readonly post: string | null;
  readonly rank: string | null;
  readonly category: string | null;
  readonly isLeader: boolean;
  readonly hireDate: string | null;
  readonly probationEnd: string | null;
  readonly groupId: number;
  readonly vocabulary: VocabularyKey;
  readonly undeterminedOverride: 'yes' | 'no' | null;
  readonly undeterminedReason: string;
  readonly leaderScore: number | null;
  readonly confirmed: OutcomeCode | null;
  /** 从事或分管工作 ('' = none written) */
  readonly duties: string;
  /** 备注 ('' = none written) */
  readonly remark: string;
}

interface ParticipantRow {
  group_order: number; person_order: number;
  person_id: number; name: string; gender: string | null; unit_id: number; unit_name: string; post: string | null; rank: string | null;
  category: string | null; is_leader: number; hire_date: string | null; probation_end: string | null; group_id: number; vocabulary: VocabularyKey;
  undetermined_override: 'yes' | 'no' | null; undetermined_reason: string; leader_score: number | null; confirmed: OutcomeCode | null;
  duties: string; remark: string;
}

const toRecord = (r: ParticipantRow): ParticipantRecord => ({
  personId: r.person_id, name: r.name, gender: r.gender, unitId: r.unit_id, unitName: r.unit_name, post: r.post, rank: r.rank,
  category: r.category, isLeader: r.is_leader === 1, hireDate: r.hire_date, probationEnd: r.probation_end, groupId: r.group_id,
  vocabulary: r.vocabulary, undeterminedOverride: r.undetermined_override, undeterminedReason: r.undetermined_reason,
  leaderScore: r.leader_score, confirmed: r.confirmed, duties: r.duties, remark: r.remark,
});

const participantSelect = `
  SELECT a.person_id, x.name, x.gender, x.unit_id, u.name AS unit_name, x.post, x.rank, x.category, x.is_leader, x.hire_date, x.probation_end,
         a.group_id, a.vocabulary, a.undetermined_override, a.undetermined_reason, a.leader_score, a.confirmed, a.duties, a.remark,
         g.sort_order AS group_order, x.sort_order AS person_order
  FROM annual_participants a
  JOIN people x ON x.id = a.person_id
  JOIN units u ON u.id = x.unit_id
  JOIN annual_groups g ON g.id = a.group_id`;

/** unit id -> its place in tree order (a parent before its children, siblings by their order): the people page's order. */
const unitRanks = (db: Db): Map<number, number> => new Map(unitsInTreeOrder(db).map((u, i) => [u.id, i]));

/** Roster order: unit tree, then the person's order in the unit, then id (the tree order the people page and the star board use). */
function rosterOrder<T extends { unit_id: number; person_order: number; person_id: number }>(db: Db): (a: T, b: T) => number {
  const rank = unitRanks(db);
  return (a, b) => (rank.get(a.unit_id) ?? 0) - (rank.get(b.unit_id) ?? 0) || a.person_order - b.person_order || a.person_id - b.person_id;
}

/** Every participant of the year: by group order, then roster order (unit tree, order in the unit, id). */
export function listParticipantRecords(db: Db, year: number): ParticipantRecord[] {
  const rows = prepared(db, `${participantSelect} WHERE a.year = ?`).all(year) as ParticipantRow[];
  const roster = rosterOrder<ParticipantRow>(db);
  rows.sort((a, b) => a.group_order - b.group_order || a.group_id - b.group_id || roster(a, b));
  return rows.map(toRecord);
}

export function getParticipantRecord(db: Db, year: number, personId: number): ParticipantRecord | undefined {
  const row = prepared(db, `${participantSelect} WHERE a.year = ? AND a.person_id = ?`).get(year, personId) as ParticipantRow | undefined;
  return row && toRecord(row);
}

/** Ids of every participant of the year. */
export function participantIdSet(db: Db, year: number): Set<number> {
  return new Set(prepared(db, 'SELECT person_id FROM annual_participants WHERE year = ?').pluck().all(year) as number[]);
}

export function insertParticipantRow(db: Db, year: number, personId: number, groupId: number, vocabulary: VocabularyKey): void {
  prepared(db, 'INSERT INTO annual_participants (year, person_id, group_id, vocabulary) VALUES (?, ?, ?, ?)').run(year, personId, groupId, vocabulary);
}

export function deleteParticipantRow(db: Db, year: number, personId: number): void {
  prepared(db, 'DELETE FROM annual_participants WHERE year = ? AND person_id = ?').run(year, personId);
}

export function setParticipantGroup(db: Db, year: number, personId: number, groupId: number): void {
  prepared(db, 'UPDATE annual_participants SET group_id = ? WHERE year = ? AND person_id = ?').run(groupId, year, personId);
}

export function setParticipantVocabulary(db: Db, year: number, personId: number, vocabulary: VocabularyKey): void {
  prepared(db, 'UPDATE annual_participants SET vocabulary = ? WHERE year = ? AND person_id = ?').run(vocabulary, year, personId);
}

export function setUndeterminedOverride(db: Db, year: number, personId: number, override: 'yes' | 'no' | null, reason: string): void {
  prepared(db, 'UPDATE annual_participants SET undetermined_override = ?, undetermined_reason = ? WHERE year = ? AND person_id = ?')
    .run(override, override == null ? '' : reason, year, personId);
}

/** 从事或分管工作 and 备注 of one participant (the year-lock triggers refuse a locked year's). */
export function setParticipantNotesRow(db: Db, year: number, personId: number, duties: string, remark: string): void {
  prepared(db, 'UPDATE annual_participants SET duties = ?, remark = ? WHERE year = ? AND person_id = ?').run(duties, remark, year, personId);
}

/**
 * What the year holds about one participant, in Chinese (「平时考核等次2个季度」, 「领导评价分」…);
 * empty when the person can leave the year without losing anything.
 */
export function participantDataKinds(db: Db, year: number, personId: number): string[] {
  const row = prepared(
    db,
    `SELECT (SELECT count(*) FROM annual_quarters WHERE year = :year AND person_id = :person) AS quarters,
            (SELECT count(*) FROM annual_scores WHERE year = :year AND person_id = :person) AS scores,
            (SELECT count(*) FROM annual_adjustments WHERE year = :year AND person_id = :person) AS adjustments,
            p.leader_score AS leader, p.confirmed AS confirmed
     FROM annual_participants p WHERE p.year = :year AND p.person_id = :person`,
  ).get({ year, person: personId }) as { quarters: number; scores: number; adjustments: number; leader: number | null; confirmed: string | null } | undefined;
  if (!row) return [];
  return [
    row.quarters > 0 ? `平时考核等次${row.quarters}个季度` : '',
    row.scores > 0 ? `考核项目评分${row.scores}条` : '',
    row.adjustments > 0 ? `加减分记录${row.adjustments}条` : '',
    row.leader != null ? '领导评价分' : '',
    row.confirmed != null ? '已确定的等次' : '',
  ].filter(Boolean);
}

/** 在职 people in roster order, with what the default grouping needs. */
export function listActivePeopleForYear(db: Db): { id: number; name: string; category: string | null; isLeader: boolean }[] {
  const rows = prepared(
    db,
    `SELECT x.id AS person_id, x.name, x.category, x.is_leader, x.unit_id, x.sort_order AS person_order FROM people x WHERE x.status = '在职'`,
  ).all() as { person_id: number; name: string; category: string | null; is_leader: number; unit_id: number; person_order: number }[];
  rows.sort(rosterOrder(db));
  return rows.map((r) => ({ id: r.person_id, name: r.name, category: r.category, isLeader: r.is_leader === 1 }));
}

/** The people of `ids` that exist, with what the default grouping needs. */
export function peopleForJoining(db: Db, ids: readonly number[]): Map<number, { id: number; name: string; category: string | null; isLeader: boolean }> {
  const get = prepared(db, 'SELECT id, name, category, is_leader FROM people WHERE id = ?');
  const found = new Map<number, { id: number; name: string; category: string | null; isLeader: boolean }>();
  for (const id of ids) {
    const r = get.get(id) as { id: number; name: string; category: string | null; is_leader: number } | undefined;
    if (r) found.set(id, { id: r.id, name: r.name, category: r.category, isLeader: r.is_leader === 1 });
  }
  return found;
}

// ── checks for db/people/assessment-data.ts ───────────────────────────────────────

/** A person who takes part in any 考核年度, has a 处分 record or an item score keeps their history. */
export function personHasAnnualData(db: Db, personId: number): boolean {
  return (
    prepared(
      db,
      `SELECT EXISTS (SELECT 1 FROM annual_participants WHERE person_id = :id)
           OR EXISTS (SELECT 1 FROM annual_sanctions WHERE person_id = :id)
           OR EXISTS (SELECT 1 FROM annual_scores WHERE person_id = :id) AS found`,
    ).get({ id: personId }) as { found: number }
  ).found === 1;
}

/** Years in which the unit itself has 考核项目 scores. */
export function unitAnnualScoreYears(db: Db, unitId: number): number {
  return (prepared(db, 'SELECT count(DISTINCT year) AS n FROM annual_scores WHERE unit_id = ?').get(unitId) as { n: number }).n;
}
