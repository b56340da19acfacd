import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvaluationEvent } from '../../shared/contract/evaluation';
import type { BallotMarks, EvaluationConfig } from '../../shared/evaluation/config';
import { largeEventLeaks, occurrences, smallEventLeaks, type CastBallot, type FileBytes } from '../helpers/ballot-bytes';
import { personInput } from '../helpers/people-input';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * Ballot secrecy down to the bytes (the design: db/evaluation/ballot-slots.ts): ballots are cast (kiosk)
 * or entered (paper, 双人录入 with disagreements settled) through the real services on a real file, in
 * a known order. Then, in the main file, in the WAL as it is while the connection is open, and in a
 * backup made by the app's own backup, every byte position of each ballot that can be found — its
 * 票号, its key, its marks (lines unique to the ballot), as file offset, page (WAL frame) and offset
 * in the page — is ranked against the order of casting.
 *
 * Large events (160 ballots, records with overflow pages): |Spearman ρ| stays below 4.5/√(n−1) for
 * every series (a random order has ρ with standard deviation 1/√(n−1)). Small events (5 ballots on one
 * page, where one ρ means little): 40 events, and the mean ρ stays below 0.4 (its standard deviation
 * for random orders is 0.5/√40 ≈ 0.08).
 */

/** The three files as an attacker would take them: the main file and WAL while the app runs, a backup made by the app. */
async function filesOf(app: TestApp): Promise<FileBytes[]> {
  const pageSize = app.ctx.db.pragma('page_size', { simple: true }) as number;
  const main = fs.readFileSync(app.ctx.dbPath);
  const walPath = `${app.ctx.dbPath}-wal`;
  const wal = fs.existsSync(walPath) ? fs.readFileSync(walPath) : Buffer.alloc(0);
  const backup = await app.call('backup.create');
  const backupBytes = fs.readFileSync(path.join(app.ctx.backupDir, backup.fileName));
  return [{ name: 'main', bytes: main, pageSize }, { name: 'wal', bytes: wal, pageSize }, { name: 'backup', bytes: backupBytes, pageSize }];
}

// ---- the app ----

/** Hundreds of committed writes, each synced and checkpointed: minutes on a busy shared disk, seconds on a quiet one. */
const slow = 300_000;

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

async function makePeople(count: number): Promise<number[]> {
  const unit = await app.call('units.create', { name: '某市国防动员办公室', parentId: null });
  const ids: number[] = [];
  for (let i = 0; i < count; i++) ids.push((await app.call('people.create', personInput(unit.id, { name: `干部${i + 1}` }))).id);
  return ids;
}

/** A live event over the people; `ballots` raters expected, no rule that would refuse the test's marks. */
async function liveEvent(people: readonly number[], presetKey: string, ballots: number, name: string): Promise<EvaluationEvent> {
  const created = await app.call('evaluation.create', { name, year: 2026, date: '2026-12-20', unitTitle: '某市国防动员办公室', presetKey });
  const config: EvaluationConfig = {
    ...created.config,
    categories: created.config.categories.map((c, i) => ({ ...c, expected: i === 0 ? ballots : 0, issued: i === 0 ? ballots : 0 })),
    rules: { excellentLimit: { kind: 'none' }, identicalScoresInvalid: false, allFullMarksInvalid: false },
  };
  await app.call('evaluation.update', { id: created.id, config });
  await app.call('evaluation.setTargets', { id: created.id, targets: people.map((personId) => ({ personId, unitId: null, group: '' })) });
  return app.call('evaluation.setStatus', { id: created.id, status: 'live' });
}

/**
 * Ballot i: levels other than 优秀, and (with indicators) scores that spell i and the line's place,
 * so that every line of every ballot is a string no other ballot holds.
 */
function marksFor(event: EvaluationEvent, i: number): BallotMarks {
  const levels = event.config.levels.filter((l) => !l.excellent);
  return {
    category: event.config.categories[0]!.code,
    lines: event.targetList.map((t, j) => ({
      targetId: t.id,
      level: event.config.indicators.length > 0 ? levels[j % levels.length]!.code : (Math.floor(i / 4 ** j) % 4 === 3 ? null : levels[Math.floor(i / 4 ** j) % 4]?.code ?? null),
      scores: Object.fromEntries(event.config.indicators.map((ind, k) => [ind.code, [60 + (i % 40), 60 + Math.floor(i / 40), 60 + (j % 40), 61, 62][k] ?? 63])),
    })),
  };
}

/** The strings of one ballot to look for: its 票号, its stored key, the JSON of some of its lines (or all of a short ballot). */
function needlesOf(eventId: number, ticketNo: string, marks: BallotMarks): Record<string, string> {
  const key = app.ctx.db.prepare('SELECT id FROM eval_ballots WHERE event_id = ? AND ticket_no = ?').pluck().get(eventId, ticketNo) as string;
  const lines = marks.lines.map((l) => JSON.stringify(l));
  const needles: Record<string, string> = { ticket: ticketNo, key };
  if (lines.length <= 8) needles.marks = JSON.stringify(marks);
  else {
    needles['first line'] = lines[0]!;
    needles['middle line'] = lines[Math.floor(lines.length / 2)]!;
  }
  return needles;
}

const liveTickets = (eventId: number) => new Set(app.ctx.db.prepare(`SELECT ticket_no FROM eval_ballots WHERE event_id = ? AND round = 'live'`).pluck().all(eventId) as string[]);

/** Kiosk ballots cast one after another; the 票号 each got is read from the database (the test's ground truth). */
async function castAtKiosk(event: EvaluationEvent, count: number): Promise<CastBallot[]> {
  const cast: { order: number; ticketNo: string; marks: BallotMarks }[] = [];
  let before = liveTickets(event.id);
  for (let i = 0; i < count; i++) {
    const marks = marksFor(event, i);
    await app.call('evaluation.kioskSubmit', { id: event.id, marks });
    const after = liveTickets(event.id);
    const ticketNo = [...after].find((t) => !before.has(t))!;
    before = after;
    cast.push({ order: i, ticketNo, marks });
  }
  return cast.map((c) => ({ order: c.order, ticketNo: c.ticketNo, needles: needlesOf(event.id, c.ticketNo, c.marks) }));
}

/** A shuffle that has nothing to do with the order 票号 were drawn or sorted in: the order the box is emptied in. */
function shuffledCopy<T>(items: readonly T[], seed: number): T[] {
  let x = seed;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Paper ballots entered twice (双人录入) in the order they come out of the box; every tenth is typed
 * differently the second time and settled against the paper, as a clerk would.
 */
async function enterOnPaper(event: EvaluationEvent, count: number, seed: number): Promise<CastBallot[]> {
  const { tickets } = await app.call('evaluation.issueTickets', { id: event.id, count });
  const order = shuffledCopy(tickets, seed);
  const marks = order.map((_, i) => marksFor(event, i));
  for (const [i, ticketNo] of order.entries()) {
    await app.call('evaluation.paperEntry', { id: event.id, ticketNo, marks: marks[i]!, clerk: '甲', doubleEntry: true });
  }
  const mistyped = new Set<number>();
  for (const [i, ticketNo] of order.entries()) {
    const typo = i % 10 === 3;
    if (typo) mistyped.add(i);
    await app.call('evaluation.paperEntry', { id: event.id, ticketNo, marks: typo ? marksFor(event, i + count) : marks[i]!, clerk: '乙', doubleEntry: true });
  }
  for (const [i, ticketNo] of order.entries()) {
    if (mistyped.has(i)) await app.call('evaluation.settleMismatch', { id: event.id, ticketNo, marks: marks[i]!, clerk: '丙' });
  }
  expect((await app.call('evaluation.get', { id: event.id })).liveBallots).toBe(count);
  return order.map((ticketNo, i) => ({ order: i, ticketNo, needles: needlesOf(event.id, ticketNo, marks[i]!) }));
}

/** Nothing finer than the day beside a 票号: no paper entry keeps a time, no audit row names a 票号. */
function assertNoTimeBesideTickets(tickets: readonly string[]): void {
  const entries = app.ctx.db.prepare('SELECT * FROM eval_paper_entries').all() as Record<string, unknown>[];
  expect(entries.length).toBeGreaterThan(0);
  const timed = entries.flatMap((row) => Object.entries(row).filter(([, v]) => typeof v === 'string' && /\d{2}:\d{2}/.test(v)).map(([k, v]) => `${k}=${String(v)}`));
  expect(timed, 'a paper entry keeps a time of day').toEqual([]);
  const audit = (app.ctx.db.prepare('SELECT summary, before_json, after_json FROM audit_log').all() as Record<string, string | null>[]).map((r) => Object.values(r).join(' '));
  expect(tickets.filter((t) => audit.some((row) => row.includes(t))), 'an audit row names a 票号').toEqual([]);
}

/**
 * A live 民主推荐 over the people, cast at the kiosk: ballot i names one candidate and writes in a
 * name only it holds (the needle), so each ballot's bytes can be found. The same slots as a 测评票.
 */
async function castRecommendationsAtKiosk(people: readonly number[], count: number): Promise<CastBallot[]> {
  const created = await app.call('recommendation.create', { name: '现场民主推荐', year: 2026, date: '2026-12-20', unitTitle: '某市国防动员办公室', presetKey: 'meeting' });
  const config = {
    ...created.config,
    posts: [{ code: 'P1', name: '科长', seats: 2, writeIns: true, candidates: people.slice(0, 10).map((personId) => ({ personId, name: '候选人', unitName: '', post: '' })) }],
    categories: created.config.categories.map((c, i) => ({ ...c, expected: i === 0 ? count : 0, issued: i === 0 ? count : 0 })),
  };
  await app.call('recommendation.update', { id: created.id, config });
  await app.call('recommendation.setStatus', { id: created.id, status: 'live' });
  const cast: CastBallot[] = [];
  let before = liveTickets(created.id);
  for (let i = 0; i < count; i++) {
    const writeIn = `另推荐人选${String(i).padStart(3, '0')}`;
    const marks = { category: 'A', posts: { P1: { chosen: [people[i % 10]!], writeIns: [{ personId: null, name: writeIn }], approvals: {} } } };
    await app.call('recommendation.kioskSubmit', { id: created.id, marks });
    const after = liveTickets(created.id);
    const ticketNo = [...after].find((t) => !before.has(t))!;
    before = after;
    const key = app.ctx.db.prepare('SELECT id FROM eval_ballots WHERE event_id = ? AND ticket_no = ?').pluck().get(created.id, ticketNo) as string;
    cast.push({ order: i, ticketNo, needles: { ticket: ticketNo, key, marks: writeIn } });
  }
  return cast;
}

describe('ballot secrecy down to the bytes', () => {
  it('a 民主推荐 at the kiosk (120 ballots): no position in the file, WAL or backup follows casting order', async () => {
    const people = await makePeople(10);
    const ballots = await castRecommendationsAtKiosk(people, 120);
    const files = await filesOf(app);
    expect(largeEventLeaks(files, ballots)).toEqual([]);
    expect(occurrences(files.find((f) => f.name === 'main')!.bytes, ballots[0]!.needles.marks!).length).toBeGreaterThan(0);
  }, slow);


  it('a large kiosk event (160 ballots, overflow pages): no position in the file, WAL or backup follows casting order', async () => {
    const people = await makePeople(30);
    const event = await liveEvent(people, 'level-and-score', 160, '大规模现场测评');
    const ballots = await castAtKiosk(event, 160);
    const files = await filesOf(app);
    expect(largeEventLeaks(files, ballots)).toEqual([]);
    // the ballots are there to be found: the test looks where they are
    expect(occurrences(files.find((f) => f.name === 'main')!.bytes, ballots[0]!.ticketNo).length).toBeGreaterThan(0);
  }, slow);

  it('a large paper event (160 ballots entered twice, mismatches settled): no position follows the order of entry, and no time beside a 票号', async () => {
    const people = await makePeople(30);
    const event = await liveEvent(people, 'level-and-score', 160, '大规模纸质票测评');
    const ballots = await enterOnPaper(event, 160, 20261220);
    const files = await filesOf(app);
    expect(largeEventLeaks(files, ballots)).toEqual([]);
    assertNoTimeBesideTickets(ballots.map((b) => b.ticketNo));
  }, slow);

  it('40 small kiosk events of 5 ballots each (one page): the mean rank correlation stays near 0', async () => {
    const people = await makePeople(5);
    const perEvent: { files: FileBytes[]; ballots: CastBallot[] }[] = [];
    for (let e = 0; e < 40; e++) {
      const event = await liveEvent(people, 'civil-servant-level', 5, `小规模现场测评${e + 1}`);
      const ballots = await castAtKiosk(event, 5);
      perEvent.push({ files: await filesOf(app), ballots });
    }
    expect(smallEventLeaks(perEvent)).toEqual([]);
  }, slow);

  it('40 small paper events of 5 ballots each: the mean rank correlation stays near 0', async () => {
    const people = await makePeople(5);
    const perEvent: { files: FileBytes[]; ballots: CastBallot[] }[] = [];
    for (let e = 0; e < 40; e++) {
      const event = await liveEvent(people, 'civil-servant-level', 5, `小规模纸质票测评${e + 1}`);
      const ballots = await enterOnPaper(event, 5, e + 1);
      perEvent.push({ files: await filesOf(app), ballots });
    }
    expect(smallEventLeaks(perEvent)).toEqual([]);
    assertNoTimeBesideTickets(perEvent.flatMap((p) => p.ballots.map((b) => b.ticketNo)));
  }, slow);
});
