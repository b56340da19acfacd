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
 * A person stands as a candidate in an event that has ballots or frozen results, was written in (另推荐) on a
 * ballot or a paper entry of any round, or got votes in frozen results: such a person is never hard-deleted,
 * or the 原始票据 and the results would lose a name.
 */
export function personHasRecommendationVotes(db: Db, personId: number): boolean {
  // a write-in is stored as {"personId":12,"name":"…"} inside the marks; chosen candidates are bare numbers.
  // CAST: a JS number is bound as a REAL, which would read "12.0" in the text
  const writeIn = (column: string) => `(instr(${column}, '"personId":' || CAST(:personId AS INTEGER) || ',') > 0 OR instr(${column}, '"personId":' || CAST(:personId AS INTEGER) || '}') > 0)`;
  return prepared(db, `
    SELECT EXISTS (
      SELECT 1 FROM eval_events e, json_each(e.config_json, '$.posts') p, json_each(p.value, '$.candidates') c
      WHERE e.kind = 'recommendation' AND json_extract(c.value, '$.personId') = :personId
        AND (e.status = 'closed' OR EXISTS (SELECT 1 FROM eval_ballot_slots b WHERE b.event_id = e.id AND b.filled = 1))
    ) OR EXISTS (
      SELECT 1 FROM eval_events e, json_each(e.results_json, '$.posts') p, json_each(p.value, '$.candidates') c
      WHERE e.kind = 'recommendation' AND e.results_json IS NOT NULL AND json_extract(c.value, '$.personId') = :personId
    ) OR EXISTS (
      SELECT 1 FROM eval_ballot_slots b JOIN eval_events e ON e.id = b.event_id
      WHERE e.kind = 'recommendation' AND b.filled = 1 AND ${writeIn('b.marks_json')}
    ) OR EXISTS (
      SELECT 1 FROM eval_entry_slots x JOIN eval_events e ON e.id = x.event_id
      WHERE e.kind = 'recommendation' AND x.filled = 1 AND ${writeIn('x.marks_json')}
    )`).pluck().get({ personId }) === 1;
}
