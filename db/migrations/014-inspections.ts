import { lockTriggers } from './004-annual';
import type { Migration } from './types';

/**
 * 督查督办 (DOMAIN §8.6): each 考核年度's 督查 rules, its 督查记录 with their 整改, and its 通报表扬 /
 * 通报批评 of a unit or of people, with the 加减分 records each 通报 created (so deleting the 通报
 * removes them). Every table carries or reaches the year and gets migration 004's year-lock
 * triggers, so a locked year's 督查 cannot change by any path.
 */
const ownYear = (row: 'NEW' | 'OLD') => `${row}.year`;
const noticeYear = (row: 'NEW' | 'OLD') => `SELECT year FROM inspection_notices WHERE id = ${row}.notice_id`;
const day = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

export const migration014: Migration = {
  version: 14,
  name: 'inspections',
  sql: `
    CREATE TABLE inspection_years (
      year INTEGER PRIMARY KEY REFERENCES annual_years(year) ON DELETE CASCADE,
      -- shared/inspections/settings.ts inspectionSettings, parsed through its schema when read
      settings_json TEXT NOT NULL CHECK (json_valid(settings_json)),
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE inspection_records (
      id INTEGER PRIMARY KEY,
      -- a year with 督查 cannot be deleted (db/annual yearDataKinds names them)
      year INTEGER NOT NULL REFERENCES annual_years(year) ON DELETE RESTRICT,
      date TEXT NOT NULL CHECK (${day('date')}),
      team TEXT NOT NULL CHECK (length(trim(team)) > 0),
      unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
      person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
      content TEXT NOT NULL DEFAULT '',
      findings TEXT NOT NULL DEFAULT '',
      requirement TEXT NOT NULL DEFAULT '',
      deadline TEXT CHECK (deadline IS NULL OR ${day('deadline')}),
      done_on TEXT CHECK (done_on IS NULL OR ${day('done_on')}),
      done_note TEXT NOT NULL DEFAULT '',
      evidence_note TEXT NOT NULL DEFAULT '',
      entered_by TEXT NOT NULL,
      entered_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (deadline IS NULL OR deadline >= date),
      CHECK (done_on IS NULL OR done_on >= date)
    ) STRICT;
    CREATE INDEX inspection_records_year ON inspection_records (year, date);
    CREATE INDEX inspection_records_unit ON inspection_records (unit_id);
    CREATE INDEX inspection_records_person ON inspection_records (person_id) WHERE person_id IS NOT NULL;

    CREATE TABLE inspection_notices (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL REFERENCES annual_years(year) ON DELETE RESTRICT,
      date TEXT NOT NULL CHECK (${day('date')}),
      doc_no TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL CHECK (kind IN ('praise', 'criticism')),
      -- a 通报 of a unit; a 通报 of people has them in inspection_notice_people
      unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
      reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      entered_by TEXT NOT NULL,
      entered_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX inspection_notices_year ON inspection_notices (year, date);
    CREATE INDEX inspection_notices_unit ON inspection_notices (unit_id) WHERE unit_id IS NOT NULL;

    CREATE TABLE inspection_notice_people (
      notice_id INTEGER NOT NULL REFERENCES inspection_notices(id) ON DELETE CASCADE,
      person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
      PRIMARY KEY (notice_id, person_id)
    ) STRICT;
    CREATE INDEX inspection_notice_people_person ON inspection_notice_people (person_id);

    -- the 加减分 a 通报 created; a record deleted on the 加减分 page leaves the 通报 without it
    CREATE TABLE inspection_notice_adjustments (
      adjustment_id INTEGER PRIMARY KEY REFERENCES annual_adjustments(id) ON DELETE CASCADE,
      notice_id INTEGER NOT NULL REFERENCES inspection_notices(id) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX inspection_notice_adjustments_notice ON inspection_notice_adjustments (notice_id);

    ${lockTriggers('inspection_years', ownYear)}
    ${lockTriggers('inspection_records', ownYear)}
    ${lockTriggers('inspection_notices', ownYear)}
    ${lockTriggers('inspection_notice_people', noticeYear)}
    ${lockTriggers('inspection_notice_adjustments', noticeYear)}
  `,
};
