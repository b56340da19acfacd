import { annualRules, quotaFor, type AnnualRules, type RoundingRule } from '../../shared/annual/rules';
import type { YearStatus } from '../../shared/annual/views';
import type { Db } from '../open';
import { prepared } from '../prepared';
import { insertItemCategory } from './items';

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

// ── the year ─────────────────────────────────────────────────────────────

/** A year as listed: its counts of participants and confirmed 等次. */
export interface AnnualYearSummaryRecord {
  readonly year: number;
  readonly name: string;
  readonly status: YearStatus;
  readonly participants: number;
  readonly confirmed: number;
  readonly lockedAt: string | null;
  readonly lockedBy: string | null;
}

const summarySelect = `
  SELECT y.year, y.name, y.status, y.locked_at AS lockedAt, y.locked_by AS lockedBy,
         (SELECT count(*) FROM annual_participants p WHERE p.year = y.year) AS participants,
         (SELECT count(*) FROM annual_participants p WHERE p.year = y.year AND p.confirmed IS NOT NULL) AS confirmed
  FROM annual_years y`;

/** Newest year first. */
export function listYearSummaries(db: Db): AnnualYearSummaryRecord[] {
  return prepared(db, `${summarySelect} ORDER BY y.year DESC`).all() as AnnualYearSummaryRecord[];
}

export function getYearSummary(db: Db, year: number): AnnualYearSummaryRecord | undefined {
  return prepared(db, `${summarySelect} WHERE y.year = ?`).get(year) as AnnualYearSummaryRecord | undefined;
}

export function insertYearRow(db: Db, year: number, name: string, rules: AnnualRules, now = new Date()): void {
  prepared(db, 'INSERT INTO annual_years (year, name, rules_json, created_at) VALUES (?, ?, ?, ?)').run(year, name, JSON.stringify(rules), now.toISOString());
}

export function updateYearRules(db: Db, year: number, rules: AnnualRules): void {
  prepared(db, 'UPDATE annual_years SET rules_json = ? WHERE year = ?').run(JSON.stringify(rules), year);
}

/**
 * Removes a year and everything set up under it. The caller has checked it holds no data; the
 * children go explicitly, in dependency order, since several foreign keys are RESTRICT.
 */
export function deleteYearRows(db: Db, year: number): void {
  for (const sql of [
    'DELETE FROM annual_items WHERE year = ?',
    'DELETE FROM annual_categories WHERE year = ?',
    'DELETE FROM annual_participants WHERE year = ?',
    'DELETE FROM annual_groups WHERE year = ?',
    'DELETE FROM annual_years WHERE year = ?',
  ]) prepared(db, sql).run(year);
}

/**
 * What the year holds beyond its setup, in Chinese (「平时考核等次 12 条」…); empty when it can still
 * be deleted. Sanctions belong to the person, not the year, so they do not count.
 */
export function yearDataKinds(db: Db, year: number): string[] {
  const row = prepared(
    db,
    `SELECT (SELECT count(*) FROM annual_quarters WHERE year = :year) AS quarters,
            (SELECT count(*) FROM annual_scores WHERE year = :year) AS scores,
            (SELECT count(*) FROM annual_adjustments WHERE year = :year) AS adjustments,
            (SELECT count(*) FROM annual_participants WHERE year = :year AND leader_score IS NOT NULL) AS leader,
            (SELECT count(*) FROM annual_participants WHERE year = :year AND confirmed IS NOT NULL) AS confirmed,
            (SELECT count(*) FROM weekly_items WHERE year = :year) AS weekly,
            (SELECT count(*) FROM inspection_records WHERE year = :year) + (SELECT count(*) FROM inspection_notices WHERE year = :year) AS inspections,
            (SELECT count(*) FROM campaigns WHERE year = :year) AS campaigns,
            (SELECT count(*) FROM bulletins WHERE year = :year) AS bulletins`,
  ).get({ year }) as { quarters: number; scores: number; adjustments: number; leader: number; confirmed: number; weekly: number; inspections: number; campaigns: number; bulletins: number };
  return [
    row.quarters > 0 ? `平时考核等次${row.quarters}条` : '',
    row.scores > 0 ? `考核项目评分${row.scores}条` : '',
    row.adjustments > 0 ? `加减分记录${row.adjustments}条` : '',
    row.leader > 0 ? `领导评价分${row.leader}人` : '',
    row.confirmed > 0 ? `已确定等次${row.confirmed}人` : '',
    row.weekly > 0 ? `周晒成绩${row.weekly}条` : '',
    row.inspections > 0 ? `督查记录和通报${row.inspections}条` : '',
    row.campaigns > 0 ? `专项活动${row.campaigns}个` : '',
    row.bulletins > 0 ? `月度通报${row.bulletins}期` : '',
  ].filter(Boolean);
}

/** The year's 述职测评 events a composite can take a score from: a 科室评议 rates units, never a person (DOMAIN.md §8.4). */
export function listYearEvaluationEvents(db: Db, year: number): { id: number; name: string; date: string; closed: boolean }[] {
  const rows = prepared(db, `SELECT id, name, date, status FROM eval_events WHERE year = ? AND kind = 'evaluation' AND review_period IS NULL ORDER BY date, id`).all(year) as { id: number; name: string; date: string; status: string }[];
  return rows.map((r) => ({ id: r.id, name: r.name, date: r.date, closed: r.status === 'closed' }));
}

/** The year's 双十星 党员干部 ('person') scheme. */
export function findYearStarScheme(db: Db, year: number): { id: number; name: string } | null {
  return (prepared(db, "SELECT id, name FROM star_schemes WHERE year = ? AND kind = 'person'").get(year) as { id: number; name: string } | undefined) ?? null;
}

// ── 考核分组 ─────────────────────────────────────────────────────────────

export interface GroupFields {
  readonly name: string;
  readonly excellentShare: number;
  readonly goodShare: number;
  readonly rounding: RoundingRule;
}

export function insertGroupRow(db: Db, year: number, group: GroupFields, sortOrder: number): number {
  return Number(
    prepared(db, 'INSERT INTO annual_groups (year, name, excellent_share, good_share, rounding, sort_order) VALUES (?, ?, ?, ?, ?, ?)')
      .run(year, group.name, group.excellentShare, group.goodShare, group.rounding, sortOrder).lastInsertRowid,
  );
}

export function updateGroupRow(db: Db, id: number, group: GroupFields, sortOrder: number): void {
  prepared(db, 'UPDATE annual_groups SET name = ?, excellent_share = ?, good_share = ?, rounding = ?, sort_order = ? WHERE id = ?')
    .run(group.name, group.excellentShare, group.goodShare, group.rounding, sortOrder, id);
}

/** A name no office would type, unique per group: lets kept groups swap names without tripping UNIQUE (year, name). */
export function parkGroupName(db: Db, id: number): void {
  prepared(db, 'UPDATE annual_groups SET name = ? WHERE id = ?').run(`\u0001${id}`, id);
}

export function deleteGroupRow(db: Db, id: number): void {
  prepared(db, 'DELETE FROM annual_groups WHERE id = ?').run(id);
}

// ── 指标体系 copied from another year ──────────────────────────────────────

/**
 * Copies the categories and items of `from` into `to` (new ids, same names and order); score
 * entries stay behind. Returns the counts copied.
 */
export function copyItemSystem(db: Db, from: number, to: number): { categories: number; items: number } {
  const categories = prepared(db, 'SELECT id, name, sort_order FROM annual_categories WHERE year = ? ORDER BY sort_order, id').all(from) as { id: number; name: string; sort_order: number }[];
  const ids = new Map<number, number>();
  for (const c of categories) ids.set(c.id, insertItemCategory(db, to, c.name, c.sort_order));
  const items = prepared(
    db,
    `SELECT category_id, name, description, applies_to, method, max_points, step_points, pass_to_people, sort_order, source, source_full, source_zero
     FROM annual_items WHERE year = ? ORDER BY sort_order, id`,
  ).all(from) as { category_id: number; name: string; description: string; applies_to: string; method: string; max_points: number; step_points: number | null; pass_to_people: number; sort_order: number; source: string; source_full: number; source_zero: number }[];
  const insert = prepared(
    db,
    // a 自动取数 item keeps its source and mapping; a 专项活动 belongs to its year, so the new year's item has none chosen yet
    `INSERT INTO annual_items (year, category_id, name, description, applies_to, method, max_points, step_points, pass_to_people, sort_order, source, source_full, source_zero)
     VALUES (:year, :category_id, :name, :description, :applies_to, :method, :max_points, :step_points, :pass_to_people, :sort_order, :source, :source_full, :source_zero)`,
  );
  for (const item of items) insert.run({ ...item, year: to, category_id: ids.get(item.category_id)! });
  return { categories: categories.length, items: items.length };
}

/** Counts of the year's 指标体系 (for the audit of a deleted year). */
export function countItemSystem(db: Db, year: number): { categories: number; items: number } {
  return prepared(
    db,
    'SELECT (SELECT count(*) FROM annual_categories WHERE year = :year) AS categories, (SELECT count(*) FROM annual_items WHERE year = :year) AS items',
  ).get({ year }) as { categories: number; items: number };
}

// ── what the quotas hold ───────────────────────────────────────────────────

/** One group's quotas and what uses them: “好” per quarter, and 优秀 confirmed within the quota (no override). */
export interface GroupQuotaUse {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  readonly goodQuota: number;
  readonly excellentQuota: number;
  /** “好” given, Q1..Q4 */
  readonly good: readonly number[];
  readonly excellentConfirmed: number;
}

export function groupQuotaUse(db: Db, year: number): GroupQuotaUse[] {
  const good = new Map<number, number[]>();
  const rows = prepared(
    db,
    `SELECT p.group_id AS groupId, q.quarter, count(*) AS n FROM annual_quarters q
     JOIN annual_participants p ON p.year = q.year AND p.person_id = q.person_id
     WHERE q.year = ? AND q.grade = 'good' GROUP BY p.group_id, q.quarter`,
  ).all(year) as { groupId: number; quarter: number; n: number }[];
  for (const r of rows) {
    const counts = good.get(r.groupId) ?? [0, 0, 0, 0];
    counts[r.quarter - 1] = r.n;
    good.set(r.groupId, counts);
  }
  const excellent = new Map(
    (prepared(db, `SELECT group_id AS groupId, count(*) AS n FROM annual_participants WHERE year = ? AND confirmed = 'excellent' AND override_reason = '' GROUP BY group_id`)
      .all(year) as { groupId: number; n: number }[]).map((r) => [r.groupId, r.n]),
  );
  return listGroupRecords(db, year).map((g) => ({
    id: g.id, name: g.name, size: g.size,
    goodQuota: quotaFor(g.goodShare, g.size, g.rounding),
    excellentQuota: quotaFor(g.excellentShare, g.size, g.rounding),
    good: good.get(g.id) ?? [0, 0, 0, 0],
    excellentConfirmed: excellent.get(g.id) ?? 0,
  }));
}
