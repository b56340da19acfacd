import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { migration001 } from '../../db/migrations/001-initial';
import { migrations } from '../../db/migrations';
import { closeDatabase, openDatabase, type Db } from '../../db/open';

let dir: string;
let db: Db;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig2-'));
  // this step's schema, as the steps up to it leave it (later steps rebuild some of its tables)
  db = await openDatabase(path.join(dir, 'a.sqlite'), { migrations: migrations.slice(0, 2) });
});
afterEach(() => {
  closeDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

const now = '2026-12-20T08:00:00.000Z';
const config = JSON.stringify({ form: 'level' });
const ticket = 'ABCDEFGH';

function seedEvent(): { eventId: number; personId: number; unitId: number } {
  const unitId = Number(db.prepare(`INSERT INTO units (name, created_at) VALUES ('某办', ?)`).run(now).lastInsertRowid);
  const personId = Number(db.prepare(`INSERT INTO people (name, unit_id, created_at, updated_at) VALUES ('张三', ?, ?, ?)`).run(unitId, now, now).lastInsertRowid);
  const eventId = Number(
    db.prepare(`INSERT INTO eval_events (name, year, date, unit_title, preset_key, config_json, created_at) VALUES ('述职测评', 2026, '2026-12-20', '某办', 'p', ?, ?)`)
      .run(config, now).lastInsertRowid,
  );
  db.prepare(`INSERT INTO eval_targets (event_id, person_id, name, sort_order) VALUES (?, ?, '张三', 1)`).run(eventId, personId);
  db.prepare(`INSERT INTO eval_tickets (event_id, ticket_no, source) VALUES (?, ?, 'paper')`).run(eventId, ticket);
  return { eventId, personId, unitId };
}

const insertBallot = (eventId: number, fields: Partial<Record<'id' | 'ticket' | 'round' | 'valid' | 'reasons', string | number>> = {}) =>
  db.prepare(`INSERT INTO eval_ballots (id, event_id, ticket_no, category, round, source, marks_json, valid, reasons_json) VALUES (?, ?, ?, 'A', ?, 'paper', '{}', ?, ?)`)
    .run(fields.id ?? crypto.randomUUID(), eventId, fields.ticket ?? ticket, fields.round ?? 'live', fields.valid ?? 1, fields.reasons ?? '[]');

const columns = (table: string) => (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);

describe('migration 002-evaluation', () => {
  it('is the second step and creates STRICT tables; ballots, tickets and entries WITHOUT ROWID', () => {
    expect(migrations[1]!.version).toBe(2);
    expect(schemaVersion(db)).toBe(2);
    const made = db.prepare(`SELECT name, strict, wr FROM pragma_table_list WHERE schema = 'main' AND name LIKE 'eval_%' ORDER BY name`).all();
    expect(made).toEqual([
      { name: 'eval_ballots', strict: 1, wr: 1 },
      { name: 'eval_events', strict: 1, wr: 0 },
      { name: 'eval_paper_entries', strict: 1, wr: 1 },
      { name: 'eval_targets', strict: 1, wr: 0 },
      { name: 'eval_tickets', strict: 1, wr: 1 },
    ]);
  });

  it('gives a ballot no column for a time, a user, a person or a sequence, and an issued 票号 none either', () => {
    expect(columns('eval_ballots')).toEqual(['id', 'event_id', 'ticket_no', 'category', 'round', 'source', 'marks_json', 'valid', 'reasons_json']);
    expect(columns('eval_tickets')).toEqual(['event_id', 'ticket_no', 'source']);
    // the ballot key is text (a random UUID), so there is no rowid or integer key that grows with each ballot
    const pk = db.prepare(`SELECT name, type FROM pragma_table_info('eval_ballots') WHERE pk > 0`).all();
    expect(pk).toEqual([{ name: 'id', type: 'TEXT' }]);
    expect(() => db.prepare('SELECT rowid FROM eval_ballots').all()).toThrow(/rowid/);
  });

  it('checks enumerations, the one-of target, validity against reasons, and that a ballot 票号 was issued', () => {
    const { eventId, personId, unitId } = seedEvent();
    expect(() => db.prepare(`UPDATE eval_events SET status = 'paused' WHERE id = ?`).run(eventId)).toThrow(/CHECK/);
    // closed needs frozen results and a closing time
    expect(() => db.prepare(`UPDATE eval_events SET status = 'closed' WHERE id = ?`).run(eventId)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO eval_targets (event_id, person_id, unit_id, name, sort_order) VALUES (?, ?, ?, 'x', 2)`).run(eventId, personId, unitId)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO eval_targets (event_id, name, sort_order) VALUES (?, 'x', 2)`).run(eventId)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO eval_targets (event_id, person_id, name, sort_order) VALUES (?, ?, '张三', 2)`).run(eventId, personId)).toThrow(/UNIQUE/);
    expect(() => insertBallot(eventId, { ticket: 'ZZZZZZZZ' })).toThrow(/FOREIGN KEY/);
    expect(() => insertBallot(eventId, { valid: 1, reasons: '["EXCESS_EXCELLENT"]' })).toThrow(/CHECK/);
    expect(() => insertBallot(eventId, { valid: 0, reasons: '[]' })).toThrow(/CHECK/);
    expect(() => insertBallot(eventId, { round: 'rehearsal' })).toThrow(/CHECK/);
    expect(() => insertBallot(eventId, { id: '42' })).toThrow(/CHECK/);
    insertBallot(eventId);
    insertBallot(eventId, { round: 'test' });
    expect(() => insertBallot(eventId)).toThrow(/UNIQUE/); // one ballot per 票号 and round
    expect(() => db.prepare(`INSERT INTO eval_paper_entries (event_id, round, ticket_no, entry_no, clerk, entered_at, marks_json) VALUES (?, 'live', ?, 3, '李四', ?, '{}')`).run(eventId, ticket, now)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO eval_tickets (event_id, ticket_no, source) VALUES (?, 'abcdefgh', 'paper')`).run(eventId)).toThrow(/CHECK/);
  });

  it('deletes an event with everything under it; keeps units that are 测评对象', () => {
    const { eventId, unitId } = seedEvent();
    db.prepare(`INSERT INTO eval_targets (event_id, unit_id, name, sort_order) VALUES (?, ?, '某办', 2)`).run(eventId, unitId);
    insertBallot(eventId);
    db.prepare(`INSERT INTO eval_paper_entries (event_id, round, ticket_no, entry_no, clerk, entered_at, marks_json) VALUES (?, 'live', ?, 1, '李四', ?, '{}')`).run(eventId, ticket, now);
    expect(() => db.prepare('DELETE FROM units WHERE id = ?').run(unitId)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM eval_events WHERE id = ?').run(eventId);
    for (const table of ['eval_targets', 'eval_tickets', 'eval_ballots', 'eval_paper_entries']) {
      expect((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
  });

  it('migrates a version-1 file with a roster and keeps the roster', async () => {
    closeDatabase(db);
    const file = path.join(dir, 'v1.sqlite');
    const v1 = await openDatabase(file, { migrations: [migration001] });
    v1.prepare(`INSERT INTO units (id, name, created_at) VALUES (1, '办公室', ?)`).run(now);
    v1.prepare(`INSERT INTO people (name, unit_id, created_at, updated_at) VALUES ('王五', 1, ?, ?)`).run(now, now);
    expect(schemaVersion(v1)).toBe(1);
    closeDatabase(v1);
    db = await openDatabase(file, { backupDir: path.join(dir, 'backups'), migrations: migrations.slice(0, 2) });
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT name FROM people').all()).toEqual([{ name: '王五' }]);
    expect(db.prepare('SELECT count(*) AS n FROM eval_events').get()).toEqual({ n: 0 });
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
  });
});
