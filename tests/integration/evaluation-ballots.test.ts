import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvaluationEvent } from '../../shared/contract/evaluation';
import type { BallotMarks } from '../../shared/evaluation/config';
import { validateBallot } from '../../shared/evaluation/ballot-validation';
import { isWellFormedTicket, ticketAlphabet } from '../../shared/evaluation/ticket-number';
import { auditRows } from '../helpers/people-input';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { levelBallot, refusedUnchanged, setUpEvent } from '../helpers/evaluation-app';

let app: TestApp;
let event: EvaluationEvent;
beforeEach(async () => {
  app = await createTestApp();
  // five 测评对象: 优秀 at most 20% of them = 1 per ballot
  event = await setUpEvent(app);
});
afterEach(() => app.close());

const ballotCount = () => (app.ctx.db.prepare('SELECT count(*) AS n FROM eval_ballots').get() as { n: number }).n;
const goLive = () => app.call('evaluation.setStatus', { id: event.id, status: 'live' });
const issue = async (count: number) => (await app.call('evaluation.issueTickets', { id: event.id, count })).tickets;
const entry = (ticketNo: string, marks: BallotMarks, clerk: string, doubleEntry = true) =>
  app.call('evaluation.paperEntry', { id: event.id, ticketNo, marks, clerk, doubleEntry });

/** A wrong check character: the last character replaced by another from the alphabet. */
const typo = (ticket: string) => ticket.slice(0, 7) + ticketAlphabet[(ticketAlphabet.indexOf(ticket[7]!) + 1) % ticketAlphabet.length];

describe('票号', () => {
  it('issues unique, well-formed random 票号 in one go and lists them for printing with the rules text', async () => {
    const tickets = await issue(200);
    expect(new Set(tickets).size).toBe(200);
    expect(tickets.every(isWellFormedTicket)).toBe(true);
    const sheet = await app.call('evaluation.ballotSheet', { id: event.id });
    expect(sheet.tickets).toEqual([...tickets].sort());
    expect(sheet.event.ticketsIssued).toBe(200);
    expect(sheet.rulesText).toContain('优秀等次不超过1人，超过视为无效票');
    // an issue is logged as a count, never with the 票号
    const row = auditRows(app).at(-1)!;
    expect(row).toMatchObject({ action: 'evaluation.issueTickets', summary: '2026年度干部述职民主测评：生成测评票号200个' });
    expect(JSON.stringify(row)).not.toContain(tickets[0]!);
  });
});

describe('现场测评 (kiosk)', () => {
  it('refuses a ballot over the 优秀 limit with the rule message and saves nothing; the kiosk screen\'s own check says the same first', async () => {
    await goLive();
    const over = levelBallot(event, 'A', '11222');
    // the kiosk page checks with the shared rules before it submits (no round trip per keystroke)
    expect(validateBallot(event.config, event.targetList.map((t) => t.id), over)).toEqual({
      valid: false, reasons: ['EXCESS_EXCELLENT'], messages: ['优秀等次不超过1人，本票选了2人'],
    });
    const r = await refusedUnchanged(app, () => app.call('evaluation.kioskSubmit', { id: event.id, marks: over }));
    expect(r).toMatchObject({ code: 'BALLOT_INVALID', message: '优秀等次不超过1人，本票选了2人' });
    expect(ballotCount()).toBe(0);
  });

  it('refuses a malformed ballot (a 测评对象 left out, no category) naming what is wrong', async () => {
    await goLive();
    const missing = { ...levelBallot(event, 'A', '12222'), lines: levelBallot(event, 'A', '12222').lines.slice(0, 4) };
    const r = await refusedUnchanged(app, () => app.call('evaluation.kioskSubmit', { id: event.id, marks: missing }));
    expect(r.code).toBe('BALLOT_MALFORMED');
    expect(r.message).toContain('第5位测评对象未填写（不评请选择弃权）');
    const noCategory = await refusedUnchanged(app, () => app.call('evaluation.kioskSubmit', { id: event.id, marks: { ...levelBallot(event, 'A', '12222'), category: '' } }));
    expect(noCategory.message).toContain('请选择评委类别');
  });

  it('saves a valid ballot with a fresh 票号 recorded as issued, no audit row, and 弃权 lines are fine', async () => {
    await goLive();
    const auditBefore = auditRows(app).length;
    expect(await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'C', '10020') })).toEqual({ saved: true });
    expect(await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'C', '00000') })).toEqual({ saved: true });
    expect(auditRows(app)).toHaveLength(auditBefore);
    const rows = app.ctx.db.prepare(`SELECT b.ticket_no, b.round, b.source, b.valid, t.source AS issued FROM eval_ballots b JOIN eval_tickets t USING (event_id, ticket_no)`).all() as { ticket_no: string; round: string; source: string; valid: number; issued: string }[];
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(isWellFormedTicket(row.ticket_no)).toBe(true);
      expect(row).toMatchObject({ round: 'live', source: 'kiosk', valid: 1, issued: 'kiosk' });
    }
    // kiosk 票号 are not printed ballots
    expect((await app.call('evaluation.ballotSheet', { id: event.id })).tickets).toEqual([]);
    const results = await app.call('evaluation.results', { id: event.id });
    expect(results.targets[0]!.byCategory.find((c) => c.category === 'C')).toMatchObject({ valid: 2, abstain: 1, votes: { excellent: 1 } });
  });

  it('takes no ballot before the test or live round', async () => {
    const r = await refusedUnchanged(app, () => app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'A', '12222') }));
    expect(r.code).toBe('EVALUATION_NOT_STARTED');
  });
});

describe('纸质票录入', () => {
  it('refuses a 票号 that was not issued, or mistyped, and records nothing', async () => {
    await issue(3);
    await goLive();
    const marks = levelBallot(event, 'A', '12222');
    const stray = (await app.call('evaluation.issueTickets', { id: event.id, count: 1 })).tickets[0]!;
    // a well-formed 票号 this event never issued
    for (const table of ['eval_entry_slots', 'eval_ballot_slots', 'eval_tickets']) app.ctx.db.prepare(`DELETE FROM ${table} WHERE ticket_no = ?`).run(stray);
    const notIssued = await refusedUnchanged(app, () => entry(stray, marks, '甲', false));
    expect(notIssued).toEqual({ code: 'TICKET_NOT_ISSUED', message: `票号 ${stray} 未发出` });
    const [ticket] = (await app.call('evaluation.ballotSheet', { id: event.id })).tickets;
    const mistyped = await refusedUnchanged(app, () => entry(typo(ticket!), marks, '甲', false));
    expect(mistyped).toEqual({ code: 'TICKET_CHECK_FAILED', message: '票号校验位不符，请核对' });
    expect((await refusedUnchanged(app, () => entry('ABC', marks, '甲', false))).code).toBe('TICKET_MALFORMED');
    // lower case and spaces from a scanner are fine
    expect((await entry(` ${ticket!.toLowerCase()} `, marks, '甲', false)).state).toBe('counted-single');
  });

  it('single entry counts at once, stores an invalid paper ballot as 无效票, and refuses the 票号 again', async () => {
    const [a, b] = await issue(2);
    await goLive();
    expect(await entry(a!, levelBallot(event, 'B', '12223'), '甲', false)).toEqual({ state: 'counted-single', outcome: { valid: true, reasons: [], messages: [] } });
    const over = await entry(b!, levelBallot(event, 'B', '11100'), '甲', false);
    expect(over).toEqual({ state: 'counted-single', outcome: { valid: false, reasons: ['EXCESS_EXCELLENT'], messages: ['优秀等次不超过1人，本票选了3人'] } });
    const again = await refusedUnchanged(app, () => entry(a!, levelBallot(event, 'B', '12223'), '乙', false));
    expect(again).toEqual({ code: 'TICKET_ALREADY_COUNTED', message: `票号 ${a} 已计票，不能重复录入` });
    const results = await app.call('evaluation.results', { id: event.id });
    expect(results.sessionTotal).toMatchObject({ returned: 2, valid: 1, invalid: 1 });
    expect(results.invalidByReason.EXCESS_EXCELLENT).toBe(1);
  });

  it('双人录入: blind first entry, second by another clerk counts when equal; same clerk and a third entry refused', async () => {
    const [t] = await issue(1);
    await goLive();
    const marks = levelBallot(event, 'A', '21230');
    // the first entry reveals nothing: no validity, no marks
    expect(await entry(t!, marks, '甲')).toEqual({ state: 'awaiting-second', outcome: null });
    expect(ballotCount()).toBe(0);
    const same = await refusedUnchanged(app, () => entry(t!, marks, ' 甲 '));
    expect(same).toEqual({ code: 'SAME_CLERK', message: '第二遍须由另一名录入员录入' });
    expect(await entry(t!, marks, '乙')).toEqual({ state: 'counted', outcome: { valid: true, reasons: [], messages: [] } });
    expect(ballotCount()).toBe(1);
    const third = await refusedUnchanged(app, () => entry(t!, marks, '丙'));
    expect(third).toEqual({ code: 'TICKET_ENTERED_TWICE', message: `票号 ${t} 已录入两遍` });
    // entries keep the clerk (they describe the clerk, not the rater)
    expect(app.ctx.db.prepare('SELECT entry_no, clerk FROM eval_paper_entries ORDER BY entry_no').all()).toEqual([{ entry_no: 1, clerk: '甲' }, { entry_no: 2, clerk: '乙' }]);
  });

  it('lists disagreements side by side and counts the settled marks', async () => {
    const [t, u] = await issue(2);
    await goLive();
    const onPaper = levelBallot(event, 'B', '21230');
    const typed = levelBallot(event, 'B', '21220');
    await entry(t!, onPaper, '甲');
    expect(await entry(t!, typed, '乙')).toEqual({ state: 'mismatch', outcome: null });
    await entry(u!, onPaper, '甲');
    expect(await app.call('evaluation.mismatches', { id: event.id })).toEqual([{ ticketNo: t, first: onPaper, second: typed, firstClerk: '甲', secondClerk: '乙' }]);
    expect(ballotCount()).toBe(0);
    const third = await refusedUnchanged(app, () => entry(t!, onPaper, '丙'));
    expect(third.message).toBe(`票号 ${t} 已录入两遍`);

    expect(await app.call('evaluation.settleMismatch', { id: event.id, ticketNo: t!, marks: onPaper, clerk: '丙' })).toEqual({ outcome: { valid: true, reasons: [], messages: [] } });
    expect(await app.call('evaluation.mismatches', { id: event.id })).toEqual([]);
    const stored = app.ctx.db.prepare('SELECT marks_json FROM eval_ballots WHERE ticket_no = ?').get(t) as { marks_json: string };
    expect(JSON.parse(stored.marks_json)).toEqual(onPaper);
    const again = await refusedUnchanged(app, () => app.call('evaluation.settleMismatch', { id: event.id, ticketNo: t!, marks: onPaper, clerk: '丙' }));
    expect(again.message).toBe(`票号 ${t} 没有待核对的录入`);
    expect((await refusedUnchanged(app, () => app.call('evaluation.settleMismatch', { id: event.id, ticketNo: u!, marks: onPaper, clerk: '丙' }))).code).toBe('NO_MISMATCH');
    // logged without the 票号: its time beside the 票号 would give the order of entry
    expect(auditRows(app).at(-1)!.summary).toBe('2026年度干部述职民主测评：核对一张纸质票的两遍录入并确认（核对人：丙；甲、乙 录入）');
  });
});

describe('测试模式', () => {
  it('keeps test ballots apart, wipes them (and their paper entries) in one action, and lets the same paper 票号 count live', async () => {
    const [t] = await issue(1);
    await app.call('evaluation.setStatus', { id: event.id, status: 'test' });
    await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'A', '12222') });
    await entry(t!, levelBallot(event, 'A', '22222'), '甲');
    await entry(t!, levelBallot(event, 'A', '22222'), '乙');
    expect(app.ctx.db.prepare(`SELECT round, count(*) AS n FROM eval_ballots GROUP BY round`).all()).toEqual([{ round: 'test', n: 2 }]);
    expect(await app.call('evaluation.wipeTestBallots', { id: event.id })).toEqual({ wiped: 2 });
    expect(app.ctx.db.prepare('SELECT (SELECT count(*) FROM eval_ballots) + (SELECT count(*) FROM eval_paper_entries) AS n').get()).toEqual({ n: 0 });
    expect((await app.call('evaluation.ballotSheet', { id: event.id })).tickets).toEqual([t]);
    await goLive();
    expect((await entry(t!, levelBallot(event, 'A', '22222'), '甲', false)).state).toBe('counted-single');
  });

  it('revalidates test ballots explicitly after a rule change, and only before live ballots exist', async () => {
    await app.call('evaluation.setStatus', { id: event.id, status: 'test' });
    const [t] = await issue(1);
    await entry(t!, levelBallot(event, 'A', '11222'), '甲', false); // 2 优秀 > 1: invalid under the preset
    await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'A', '12222') });
    await app.call('evaluation.update', { id: event.id, config: { ...event.config, rules: { ...event.config.rules, excellentLimit: { kind: 'count', value: 2 } } } });
    // the change alone does not touch stored validity
    expect((await app.call('evaluation.results', { id: event.id, round: 'test' })).sessionTotal).toMatchObject({ valid: 1, invalid: 1 });
    expect(await app.call('evaluation.revalidate', { id: event.id })).toEqual({ valid: 2, invalid: 0 });
    expect((await app.call('evaluation.results', { id: event.id, round: 'test' })).sessionTotal).toMatchObject({ valid: 2, invalid: 0 });
    expect(auditRows(app).at(-1)!.summary).toBe('2026年度干部述职民主测评：按现行规则重新校验测评票，有效2张，无效0张（1张结论改变）');

    await app.call('evaluation.wipeTestBallots', { id: event.id });
    await goLive();
    await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'A', '12222') });
    expect((await refusedUnchanged(app, () => app.call('evaluation.revalidate', { id: event.id }))).code).toBe('EVALUATION_LOCKED');
  });

  it('refuses a rule change that test ballots no longer fit until they are wiped', async () => {
    await app.call('evaluation.setStatus', { id: event.id, status: 'test' });
    await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'C', '12222') });
    const config = { ...event.config, categories: event.config.categories.filter((c) => c.code !== 'C') };
    const r = await refusedUnchanged(app, () => app.call('evaluation.update', { id: event.id, config }));
    expect(r.message).toBe('已有1张测试票与修改后的设置不符，请先清除测试票再修改');
  });
});

describe('anonymity', () => {
  /** Ballot i marks the five 测评对象 with the base-4 digits of i (称职/基本称职/不称职/弃权), so entry order can be read back. */
  const keysFor = (i: number) => Array.from({ length: 5 }, (_, d) => '2340'[Math.floor(i / 4 ** d) % 4]).join('');
  const indexOf = (marks: BallotMarks) =>
    marks.lines.reduce((sum, line, d) => sum + '2340'.indexOf(line.level === null ? '0' : event.config.levels.find((l) => l.code === line.level)!.key) * 4 ** d, 0);

  /** Spearman's rank correlation of a permutation of 0..n-1 against 0..n-1. */
  const rankCorrelation = (order: readonly number[]) => {
    const n = order.length;
    const d2 = order.reduce((sum, value, position) => sum + (value - position) ** 2, 0);
    return 1 - (6 * d2) / (n * (n * n - 1));
  };

  it('stores 50 kiosk ballots in an order unrelated to entry order, with no time, user or sequence', async () => {
    await goLive();
    for (let i = 0; i < 50; i++) await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'B', keysFor(i)) });
    const db = app.ctx.db;
    const stored = (db.prepare('SELECT * FROM eval_ballots').all() as { marks_json: string }[]).map((r) => indexOf(JSON.parse(r.marks_json) as BallotMarks));
    expect([...stored].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    const orders = {
      stored,
      byTicket: (db.prepare('SELECT marks_json FROM eval_ballots ORDER BY ticket_no').all() as { marks_json: string }[]).map((r) => indexOf(JSON.parse(r.marks_json) as BallotMarks)),
      byId: (db.prepare('SELECT marks_json FROM eval_ballots ORDER BY id').all() as { marks_json: string }[]).map((r) => indexOf(JSON.parse(r.marks_json) as BallotMarks)),
      // the order the issued 票号 are stored in
      tickets: (db.prepare('SELECT ticket_no FROM eval_tickets WHERE ticket_no IN (SELECT ticket_no FROM eval_ballots)').all() as { ticket_no: string }[]).map((r) =>
        indexOf(JSON.parse((db.prepare('SELECT marks_json FROM eval_ballots WHERE ticket_no = ?').get(r.ticket_no) as { marks_json: string }).marks_json) as BallotMarks)),
    };
    for (const [name, order] of Object.entries(orders)) {
      expect(order, name).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
      // |ρ| < 0.6: for a random order ρ has a standard deviation of 1/7, so this fails only for an order that follows entry
      expect(Math.abs(rankCorrelation(order)), name).toBeLessThan(0.6);
    }
    // nothing about the ballots in the audit log
    expect(auditRows(app).filter((r) => /kiosk|ballot/i.test(r.action))).toEqual([]);
  });
});
