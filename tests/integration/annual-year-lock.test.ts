import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationEvent } from '../../shared/contract/evaluation';
import type { AnnualYear } from '../../shared/annual/views';
import { yearLockedMessage } from '../../db/year-lock';
import { annualRefusal, buildRoster, createAnnualYear, databaseDump, groupId, type AnnualRoster } from '../helpers/annual-app';
import { levelBallot } from '../helpers/evaluation-app';
import { quarterDates } from '../helpers/stars-app';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * The year lock (归档): once 2026 is locked, every write path that touches 2026 — 年度考核, 述职测评 and
 * 双十星 — is refused with YEAR_LOCKED and leaves the database exactly as it was, while the same writes
 * to 2027 still work. The lock is set by SQL here, so the test does not depend on 「确认并锁定年度」.
 */

const locked = 2026;
const open = 2027;
const now = '2026-12-20T08:00:00.000Z';
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface YearFixture {
  annual: AnnualYear;
  /** participants: one with data of every kind, and others without */
  withData: number;
  spare: number;
  mover: number;
  itemId: number;
  categoryId: number;
  adjustmentId: number;
  sanctionId: number;
  /** an event in setup, and a live one with a kiosk ballot and a paper ballot */
  setupEvent: EvaluationEvent;
  liveEvent: EvaluationEvent;
  paperTicket: string;
  spareTickets: string[];
  personScheme: number;
  orgScheme: number;
  evidenceId: number;
}

let app: TestApp;
let roster: AnnualRoster;
const years = new Map<number, YearFixture>();
const person = (name: string) => roster.people.get(name)!;
const fixture = (year: number) => years.get(year)!;

async function seedYear(year: number): Promise<YearFixture> {
  const db = app.ctx.db;
  const annual = await app.call('annual.year', { year });
  const withData = person('周立新');
  const [categoryId] = db.prepare('SELECT id FROM annual_categories WHERE year = ? ORDER BY sort_order').pluck().all(year) as number[];
  const itemId = Number(db.prepare(`INSERT INTO annual_items (year, category_id, name, applies_to, method, max_points, sort_order) VALUES (?, ?, '业务工作', 'person', 'score', 20, 1)`).run(year, categoryId).lastInsertRowid);
  db.prepare(`INSERT INTO annual_items (year, category_id, name, applies_to, method, max_points, step_points, pass_to_people, sort_order) VALUES (?, ?, '目标任务', 'unit', 'bonus', 10, 1, 1, 2)`).run(year, categoryId);
  db.prepare(`INSERT INTO annual_scores (item_id, year, person_id, value, entered_by, entered_at) VALUES (?, ?, ?, 18, '测试员', ?)`).run(itemId, year, withData, now);
  db.prepare(`INSERT INTO annual_quarters (year, person_id, quarter, grade, entered_by, entered_at) VALUES (?, ?, 1, 'good', '测试员', ?)`).run(year, withData, now);
  const adjustmentId = Number(db.prepare(`INSERT INTO annual_adjustments (year, person_id, kind, points, date, reason, entered_by, entered_at) VALUES (?, ?, '通报表扬', 1, ?, '抢险救灾', '测试员', ?)`).run(year, withData, `${year}-05-01`, now).lastInsertRowid);
  const sanctionId = Number(db.prepare(`INSERT INTO annual_sanctions (person_id, type, decided_on, months, entered_by, entered_at) VALUES (?, '记过', ?, 12, '测试员', ?)`).run(person('黄振华'), `${year}-03-01`, now).lastInsertRowid);
  db.prepare(`UPDATE annual_participants SET leader_score = 90, confirmed = 'competent', confirmed_at = ?, confirmed_by = '考核委员会' WHERE year = ? AND person_id = ?`).run(now, year, withData);

  const targets = ['王建国', '李红梅', '郭志强'].map((n) => ({ personId: person(n), unitId: null, group: '' }));
  const create = (name: string) => app.call('evaluation.create', { name, year, date: `${year}-12-20`, unitTitle: '某区国防动员办公室', presetKey: 'civil-servant-level' });
  const setupEvent = await app.call('evaluation.setTargets', { id: (await create(`${year}年度述职测评（筹备）`)).id, targets });
  const liveEvent = await app.call('evaluation.setTargets', { id: (await create(`${year}年度干部述职民主测评`)).id, targets });
  const { tickets } = await app.call('evaluation.issueTickets', { id: liveEvent.id, count: 4 });
  await app.call('evaluation.setStatus', { id: liveEvent.id, status: 'live' });
  await app.call('evaluation.kioskSubmit', { id: liveEvent.id, marks: levelBallot(liveEvent, 'A', '222') });
  await app.call('evaluation.paperEntry', { id: liveEvent.id, ticketNo: tickets[0]!, marks: levelBallot(liveEvent, 'B', '222'), clerk: '王录入', doubleEntry: false });

  const personScheme = (await app.call('stars.createScheme', { year, kind: 'person' })).id;
  const orgScheme = (await app.call('stars.createScheme', { year, kind: 'org' })).id;
  const q1 = quarterDates(year, 1);
  const q2 = quarterDates(year, 2);
  await app.call('stars.selfAssess', { schemeId: personScheme, period: 1, date: q1.self, entries: [{ targetId: person('王建国'), claims: [{ code: 'political', note: '' }, { code: 'integrity', note: '' }] }] });
  await app.call('stars.recordVotes', { schemeId: personScheme, period: 1, date: q1.vote, entries: [{ targetId: person('王建国'), votes: [{ code: 'political', agree: 18, disagree: 2, score: null }] }] });
  await app.call('stars.decide', { schemeId: personScheme, period: 1, date: q1.decide, entries: [{ targetId: person('王建国'), decisions: [{ code: 'political', decision: 'award' }] }] });
  await app.call('stars.startPublicity', { schemeId: personScheme, period: 1, start: q1.publicity });
  await app.call('stars.addObjection', { schemeId: personScheme, period: 1, targetId: person('王建国'), code: 'political', date: q1.publicity, content: '反映情况' });
  await app.call('stars.disqualify', { schemeId: personScheme, period: 2, targetId: person('李红梅'), reason: '受审查', date: q2.self });
  await app.call('stars.selfAssess', { schemeId: personScheme, period: 2, date: q2.self, entries: [{ targetId: person('郭志强'), claims: [{ code: 'discipline', note: '' }] }] });
  // 支部评定 comes after 民主测评: the decide case below needs the votes recorded
  await app.call('stars.recordVotes', { schemeId: personScheme, period: 2, date: q2.vote, entries: [{ targetId: person('郭志强'), votes: [{ code: 'discipline', agree: 15, disagree: 1, score: null }] }] });
  const evidence = await app.call('stars.addEvidence', { schemeId: personScheme, period: 2, targetId: person('郭志强'), code: 'learning', file: { fileName: '学习笔记.png', bytes: new Uint8Array(png) }, note: '' });

  return {
    annual, withData, spare: person('林建峰'), mover: person('吴明远'), itemId, categoryId: categoryId!, adjustmentId, sanctionId,
    setupEvent, liveEvent, paperTicket: tickets[0]!, spareTickets: tickets.slice(1), personScheme, orgScheme, evidenceId: evidence.id,
  };
}

beforeAll(async () => {
  app = await createTestApp();
  ({ roster } = await createAnnualYear(app, { year: locked }));
  await app.call('annual.createYear', { year: open, copyFromYear: locked });
  // joins the roster after both years were set up: a candidate for addParticipants
  const newcomer = await buildRoster(app, [{ name: '新同志', unit: '办公室', category: '公务员' }]);
  roster = { ...roster, people: new Map([...roster.people, ...newcomer.people]) };
  years.set(locked, await seedYear(locked));
  years.set(open, await seedYear(open));
  app.ctx.db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = ?, locked_by = '考核委员会', results_json = '{}' WHERE year = ?`).run(now, locked);
}, 60_000);
afterAll(() => app.close());

const evidenceFiles = () => {
  const dir = path.join(app.dir, 'evidence');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
};

/** Refused with YEAR_LOCKED, the database (and the evidence folder) exactly as before. */
async function refusedLocked(run: () => Promise<unknown>): Promise<string> {
  const files = evidenceFiles();
  const r = await annualRefusal(app, run);
  expect(evidenceFiles()).toEqual(files);
  expect(r.code, r.message).toBe('YEAR_LOCKED');
  return r.message;
}

/** Each write path, as a function of the year it is aimed at. */
type WritePath = readonly [name: string, write: (year: number) => Promise<unknown>];

const annualPaths: WritePath[] = [
  ['annual.updateRules', (y) => app.call('annual.updateRules', { year: y, rules: { ...fixture(y).annual.rules, quartersRequired: 3 } })],
  ['annual.saveGroups', (y) => app.call('annual.saveGroups', { year: y, groups: fixture(y).annual.groups.map((g) => (g.name === '事业单位' ? { ...g, name: '事业单位人员' } : g)) })],
  ['annual.addParticipants', (y) => app.call('annual.addParticipants', { year: y, personIds: [person('新同志')] })],
  ['annual.updateParticipants', (y) => app.call('annual.updateParticipants', { year: y, personIds: [fixture(y).mover], groupId: groupId(fixture(y).annual, '班子成员') })],
  ['annual.setUndetermined', (y) => app.call('annual.setUndetermined', { year: y, personId: fixture(y).spare, override: 'yes', reason: '全年病休' })],
  ['annual.setParticipantNotes', (y) => app.call('annual.setParticipantNotes', { year: y, entries: [{ personId: fixture(y).spare, duties: '负责后勤保障', remark: '全年病休' }] })],
  ['annual.removeParticipants', (y) => app.call('annual.removeParticipants', { year: y, personIds: [fixture(y).spare] })],
];

const evaluationPaths: WritePath[] = [
  ['evaluation.update', (y) => app.call('evaluation.update', { id: fixture(y).setupEvent.id, name: `${y}年度述职测评（改）` })],
  ['evaluation.setTargets', (y) => app.call('evaluation.setTargets', { id: fixture(y).setupEvent.id, targets: fixture(y).setupEvent.targetList.slice(0, 2).map((t) => ({ personId: t.personId, unitId: null, group: '' })) })],
  ['evaluation.setAttendance', (y) => app.call('evaluation.setAttendance', { id: fixture(y).liveEvent.id, attendance: { A: 5, B: 10, C: 12 } })],
  ['evaluation.issueTickets', (y) => app.call('evaluation.issueTickets', { id: fixture(y).liveEvent.id, count: 2 })],
  ['evaluation.kioskSubmit', (y) => app.call('evaluation.kioskSubmit', { id: fixture(y).liveEvent.id, marks: levelBallot(fixture(y).liveEvent, 'C', '232') })],
  ['evaluation.paperEntry', (y) => app.call('evaluation.paperEntry', { id: fixture(y).liveEvent.id, ticketNo: fixture(y).spareTickets[0]!, marks: levelBallot(fixture(y).liveEvent, 'B', '212'), clerk: '王录入', doubleEntry: false })],
  ['evaluation.setStatus', (y) => app.call('evaluation.setStatus', { id: fixture(y).setupEvent.id, status: 'test' })],
  ['evaluation.close', (y) => app.call('evaluation.close', { id: fixture(y).liveEvent.id })],
  ['evaluation.delete', (y) => app.call('evaluation.delete', { id: fixture(y).setupEvent.id })],
];

const starPaths: WritePath[] = [
  ['stars.updateScheme', (y) => app.call('stars.updateScheme', { id: fixture(y).personScheme, settings: { publicityDays: 7 } })],
  ['stars.selfAssess', (y) => app.call('stars.selfAssess', { schemeId: fixture(y).personScheme, period: 2, date: quarterDates(y, 2).self, entries: [{ targetId: person('王建国'), claims: [{ code: 'political', note: '' }] }] })],
  ['stars.recordVotes', (y) => app.call('stars.recordVotes', { schemeId: fixture(y).personScheme, period: 2, date: quarterDates(y, 2).vote, entries: [{ targetId: person('郭志强'), votes: [{ code: 'discipline', agree: 15, disagree: 1, score: null }] }] })],
  ['stars.decide', (y) => app.call('stars.decide', { schemeId: fixture(y).personScheme, period: 2, date: quarterDates(y, 2).decide, entries: [{ targetId: person('郭志强'), decisions: [{ code: 'discipline', decision: 'award' }] }] })],
  ['stars.addObjection', (y) => app.call('stars.addObjection', { schemeId: fixture(y).personScheme, period: 1, targetId: person('王建国'), code: 'political', date: quarterDates(y, 1).publicity, content: '再次反映' })],
  ['stars.setRemark', (y) => app.call('stars.setRemark', { schemeId: fixture(y).personScheme, period: 1, targetId: person('王建国'), remark: '表现突出' })],
  ['stars.clearDisqualification', (y) => app.call('stars.clearDisqualification', { schemeId: fixture(y).personScheme, period: 2, targetId: person('李红梅') })],
  ['stars.addEvidence', (y) => app.call('stars.addEvidence', { schemeId: fixture(y).personScheme, period: 2, targetId: person('郭志强'), code: 'achievement', file: { fileName: '获奖证书.png', bytes: new Uint8Array(png) }, note: '' })],
  ['stars.deleteEvidence', (y) => app.call('stars.deleteEvidence', { id: fixture(y).evidenceId })],
  ['stars.deleteScheme', (y) => app.call('stars.deleteScheme', { id: fixture(y).orgScheme })],
];

/**
 * The triggers themselves: raw SQL on any row of the locked year aborts; the same on the open year passes.
 * Runs before the channel cases, which consume some of the open year's rows (a cleared 不得参评 …).
 */
describe('the year-lock triggers', () => {
  const eventRows = (y: number) => `event_id IN (SELECT id FROM eval_events WHERE year = ${y})`;
  const schemeRows = (y: number) => `scheme_id IN (SELECT id FROM star_schemes WHERE year = ${y})`;
  const reviewRows = (y: number) => `review_id IN (SELECT r.id FROM star_reviews r JOIN star_schemes s ON s.id = r.scheme_id WHERE s.year = ${y})`;
  const tables: readonly (readonly [table: string, where: (y: number) => string])[] = [
    ...['annual_groups', 'annual_participants', 'annual_categories', 'annual_items', 'annual_scores', 'annual_quarters', 'annual_adjustments', 'eval_events', 'star_schemes']
      .map((t) => [t, (y: number) => `year = ${y}`] as const),
    // ballots and paper entries live in their slots (migration 005); eval_ballots and eval_paper_entries are views of them
    ...['eval_targets', 'eval_tickets', 'eval_ballot_slots', 'eval_entry_slots'].map((t) => [t, eventRows] as const),
    ...['star_items', 'star_reviews', 'star_states', 'star_publicity'].map((t) => [t, schemeRows] as const),
    ...['star_steps', 'star_objections', 'star_disqualifications', 'star_evidence'].map((t) => [t, reviewRows] as const),
    ['annual_sanctions', (y: number) => `substr(decided_on, 1, 4) = '${y}'`],
  ];
  const firstColumn = (table: string) => (app.ctx.db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid LIMIT 1').pluck().get(table) as string);
  const count = (table: string, where: string) => app.ctx.db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;

  it.each(tables.map(([t, w]) => [t, w] as const))('%s refuses insert, update and delete of the locked year\'s rows', (table, where) => {
    const db = app.ctx.db;
    expect(count(table, where(locked)), 'the fixture has a row to try').toBeGreaterThan(0);
    const column = firstColumn(table);
    const rows = count(table, '1');
    expect(() => db.prepare(`UPDATE ${table} SET ${column} = ${column} WHERE ${where(locked)}`).run()).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => db.prepare(`DELETE FROM ${table} WHERE ${where(locked)}`).run()).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => db.prepare(`INSERT INTO ${table} SELECT * FROM ${table} WHERE ${where(locked)} LIMIT 1`).run()).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(count(table, '1')).toBe(rows);
    // the open year's rows are not held
    expect(count(table, where(open))).toBeGreaterThan(0);
    expect(db.prepare(`UPDATE ${table} SET ${column} = ${column} WHERE ${where(open)}`).run().changes).toBeGreaterThan(0);
  });

  it('annual_years: a locked year cannot be edited or deleted, only unlocked', () => {
    const db = app.ctx.db;
    expect(() => db.prepare(`UPDATE annual_years SET name = '改名' WHERE year = ?`).run(locked)).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => db.prepare(`UPDATE annual_years SET results_json = '{"x":1}' WHERE year = ?`).run(locked)).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => db.prepare('DELETE FROM annual_years WHERE year = ?').run(locked)).toThrow(/KAOPING_YEAR_LOCKED/);
    db.prepare(`UPDATE annual_years SET name = name WHERE year = ?`).run(open);
    // unlocking is the one change allowed (the unlock service guards it with the admin password)
    db.transaction(() => {
      db.prepare(`UPDATE annual_years SET status = 'open', locked_at = NULL, locked_by = NULL, results_json = NULL WHERE year = ?`).run(locked);
      db.prepare(`UPDATE annual_quarters SET grade = grade WHERE year = ?`).run(locked);
      db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = ?, locked_by = '考核委员会', results_json = '{}' WHERE year = ?`).run(now, locked);
    })();
    expect(() => db.prepare(`UPDATE annual_quarters SET grade = grade WHERE year = ?`).run(locked)).toThrow(/KAOPING_YEAR_LOCKED/);
  });
});

describe(`a locked year (${locked})`, () => {
  it('names the year in the refusal of the 年度考核 channels', async () => {
    const message = await refusedLocked(() => app.call('annual.updateRules', { year: locked, rules: fixture(locked).annual.rules }));
    expect(message).toBe(yearLockedMessage(locked));
    expect(message).toBe('2026年度已确认等次并锁定（归档），其中的数据不能再修改；如确需修改，请由管理员在「综合评定」页面解锁');
  });

  // 年度考核 services check the year first and name it; the others are stopped by the triggers
  describe.each([
    ['年度考核', annualPaths, yearLockedMessage(locked)],
    ['述职测评', evaluationPaths, yearLockedMessage()],
    ['双十星', starPaths, yearLockedMessage()],
  ] as const)('%s', (_feature, paths, message) => {
    it.each(paths.map((p) => [p[0], p[1]] as const))('%s is refused for the locked year and works for an open one', async (_name, write) => {
      expect(await refusedLocked(() => write(locked))).toBe(message);
      const before = databaseDump(app);
      await write(open);
      expect(databaseDump(app), 'the write to the open year changed something').not.toBe(before);
    });
  });

  it('annual.deleteYear is refused for the locked year; an empty year copied from it can be created and deleted', async () => {
    await refusedLocked(() => app.call('annual.deleteYear', { year: locked }));
    const copy = await app.call('annual.createYear', { year: 2028, copyFromYear: locked, addParticipants: false });
    expect(copy.groups.map((g) => g.name)).toEqual(fixture(locked).annual.groups.map((g) => g.name));
    await app.call('annual.deleteYear', { year: 2028 });
    expect((await app.call('annual.years')).map((y) => [y.year, y.status])).toEqual([[open, 'open'], [locked, 'locked']]);
  });

  it('still reads: the year, its participants, its events and schemes', async () => {
    expect(await app.call('annual.year', { year: locked })).toMatchObject({ status: 'locked', lockedAt: now, lockedBy: '考核委员会', hasData: true });
    expect((await app.call('annual.participants', { year: locked })).length).toBe(12);
    expect((await app.call('evaluation.get', { id: fixture(locked).liveEvent.id })).status).toBe('live');
    expect((await app.call('stars.scheme', { id: fixture(locked).personScheme })).year).toBe(locked);
  });
});

/**
 * The channels of the rest of 年度考核 (items, quarters, records, confirm). Until their services land
 * they answer NOT_IMPLEMENTED and these cases fail: only YEAR_LOCKED is accepted.
 */
describe(`other 年度考核 writes to the locked year (${locked})`, () => {
  const f = () => fixture(locked);
  const cases: WritePath[] = [
    ['annual.setQuarter', () => app.call('annual.setQuarter', { year: locked, personId: f().spare, quarter: 2, grade: 'fair' })],
    ['annual.saveCategories', () => app.call('annual.saveCategories', { year: locked, categories: [{ id: f().categoryId, name: '主责业绩（改）' }] })],
    ['annual.saveItem', () => app.call('annual.saveItem', { year: locked, item: { categoryId: f().categoryId, name: '新项目', description: '', appliesTo: 'person', method: 'score', maxPoints: 10, stepPoints: null, passToPeople: false } })],
    ['annual.moveItem', () => app.call('annual.moveItem', { id: f().itemId, direction: 'down' })],
    ['annual.deleteItem', () => app.call('annual.deleteItem', { id: f().itemId })],
    ['annual.setScore', () => app.call('annual.setScore', { year: locked, itemId: f().itemId, targetId: f().spare, value: 15, date: null, evidence: '' })],
    ['annual.setLeaderScores', () => app.call('annual.setLeaderScores', { year: locked, entries: [{ personId: f().spare, score: 88 }] })],
    ['annual.addAdjustment', () => app.call('annual.addAdjustment', { year: locked, personId: f().spare, kind: '通报表扬', points: 1, date: `${locked}-06-01`, reason: '表现突出', evidence: '' })],
    ['annual.deleteAdjustment', () => app.call('annual.deleteAdjustment', { id: f().adjustmentId })],
    ['annual.addSanction', () => app.call('annual.addSanction', { year: locked, personId: f().spare, type: '警告', decidedOn: `${locked}-06-01`, documentNo: '', reason: '' })],
    ['annual.deleteSanction', () => app.call('annual.deleteSanction', { id: f().sanctionId })],
    ['annual.confirm', () => app.call('annual.confirm', { year: locked, entries: [{ personId: f().spare, outcome: 'competent', reason: '', overrideReason: '' }] })],
    ['annual.confirmAsSuggested', () => app.call('annual.confirmAsSuggested', { year: locked })],
    ['annual.clearConfirmation', () => app.call('annual.clearConfirmation', { year: locked, personIds: [f().withData] })],
  ];
  it.each(cases.map((c) => [c[0], c[1]] as const))('%s is refused with YEAR_LOCKED', async (_name, write) => {
    await refusedLocked(() => write(locked));
  });
});
