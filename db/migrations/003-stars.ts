import type { Migration } from './types';

/**
 * 双十星: star schemes per 考核年度 and kind, their stars, and the 三评一公示 record of every target
 * (a person for the 党员干部 scheme, a unit for the 党组织 scheme) in every period.
 *
 * A review is one target in one period of one scheme; the per-star facts hang off it, one row per
 * star touched (a star never claimed has no row). States name their star by code with a foreign key
 * to the scheme's star list, so a star with recorded states cannot be dropped from the scheme, and
 * carry the review's scheme id, so the code is always looked up in the review's own scheme.
 * People and units with reviews are never deleted (ON DELETE RESTRICT; db/assessment-data.ts says
 * why to the user). Evidence files live in the data folder under evidence/, content-addressed by
 * SHA-256; the table keeps the original name, size and hash.
 */
/** The board letter of each star of one review, as shared/stars/states.ts starCellStateOf decides it. */
const statesJsonOf = (row: 'NEW' | 'OLD') => `
        SELECT json_group_object(code, CASE
          WHEN removed_on IS NOT NULL THEN 'x' WHEN awarded_on IS NOT NULL THEN 'h'
          WHEN decision = 'refuse' THEN 'r' WHEN decision = 'award' THEN 'a' WHEN claimed = 1 THEN 'c' ELSE 'n' END)
        FROM star_states WHERE review_id = ${row}.review_id`;

export const migration003: Migration = {
  version: 3,
  name: 'stars',
  sql: `
    CREATE TABLE star_schemes (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      kind TEXT NOT NULL CHECK (kind IN ('org', 'person')),
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      cycle TEXT NOT NULL DEFAULT 'quarterly' CHECK (cycle IN ('monthly', 'quarterly', 'half-yearly', 'yearly')),
      publicity_days INTEGER NOT NULL DEFAULT 5 CHECK (publicity_days BETWEEN 1 AND 30),
      year_end_rule TEXT NOT NULL DEFAULT 'last-period' CHECK (year_end_rule IN ('last-period', 'min-periods')),
      -- K of 'held in at least K periods'
      year_end_periods INTEGER CHECK (year_end_periods BETWEEN 1 AND 12),
      points_per_star REAL NOT NULL DEFAULT 1 CHECK (points_per_star >= 0),
      points_cap REAL NOT NULL DEFAULT 10 CHECK (points_cap >= 0),
      -- 「十星 优先评优」, 「少于5星 不得评优」 …: shared/stars/scheme.ts starGate[]
      gates_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(gates_json) AND json_type(gates_json) = 'array'),
      created_at TEXT NOT NULL,
      UNIQUE (year, kind),
      CHECK ((year_end_rule = 'min-periods') = (year_end_periods IS NOT NULL))
    ) STRICT;

    CREATE TABLE star_items (
      scheme_id INTEGER NOT NULL REFERENCES star_schemes(id) ON DELETE CASCADE,
      code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 20),
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      tier TEXT NOT NULL CHECK (tier IN ('basic', 'performance', 'advanced')),
      criteria TEXT NOT NULL DEFAULT '',
      evidence_required INTEGER NOT NULL DEFAULT 0 CHECK (evidence_required IN (0, 1)),
      sort_order INTEGER NOT NULL,
      PRIMARY KEY (scheme_id, code),
      UNIQUE (scheme_id, name)
    ) STRICT;

    CREATE TABLE star_reviews (
      id INTEGER PRIMARY KEY,
      scheme_id INTEGER NOT NULL REFERENCES star_schemes(id) ON DELETE CASCADE,
      period INTEGER NOT NULL CHECK (period BETWEEN 1 AND 12),
      person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
      unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
      -- 备注 on the 评星汇总表
      remark TEXT NOT NULL DEFAULT '',
      -- star code -> its board state letter, kept by the triggers below from star_states (never
      -- written by the app). A year board of 2,000 people reads 8,000 of these instead of 80,000
      -- state rows, which alone took most of its 150 ms budget.
      -- Letters: c claimed, a approved, r refused, h held, x removed (a star without a row is 未申报).
      states_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(states_json)),
      CHECK ((person_id IS NULL) <> (unit_id IS NULL)),
      UNIQUE (id, scheme_id)
    ) STRICT;
    CREATE UNIQUE INDEX star_reviews_person ON star_reviews (scheme_id, period, person_id) WHERE person_id IS NOT NULL;
    CREATE UNIQUE INDEX star_reviews_unit ON star_reviews (scheme_id, period, unit_id) WHERE unit_id IS NOT NULL;
    CREATE INDEX star_reviews_person_id ON star_reviews (person_id) WHERE person_id IS NOT NULL;
    CREATE INDEX star_reviews_unit_id ON star_reviews (unit_id) WHERE unit_id IS NOT NULL;

    -- One target × star in one period. Order of facts: claimed -> votes -> decision -> awarded -> removed.
    CREATE TABLE star_states (
      review_id INTEGER NOT NULL,
      scheme_id INTEGER NOT NULL,
      code TEXT NOT NULL,
      claimed INTEGER NOT NULL DEFAULT 0 CHECK (claimed IN (0, 1)),
      claim_note TEXT NOT NULL DEFAULT '',
      agree INTEGER CHECK (agree >= 0),
      disagree INTEGER CHECK (disagree >= 0),
      score REAL CHECK (score >= 0),
      decision TEXT CHECK (decision IN ('award', 'refuse')),
      refuse_reason TEXT NOT NULL DEFAULT '',
      awarded_on TEXT CHECK (awarded_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      removed_on TEXT CHECK (removed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      removed_reason TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (review_id, code),
      FOREIGN KEY (review_id, scheme_id) REFERENCES star_reviews(id, scheme_id) ON DELETE CASCADE,
      FOREIGN KEY (scheme_id, code) REFERENCES star_items(scheme_id, code) ON DELETE RESTRICT ON UPDATE RESTRICT,
      CHECK (decision IS NULL OR claimed = 1),
      CHECK (decision IS NOT 'refuse' OR length(trim(refuse_reason)) > 0),
      CHECK (awarded_on IS NULL OR decision IS 'award'),
      CHECK (removed_on IS NULL OR (awarded_on IS NOT NULL AND removed_on >= awarded_on AND length(trim(removed_reason)) > 0))
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX star_states_item ON star_states (scheme_id, code);

    CREATE TRIGGER star_states_after_insert AFTER INSERT ON star_states BEGIN
      UPDATE star_reviews SET states_json = (${statesJsonOf('NEW')}) WHERE id = NEW.review_id;
    END;
    CREATE TRIGGER star_states_after_update AFTER UPDATE ON star_states BEGIN
      UPDATE star_reviews SET states_json = (${statesJsonOf('OLD')}) WHERE id = OLD.review_id;
      UPDATE star_reviews SET states_json = (${statesJsonOf('NEW')}) WHERE id = NEW.review_id AND NEW.review_id <> OLD.review_id;
    END;
    CREATE TRIGGER star_states_after_delete AFTER DELETE ON star_states BEGIN
      UPDATE star_reviews SET states_json = (${statesJsonOf('OLD')}) WHERE id = OLD.review_id;
    END;

    -- 自评 / 民主测评 / 支部评定 / 公示 / 授星 of one review: the date it was done and who did it.
    CREATE TABLE star_steps (
      review_id INTEGER NOT NULL REFERENCES star_reviews(id) ON DELETE CASCADE,
      step TEXT NOT NULL CHECK (step IN ('self', 'vote', 'decision', 'publicity', 'award')),
      date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      by_name TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (review_id, step)
    ) STRICT, WITHOUT ROWID;

    -- 公示 of one period's decisions: start, and end = start + days (shared/stars/publicity.ts).
    CREATE TABLE star_publicity (
      scheme_id INTEGER NOT NULL REFERENCES star_schemes(id) ON DELETE CASCADE,
      period INTEGER NOT NULL CHECK (period BETWEEN 1 AND 12),
      start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      end_date TEXT NOT NULL CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 30),
      by_name TEXT NOT NULL,
      PRIMARY KEY (scheme_id, period),
      CHECK (end_date > start_date)
    ) STRICT, WITHOUT ROWID;

    -- 公示异议: about a target (code NULL) or one of its stars.
    CREATE TABLE star_objections (
      id INTEGER PRIMARY KEY,
      review_id INTEGER NOT NULL REFERENCES star_reviews(id) ON DELETE CASCADE,
      code TEXT,
      date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      content TEXT NOT NULL CHECK (length(trim(content)) > 0),
      result TEXT NOT NULL DEFAULT 'pending' CHECK (result IN ('pending', 'upheld', 'dismissed')),
      result_note TEXT NOT NULL DEFAULT '',
      recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX star_objections_review ON star_objections (review_id);

    -- 不得参评 in the review's period; the reason comes from the editable list (vocabulary 'star-disqualify')
    -- and is kept as text, so renaming the list later does not rewrite history.
    CREATE TABLE star_disqualifications (
      review_id INTEGER PRIMARY KEY REFERENCES star_reviews(id) ON DELETE CASCADE,
      reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      note TEXT NOT NULL DEFAULT '',
      date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      by_name TEXT NOT NULL
    ) STRICT;

    -- 佐证材料. stored_name is '<sha256>.<ext>' under evidence/: the same content is stored once.
    CREATE TABLE star_evidence (
      id INTEGER PRIMARY KEY,
      review_id INTEGER NOT NULL REFERENCES star_reviews(id) ON DELETE RESTRICT,
      code TEXT NOT NULL,
      original_name TEXT NOT NULL CHECK (length(original_name) BETWEEN 1 AND 255),
      stored_name TEXT NOT NULL CHECK (stored_name GLOB '[0-9a-f]*.*' AND length(stored_name) > 65),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
      size INTEGER NOT NULL CHECK (size BETWEEN 1 AND 20971520),
      note TEXT NOT NULL DEFAULT '',
      added_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX star_evidence_review ON star_evidence (review_id, code);
    CREATE INDEX star_evidence_stored ON star_evidence (stored_name);

    INSERT INTO vocabulary (kind, value, sort_order) VALUES
      ('star-disqualify', '处分期内', 1), ('star-disqualify', '受审查', 2),
      ('star-disqualify', '未参加组织生活', 3), ('star-disqualify', '未交党费', 4);
  `,
};
