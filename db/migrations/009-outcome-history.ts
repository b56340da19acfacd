import type { Migration } from './types';

/**
 * 考核结果运用 (DOMAIN.md §9): each person's 等次 of earlier years and the awards that follow from them.
 *
 * - `annual_history` holds the years before the app (imported from the office's Excel). Years the app
 *   itself locked are read from annual_participants and never copied here, so a locked year is the one
 *   source of its own outcomes; where both exist the app's year wins (db/annual/history.ts).
 *   'absent' is 未参加考核 (a year the person was on the roster but not assessed).
 * - `person_awards` are the 嘉奖 / 记三等功 … records on a person, created from the year's rules or by
 *   hand. They are written after a year is locked, so neither table is under the year-lock triggers.
 */
export const migration009: Migration = {
  version: 9,
  name: 'outcome-history',
  sql: `
    CREATE TABLE annual_history (
      person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      year INTEGER NOT NULL CHECK (year BETWEEN 1980 AND 2100),
      outcome TEXT NOT NULL CHECK (outcome IN ('excellent', 'competent', 'basic', 'fail', 'undetermined', 'absent')),
      -- the word as the office wrote it (优秀, 合格, 基本称职 …), kept for the history view
      outcome_text TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      source_file TEXT NOT NULL DEFAULT '',
      imported_at TEXT NOT NULL,
      PRIMARY KEY (person_id, year)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX annual_history_year ON annual_history (year);

    CREATE TABLE person_awards (
      id INTEGER PRIMARY KEY,
      person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
      -- the 考核年度 the award rests on
      year INTEGER NOT NULL CHECK (year BETWEEN 1980 AND 2100),
      kind TEXT NOT NULL CHECK (length(trim(kind)) > 0),
      -- e.g. 2024—2026年度连续三年考核优秀
      basis TEXT NOT NULL DEFAULT '',
      doc_no TEXT NOT NULL DEFAULT '',
      awarded_on TEXT CHECK (awarded_on IS NULL OR awarded_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      source TEXT NOT NULL CHECK (source IN ('rule', 'manual', 'import')),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      UNIQUE (person_id, year, kind)
    ) STRICT;
    CREATE INDEX person_awards_year ON person_awards (year);
  `,
};
