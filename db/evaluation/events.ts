import type { EvaluationStatus, EvaluationSummary, EvaluationTarget } from '../../shared/contract/evaluation';
import { evaluationConfig, type EvaluationConfig } from '../../shared/evaluation/config';
import { evaluationResults, type EvaluationResults } from '../../shared/evaluation/results';
import type { Db } from '../open';
import { prepared } from '../prepared';

/**
 * A ballot event as stored, of either kind: `C` its rules and `R` its frozen results, parsed by the
 * kind's schemas (the service adds targets and counts for the contract's view).
 */
export interface BallotEventRecord<C, R> {
  readonly id: number;
  readonly name: string;
  readonly year: number;
  readonly date: string;
  readonly unitTitle: string;
  readonly presetKey: string;
  readonly config: C;
  readonly status: EvaluationStatus;
  readonly attendance: Record<string, number>;
  /** frozen at close */
  readonly results: R | null;
  readonly createdAt: string;
  readonly closedAt: string | null;
  /** a 科室评议's 评议周期 ('2026-05', '2026-Q2'); null for every other event (migration 016) */
  readonly reviewPeriod: string | null;
}

/** One 测评活动 as stored. */
export type EvaluationEventRecord = BallotEventRecord<EvaluationConfig, EvaluationResults>;

export interface EventRow {
  id: number; name: string; year: number; date: string; unit_title: string; preset_key: string; config_json: string;
  status: EvaluationStatus; attendance_json: string; results_json: string | null; created_at: string; closed_at: string | null;
  review_period: string | null;
}

/**
 * A row as its kind's record. Stored JSON is parsed through the kind's schemas, so a hand-edited file
 * fails here and not deep in a tally.
 */
export function toBallotEventRecord<C, R>(r: EventRow, schemas: { config: { parse(v: unknown): C }; results: { parse(v: unknown): R } }): BallotEventRecord<C, R> {
  return {
    id: r.id, name: r.name, year: r.year, date: r.date, unitTitle: r.unit_title, presetKey: r.preset_key,
    config: schemas.config.parse(JSON.parse(r.config_json)),
    status: r.status,
    attendance: JSON.parse(r.attendance_json) as Record<string, number>,
    results: r.results_json == null ? null : schemas.results.parse(JSON.parse(r.results_json)),
    createdAt: r.created_at, closedAt: r.closed_at, reviewPeriod: r.review_period,
  };
}

const toRecord = (r: EventRow): EvaluationEventRecord => toBallotEventRecord(r, { config: evaluationConfig, results: evaluationResults });

/** A 述职测评 (kind 'evaluation'); a 民主推荐 event of the same table is not one (db/recommendation). */
export function getEventRecord(db: Db, id: number): EvaluationEventRecord | undefined {
  const row = prepared(db, `SELECT * FROM eval_events WHERE id = ? AND kind = 'evaluation'`).get(id) as EventRow | undefined;
  return row && toRecord(row);
}

/** What the kiosk session needs of a ballot event of either kind: its name, year, status and 评委类别. */
export interface BallotEventHead {
  readonly id: number;
  readonly kind: BallotEventKind;
  readonly name: string;
  readonly year: number;
  readonly status: EvaluationStatus;
  readonly categories: readonly { readonly code: string; readonly name: string }[];
}

export function getBallotEventHead(db: Db, id: number): BallotEventHead | undefined {
  const row = prepared(db, `SELECT id, kind, name, year, status, json_extract(config_json, '$.categories') AS categories FROM eval_events WHERE id = ?`).get(id) as
    { id: number; kind: BallotEventKind; name: string; year: number; status: EvaluationStatus; categories: string | null } | undefined;
  if (!row) return undefined;
  const categories = (JSON.parse(row.categories ?? '[]') as { code: string; name: string }[]).map((c) => ({ code: String(c.code), name: String(c.name) }));
  return { id: row.id, kind: row.kind, name: row.name, year: row.year, status: row.status, categories };
}

interface SummaryRow { id: number; name: string; year: number; date: string; status: EvaluationStatus; review_period: string | null; targets: number; live_ballots: number; valid_ballots: number; test_ballots: number }

const summarySelect = `
  SELECT e.id, e.name, e.year, e.date, e.status, e.review_period,
         (SELECT count(*) FROM eval_targets t WHERE t.event_id = e.id) AS targets,
         (SELECT count(*) FROM eval_ballot_slots b WHERE b.event_id = e.id AND b.round = 'live' AND b.filled = 1) AS live_ballots,
         (SELECT count(*) FROM eval_ballot_slots b WHERE b.event_id = e.id AND b.round = 'live' AND b.filled = 1 AND b.valid = 1) AS valid_ballots,
         (SELECT count(*) FROM eval_ballot_slots b WHERE b.event_id = e.id AND b.round = 'test' AND b.filled = 1) AS test_ballots
  FROM eval_events e
  WHERE e.kind = 'evaluation'`;

const toSummary = (r: SummaryRow): EvaluationSummary => ({
  id: r.id, name: r.name, year: r.year, date: r.date, status: r.status, reviewPeriod: r.review_period, targets: r.targets, liveBallots: r.live_ballots, validBallots: r.valid_ballots, testBallots: r.test_ballots,
});

/** Newest first. */
export function listEventSummaries(db: Db, year?: number): EvaluationSummary[] {
  const rows = (year == null
    ? db.prepare(`${summarySelect} ORDER BY e.date DESC, e.id DESC`).all()
    : db.prepare(`${summarySelect} AND e.year = ? ORDER BY e.date DESC, e.id DESC`).all(year)) as SummaryRow[];
  return rows.map(toSummary);
}

export function getEventSummary(db: Db, id: number): EvaluationSummary | undefined {
  const row = db.prepare(`${summarySelect} AND e.id = ?`).get(id) as SummaryRow | undefined;
  return row && toSummary(row);
}

export interface NewEvaluationEvent {
  readonly name: string;
  readonly year: number;
  readonly date: string;
  readonly unitTitle: string;
  readonly presetKey: string;
  readonly config: EvaluationConfig;
  /** 科室评议 only */
  readonly reviewPeriod?: string | null;
}

/** A ballot event of either kind; its config is checked by the kind's schema before it gets here. */
export type BallotEventKind = 'evaluation' | 'recommendation';

export function insertEvent(db: Db, event: Omit<NewEvaluationEvent, 'config'> & { config: object }, now = new Date(), kind: BallotEventKind = 'evaluation'): number {
  return Number(
    db.prepare(
      `INSERT INTO eval_events (kind, name, year, date, unit_title, preset_key, config_json, status, attendance_json, created_at, review_period)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'setup', '{}', ?, ?)`,
    ).run(kind, event.name, event.year, event.date, event.unitTitle, event.presetKey, JSON.stringify(event.config), now.toISOString(), event.reviewPeriod ?? null).lastInsertRowid,
  );
}

export function updateEventFields(db: Db, id: number, fields: Pick<NewEvaluationEvent, 'name' | 'date' | 'unitTitle'> & { config: object; reviewPeriod?: string | null }): void {
  if (fields.reviewPeriod === undefined) {
    db.prepare('UPDATE eval_events SET name = ?, date = ?, unit_title = ?, config_json = ? WHERE id = ?')
      .run(fields.name, fields.date, fields.unitTitle, JSON.stringify(fields.config), id);
  } else {
    db.prepare('UPDATE eval_events SET name = ?, date = ?, unit_title = ?, config_json = ?, review_period = ? WHERE id = ?')
      .run(fields.name, fields.date, fields.unitTitle, JSON.stringify(fields.config), fields.reviewPeriod, id);
  }
}

/** The year's closed 科室评议 (events with a 评议周期), by date: their results are frozen. */
export function listClosedUnitReviews(db: Db, year: number): EvaluationEventRecord[] {
  const rows = prepared(db, `SELECT * FROM eval_events WHERE kind = 'evaluation' AND year = ? AND review_period IS NOT NULL AND status = 'closed' ORDER BY date, id`).all(year) as EventRow[];
  return rows.map(toRecord);
}

export function setEventStatusRow(db: Db, id: number, status: Exclude<EvaluationStatus, 'closed'>): void {
  db.prepare('UPDATE eval_events SET status = ? WHERE id = ?').run(status, id);
}

export function setEventAttendanceRow(db: Db, id: number, attendance: Readonly<Record<string, number>>): void {
  db.prepare('UPDATE eval_events SET attendance_json = ? WHERE id = ?').run(JSON.stringify(attendance), id);
}

/** Freezes the results (either kind's, as JSON) with the event. */
export function closeEventRow(db: Db, id: number, results: object, now = new Date()): void {
  db.prepare(`UPDATE eval_events SET status = 'closed', results_json = ?, closed_at = ? WHERE id = ?`).run(JSON.stringify(results), now.toISOString(), id);
}

/** Targets, tickets, ballot and entry slots go with it (ON DELETE CASCADE; secure_delete zeroes them). */
export function deleteEventRow(db: Db, id: number): void {
  db.prepare('DELETE FROM eval_events WHERE id = ?').run(id);
}

interface TargetRow {
  id: number; person_id: number | null; unit_id: number | null; name: string; post: string; unit_name: string; group_name: string; sort_order: number;
}

const toTarget = (r: TargetRow): EvaluationTarget => ({
  id: r.id, personId: r.person_id, unitId: r.unit_id, name: r.name, post: r.post, unitName: r.unit_name, group: r.group_name, sortOrder: r.sort_order,
});

/** In ballot order. */
export function listTargets(db: Db, eventId: number): EvaluationTarget[] {
  return (prepared(db, 'SELECT * FROM eval_targets WHERE event_id = ? ORDER BY sort_order, id').all(eventId) as TargetRow[]).map(toTarget);
}

/** Target ids in ballot order: all a ballot check needs. */
export function listTargetIds(db: Db, eventId: number): number[] {
  return prepared(db, 'SELECT id FROM eval_targets WHERE event_id = ? ORDER BY sort_order, id').pluck().all(eventId) as number[];
}

export interface TargetFields {
  readonly personId: number | null;
  readonly unitId: number | null;
  readonly name: string;
  readonly post: string;
  readonly unitName: string;
  readonly group: string;
}

export function insertTarget(db: Db, eventId: number, target: TargetFields, sortOrder: number): number {
  return Number(
    db.prepare('INSERT INTO eval_targets (event_id, person_id, unit_id, name, post, unit_name, group_name, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(eventId, target.personId, target.unitId, target.name, target.post, target.unitName, target.group, sortOrder).lastInsertRowid,
  );
}

/** Keeps the target's id (ballot lines refer to it) and refreshes its snapshot, group and position. */
export function updateTarget(db: Db, id: number, target: TargetFields, sortOrder: number): void {
  db.prepare('UPDATE eval_targets SET name = ?, post = ?, unit_name = ?, group_name = ?, sort_order = ? WHERE id = ?')
    .run(target.name, target.post, target.unitName, target.group, sortOrder, id);
}

export function deleteTargets(db: Db, ids: readonly number[]): void {
  const statement = db.prepare('DELETE FROM eval_targets WHERE id = ?');
  for (const id of ids) statement.run(id);
}

/**
 * A person is a 测评对象 of an event with ballots (any round) or with frozen results: such a person
 * is never hard-deleted. (From an event without either they simply drop out of its list.)
 */
export function personHasEvaluationBallots(db: Db, personId: number): boolean {
  return (
    db.prepare(
      `SELECT EXISTS (SELECT 1 FROM eval_targets t JOIN eval_events e ON e.id = t.event_id WHERE t.person_id = ?
                        AND (e.status = 'closed' OR EXISTS (SELECT 1 FROM eval_ballot_slots b WHERE b.event_id = t.event_id AND b.filled = 1))) AS found`,
    ).get(personId) as { found: number }
  ).found === 1;
}
