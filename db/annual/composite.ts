import { z } from 'zod';
import type { OutcomeCode, SanctionType, VocabularyKey } from '../../shared/annual/rules';
import { evaluationConfig, type EvaluationConfig } from '../../shared/evaluation';
import type { EvaluationStatus } from '../../shared/contract/evaluation';
import { itemEntryPoints } from '../../shared/annual/item-points';
import type { ItemMethod } from '../../shared/annual/views';
import type { Db } from '../open';
import { prepared } from '../prepared';
import { unitsInTreeOrder } from '../units';

/**
 * Bulk reads of everything the year-end composite (「综合评定」) needs for one 考核年度: one
 * set-based query per kind of fact, never one per person, so 2,000 participants in 10 groups read
 * in a few milliseconds (tests/bench/annual-bench.ts compares against the bare SQL).
 */

/** One participant with the person, unit, group, vocabulary, 不定等次 override, 领导评价 and confirmation. */
export interface CompositeParticipantRecord {
  readonly personId: number;
  readonly name: string;
  readonly unitId: number;
  readonly unitName: string;
  readonly post: string;
  readonly category: string;
  readonly isLeader: boolean;
  readonly hireDate: string | null;
  readonly probationEnd: string | null;
  readonly groupId: number;
  readonly vocabulary: VocabularyKey;
  readonly undeterminedOverride: 'yes' | 'no' | null;
  readonly undeterminedReason: string;
  readonly leaderScore: number | null;
  readonly confirmed: OutcomeCode | null;
  readonly suggestedAtConfirm: OutcomeCode | null;
  readonly confirmReason: string;
  readonly overrideReason: string;
  readonly confirmedBy: string | null;
  readonly confirmedAt: string | null;
}

type ParticipantRaw = [
  personId: number, name: string, unitId: number, unitName: string, post: string | null, category: string | null, isLeader: number,
  hireDate: string | null, probationEnd: string | null, groupId: number, vocabulary: VocabularyKey, override: 'yes' | 'no' | null,
  overrideReason: string, leaderScore: number | null, confirmed: OutcomeCode | null, suggestedAtConfirm: OutcomeCode | null,
  confirmReason: string, overrideConfirmReason: string, confirmedBy: string | null, confirmedAt: string | null, sortOrder: number,
];

/**
 * The year's participants in roster order: the unit tree (a unit before its sub-units, siblings by
 * their order), then each person's order within the unit, then id, as the 花名册 lists them.
 */
export function readCompositeParticipants(db: Db, year: number): CompositeParticipantRecord[] {
  const rows = prepared(
    db,
    `SELECT p.person_id, x.name, x.unit_id, u.name, x.post, x.category, x.is_leader, x.hire_date, x.probation_end,
            p.group_id, p.vocabulary, p.undetermined_override, p.undetermined_reason, p.leader_score,
            p.confirmed, p.suggested_at_confirm, p.confirm_reason, p.override_reason, p.confirmed_by, p.confirmed_at, x.sort_order
     FROM annual_participants p JOIN people x ON x.id = p.person_id JOIN units u ON u.id = x.unit_id
     WHERE p.year = ?`,
  ).raw().all(year) as ParticipantRaw[];
  const unitOrder = new Map(unitsInTreeOrder(db).map((u, i) => [u.id, i]));
  rows.sort((a, b) => (unitOrder.get(a[2]) ?? 0) - (unitOrder.get(b[2]) ?? 0) || a[20] - b[20] || a[0] - b[0]);
  return rows.map((r) => ({
    personId: r[0], name: r[1], unitId: r[2], unitName: r[3], post: r[4] ?? '', category: r[5] ?? '', isLeader: r[6] === 1,
    hireDate: r[7], probationEnd: r[8], groupId: r[9], vocabulary: r[10], undeterminedOverride: r[11], undeterminedReason: r[12],
    leaderScore: r[13], confirmed: r[14], suggestedAtConfirm: r[15], confirmReason: r[16], overrideReason: r[17], confirmedBy: r[18], confirmedAt: r[19],
  }));
}

export interface ItemPointsFigure {
  /** Σ points of the person's own entries and of their unit's entries passed on */
  readonly total: number;
  /** entries that count for the person (own + passed on) */
  readonly entries: number;
  /** of the total, points passed on from the unit */
  readonly fromUnit: number;
}

type EntryRaw = [personId: number, method: ItemMethod, maxPoints: number, stepPoints: number | null, value: number];

/**
 * 考核项目 points per participant: their own entries, plus the entry of their own (direct) unit
 * for each unit item that passes its points on to the people (annual.md). Two queries for the year.
 */
export function readItemPoints(db: Db, year: number): Map<number, ItemPointsFigure> {
  const own = prepared(
    db,
    `SELECT s.person_id, i.method, i.max_points, i.step_points, s.value
     FROM annual_scores s JOIN annual_items i ON i.id = s.item_id
     WHERE s.year = ? AND s.person_id IS NOT NULL`,
  ).raw().all(year) as EntryRaw[];
  const passed = prepared(
    db,
    `SELECT p.person_id, i.method, i.max_points, i.step_points, s.value
     FROM annual_participants p
       JOIN people x ON x.id = p.person_id
       JOIN annual_scores s ON s.year = p.year AND s.unit_id = x.unit_id
       JOIN annual_items i ON i.id = s.item_id AND i.pass_to_people = 1
     WHERE p.year = ?`,
  ).raw().all(year) as EntryRaw[];
  const totals = new Map<number, { total: number; entries: number; fromUnit: number }>();
  const add = (rows: readonly EntryRaw[], fromUnit: boolean) => {
    for (const [personId, method, maxPoints, stepPoints, value] of rows) {
      let t = totals.get(personId);
      if (!t) totals.set(personId, (t = { total: 0, entries: 0, fromUnit: 0 }));
      const points = itemEntryPoints({ method, maxPoints, stepPoints }, value);
      t.total += points;
      t.entries++;
      if (fromUnit) t.fromUnit += points;
    }
  };
  add(own, false);
  add(passed, true);
  return totals;
}

/** How many 考核项目 the year has, by whom they apply to. */
export function countYearItems(db: Db, year: number): { person: number; unitPassed: number; unit: number } {
  const row = prepared(
    db,
    `SELECT count(*) FILTER (WHERE applies_to = 'person') AS person,
            count(*) FILTER (WHERE applies_to = 'unit' AND pass_to_people = 1) AS unitPassed,
            count(*) FILTER (WHERE applies_to = 'unit') AS unit
     FROM annual_items WHERE year = ?`,
  ).get(year) as { person: number; unitPassed: number; unit: number };
  return row;
}

/** personId -> net 加减分 points and the number of records. Participants without records are absent. */
export function readAdjustmentSums(db: Db, year: number): Map<number, { points: number; records: number }> {
  const rows = prepared(db, 'SELECT person_id, sum(points), count(*) FROM annual_adjustments WHERE year = ? GROUP BY person_id').raw().all(year) as [number, number, number][];
  return new Map(rows.map(([personId, points, records]) => [personId, { points, records }]));
}

export interface SanctionFactRecord {
  readonly type: SanctionType;
  readonly decidedOn: string;
  readonly months: number | null;
}

/**
 * 处分 of the year's participants that touch the year: decided by its last day, and with a period
 * (decided_on + months; none = no end) that reaches past its first day. Which of them gate what
 * is the composite's business (rules.gates.sanctions windows).
 */
export function readYearSanctions(db: Db, year: number): Map<number, SanctionFactRecord[]> {
  const rows = prepared(
    db,
    `SELECT s.person_id, s.type, s.decided_on, s.months
     FROM annual_sanctions s JOIN annual_participants p ON p.person_id = s.person_id AND p.year = ?
     WHERE s.decided_on <= ? AND (s.months IS NULL OR date(s.decided_on, '+' || s.months || ' months') > ?)
     ORDER BY s.decided_on, s.id`,
  ).raw().all(year, `${year}-12-31`, `${year}-01-01`) as [number, SanctionType, string, number | null][];
  const out = new Map<number, SanctionFactRecord[]>();
  for (const [personId, type, decidedOn, months] of rows) {
    let list = out.get(personId);
    if (!list) out.set(personId, (list = []));
    list.push({ type, decidedOn, months });
  }
  return out;
}

/**
 * What the composite reads of a 述职测评's results: per 测评对象 the score and the red-line flags
 * with the rates behind them. A closed event's frozen results are parsed through this narrow
 * schema rather than the full one: a 2,000-target result is mostly per-category cells the
 * composite never looks at, and checking them all would cost more than the whole composite.
 */
export const compositeEventResults = z.object({
  quorumMet: z.boolean(),
  targets: z.array(z.object({
    targetId: z.number().int(),
    overall: z.number().nullable(),
    normalized: z.number().nullable(),
    total: z.object({ approvalRate: z.number().nullable(), failRate: z.number().nullable() }),
    redLines: z.object({ lowApproval: z.boolean(), highFail: z.boolean() }),
  })),
});
export type CompositeEventResults = z.infer<typeof compositeEventResults>;

export interface CompositeEventRecord {
  readonly id: number;
  readonly name: string;
  readonly status: EvaluationStatus;
  readonly config: EvaluationConfig;
  /** the results frozen at close; null while the event is not closed */
  readonly frozen: CompositeEventResults | null;
}

/**
 * A closed event's results are written once, at close, and never change (a closed event takes no
 * writes, and a locked year's rows none at all), so the parsed figures are kept per connection,
 * keyed by the event and its close time: the composite page asks again after every confirmation.
 */
const frozenCache = new WeakMap<Db, Map<string, CompositeEventResults>>();

export function readCompositeEvent(db: Db, id: number): CompositeEventRecord | undefined {
  const row = prepared(db, `SELECT id, name, status, config_json, closed_at FROM eval_events WHERE id = ? AND kind = 'evaluation'`).get(id) as
    { id: number; name: string; status: EvaluationStatus; config_json: string; closed_at: string | null } | undefined;
  if (!row) return undefined;
  let frozen: CompositeEventResults | null = null;
  if (row.status === 'closed') {
    let cache = frozenCache.get(db);
    if (!cache) frozenCache.set(db, (cache = new Map()));
    const key = `${row.id}:${row.closed_at ?? ''}`;
    frozen = cache.get(key) ?? null;
    if (!frozen) {
      const json = (prepared(db, 'SELECT results_json FROM eval_events WHERE id = ?').get(id) as { results_json: string | null }).results_json;
      if (json != null) cache.set(key, (frozen = compositeEventResults.parse(JSON.parse(json))));
    }
  }
  return { id: row.id, name: row.name, status: row.status, config: evaluationConfig.parse(JSON.parse(row.config_json)), frozen };
}

/** eval target id -> person id for the people among an event's 测评对象. */
export function readEventPersonTargets(db: Db, eventId: number): Map<number, number> {
  const rows = prepared(db, 'SELECT id, person_id FROM eval_targets WHERE event_id = ? AND person_id IS NOT NULL').raw().all(eventId) as [number, number][];
  return new Map(rows);
}

/** The stored confirmation columns of participants, for the audit's before/after. */
export interface ConfirmationRecord {
  readonly personId: number;
  readonly confirmed: OutcomeCode | null;
  readonly suggestedAtConfirm: OutcomeCode | null;
  readonly confirmReason: string;
  readonly overrideReason: string;
}

export interface ConfirmationWrite {
  readonly personId: number;
  readonly outcome: OutcomeCode;
  readonly suggested: OutcomeCode | null;
  readonly reason: string;
  readonly overrideReason: string;
}

export function writeConfirmation(db: Db, year: number, entry: ConfirmationWrite, by: string, at: string): void {
  prepared(
    db,
    `UPDATE annual_participants SET confirmed = ?, suggested_at_confirm = ?, confirm_reason = ?, override_reason = ?, confirmed_by = ?, confirmed_at = ?
     WHERE year = ? AND person_id = ?`,
  ).run(entry.outcome, entry.suggested, entry.reason, entry.overrideReason, by, at, year, entry.personId);
}

/** Clears the committee's outcome of one participant; true when there was one. */
export function clearConfirmationRow(db: Db, year: number, personId: number): boolean {
  return prepared(
    db,
    `UPDATE annual_participants SET confirmed = NULL, suggested_at_confirm = NULL, confirm_reason = '', override_reason = '', confirmed_by = NULL, confirmed_at = NULL
     WHERE year = ? AND person_id = ? AND confirmed IS NOT NULL`,
  ).run(year, personId).changes > 0;
}

/** The committee's outcomes of these participants as they stand (those with none are left out), for the audit of a 撤销. */
export function confirmedOutcomesOf(db: Db, year: number, personIds: readonly number[]): ConfirmedOutcome[] {
  return prepared(
    db,
    `SELECT person_id AS personId, confirmed, confirm_reason AS reason, override_reason AS overrideReason, confirmed_by AS confirmedBy, confirmed_at AS confirmedAt
     FROM annual_participants WHERE year = ? AND confirmed IS NOT NULL AND person_id IN (SELECT value FROM json_each(?))`,
  ).all(year, JSON.stringify(personIds)) as ConfirmedOutcome[];
}

export interface ConfirmedOutcome {
  readonly personId: number;
  readonly confirmed: OutcomeCode;
  readonly reason: string;
  readonly overrideReason: string;
  readonly confirmedBy: string;
  readonly confirmedAt: string;
}

/** Participants of the year and how many of them have a confirmed outcome. */
export function countConfirmed(db: Db, year: number): { participants: number; confirmed: number } {
  return prepared(db, 'SELECT count(*) AS participants, count(confirmed) AS confirmed FROM annual_participants WHERE year = ?').get(year) as { participants: number; confirmed: number };
}

/** Names of unconfirmed participants, in roster order, at most `limit`. */
export function unconfirmedNames(db: Db, year: number, limit: number): string[] {
  return readCompositeParticipants(db, year).filter((p) => p.confirmed == null).slice(0, limit).map((p) => p.name);
}

/** Freezes the year: status, when, by whom and the composite view as JSON. */
export function lockYearRow(db: Db, year: number, resultsJson: string, by: string, at: string): void {
  prepared(db, `UPDATE annual_years SET status = 'locked', locked_at = ?, locked_by = ?, results_json = ? WHERE year = ? AND status = 'open'`).run(at, by, resultsJson, year);
}

export function unlockYearRow(db: Db, year: number): void {
  prepared(db, `UPDATE annual_years SET status = 'open', locked_at = NULL, locked_by = NULL, results_json = NULL WHERE year = ? AND status = 'locked'`).run(year);
}
