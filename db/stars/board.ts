import type { StarSchemeKind } from '../../shared/stars/scheme';
import type { ReviewStep } from '../../shared/stars/states';
import type { Db } from '../open';
import { targetColumn, type StarStateRecord } from './reviews';

/**
 * Bulk reads for the 评星 grid, the 星级公示榜 and the year end: every fact of a scheme (or one
 * period of it) in a handful of queries, as raw arrays (better-sqlite3 builds arrays faster than
 * keyed objects, and a year board of 2,000 people reads 80,000 states).
 */

export interface ReviewHead { readonly id: number; readonly period: number; readonly targetId: number; readonly remark: string }

export function readReviewHeads(db: Db, schemeId: number, kind: StarSchemeKind, period: number | null): ReviewHead[] {
  const rows = db.prepare(
    `SELECT id, period, ${targetColumn(kind)}, remark FROM star_reviews WHERE scheme_id = ? ${period == null ? '' : 'AND period = ?'}`,
  ).raw().all(...(period == null ? [schemeId] : [schemeId, period])) as [number, number, number, string][];
  return rows.map((r) => ({ id: r[0], period: r[1], targetId: r[2], remark: r[3] }));
}

/**
 * The state letters of every review of a scheme (or one period): [period, targetId, states_json],
 * where states_json maps star code -> letter (shared/stars/states.ts stateOfLetter), kept by triggers.
 */
export type ReviewStates = [period: number, targetId: number, statesJson: string];

export function readReviewStates(db: Db, schemeId: number, kind: StarSchemeKind, period: number | null = null): ReviewStates[] {
  return db.prepare(
    `SELECT period, ${targetColumn(kind)}, states_json FROM star_reviews WHERE scheme_id = ? ${period == null ? '' : 'AND period = ?'}`,
  ).raw().all(...(period == null ? [schemeId] : [schemeId, period])) as ReviewStates[];
}

/** Every stored fact of one star state, in star_states column order (raw: read 20,000 at a time). */
export type RawStarState = [
  reviewId: number, code: string, claimed: number, claimNote: string, agree: number | null, disagree: number | null, score: number | null,
  decision: 'award' | 'refuse' | null, refuseReason: string, awardedOn: string | null, removedOn: string | null, removedReason: string,
  publishedOn: string | null,
];

/** Every stored fact of one period's states, keyed by review id. */
export function readPeriodStates(db: Db, schemeId: number, period: number): Map<number, RawStarState[]> {
  const rows = db.prepare(
    `SELECT s.review_id, s.code, s.claimed, s.claim_note, s.agree, s.disagree, s.score, s.decision, s.refuse_reason, s.awarded_on, s.removed_on, s.removed_reason, s.published_on
     FROM star_states s JOIN star_reviews r ON r.id = s.review_id WHERE r.scheme_id = ? AND r.period = ?`,
  ).raw().all(schemeId, period) as RawStarState[];
  const byReview = new Map<number, RawStarState[]>();
  for (const r of rows) {
    let list = byReview.get(r[0]);
    if (!list) byReview.set(r[0], (list = []));
    list.push(r);
  }
  return byReview;
}

export const stateOfRaw = (r: RawStarState): StarStateRecord => ({
  code: r[1], claimed: r[2] === 1, claimNote: r[3], agree: r[4], disagree: r[5], score: r[6], decision: r[7], refuseReason: r[8], awardedOn: r[9], removedOn: r[10], removedReason: r[11],
  publishedOn: r[12],
});

export interface StepEntry { readonly step: ReviewStep; readonly date: string; readonly by: string }

const stepOrder = "CASE st.step WHEN 'self' THEN 1 WHEN 'vote' THEN 2 WHEN 'decision' THEN 3 WHEN 'publicity' THEN 4 ELSE 5 END";

/** The steps of every review of a scheme (or one period), in 三评一公示 order, keyed by review id. */
export function readPeriodSteps(db: Db, schemeId: number, period: number | null): Map<number, StepEntry[]> {
  const rows = db.prepare(
    `SELECT st.review_id, st.step, st.date, st.by_name FROM star_steps st JOIN star_reviews r ON r.id = st.review_id
     WHERE r.scheme_id = ? ${period == null ? '' : 'AND r.period = ?'} ORDER BY st.review_id, ${stepOrder}`,
  ).raw().all(...(period == null ? [schemeId] : [schemeId, period])) as [number, ReviewStep, string, string][];
  const out = new Map<number, StepEntry[]>();
  for (const r of rows) {
    let list = out.get(r[0]);
    if (!list) out.set(r[0], (list = []));
    list.push({ step: r[1], date: r[2], by: r[3] });
  }
  return out;
}

export interface DisqualificationRow {
  readonly reviewId: number; readonly period: number; readonly targetId: number; readonly reason: string; readonly note: string; readonly date: string; readonly by: string;
}

export function readDisqualifications(db: Db, schemeId: number, kind: StarSchemeKind, period: number | null): DisqualificationRow[] {
  return db.prepare(
    `SELECT d.review_id AS reviewId, r.period, r.${targetColumn(kind)} AS targetId, d.reason, d.note, d.date, d.by_name AS by
     FROM star_disqualifications d JOIN star_reviews r ON r.id = d.review_id
     WHERE r.scheme_id = ? ${period == null ? '' : 'AND r.period = ?'} ORDER BY r.period`,
  ).all(...(period == null ? [schemeId] : [schemeId, period])) as DisqualificationRow[];
}

/** Evidence files per review and star: reviewId -> code -> count. */
export function readEvidenceCounts(db: Db, schemeId: number, period: number): Map<number, Map<string, number>> {
  const rows = db.prepare(
    `SELECT e.review_id, e.code, count(*) FROM star_evidence e JOIN star_reviews r ON r.id = e.review_id
     WHERE r.scheme_id = ? AND r.period = ? GROUP BY e.review_id, e.code`,
  ).raw().all(schemeId, period) as [number, string, number][];
  const out = new Map<number, Map<string, number>>();
  for (const [reviewId, code, n] of rows) {
    let m = out.get(reviewId);
    if (!m) out.set(reviewId, (m = new Map()));
    m.set(code, n);
  }
  return out;
}

/** Target ids with a review in the scheme (people who left keep their place on the boards of their reviews). */
export function reviewedTargetIds(db: Db, schemeId: number, kind: StarSchemeKind): Set<number> {
  const rows = db.prepare(`SELECT DISTINCT ${targetColumn(kind)} FROM star_reviews WHERE scheme_id = ?`).raw().all(schemeId) as [number][];
  return new Set(rows.map((r) => r[0]));
}
