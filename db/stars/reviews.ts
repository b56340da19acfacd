import type { StarSchemeKind } from '../../shared/stars/scheme';
import type { ObjectionResult, ReviewStep } from '../../shared/stars/states';
import type { Db } from '../open';
import { prepared } from '../prepared';

/** The stored facts of one target × star in one period (shared/stars/views.ts StarCell without derived fields). */
export interface StarStateRecord {
  code: string;
  claimed: boolean;
  claimNote: string;
  agree: number | null;
  disagree: number | null;
  score: number | null;
  decision: 'award' | 'refuse' | null;
  refuseReason: string;
  awardedOn: string | null;
  removedOn: string | null;
  removedReason: string;
  /** start of the 公示 that published the current decision; null: not (yet) published (migration 009) */
  publishedOn: string | null;
}

export const emptyStarState = (code: string): StarStateRecord => ({
  code, claimed: false, claimNote: '', agree: null, disagree: null, score: null, decision: null, refuseReason: '', awardedOn: null, removedOn: null, removedReason: '',
  publishedOn: null,
});

/** Whether a 民主测评 result (votes or a score) is recorded for the star. */
export const hasVotes = (s: Pick<StarStateRecord, 'agree' | 'disagree' | 'score'>): boolean => s.agree != null || s.disagree != null || s.score != null;

/** The column holding the target of a review, per scheme kind. */
export const targetColumn = (kind: StarSchemeKind): 'person_id' | 'unit_id' => (kind === 'person' ? 'person_id' : 'unit_id');

export function findReviewId(db: Db, schemeId: number, period: number, kind: StarSchemeKind, targetId: number): number | undefined {
  const row = prepared(db, `SELECT id FROM star_reviews WHERE scheme_id = ? AND period = ? AND ${targetColumn(kind)} = ?`).get(schemeId, period, targetId) as { id: number } | undefined;
  return row?.id;
}

/** The review of a target in a period, created empty on first use. */
export function ensureReview(db: Db, schemeId: number, period: number, kind: StarSchemeKind, targetId: number): number {
  const found = findReviewId(db, schemeId, period, kind, targetId);
  if (found !== undefined) return found;
  return Number(prepared(db, `INSERT INTO star_reviews (scheme_id, period, ${targetColumn(kind)}) VALUES (?, ?, ?)`).run(schemeId, period, targetId).lastInsertRowid);
}

export interface ReviewRecord { id: number; schemeId: number; period: number; personId: number | null; unitId: number | null; remark: string }

export function getReviewRecord(db: Db, id: number): ReviewRecord | undefined {
  return prepared(db, 'SELECT id, scheme_id AS schemeId, period, person_id AS personId, unit_id AS unitId, remark FROM star_reviews WHERE id = ?').get(id) as ReviewRecord | undefined;
}

interface StateRow {
  code: string; claimed: number; claim_note: string; agree: number | null; disagree: number | null; score: number | null;
  decision: 'award' | 'refuse' | null; refuse_reason: string; awarded_on: string | null; removed_on: string | null; removed_reason: string;
  published_on: string | null;
}

const toState = (r: StateRow): StarStateRecord => ({
  code: r.code, claimed: r.claimed === 1, claimNote: r.claim_note, agree: r.agree, disagree: r.disagree, score: r.score, decision: r.decision,
  refuseReason: r.refuse_reason, awardedOn: r.awarded_on, removedOn: r.removed_on, removedReason: r.removed_reason, publishedOn: r.published_on,
});

export function listStates(db: Db, reviewId: number): Map<string, StarStateRecord> {
  const rows = prepared(db, 'SELECT * FROM star_states WHERE review_id = ?').all(reviewId) as StateRow[];
  return new Map(rows.map((r) => [r.code, toState(r)]));
}

export function writeState(db: Db, reviewId: number, schemeId: number, s: StarStateRecord): void {
  prepared(
    db,
    `INSERT INTO star_states (review_id, scheme_id, code, claimed, claim_note, agree, disagree, score, decision, refuse_reason, awarded_on, removed_on, removed_reason, published_on)
     VALUES (:reviewId, :schemeId, :code, :claimed, :claimNote, :agree, :disagree, :score, :decision, :refuseReason, :awardedOn, :removedOn, :removedReason, :publishedOn)
     ON CONFLICT (review_id, code) DO UPDATE SET claimed = excluded.claimed, claim_note = excluded.claim_note, agree = excluded.agree,
       disagree = excluded.disagree, score = excluded.score, decision = excluded.decision, refuse_reason = excluded.refuse_reason,
       awarded_on = excluded.awarded_on, removed_on = excluded.removed_on, removed_reason = excluded.removed_reason, published_on = excluded.published_on`,
  ).run({ reviewId, schemeId, ...s, claimed: s.claimed ? 1 : 0 });
}

export function deleteState(db: Db, reviewId: number, code: string): void {
  prepared(db, 'DELETE FROM star_states WHERE review_id = ? AND code = ?').run(reviewId, code);
}

export function recordStep(db: Db, reviewId: number, step: ReviewStep, date: string, by: string, now = new Date()): void {
  prepared(
    db,
    `INSERT INTO star_steps (review_id, step, date, by_name, recorded_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (review_id, step) DO UPDATE SET date = excluded.date, by_name = excluded.by_name, recorded_at = excluded.recorded_at`,
  ).run(reviewId, step, date, by, now.toISOString());
}

export function setRemarkRow(db: Db, reviewId: number, remark: string): void {
  prepared(db, 'UPDATE star_reviews SET remark = ? WHERE id = ?').run(remark, reviewId);
}

export interface DisqualificationRecord { reason: string; note: string; date: string; by: string }

export function getDisqualification(db: Db, reviewId: number): DisqualificationRecord | undefined {
  return prepared(db, 'SELECT reason, note, date, by_name AS by FROM star_disqualifications WHERE review_id = ?').get(reviewId) as DisqualificationRecord | undefined;
}

export function setDisqualificationRow(db: Db, reviewId: number, d: DisqualificationRecord): void {
  prepared(
    db,
    `INSERT INTO star_disqualifications (review_id, reason, note, date, by_name) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (review_id) DO UPDATE SET reason = excluded.reason, note = excluded.note, date = excluded.date, by_name = excluded.by_name`,
  ).run(reviewId, d.reason, d.note, d.date, d.by);
}

export function deleteDisqualificationRow(db: Db, reviewId: number): void {
  prepared(db, 'DELETE FROM star_disqualifications WHERE review_id = ?').run(reviewId);
}

export interface PublicityRecord { start: string; end: string; days: number; by: string }

export function getPublicity(db: Db, schemeId: number, period: number): PublicityRecord | undefined {
  return prepared(db, 'SELECT start_date AS start, end_date AS "end", days, by_name AS by FROM star_publicity WHERE scheme_id = ? AND period = ?').get(schemeId, period) as PublicityRecord | undefined;
}

export function setPublicityRow(db: Db, schemeId: number, period: number, p: PublicityRecord): void {
  prepared(
    db,
    `INSERT INTO star_publicity (scheme_id, period, start_date, end_date, days, by_name) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (scheme_id, period) DO UPDATE SET start_date = excluded.start_date, end_date = excluded.end_date, days = excluded.days, by_name = excluded.by_name`,
  ).run(schemeId, period, p.start, p.end, p.days, p.by);
}

export interface ObjectionRecord { id: number; reviewId: number; code: string | null; date: string; content: string; result: ObjectionResult; resultNote: string }

const objectionSelect = 'SELECT id, review_id AS reviewId, code, date, content, result, result_note AS resultNote FROM star_objections';

export function listObjections(db: Db, schemeId: number, period: number): ObjectionRecord[] {
  return db.prepare(`${objectionSelect} WHERE review_id IN (SELECT id FROM star_reviews WHERE scheme_id = ? AND period = ?) ORDER BY date, id`).all(schemeId, period) as ObjectionRecord[];
}

export function getObjection(db: Db, id: number): ObjectionRecord | undefined {
  return db.prepare(`${objectionSelect} WHERE id = ?`).get(id) as ObjectionRecord | undefined;
}

export function insertObjection(db: Db, o: Omit<ObjectionRecord, 'id' | 'result' | 'resultNote'>, now = new Date()): number {
  return Number(
    db.prepare('INSERT INTO star_objections (review_id, code, date, content, recorded_at) VALUES (?, ?, ?, ?, ?)').run(o.reviewId, o.code, o.date, o.content, now.toISOString()).lastInsertRowid,
  );
}

export function resolveObjectionRow(db: Db, id: number, result: ObjectionResult, note: string): void {
  db.prepare('UPDATE star_objections SET result = ?, result_note = ? WHERE id = ?').run(result, note, id);
}

/** Reviews of one period: id and target id. */
export function listPeriodReviews(db: Db, schemeId: number, period: number, kind: StarSchemeKind): { id: number; targetId: number }[] {
  return db.prepare(`SELECT id, ${targetColumn(kind)} AS targetId FROM star_reviews WHERE scheme_id = ? AND period = ? ORDER BY id`).all(schemeId, period) as { id: number; targetId: number }[];
}

/** Whether a person / a unit is the target of any star review. */
export function personHasStarReviews(db: Db, personId: number): boolean {
  return prepared(db, 'SELECT 1 FROM star_reviews WHERE person_id = ? LIMIT 1').get(personId) !== undefined;
}

export function unitStarReviewSchemes(db: Db, unitId: number): number {
  return (prepared(db, 'SELECT count(DISTINCT scheme_id) AS n FROM star_reviews WHERE unit_id = ?').get(unitId) as { n: number }).n;
}

/** step -> date of one review */
export function reviewStepDates(db: Db, reviewId: number): Map<ReviewStep, string> {
  const rows = prepared(db, 'SELECT step, date FROM star_steps WHERE review_id = ?').all(reviewId) as { step: ReviewStep; date: string }[];
  return new Map(rows.map((r) => [r.step, r.date]));
}

export function getRemark(db: Db, reviewId: number): string {
  return (prepared(db, 'SELECT remark FROM star_reviews WHERE id = ?').get(reviewId) as { remark: string } | undefined)?.remark ?? '';
}
