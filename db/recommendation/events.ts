import type { EvaluationStatus } from '../../shared/contract/evaluation';
import { recommendationConfig, recommendationResults, type RecommendationConfig, type RecommendationResults } from '../../shared/recommendation';
import type { Db } from '../open';
import { prepared } from '../prepared';

/**
 * 民主推荐 / 评选表优 / 赞成票 events: rows of eval_events with kind 'recommendation' (migration 008).
 * This module reads them; the writes that are the same for every ballot event (status, 实到, close,
 * delete) are db/evaluation's, by id.
 */

export interface RecommendationEventRecord {
  readonly id: number;
  readonly name: string;
  readonly year: number;
  readonly date: string;
  readonly unitTitle: string;
  readonly presetKey: string;
  readonly config: RecommendationConfig;
  readonly status: EvaluationStatus;
  readonly attendance: Record<string, number>;
  /** frozen at close */
  readonly results: RecommendationResults | null;
  readonly createdAt: string;
  readonly closedAt: string | null;
}

interface EventRow {
  id: number; name: string; year: number; date: string; unit_title: string; preset_key: string; config_json: string;
  status: EvaluationStatus; attendance_json: string; results_json: string | null; created_at: string; closed_at: string | null;
}

/** Stored JSON is parsed through its schema, so a hand-edited file fails here and not deep in a tally. */
const toRecord = (r: EventRow): RecommendationEventRecord => ({
  id: r.id, name: r.name, year: r.year, date: r.date, unitTitle: r.unit_title, presetKey: r.preset_key,
  config: recommendationConfig.parse(JSON.parse(r.config_json)),
  status: r.status,
  attendance: JSON.parse(r.attendance_json) as Record<string, number>,
  results: r.results_json == null ? null : recommendationResults.parse(JSON.parse(r.results_json)),
  createdAt: r.created_at, closedAt: r.closed_at,
});

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
