import { randomUUID } from 'node:crypto';
import { presetConfig } from '../../shared/evaluation/presets';
import { ticketFromRandom, ticketRandomBytes } from '../../shared/evaluation/ticket-number';
import { migrations } from '../../db/migrations';
import { closeDatabase, openDatabase } from '../../db/open';
import type { CastBallot } from './ballot-bytes';

/**
 * A version-4 database (before migration 005, the ballot slots) as the old code left it: kiosk
 * ballots and their 票号 written one after another in the order raters voted, paper entries with
 * their time to the millisecond, and a 核对 audit row naming the 票号 it settled
 * (migrations-005.test.ts, old-backups.test.ts).
 */

export const seededAt = '2026-12-20T08:00:00.000Z';
export const seededConfig = presetConfig('level-and-score')!;
const drawTicket = (n: number) => ticketFromRandom(Uint8Array.from({ length: ticketRandomBytes }, (_, i) => (n * 97 + i * 31 + (n >> (i % 8))) & 255));

export interface SeededVersion4 {
  eventId: number;
  /** kiosk ballots, in casting order */
  kiosk: { ticket: string; id: string; marks: string }[];
  /** paper ballots, in the order their first entry was typed */
  paper: { ticket: string; marks: string }[];
  /** entered_at of every paper entry, in the order typed */
  entryTimes: string[];
}

export interface Version4Shape {
  /** kiosk ballots cast */
  readonly kiosk: number;
  /** paper 票号 entered once each */
  readonly paper: number;
  /** how many of them (the first ones) were entered a second time, settled and counted as ballots */
  readonly settled: number;
}

export async function seedVersion4(file: string, shape: Version4Shape): Promise<SeededVersion4> {
  const db = await openDatabase(file, { migrations: migrations.slice(0, 4) });
  const run = (sql: string, ...args: unknown[]) => db.prepare(sql).run(...args);
  run(`INSERT INTO units (id, name, created_at) VALUES (1, '某办', ?)`, seededAt);
  const eventId = Number(run(
    `INSERT INTO eval_events (name, year, date, unit_title, preset_key, config_json, status, created_at) VALUES ('述职测评', 2026, '2026-12-20', '某办', 'level-and-score', ?, 'live', ?)`,
    JSON.stringify(seededConfig), seededAt,
  ).lastInsertRowid);
  const targets: number[] = [];
  for (let i = 0; i < 30; i++) {
    const personId = Number(run(`INSERT INTO people (name, unit_id, created_at, updated_at) VALUES (?, 1, ?, ?)`, `干部${i + 1}`, seededAt, seededAt).lastInsertRowid);
    targets.push(Number(run(`INSERT INTO eval_targets (event_id, person_id, name, sort_order) VALUES (?, ?, ?, ?)`, eventId, personId, `干部${i + 1}`, i + 1).lastInsertRowid));
  }
  // every ballot's lines are its own (scores spell i), levels vary so the tally has something to count
  const levels = ['competent', 'basic', 'incompetent'];
  const marksFor = (i: number) => JSON.stringify({
    category: 'A',
    lines: targets.map((targetId, j) => ({
      targetId, level: levels[(i + j) % levels.length],
      scores: Object.fromEntries(seededConfig.indicators.map((ind, k) => [ind.code, [60 + (i % 40), 60 + Math.floor(i / 40), 60 + (j % 40)][k] ?? 70])),
    })),
  });
  const seeded: SeededVersion4 = { eventId, kiosk: [], paper: [], entryTimes: [] };
  for (let i = 0; i < shape.kiosk; i++) {
    const ticket = drawTicket(i);
    const id = randomUUID();
    const marks = marksFor(i);
    run(`INSERT INTO eval_tickets (event_id, ticket_no, source) VALUES (?, ?, 'kiosk')`, eventId, ticket);
    run(`INSERT INTO eval_ballots (id, event_id, ticket_no, category, round, source, marks_json, valid, reasons_json) VALUES (?, ?, ?, 'A', 'live', 'kiosk', ?, 1, '[]')`, id, eventId, ticket, marks);
    seeded.kiosk.push({ ticket, id, marks });
  }
  // the clerk's clock: one entry every 41 s, to the millisecond, as the old code stored it
  const entryTime = () => {
    const at = new Date(Date.UTC(2026, 11, 20, 9, 10, 7, 123) + seeded.entryTimes.length * 41_017).toISOString();
    seeded.entryTimes.push(at);
    return at;
  };
  for (let i = 0; i < shape.paper; i++) {
    const ticket = drawTicket(1000 + i);
    const marks = marksFor(1000 + i);
    run(`INSERT INTO eval_tickets (event_id, ticket_no, source) VALUES (?, ?, 'paper')`, eventId, ticket);
    run(`INSERT INTO eval_paper_entries (event_id, round, ticket_no, entry_no, clerk, entered_at, marks_json) VALUES (?, 'live', ?, 1, '甲', ?, ?)`, eventId, ticket, entryTime(), marks);
    seeded.paper.push({ ticket, marks });
  }
  for (const settled of seeded.paper.slice(0, shape.settled)) {
    run(`INSERT INTO eval_paper_entries (event_id, round, ticket_no, entry_no, clerk, entered_at, marks_json) VALUES (?, 'live', ?, 2, '乙', ?, ?)`, eventId, settled.ticket, entryTime(), settled.marks);
    run(`INSERT INTO eval_ballots (id, event_id, ticket_no, category, round, source, marks_json, valid, reasons_json) VALUES (?, ?, ?, 'A', 'live', 'paper', ?, 1, '[]')`, randomUUID(), eventId, settled.ticket, settled.marks);
    run(`INSERT INTO audit_log (at, actor, action, entity, entity_id, summary) VALUES (?, '测试员', 'evaluation.settle', 'evaluation', ?, ?)`,
      seededAt, String(eventId), `述职测评：核对票号 ${settled.ticket} 的两遍录入并确认（核对人：丙；甲、乙 录入）`);
  }
  closeDatabase(db);
  return seeded;
}

/** The strings that find one ballot in the bytes, ranked by `order`: its 票号, its old key (kiosk) and its first line. */
const firstLine = (marks: string) => marks.slice(marks.indexOf('{"targetId"'), marks.indexOf('}}') + 2);
export const kioskCastOrder = (seeded: SeededVersion4): CastBallot[] =>
  seeded.kiosk.map((b, order) => ({ order, ticketNo: b.ticket, needles: { ticket: b.ticket, key: b.id, 'first line': firstLine(b.marks) } }));
export const paperEntryOrder = (seeded: SeededVersion4): CastBallot[] =>
  seeded.paper.map((b, order) => ({ order, ticketNo: b.ticket, needles: { ticket: b.ticket, 'first line': firstLine(b.marks) } }));
