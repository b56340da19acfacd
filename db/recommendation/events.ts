import { recommendationConfig, recommendationResults, type RecommendationConfig, type RecommendationResults } from '../../shared/recommendation';
import { toBallotEventRecord, type BallotEventRecord, type EventRow } from '../evaluation';
import type { Db } from '../open';
import { prepared } from '../prepared';

/**
 * 民主推荐 / 评选表优 / 赞成票 events: rows of eval_events with kind 'recommendation' (migration 008).
 * This module reads them; the writes that are the same for every ballot event (status, 实到, close,
 * delete) are db/evaluation's, by id.
 */

export type RecommendationEventRecord = BallotEventRecord<RecommendationConfig, RecommendationResults>;

const toRecord = (r: EventRow): RecommendationEventRecord => toBallotEventRecord(r, { config: recommendationConfig, results: recommendationResults });

export function getRecommendationRecord(db: Db, id: number): RecommendationEventRecord | undefined {
  const row = prepared(db, `SELECT * FROM eval_events WHERE id = ? AND kind = 'recommendation'`).get(id) as EventRow | undefined;
  return row && toRecord(row);
}

/** The year's events (or all), newest first. */
export function listRecommendationRecords(db: Db, year?: number): RecommendationEventRecord[] {
  const rows = (year == null
    ? prepared(db, `SELECT * FROM eval_events WHERE kind = 'recommendation' ORDER BY date DESC, id DESC`).all()
    : prepared(db, `SELECT * FROM eval_events WHERE kind = 'recommendation' AND year = ? ORDER BY date DESC, id DESC`).all(year)) as EventRow[];
  return rows.map(toRecord);
}

/**
 * A person stands as a candidate in an event that has ballots or frozen results, or got votes in
 * frozen results as 另推荐: such a person is never hard-deleted.
 */
export function personHasRecommendationVotes(db: Db, personId: number): boolean {
  return prepared(db, `
    SELECT EXISTS (
      SELECT 1 FROM eval_events e, json_each(e.config_json, '$.posts') p, json_each(p.value, '$.candidates') c
      WHERE e.kind = 'recommendation' AND json_extract(c.value, '$.personId') = :personId
        AND (e.status = 'closed' OR EXISTS (SELECT 1 FROM eval_ballot_slots b WHERE b.event_id = e.id AND b.filled = 1))
    ) OR EXISTS (
      SELECT 1 FROM eval_events e, json_each(e.results_json, '$.posts') p, json_each(p.value, '$.candidates') c
      WHERE e.kind = 'recommendation' AND e.results_json IS NOT NULL AND json_extract(c.value, '$.personId') = :personId
    )`).pluck().get({ personId }) === 1;
}
