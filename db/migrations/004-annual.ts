import type { Migration } from './types';

/**
 * 年度考核: the 考核年度 with its rules, 考核分组 and participants, the 指标体系 with its score
 * entries, 平时考核 grades, 加减分 and 处分 records, and the committee's 等次.
 *
 * The year lock (归档) is enforced here, by triggers, rather than in each service: once a year is
 * locked, every insert, update and delete of its 年度考核, 述职测评 and 双十星 rows aborts with
 * KAOPING_YEAR_LOCKED (db/year-lock.ts turns that into the Chinese message). A write path added
 * later is covered without anyone remembering to check.
 */

const lockedMessage = 'KAOPING_YEAR_LOCKED';
const isLocked = (yearExpr: string) => `EXISTS (SELECT 1 FROM annual_years WHERE year = (${yearExpr}) AND status = 'locked')`;

/** BEFORE INSERT/UPDATE/DELETE triggers refusing a write to a row of a locked year (later migrations reuse it for their year-scoped tables). */
export function lockTriggers(table: string, yearOf: (row: 'NEW' | 'OLD') => string): string {
  const trigger = (event: 'INSERT' | 'UPDATE' | 'DELETE', rows: readonly ('NEW' | 'OLD')[]) => `
    CREATE TRIGGER ${table}_year_lock_${event.toLowerCase()} BEFORE ${event} ON ${table}
    WHEN ${rows.map((r) => isLocked(yearOf(r))).join(' OR ')}
    BEGIN SELECT RAISE(ABORT, '${lockedMessage}'); END;`;
  return trigger('INSERT', ['NEW']) + trigger('UPDATE', ['OLD', 'NEW']) + trigger('DELETE', ['OLD']);
}

const ownYear = (row: 'NEW' | 'OLD') => `${row}.year`;
const eventYear = (row: 'NEW' | 'OLD') => `SELECT year FROM eval_events WHERE id = ${row}.event_id`;
const schemeYear = (row: 'NEW' | 'OLD') => `SELECT year FROM star_schemes WHERE id = ${row}.scheme_id`;
const reviewYear = (row: 'NEW' | 'OLD') => `SELECT s.year FROM star_reviews r JOIN star_schemes s ON s.id = r.scheme_id WHERE r.id = ${row}.review_id`;

const yearTables = ['annual_groups', 'annual_participants', 'annual_categories', 'annual_items', 'annual_scores', 'annual_quarters', 'annual_adjustments'];
const eventTables = ['eval_targets', 'eval_tickets', 'eval_ballots', 'eval_paper_entries'];
const schemeTables = ['star_items', 'star_reviews', 'star_states', 'star_publicity'];
const reviewTables = ['star_steps', 'star_objections', 'star_disqualifications', 'star_evidence'];

/**
 * A 处分 belongs to no single year: it is refused when its period touches a locked year, since
 * it would change that year's gates. Period end: decided_on + months (no end for 开除).
 */
const sanctionTouchesLocked = (row: 'NEW' | 'OLD') => `EXISTS (
      SELECT 1 FROM annual_years y WHERE y.status = 'locked'
        AND CAST(substr(${row}.decided_on, 1, 4) AS INTEGER) <= y.year
        AND (${row}.months IS NULL OR date(${row}.decided_on, '+' || ${row}.months || ' months') > (y.year || '-01-01')))`;
const sanctionTriggers = (['INSERT', 'UPDATE', 'DELETE'] as const)
  .map((event) => {
    const rows: ('NEW' | 'OLD')[] = event === 'INSERT' ? ['NEW'] : event === 'DELETE' ? ['OLD'] : ['OLD', 'NEW'];
    return `
    CREATE TRIGGER annual_sanctions_year_lock_${event.toLowerCase()} BEFORE ${event} ON annual_sanctions
    WHEN ${rows.map(sanctionTouchesLocked).join(' OR ')}
    BEGIN SELECT RAISE(ABORT, '${lockedMessage}'); END;`;
  })
  .join('');

export const migration004: Migration = {
  version: 4,
  name: 'annual',
  sql: `
    CREATE TABLE annual_years (
      year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      -- shared/annual/rules.ts annualRules, parsed through its schema when read
      rules_json TEXT NOT NULL CHECK (json_valid(rules_json)),
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'locked')),
      locked_at TEXT,
      locked_by TEXT,
      -- the composite as frozen at the lock; a locked year never recomputes it
      results_json TEXT CHECK (results_json IS NULL OR json_valid(results_json)),
      created_at TEXT NOT NULL,
      CHECK ((status = 'locked') = (locked_at IS NOT NULL AND results_json IS NOT NULL))
    ) STRICT;

    CREATE TABLE annual_groups (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL REFERENCES annual_years(year) ON DELETE CASCADE,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      excellent_share REAL NOT NULL CHECK (excellent_share BETWEEN 0 AND 1),
      good_share REAL NOT NULL CHECK (good_share BETWEEN 0 AND 1),
      rounding TEXT NOT NULL CHECK (rounding IN ('floor', 'round', 'ceil')),
      sort_order INTEGER NOT NULL,
      UNIQUE (year, name),
      UNIQUE (id, year)
    ) STRICT;

    CREATE TABLE annual_participants (
      year INTEGER NOT NULL REFERENCES annual_years(year) ON DELETE CASCADE,
      person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
      group_id INTEGER NOT NULL,
      vocabulary TEXT NOT NULL CHECK (vocabulary IN ('civil', 'institution')),
      -- 不定等次 decided by the office; NULL follows the roster's dates
      undetermined_override TEXT CHECK (undetermined_override IN ('yes', 'no')),
      undetermined_reason TEXT NOT NULL DEFAULT '',
      -- 领导评价
      leader_score REAL CHECK (leader_score BETWEEN 0 AND 100),
      -- the committee's outcome and, beside it, the suggestion it was confirmed against
      confirmed TEXT CHECK (confirmed IN ('excellent', 'competent', 'basic', 'fail', 'undetermined')),
      suggested_at_confirm TEXT CHECK (suggested_at_confirm IN ('excellent', 'competent', 'basic', 'fail', 'undetermined')),
      confirm_reason TEXT NOT NULL DEFAULT '',
      override_reason TEXT NOT NULL DEFAULT '',
      confirmed_by TEXT,
      confirmed_at TEXT,
      PRIMARY KEY (year, person_id),
      FOREIGN KEY (group_id, year) REFERENCES annual_groups(id, year) ON DELETE RESTRICT,
      CHECK (undetermined_override IS NULL OR length(trim(undetermined_reason)) > 0),
      CHECK ((confirmed IS NULL) = (confirmed_at IS NULL))
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX annual_participants_person ON annual_participants (person_id);
    CREATE INDEX annual_participants_group ON annual_participants (group_id);

    CREATE TABLE annual_categories (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL REFERENCES annual_years(year) ON DELETE CASCADE,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      sort_order INTEGER NOT NULL,
      UNIQUE (year, name),
      UNIQUE (id, year)
    ) STRICT;

    CREATE TABLE annual_items (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL,
      category_id INTEGER NOT NULL,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      description TEXT NOT NULL DEFAULT '',
      applies_to TEXT NOT NULL CHECK (applies_to IN ('person', 'unit')),
      method TEXT NOT NULL CHECK (method IN ('score', 'bonus', 'deduct', 'done')),
      max_points REAL NOT NULL CHECK (max_points > 0),
      step_points REAL CHECK (step_points > 0),
      pass_to_people INTEGER NOT NULL DEFAULT 0 CHECK (pass_to_people IN (0, 1)),
      sort_order INTEGER NOT NULL,
      FOREIGN KEY (category_id, year) REFERENCES annual_categories(id, year) ON DELETE RESTRICT,
      UNIQUE (year, name),
      UNIQUE (id, year),
      CHECK ((method IN ('bonus', 'deduct')) = (step_points IS NOT NULL)),
      CHECK (pass_to_people = 0 OR applies_to = 'unit')
    ) STRICT;
    CREATE INDEX annual_items_year ON annual_items (year, sort_order);

    -- One entry per item and target. value: points (score), occurrences (bonus/deduct), 1/0 (done).
    CREATE TABLE annual_scores (
      item_id INTEGER NOT NULL,
      year INTEGER NOT NULL,
      person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
      unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
      value REAL NOT NULL,
      date TEXT CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      evidence TEXT NOT NULL DEFAULT '',
      entered_by TEXT NOT NULL,
      entered_at TEXT NOT NULL,
      FOREIGN KEY (item_id, year) REFERENCES annual_items(id, year) ON DELETE RESTRICT,
      CHECK ((person_id IS NULL) <> (unit_id IS NULL))
    ) STRICT;
    CREATE UNIQUE INDEX annual_scores_person ON annual_scores (item_id, person_id) WHERE person_id IS NOT NULL;
    CREATE UNIQUE INDEX annual_scores_unit ON annual_scores (item_id, unit_id) WHERE unit_id IS NOT NULL;
    CREATE INDEX annual_scores_year ON annual_scores (year);
    CREATE INDEX annual_scores_person_id ON annual_scores (person_id) WHERE person_id IS NOT NULL;
    CREATE INDEX annual_scores_unit_id ON annual_scores (unit_id) WHERE unit_id IS NOT NULL;

    CREATE TABLE annual_quarters (
      year INTEGER NOT NULL,
      person_id INTEGER NOT NULL,
      quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
      grade TEXT NOT NULL CHECK (grade IN ('good', 'fair', 'average', 'poor', 'undetermined')),
      entered_by TEXT NOT NULL,
      entered_at TEXT NOT NULL,
      PRIMARY KEY (year, person_id, quarter),
      FOREIGN KEY (year, person_id) REFERENCES annual_participants(year, person_id) ON DELETE RESTRICT
    ) STRICT, WITHOUT ROWID;
    -- the “好” count of a quarter (quota check on every keystroke)
    CREATE INDEX annual_quarters_grade ON annual_quarters (year, quarter, grade);

    CREATE TABLE annual_adjustments (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL,
      person_id INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (length(trim(kind)) > 0),
      points REAL NOT NULL CHECK (points <> 0),
      date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      evidence TEXT NOT NULL DEFAULT '',
      entered_by TEXT NOT NULL,
      entered_at TEXT NOT NULL,
      FOREIGN KEY (year, person_id) REFERENCES annual_participants(year, person_id) ON DELETE RESTRICT
    ) STRICT;
    CREATE INDEX annual_adjustments_year ON annual_adjustments (year, person_id);

    -- 处分 belong to the person, not to a year: a 记过 decided in November weighs on next year too.
    CREATE TABLE annual_sanctions (
      id INTEGER PRIMARY KEY,
      person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
      type TEXT NOT NULL CHECK (type IN ('警告', '记过', '记大过', '降级', '撤职', '开除')),
      decided_on TEXT NOT NULL CHECK (decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      months INTEGER CHECK (months BETWEEN 1 AND 120),
      document_no TEXT NOT NULL DEFAULT '',
      reason TEXT NOT NULL DEFAULT '',
      entered_by TEXT NOT NULL,
      entered_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX annual_sanctions_person ON annual_sanctions (person_id);

    INSERT INTO vocabulary (kind, value, sort_order) VALUES
      ('annual-adjustment', '表彰奖励', 1), ('annual-adjustment', '通报表扬', 2), ('annual-adjustment', '通报批评', 3),
      ('annual-adjustment', '负面清单', 4), ('annual-adjustment', '其他', 5);

    -- A locked year row changes only by unlocking; it is never deleted.
    CREATE TRIGGER annual_years_year_lock_update BEFORE UPDATE ON annual_years
    WHEN OLD.status = 'locked' AND NEW.status = 'locked'
    BEGIN SELECT RAISE(ABORT, '${lockedMessage}'); END;
    CREATE TRIGGER annual_years_year_lock_delete BEFORE DELETE ON annual_years
    WHEN OLD.status = 'locked'
    BEGIN SELECT RAISE(ABORT, '${lockedMessage}'); END;
    ${yearTables.map((t) => lockTriggers(t, ownYear)).join('')}
    ${lockTriggers('eval_events', ownYear)}
    ${eventTables.map((t) => lockTriggers(t, eventYear)).join('')}
    ${lockTriggers('star_schemes', ownYear)}
    ${schemeTables.map((t) => lockTriggers(t, schemeYear)).join('')}
    ${reviewTables.map((t) => lockTriggers(t, reviewYear)).join('')}
    ${sanctionTriggers}
  `,
};

export const yearLockedSqlMessage = lockedMessage;
