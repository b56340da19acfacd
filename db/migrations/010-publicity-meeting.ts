import { lockTriggers } from './004-annual';
import type { Migration } from './types';

/**
 * After the 等次 (DOMAIN §9): the 优秀等次公示 of a year with its 异议, and the 考核委员会's meetings
 * whose decisions were recorded as the confirmations. All three belong to a 考核年度 and get
 * migration 004's year-lock triggers, so a locked year refuses every write to them.
 */
const day = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const ownYear = (row: 'NEW' | 'OLD') => `${row}.year`;

export const migration010: Migration = {
  version: 10,
  name: 'publicity-meeting',
  sql: `
    -- one 公示 per year; its words are the office's (templates with {年度}/{人数}), its names a snapshot
    CREATE TABLE annual_publicity (
      year INTEGER PRIMARY KEY REFERENCES annual_years(year) ON DELETE CASCADE,
      title TEXT NOT NULL CHECK (length(trim(title)) > 0),
      body TEXT NOT NULL,
      objection_text TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      address TEXT NOT NULL DEFAULT '',
      signer TEXT NOT NULL CHECK (length(trim(signer)) > 0),
      signed_on TEXT NOT NULL CHECK (${day('signed_on')}),
      start_date TEXT NOT NULL CHECK (${day('start_date')}),
      end_date TEXT NOT NULL CHECK (${day('end_date')}),
      working_days INTEGER NOT NULL CHECK (working_days BETWEEN 1 AND 30),
      -- shared/publicity workCalendar: {"holidays":[…],"workdays":[…]}
      calendar_json TEXT NOT NULL DEFAULT '{"holidays":[],"workdays":[]}',
      -- [{personId,name,unitName,post}] in the composite's order, as taken from the confirmed 优秀
      names_json TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'ended')),
      published_on TEXT CHECK (published_on IS NULL OR ${day('published_on')}),
      ended_on TEXT CHECK (ended_on IS NULL OR ${day('ended_on')}),
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (end_date >= start_date),
      CHECK ((status = 'draft') = (published_on IS NULL)),
      CHECK ((status = 'ended') = (ended_on IS NOT NULL))
    ) STRICT;

    -- 公示异议: outcome '' while open; an outcome comes with its 办结日期
    CREATE TABLE annual_publicity_objections (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL REFERENCES annual_publicity(year) ON DELETE CASCADE,
      received_on TEXT NOT NULL CHECK (${day('received_on')}),
      raised_by TEXT NOT NULL DEFAULT '',
      person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
      content TEXT NOT NULL CHECK (length(trim(content)) > 0),
      handling TEXT NOT NULL DEFAULT '',
      outcome TEXT NOT NULL DEFAULT '',
      resolved_on TEXT CHECK (resolved_on IS NULL OR ${day('resolved_on')}),
      recorded_by TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      CHECK ((outcome = '') = (resolved_on IS NULL))
    ) STRICT;
    CREATE INDEX annual_publicity_objections_year ON annual_publicity_objections (year);

    -- 考核委员会会议: the decisions it recorded as confirmations ([{personId,outcome}])
    CREATE TABLE annual_meetings (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL REFERENCES annual_years(year) ON DELETE CASCADE,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      held_on TEXT NOT NULL CHECK (${day('held_on')}),
      attendees TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      decisions_json TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX annual_meetings_year ON annual_meetings (year);

    INSERT INTO vocabulary (kind, value, sort_order) VALUES
      ('publicity-objection-outcome', '维持原公示', 1), ('publicity-objection-outcome', '调整人选', 2),
      ('publicity-objection-outcome', '不予采纳', 3), ('publicity-objection-outcome', '反映不实', 4);

    ${lockTriggers('annual_publicity', ownYear)}
    ${lockTriggers('annual_publicity_objections', ownYear)}
    ${lockTriggers('annual_meetings', ownYear)}
  `,
};
