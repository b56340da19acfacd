import type { WorkbenchCounts } from '../../shared/workbench';
import type { Db } from '../open';
import { prepared } from '../prepared';

/**
 * The counts the 工作台 shows (ARCHITECTURE §2.1): how far the year's work has come, read in one pass of
 * aggregate queries over the features' tables. Read-only; every table keeps its one owner module for writes.
 */
export function yearCounts(db: Db, year: number, today: string): WorkbenchCounts {
  const one = (sql: string, ...args: unknown[]) => prepared(db, sql).pluck().get(...args) as number;
  const status = prepared(db, 'SELECT status FROM annual_years WHERE year = ?').pluck().get(year) as 'open' | 'locked' | undefined;
  const graded = prepared(db, `SELECT quarter, count(*) AS n FROM annual_quarters q
    WHERE q.year = ? AND EXISTS (SELECT 1 FROM annual_participants p WHERE p.year = q.year AND p.person_id = q.person_id) GROUP BY quarter`).all(year) as { quarter: number; n: number }[];
  const quarters: [number, number, number, number] = [0, 0, 0, 0];
  for (const g of graded) quarters[g.quarter - 1] = g.n;
  const publicity = prepared(db, 'SELECT status FROM annual_publicity WHERE year = ?').pluck().get(year) as WorkbenchCounts['publicity'] | undefined;
  return {
    peopleActive: one(`SELECT count(*) FROM people WHERE status = '在职'`),
    units: one('SELECT count(*) FROM units'),
    yearStatus: status ?? 'none',
    participants: one('SELECT count(*) FROM annual_participants WHERE year = ?', year),
    groups: one('SELECT count(*) FROM annual_groups WHERE year = ?', year),
    quartersGraded: quarters,
    evaluationEvents: one(`SELECT count(*) FROM eval_events WHERE kind = 'evaluation' AND year = ? AND review_period IS NULL`, year),
    evaluationClosed: one(`SELECT count(*) FROM eval_events WHERE kind = 'evaluation' AND year = ? AND review_period IS NULL AND status = 'closed'`, year),
    unitReviewsClosed: one(`SELECT count(*) FROM eval_events WHERE kind = 'evaluation' AND year = ? AND review_period IS NOT NULL AND status = 'closed'`, year),
    starSchemes: one('SELECT count(*) FROM star_schemes WHERE year = ?', year),
    confirmed: one('SELECT count(*) FROM annual_participants WHERE year = ? AND confirmed IS NOT NULL', year),
    publicity: publicity ?? 'none',
    openObjections: one(`SELECT count(*) FROM annual_publicity_objections WHERE year = ? AND resolved_on IS NULL`, year),
    lateNodes: one(`SELECT count(*) FROM task_nodes n JOIN task_items t ON t.id = n.task_id WHERE t.year = ? AND n.due_on < ? AND n.status <> 'done'`, year, today),
    overdueRectifications: one(`SELECT count(*) FROM inspection_records WHERE year = ? AND deadline IS NOT NULL AND deadline < ? AND done_on IS NULL`, year, today),
    campaigns: one('SELECT count(*) FROM campaigns WHERE year = ?', year),
    bulletinsIssued: one(`SELECT count(*) FROM bulletins WHERE year = ? AND status = 'issued'`, year),
    bulletinMonths: prepared(db, `SELECT month FROM bulletins WHERE year = ? AND status = 'issued' ORDER BY month`).pluck().all(year) as number[],
  };
}
