import { lockTriggers } from './004-annual';
import type { Migration } from './types';

/**
 * 周晒成绩 (DOMAIN §8): each 考核年度's 周晒 rules and the items each 科室 (or person) posts per week,
 * with the figure, 未完成 flag, the evidence (a note and/or a content-addressed file under evidence/,
 * ARCHITECTURE §5) and a leader's 亮点/不足 mark. Both tables carry the year and get migration 004's
 * year-lock triggers, so a locked year's 周晒 cannot change by any path.
 */
const ownYear = (row: 'NEW' | 'OLD') => `${row}.year`;

export const migration011: Migration = {
  version: 11,
  name: 'weekly',
  sql: `
    CREATE TABLE weekly_years (
      year INTEGER PRIMARY KEY REFERENCES annual_years(year) ON DELETE CASCADE,
      -- shared/weekly/settings.ts weeklySettings, parsed through its schema when read
      settings_json TEXT NOT NULL CHECK (json_valid(settings_json)),
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE weekly_items (
      id INTEGER PRIMARY KEY,
      -- a year with 周晒 items cannot be deleted (db/annual yearDataKinds names them)
      year INTEGER NOT NULL REFERENCES annual_years(year) ON DELETE RESTRICT,
      week INTEGER NOT NULL CHECK (week BETWEEN 1 AND 53),
      unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
      person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
      sort_order INTEGER NOT NULL,
      text TEXT NOT NULL CHECK (length(trim(text)) > 0),
      figure_label TEXT NOT NULL DEFAULT '',
      figure_value REAL,
      figure_unit TEXT NOT NULL DEFAULT '',
      unfinished INTEGER NOT NULL DEFAULT 0 CHECK (unfinished IN (0, 1)),
      carried_from INTEGER REFERENCES weekly_items(id) ON DELETE SET NULL,
      evidence_note TEXT NOT NULL DEFAULT '',
      evidence_name TEXT,
      evidence_stored TEXT,
      evidence_sha256 TEXT,
      evidence_size INTEGER,
      mark TEXT CHECK (mark IN ('highlight', 'shortfall')),
      mark_comment TEXT NOT NULL DEFAULT '',
      marked_by TEXT,
      marked_at TEXT,
      entered_by TEXT NOT NULL,
      entered_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((unit_id IS NULL) <> (person_id IS NULL)),
      CHECK ((mark IS NULL) = (marked_at IS NULL)),
      CHECK (figure_value IS NOT NULL OR (figure_label = '' AND figure_unit = '')),
      CHECK ((evidence_stored IS NULL) = (evidence_name IS NULL) AND (evidence_stored IS NULL) = (evidence_sha256 IS NULL) AND (evidence_stored IS NULL) = (evidence_size IS NULL))
    ) STRICT;
    CREATE INDEX weekly_items_week ON weekly_items (year, week, unit_id, person_id, sort_order);
    CREATE INDEX weekly_items_unit ON weekly_items (unit_id) WHERE unit_id IS NOT NULL;
    CREATE INDEX weekly_items_person ON weekly_items (person_id) WHERE person_id IS NOT NULL;
    CREATE INDEX weekly_items_carried ON weekly_items (carried_from) WHERE carried_from IS NOT NULL;
    ${lockTriggers('weekly_years', ownYear)}
    ${lockTriggers('weekly_items', ownYear)}
  `,
};
