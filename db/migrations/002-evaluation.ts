import type { Migration } from './types';

/**
 * 述职测评: events, their 测评对象, issued 票号, ballots and paper-entry records.
 *
 * Anonymity by construction (DOMAIN.md §2): a ballot row holds its 票号, 评委类别, round, marks and
 * validity, nothing else. No time, no user, no sequence: the key is a random UUID in a WITHOUT ROWID
 * table, so the stored order (and any page layout SQLite chooses) follows random keys, never the
 * queue of raters. Issued 票号 likewise keep no name and no time. Paper-entry records keep the clerk
 * and entry time, since those describe the clerk, not the rater.
 */
export const migration002: Migration = {
  version: 2,
  name: 'evaluation',
  sql: `
    CREATE TABLE eval_events (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      unit_title TEXT NOT NULL CHECK (length(trim(unit_title)) > 0),
      preset_key TEXT NOT NULL,
      config_json TEXT NOT NULL CHECK (json_valid(config_json)),
      status TEXT NOT NULL DEFAULT 'setup' CHECK (status IN ('setup', 'test', 'live', 'closed')),
      -- 评委类别 code -> 实到人数 entered on the day
      attendance_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attendance_json)),
      -- the results as frozen at close; a closed event never recomputes them
      results_json TEXT CHECK (results_json IS NULL OR json_valid(results_json)),
      created_at TEXT NOT NULL,
      closed_at TEXT,
      CHECK ((status = 'closed') = (results_json IS NOT NULL AND closed_at IS NOT NULL))
    ) STRICT;
    CREATE INDEX eval_events_year ON eval_events (year);

    -- 测评对象: a person or a 领导班子/unit as a whole. Name, post and unit name are a snapshot taken
    -- at setup, so the results keep what was printed on the ballot even after the roster changes.
    -- A person removed from the roster drops out of the lists of events without ballots (people with
    -- ballots about them are never deleted: db/assessment-data.ts); a unit with targets cannot go.
    CREATE TABLE eval_targets (
      id INTEGER PRIMARY KEY,
      event_id INTEGER NOT NULL REFERENCES eval_events(id) ON DELETE CASCADE,
      person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
      unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      post TEXT NOT NULL DEFAULT '',
      unit_name TEXT NOT NULL DEFAULT '',
      group_name TEXT NOT NULL DEFAULT '',
      sort_order INTEGER NOT NULL,
      CHECK ((person_id IS NULL) <> (unit_id IS NULL))
    ) STRICT;
    CREATE INDEX eval_targets_event ON eval_targets (event_id, sort_order);
    CREATE UNIQUE INDEX eval_targets_person ON eval_targets (event_id, person_id) WHERE person_id IS NOT NULL;
    CREATE UNIQUE INDEX eval_targets_unit ON eval_targets (event_id, unit_id) WHERE unit_id IS NOT NULL;
    CREATE INDEX eval_targets_person_id ON eval_targets (person_id) WHERE person_id IS NOT NULL;
    CREATE INDEX eval_targets_unit_id ON eval_targets (unit_id) WHERE unit_id IS NOT NULL;

    -- Issued 票号: printed on paper ballots, or drawn by the kiosk for the ballot it saves.
    CREATE TABLE eval_tickets (
      event_id INTEGER NOT NULL REFERENCES eval_events(id) ON DELETE CASCADE,
      ticket_no TEXT NOT NULL CHECK (length(ticket_no) = 8 AND ticket_no = upper(ticket_no)),
      source TEXT NOT NULL CHECK (source IN ('paper', 'kiosk')),
      PRIMARY KEY (event_id, ticket_no)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE eval_ballots (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      event_id INTEGER NOT NULL REFERENCES eval_events(id) ON DELETE CASCADE,
      ticket_no TEXT NOT NULL,
      category TEXT NOT NULL,
      round TEXT NOT NULL CHECK (round IN ('test', 'live')),
      source TEXT NOT NULL CHECK (source IN ('kiosk', 'paper')),
      marks_json TEXT NOT NULL CHECK (json_valid(marks_json)),
      valid INTEGER NOT NULL CHECK (valid IN (0, 1)),
      -- invalid reason codes; a valid ballot has none and an invalid one at least one
      reasons_json TEXT NOT NULL CHECK (json_valid(reasons_json) AND json_type(reasons_json) = 'array'),
      UNIQUE (event_id, round, ticket_no),
      FOREIGN KEY (event_id, ticket_no) REFERENCES eval_tickets (event_id, ticket_no),
      CHECK ((valid = 1) = (json_array_length(reasons_json) = 0))
    ) STRICT, WITHOUT ROWID;

    -- 纸质票录入: each entry of a paper ballot (双人录入: two, by two clerks). The ballot itself is
    -- written to eval_ballots once the entries agree (or settled against the paper).
    CREATE TABLE eval_paper_entries (
      event_id INTEGER NOT NULL REFERENCES eval_events(id) ON DELETE CASCADE,
      round TEXT NOT NULL CHECK (round IN ('test', 'live')),
      ticket_no TEXT NOT NULL,
      entry_no INTEGER NOT NULL CHECK (entry_no IN (1, 2)),
      clerk TEXT NOT NULL CHECK (length(trim(clerk)) > 0),
      entered_at TEXT NOT NULL,
      marks_json TEXT NOT NULL CHECK (json_valid(marks_json)),
      PRIMARY KEY (event_id, round, ticket_no, entry_no),
      FOREIGN KEY (event_id, ticket_no) REFERENCES eval_tickets (event_id, ticket_no)
    ) STRICT, WITHOUT ROWID;
  `,
};
