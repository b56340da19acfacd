import { annualRules, type AnnualRules, type RoundingRule } from '../shared/annual/rules';
import type { YearStatus } from '../shared/annual/views';
import type { Db } from './open';
import { prepared } from './prepared';

/** One 考核年度 as stored. */
export interface AnnualYearRecord {
  readonly year: number;
  readonly name: string;
  readonly rules: AnnualRules;
  readonly status: YearStatus;
  readonly lockedAt: string | null;
  readonly lockedBy: string | null;
  /** the composite frozen at the lock (JSON of shared/annual/views compositeView) */
  readonly resultsJson: string | null;
  readonly createdAt: string;
}

interface YearRow { year: number; name: string; rules_json: string; status: YearStatus; locked_at: string | null; locked_by: string | null; results_json: string | null; created_at: string }

/** Stored rules are parsed through their schema, so a hand-edited file fails here and not in a tally. */
const toRecord = (r: YearRow): AnnualYearRecord => ({
  year: r.year, name: r.name, rules: annualRules.parse(JSON.parse(r.rules_json)), status: r.status,
  lockedAt: r.locked_at, lockedBy: r.locked_by, resultsJson: r.results_json, createdAt: r.created_at,
});

export function getAnnualYearRecord(db: Db, year: number): AnnualYearRecord | undefined {
  const row = prepared(db, 'SELECT * FROM annual_years WHERE year = ?').get(year) as YearRow | undefined;
  return row && toRecord(row);
}

/** One 考核分组 as stored, with its participant count. */
export interface AnnualGroupRecord {
  readonly id: number;
  readonly year: number;
  readonly name: string;
  readonly excellentShare: number;
  readonly goodShare: number;
  readonly rounding: RoundingRule;
  readonly sortOrder: number;
  readonly size: number;
}

interface GroupRow { id: number; year: number; name: string; excellent_share: number; good_share: number; rounding: RoundingRule; sort_order: number; size: number }

export function listGroupRecords(db: Db, year: number): AnnualGroupRecord[] {
  const rows = prepared(
    db,
    `SELECT g.*, (SELECT count(*) FROM annual_participants p WHERE p.group_id = g.id) AS size
     FROM annual_groups g WHERE g.year = ? ORDER BY g.sort_order, g.id`,
  ).all(year) as GroupRow[];
  return rows.map((r) => ({ id: r.id, year: r.year, name: r.name, excellentShare: r.excellent_share, goodShare: r.good_share, rounding: r.rounding, sortOrder: r.sort_order, size: r.size }));
}
