import type { Migration } from './types';

/**
 * 述职测评 ballots secret down to the bytes (the design: db/evaluation-ballot-slots.ts).
 *
 * Migration 002 kept no time, user or sequence in a ballot row, but the file itself kept the order
 * of casting: SQLite writes each new row into the free space of its page from the end downwards and
 * gives each new overflow chain the next free page, so cell offsets and page numbers of ballots (and
 * of the 票号 the kiosk drew for them) rose with casting order, the WAL held the order frame by
 * frame, every backup copied the pages as they were, and paper entries kept their time to the
 * millisecond beside the 票号.
 *
 * From here on a ballot never gets a place when it is cast. Its place, a slot, exists before: one per
 * printed 票号 and a pool of kiosk 票号 per round, created in a random order when the round opens
 * (db/evaluation-ballot-slots.ts). Casting or entering a ballot overwrites its slot in place with a
 * record of exactly the slot's size (every text padded to a fixed byte width, 0/1 flags), which
 * SQLite writes over the old bytes without moving the cell or its overflow pages. What the bytes
 * show is which slots are filled, never in which order.
 *
 * This step rebuilds the three tables into that layout. Existing rows are copied in a random order
 * (ORDER BY random()), so nothing of their old positions survives; the old tables are dropped and,
 * with `secure_delete` on (db/open.ts), their freed pages are zeroed. Paper entries keep the clerk
 * and the day only. Events still running get their empty slots the first time a ballot is written
 * (the slot layer rebuilds a round that lacks a slot, again in a random order).
 *
 * `eval_ballots` and `eval_paper_entries` become views of the filled slots with the columns they had,
 * so readers and ad-hoc SQL see ballots, not slots. The year-lock triggers of migration 004 are
 * recreated on the new tables; they are written out here rather than imported from 004, because a
 * shipped migration must keep producing the SQL it shipped with.
 */

const lockedMessage = 'KAOPING_YEAR_LOCKED';
const eventLocked = (row: 'NEW' | 'OLD') =>
  `EXISTS (SELECT 1 FROM annual_years WHERE year = (SELECT year FROM eval_events WHERE id = ${row}.event_id) AND status = 'locked')`;
const eventLockTriggers = (table: string) => `
    CREATE TRIGGER ${table}_year_lock_insert BEFORE INSERT ON ${table}
    WHEN ${eventLocked('NEW')} BEGIN SELECT RAISE(ABORT, '${lockedMessage}'); END;
    CREATE TRIGGER ${table}_year_lock_update BEFORE UPDATE ON ${table}
    WHEN ${eventLocked('OLD')} OR ${eventLocked('NEW')} BEGIN SELECT RAISE(ABORT, '${lockedMessage}'); END;
    CREATE TRIGGER ${table}_year_lock_delete BEFORE DELETE ON ${table}
    WHEN ${eventLocked('OLD')} BEGIN SELECT RAISE(ABORT, '${lockedMessage}'); END;`;

/** Byte width of the reasons of migrated ballots (every reason code together is under 128). */
const migratedReasonsWidth = 256;
/** Byte width of a clerk's name: 20 characters (the contract's limit) of up to 4 bytes. */
const clerkWidth = 80;

export const migration005: Migration = {
  version: 5,
  name: 'ballot-slots',
  sql: `
    -- Issued 票号, reinserted in a random order: a kiosk 票号 used to be drawn (and stored) as its ballot was cast.
    CREATE TABLE eval_tickets_shuffled (
      event_id INTEGER NOT NULL REFERENCES eval_events(id) ON DELETE CASCADE,
      ticket_no TEXT NOT NULL CHECK (length(ticket_no) = 8 AND ticket_no = upper(ticket_no)),
      source TEXT NOT NULL CHECK (source IN ('paper', 'kiosk')),
      PRIMARY KEY (event_id, ticket_no)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO eval_tickets_shuffled (event_id, ticket_no, source) SELECT event_id, ticket_no, source FROM eval_tickets ORDER BY random();

    -- One slot per (event, round, 票号): empty (filled = 0) until its ballot is cast or counted. Every
    -- value keeps its byte size when the slot is filled: round and source are fixed at creation,
    -- filled and valid are 0/1 (stored in the record header, no bytes), reasons_json and marks_json
    -- are padded with spaces to the slot's widths. The slot number (rowid) is given as slots are
    -- created, and they are created in a shuffled order. A rowid table, not WITHOUT ROWID: a ballot
    -- with 80 测评对象 spills onto overflow pages, and SQLite compares a WITHOUT ROWID key by reading
    -- the whole record, overflow included, at every row of a range scan; the unique index below keeps
    -- the keys small and is never touched by a fill (no indexed column changes).
    CREATE TABLE eval_ballot_slots (
      id INTEGER PRIMARY KEY,
      event_id INTEGER NOT NULL REFERENCES eval_events(id) ON DELETE CASCADE,
      round TEXT NOT NULL CHECK (round IN ('test', 'live')),
      ticket_no TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('kiosk', 'paper')),
      filled INTEGER NOT NULL CHECK (filled IN (0, 1)),
      valid INTEGER NOT NULL CHECK (valid IN (0, 1)),
      -- invalid reason codes; a valid ballot has none and an invalid one at least one; an empty slot none
      reasons_json TEXT NOT NULL CHECK (json_valid(reasons_json) AND json_type(reasons_json) = 'array'),
      marks_json TEXT NOT NULL CHECK (json_valid(marks_json)),
      UNIQUE (event_id, round, ticket_no),
      FOREIGN KEY (event_id, ticket_no) REFERENCES eval_tickets_shuffled (event_id, ticket_no),
      CHECK (CASE WHEN filled = 1 THEN (valid = 1) = (json_array_length(reasons_json) = 0) ELSE valid = 0 AND json_array_length(reasons_json) = 0 END)
    ) STRICT;
    INSERT INTO eval_ballot_slots (event_id, round, ticket_no, source, filled, valid, reasons_json, marks_json)
    SELECT b.event_id, b.round, b.ticket_no, b.source, 1, b.valid, printf('%-*s', ${migratedReasonsWidth}, b.reasons_json), printf('%-*s', w.width, b.marks_json)
    FROM eval_ballots b
    JOIN (SELECT event_id, round, max(octet_length(marks_json)) AS width
          FROM (SELECT event_id, round, marks_json FROM eval_ballots UNION ALL SELECT event_id, round, marks_json FROM eval_paper_entries)
          GROUP BY event_id, round) w ON w.event_id = b.event_id AND w.round = b.round
    ORDER BY random();

    -- 纸质票录入: the two entries of each printed 票号 per round, slots like the ballots'. The clerk is
    -- padded to ${clerkWidth} bytes; the day of entry ('0000-00-00' while empty) is all the time kept:
    -- a finer time beside a 票号 would give the order of entry.
    CREATE TABLE eval_entry_slots (
      id INTEGER PRIMARY KEY,
      event_id INTEGER NOT NULL REFERENCES eval_events(id) ON DELETE CASCADE,
      round TEXT NOT NULL CHECK (round IN ('test', 'live')),
      ticket_no TEXT NOT NULL,
      entry_no INTEGER NOT NULL CHECK (entry_no IN (1, 2)),
      filled INTEGER NOT NULL CHECK (filled IN (0, 1)),
      clerk TEXT NOT NULL,
      entered_on TEXT NOT NULL CHECK (entered_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      marks_json TEXT NOT NULL CHECK (json_valid(marks_json)),
      UNIQUE (event_id, round, ticket_no, entry_no),
      FOREIGN KEY (event_id, ticket_no) REFERENCES eval_tickets_shuffled (event_id, ticket_no),
      CHECK (CASE WHEN filled = 1 THEN length(trim(clerk)) > 0 AND entered_on <> '0000-00-00' ELSE trim(clerk) = '' AND entered_on = '0000-00-00' END)
    ) STRICT;
    INSERT INTO eval_entry_slots (event_id, round, ticket_no, entry_no, filled, clerk, entered_on, marks_json)
    SELECT e.event_id, e.round, e.ticket_no, e.entry_no, 1, printf('%-*s', ${clerkWidth}, e.clerk), substr(e.entered_at, 1, 10), printf('%-*s', w.width, e.marks_json)
    FROM eval_paper_entries e
    JOIN (SELECT event_id, round, max(octet_length(marks_json)) AS width
          FROM (SELECT event_id, round, marks_json FROM eval_ballots UNION ALL SELECT event_id, round, marks_json FROM eval_paper_entries)
          GROUP BY event_id, round) w ON w.event_id = e.event_id AND w.round = e.round
    ORDER BY random();

    -- The children first, then the parent (foreign keys stay on inside the migration's transaction).
    DROP TABLE eval_ballots;
    DROP TABLE eval_paper_entries;
    DROP TABLE eval_tickets;
    -- Renaming rewrites the foreign keys of the slot tables to the new name.
    ALTER TABLE eval_tickets_shuffled RENAME TO eval_tickets;

    -- What the tables were, for readers: the cast ballots and the entries made, nothing of the empty slots.
    CREATE VIEW eval_ballots AS
      SELECT event_id || ':' || round || ':' || ticket_no AS id, event_id, ticket_no, json_extract(marks_json, '$.category') AS category,
             round, source, rtrim(marks_json) AS marks_json, valid, rtrim(reasons_json) AS reasons_json
      FROM eval_ballot_slots WHERE filled = 1;
    CREATE VIEW eval_paper_entries AS
      SELECT event_id, round, ticket_no, entry_no, rtrim(clerk) AS clerk, entered_on, rtrim(marks_json) AS marks_json
      FROM eval_entry_slots WHERE filled = 1;

    -- An old 核对 row named the 票号 it settled, with its time: the order of entry, beside the 票号.
    UPDATE audit_log SET summary = substr(summary, 1, instr(summary, '核对票号 ') - 1) || '核对一张纸质票' || substr(summary, instr(summary, '核对票号 ') + 14)
    WHERE action = 'evaluation.settle' AND instr(summary, '核对票号 ') > 0;

    ${eventLockTriggers('eval_tickets')}
    ${eventLockTriggers('eval_ballot_slots')}
    ${eventLockTriggers('eval_entry_slots')}
  `,
};
