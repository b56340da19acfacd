import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { closeDatabase, openDatabase, type Db } from '../../db/open';
import { createContext } from '../../electron/context';
import { dispatch } from '../../electron/dispatch';
import { handlers } from '../../electron/handlers';
import { largeEventLeaks } from '../helpers/ballot-bytes';
import { kioskCastOrder, seededAt, seedVersion4 } from '../helpers/version4-ballots';

/**
 * Migration 005 (ballot slots): a version-4 file whose ballots, kiosk 票号 and paper entries were
 * written in casting order, with entry times to the millisecond and a 核对 audit row naming its 票号,
 * comes out with every row kept, no order left in the bytes, the day only, the 票号 gone from the log,
 * the year-lock triggers on the new tables, and a live event that goes on taking ballots.
 */

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig5-'));
  file = path.join(dir, 'kaoping.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const now = seededAt;
const seed = (ballots: number) => seedVersion4(file, { kiosk: ballots, paper: 3, settled: 1 });
const mainFile = (name = file) => ({ name: 'main' as const, bytes: fs.readFileSync(name), pageSize: 4096 });

describe('migration 005-ballot-slots', () => {
  it('carries every ballot, entry and 票号 over into slots, keeps the day only, and drops the 票号 from the 核对 log', async () => {
    const seeded = await seed(20);
    const db: Db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    try {
      expect(schemaVersion(db)).toBe(migrations.length);
      expect(migrations[4]).toMatchObject({ version: 5, name: 'ballot-slots' });
      expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
      const tables = db.prepare(`SELECT name, type, strict FROM pragma_table_list WHERE schema = 'main' AND name LIKE 'eval_%' ORDER BY name`).all();
      expect(tables).toEqual([
        { name: 'eval_ballot_slots', type: 'table', strict: 1 }, { name: 'eval_ballots', type: 'view', strict: 0 },
        { name: 'eval_entry_slots', type: 'table', strict: 1 }, { name: 'eval_events', type: 'table', strict: 1 },
        { name: 'eval_paper_entries', type: 'view', strict: 0 }, { name: 'eval_targets', type: 'table', strict: 1 }, { name: 'eval_tickets', type: 'table', strict: 1 },
      ]);
      const ballots = db.prepare(`SELECT ticket_no, category, source, marks_json, valid, reasons_json FROM eval_ballots ORDER BY ticket_no`).all();
      expect(ballots).toEqual([
        ...seeded.kiosk.map((b) => ({ ticket_no: b.ticket, category: 'A', source: 'kiosk', marks_json: b.marks, valid: 1, reasons_json: '[]' })),
        { ticket_no: seeded.paper[0]!.ticket, category: 'A', source: 'paper', marks_json: seeded.paper[0]!.marks, valid: 1, reasons_json: '[]' },
      ].sort((a, b) => a.ticket_no.localeCompare(b.ticket_no)));
      expect(db.prepare('SELECT ticket_no, entry_no, clerk, entered_on FROM eval_paper_entries ORDER BY ticket_no, entry_no').all()).toEqual([
        ...seeded.paper.map((p) => ({ ticket_no: p.ticket, entry_no: 1, clerk: '甲', entered_on: '2026-12-20' })),
        { ticket_no: seeded.paper[0]!.ticket, entry_no: 2, clerk: '乙', entered_on: '2026-12-20' },
      ].sort((a, b) => a.ticket_no.localeCompare(b.ticket_no) || a.entry_no - b.entry_no));
      expect(db.prepare('SELECT count(*) FROM eval_tickets').pluck().get()).toBe(23);
      expect(db.prepare(`SELECT summary FROM audit_log WHERE action = 'evaluation.settle'`).pluck().all())
        .toEqual(['述职测评：核对一张纸质票的两遍录入并确认（核对人：丙；甲、乙 录入）']);
      // a slot still needs an issued 票号, and its size checks hold
      expect(() => db.prepare(`INSERT INTO eval_ballot_slots (event_id, round, ticket_no, source, filled, valid, reasons_json, marks_json) VALUES (?, 'live', 'ZZZZZZZZ', 'kiosk', 0, 0, '[]', '{}')`).run(seeded.eventId)).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare(`UPDATE eval_ballot_slots SET valid = 0`).run()).toThrow(/CHECK/);
      expect(() => db.prepare(`UPDATE eval_entry_slots SET entered_on = '2026-12-20T09:00'`).run()).toThrow(/CHECK/);
      // the year-lock triggers of the rebuilt tables: three per table, none left on the dropped names
      const triggers = db.prepare(`SELECT tbl_name, count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND tbl_name LIKE 'eval_%' GROUP BY tbl_name ORDER BY tbl_name`).all();
      expect(triggers).toEqual(['eval_ballot_slots', 'eval_entry_slots', 'eval_events', 'eval_targets', 'eval_tickets'].map((tbl_name) => ({ tbl_name, n: 3 })));
      db.prepare(`INSERT INTO annual_years (year, name, rules_json, created_at, status, locked_at, results_json) VALUES (2026, '2026年度考核', '{}', ?, 'locked', ?, '{}')`).run(now, now);
      expect(() => db.prepare(`UPDATE eval_ballot_slots SET valid = valid`).run()).toThrow(/KAOPING_YEAR_LOCKED/);
      expect(() => db.prepare(`DELETE FROM eval_entry_slots`).run()).toThrow(/KAOPING_YEAR_LOCKED/);
    } finally {
      closeDatabase(db);
    }
  });

  it('leaves no order in the bytes of a file whose 150 ballots were stored in casting order', async () => {
    const seeded = await seed(150);
    const ballots = kioskCastOrder(seeded);
    // the detector sees the old layout: that is what the migration must undo
    expect(largeEventLeaks([mainFile()], ballots).length).toBeGreaterThan(0);
    const db = await openDatabase(file);
    closeDatabase(db);
    expect(largeEventLeaks([mainFile()], ballots)).toEqual([]);
  }, 120_000);

  it('lets a live event go on: the next kiosk ballot rebuilds the round into slots and is counted', async () => {
    const seeded = await seed(5);
    const db = await openDatabase(file);
    const ctx = createContext({ db, dataDir: dir, dbPath: file, backupDir: path.join(dir, 'backups'), mode: 'browser', version: 'test', actor: () => '测试员' });
    try {
      const marks = { ...(JSON.parse(seeded.kiosk[0]!.marks) as { category: string; lines: unknown[] }), category: 'B' };
      const r = await dispatch(handlers, ctx, 'evaluation.kioskSubmit', { id: seeded.eventId, marks });
      expect(r).toMatchObject({ ok: true });
      expect(db.prepare(`SELECT source, count(*) AS n FROM eval_ballots GROUP BY source ORDER BY source`).all()).toEqual([{ source: 'kiosk', n: 6 }, { source: 'paper', n: 1 }]);
      // the round now has its empty slots: the pool and the paper 票号 with their entry slots
      expect(db.prepare(`SELECT count(*) FROM eval_ballot_slots WHERE filled = 0 AND source = 'kiosk'`).pluck().get()).toBeGreaterThan(0);
      expect(db.prepare(`SELECT count(*) FROM eval_entry_slots`).pluck().get()).toBe(6);
      // the old ballots are still all there, unchanged
      expect(db.prepare(`SELECT marks_json FROM eval_ballots WHERE ticket_no = ?`).pluck().get(seeded.kiosk[3]!.ticket)).toBe(seeded.kiosk[3]!.marks);
    } finally {
      closeDatabase(db);
    }
  });
});
