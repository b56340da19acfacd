import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows } from '../helpers/people-input';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { levelBallot, refusedUnchanged, setUpEvent } from '../helpers/evaluation-app';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

describe('述职测评 events', () => {
  it('offers the six presets (the 科室评议 one among them) and creates an event from one, in setup, audited', async () => {
    const presets = await app.call('evaluation.presets');
    expect(presets.map((p) => p.key)).toEqual(['civil-servant-level', 'institution-level', 'de-neng-qin-ji-lian', 'level-and-score', 'satisfaction', 'unit-review']);
    const created = await app.call('evaluation.create', { name: '2026年度述职测评', year: 2026, date: '2026-12-20', unitTitle: '某办', presetKey: 'de-neng-qin-ji-lian' });
    expect(created).toMatchObject({ status: 'setup', targets: 0, liveBallots: 0, locked: false, presetKey: 'de-neng-qin-ji-lian', ticketsIssued: 0, closedAt: null });
    expect(created.config).toEqual(presets[2]!.config);
    expect(auditRows(app).map((r) => [r.action, r.summary])).toEqual([['evaluation.create', '新建测评 2026年度述职测评（2026年度，德能勤绩廉 评分票）']]);
    expect(await app.call('evaluation.list', { year: 2026 })).toHaveLength(1);
    expect(await app.call('evaluation.list', { year: 2025 })).toHaveLength(0);
    const unknown = await refusedUnchanged(app, () => app.call('evaluation.create', { name: 'x', year: 2026, date: '2026-12-20', unitTitle: '某办', presetKey: 'nope' }));
    expect(unknown.message).toContain('没有名为“nope”的测评方案');
  });

  it('sets 测评对象 in the order given with a snapshot of name, post and unit; keeps ids on reorder', async () => {
    const event = await setUpEvent(app, { people: 3, groups: ['正职', '副职', '副职'] });
    expect(event.targetList.map((t) => [t.name, t.post, t.unitName, t.group, t.sortOrder])).toEqual([
      ['周立新', '主任', '某市国防动员办公室', '正职', 1],
      ['黄振华', '副主任', '某市国防动员办公室', '副职', 2],
      ['何丽娟', '副主任', '某市国防动员办公室', '副职', 3],
    ]);
    const reversed = [...event.targetList].reverse();
    const again = await app.call('evaluation.setTargets', { id: event.id, targets: reversed.map((t) => ({ personId: t.personId, unitId: null, group: t.group })) });
    expect(again.targetList.map((t) => t.name)).toEqual(['何丽娟', '黄振华', '周立新']);
    expect(again.targetList.map((t) => t.id)).toEqual(reversed.map((t) => t.id));
    // the snapshot stays when the roster changes later
    const person = (await app.call('people.search', {})).rows.find((p) => p.name === '周立新')!;
    const { unitName: _u, status: _s, statusDate: _d, ...fields } = person;
    await app.call('people.update', { ...fields, post: '一级调研员' });
    expect((await app.call('evaluation.get', { id: event.id })).targetList.find((t) => t.name === '周立新')!.post).toBe('主任');

    const twice = await refusedUnchanged(app, () => app.call('evaluation.setTargets', { id: event.id, targets: [{ personId: person.id, unitId: null, group: '' }, { personId: person.id, unitId: null, group: '' }] }));
    expect(twice.message).toBe('周立新 在测评对象中出现了两次（第2个）');
    const neither = await refusedUnchanged(app, () => app.call('evaluation.setTargets', { id: event.id, targets: [{ personId: null, unitId: null, group: '' }] }));
    expect(neither.message).toBe('第1个测评对象应为一名人员或一个单位');
  });

  it('takes a unit (领导班子) as a 测评对象', async () => {
    const event = await setUpEvent(app, { people: 1 });
    const unit = (await app.call('units.list'))[0]!;
    const sub = await app.call('units.create', { name: '办公室', parentId: unit.id });
    const next = await app.call('evaluation.setTargets', { id: event.id, targets: [...event.targetList.map((t) => ({ personId: t.personId, unitId: null, group: '个人' })), { personId: null, unitId: sub.id, group: '班子' }] });
    expect(next.targetList[1]).toMatchObject({ personId: null, unitId: sub.id, name: '办公室', unitName: '某市国防动员办公室', group: '班子' });
    // a unit that is a 测评对象 cannot be deleted: its results would lose their subject
    const refused = await refusedUnchanged(app, () => app.call('units.delete', { id: sub.id }));
    expect(refused.message).toBe('“办公室”是1 次述职测评的测评对象，不能删除。');
  });

  it('refuses a rule set that cannot work, naming the problem', async () => {
    const event = await setUpEvent(app);
    const config = { ...event.config, levels: event.config.levels.map((l) => ({ ...l, key: '1' })) };
    const r = await refusedUnchanged(app, () => app.call('evaluation.update', { id: event.id, config }));
    expect(r.code).toBe('EVALUATION_CONFIG_INVALID');
    expect(r.message).toContain('录入键“1”被多个等次使用');
  });

  it('locks settings and 测评对象 once live ballots exist', async () => {
    const event = await setUpEvent(app);
    await app.call('evaluation.update', { id: event.id, name: '改名后的测评' });
    await app.call('evaluation.setStatus', { id: event.id, status: 'live' });
    // live without ballots: still open
    await app.call('evaluation.update', { id: event.id, date: '2026-12-21' });
    await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'A', '12222') });
    const got = await app.call('evaluation.get', { id: event.id });
    expect(got).toMatchObject({ locked: true, liveBallots: 1, name: '改名后的测评', date: '2026-12-21' });
    for (const run of [
      () => app.call('evaluation.update', { id: event.id, name: '再改' }),
      () => app.call('evaluation.update', { id: event.id, config: { ...event.config, selfRating: true } }),
      () => app.call('evaluation.setTargets', { id: event.id, targets: [] }),
    ]) {
      const r = await refusedUnchanged(app, run);
      expect(r).toEqual({ code: 'EVALUATION_LOCKED', message: '已有正式测评票，测评设置已锁定' });
    }
    // no way back from live
    const back = await refusedUnchanged(app, () => app.call('evaluation.setStatus', { id: event.id, status: 'test' }));
    expect(back.code).toBe('EVALUATION_ALREADY_LIVE');
    // 实到 may still be entered on the day
    await app.call('evaluation.setAttendance', { id: event.id, attendance: { A: 1 } });
    const deleting = await refusedUnchanged(app, () => app.call('evaluation.delete', { id: event.id }));
    expect(deleting.message).toContain('已有正式测评票（1张），不能删除');
  });

  it('goes setup -> test -> live only once the test ballots are wiped; audits each step', async () => {
    const event = await setUpEvent(app);
    await app.call('evaluation.setStatus', { id: event.id, status: 'test' });
    await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'A', '12222') });
    await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'B', '21222') });
    expect(await app.call('evaluation.get', { id: event.id })).toMatchObject({ testBallots: 2, liveBallots: 0, locked: false });
    const early = await refusedUnchanged(app, () => app.call('evaluation.setStatus', { id: event.id, status: 'live' }));
    expect(early.message).toBe('请先清除测试票（还有2张）');
    expect((await app.call('evaluation.results', { id: event.id, round: 'test' })).sessionTotal.returned).toBe(2);
    expect((await app.call('evaluation.results', { id: event.id })).sessionTotal.returned).toBe(0);

    const testTickets = app.ctx.db.prepare(`SELECT ticket_no FROM eval_ballots WHERE round = 'test'`).pluck().all() as string[];
    expect(await app.call('evaluation.wipeTestBallots', { id: event.id })).toEqual({ wiped: 2 });
    // the 票号 the kiosk drew for the test round go with them (the round still open gets a fresh pool)
    const left = app.ctx.db.prepare('SELECT ticket_no FROM eval_tickets').pluck().all() as string[];
    expect(testTickets.filter((t) => left.includes(t))).toEqual([]);
    const live = await app.call('evaluation.setStatus', { id: event.id, status: 'live' });
    expect(live).toMatchObject({ status: 'live', testBallots: 0 });
    expect(auditRows(app).filter((r) => r.action.startsWith('evaluation.')).map((r) => r.summary)).toEqual([
      '新建测评 2026年度干部述职民主测评（2026年度，公务员年度 等次票）',
      '设置测评对象 2026年度干部述职民主测评：共5人，新增 周立新、黄振华、何丽娟、郭志强、吴明远',
      '2026年度干部述职民主测评：准备中 → 测试模式',
      '2026年度干部述职民主测评：清除测试票2张',
      '2026年度干部述职民主测评：测试模式 → 正式测评',
    ]);
  });

  it('refuses to add or remove 测评对象 while test ballots exist, but allows reordering', async () => {
    const event = await setUpEvent(app);
    await app.call('evaluation.setStatus', { id: event.id, status: 'test' });
    await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'A', '12222') });
    const fewer = await refusedUnchanged(app, () => app.call('evaluation.setTargets', { id: event.id, targets: event.targetList.slice(1).map((t) => ({ personId: t.personId, unitId: null, group: '' })) }));
    expect(fewer.message).toBe('已有测试票，增减测评对象前请先清除测试票');
    await app.call('evaluation.setTargets', { id: event.id, targets: [...event.targetList].reverse().map((t) => ({ personId: t.personId, unitId: null, group: '' })) });
  });

  it('does not go live without 测评对象', async () => {
    const created = await app.call('evaluation.create', { name: '空测评', year: 2026, date: '2026-12-20', unitTitle: '某办', presetKey: 'satisfaction' });
    const r = await refusedUnchanged(app, () => app.call('evaluation.setStatus', { id: created.id, status: 'live' }));
    expect(r.message).toBe('请先选择测评对象');
  });

  it('records 实到 per category and refuses unknown categories or more than 应到', async () => {
    const event = await setUpEvent(app, { change: (c) => ({ ...c, categories: c.categories.map((x) => ({ ...x, expected: 10, issued: 10 })) }) });
    const next = await app.call('evaluation.setAttendance', { id: event.id, attendance: { A: 8, C: 9 } });
    expect(next.attendance).toEqual({ A: 8, C: 9 });
    expect((await refusedUnchanged(app, () => app.call('evaluation.setAttendance', { id: event.id, attendance: { Z: 1 } }))).message).toBe('评委类别“Z”不在本次测评中');
    expect((await refusedUnchanged(app, () => app.call('evaluation.setAttendance', { id: event.id, attendance: { B: 11 } }))).message).toBe('中层干部的实到人数（11）不能多于应到人数（10）');
  });

  it('closes a live event: results frozen, audited, and every write refused afterwards', async () => {
    const event = await setUpEvent(app);
    await app.call('evaluation.issueTickets', { id: event.id, count: 3 });
    const sheet = await app.call('evaluation.ballotSheet', { id: event.id });
    await app.call('evaluation.setStatus', { id: event.id, status: 'live' });
    await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'A', '12222') });
    await app.call('evaluation.paperEntry', { id: event.id, ticketNo: sheet.tickets[0]!, marks: levelBallot(event, 'B', '21222'), clerk: '张', doubleEntry: false });
    const before = await app.call('evaluation.results', { id: event.id });
    const closed = await app.call('evaluation.close', { id: event.id });
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    expect(auditRows(app).at(-1)).toMatchObject({ action: 'evaluation.close', summary: '结束测评 2026年度干部述职民主测评：收回2张，有效2张，无效0张，结果已锁定' });
    expect(await app.call('evaluation.results', { id: event.id })).toEqual(before);

    const marks = levelBallot(event, 'A', '22222');
    const writes: (() => Promise<unknown>)[] = [
      () => app.call('evaluation.update', { id: event.id, name: '改' }),
      () => app.call('evaluation.setTargets', { id: event.id, targets: [] }),
      () => app.call('evaluation.setAttendance', { id: event.id, attendance: { A: 1 } }),
      () => app.call('evaluation.issueTickets', { id: event.id, count: 1 }),
      () => app.call('evaluation.setStatus', { id: event.id, status: 'live' }),
      () => app.call('evaluation.wipeTestBallots', { id: event.id }),
      () => app.call('evaluation.kioskSubmit', { id: event.id, marks }),
      () => app.call('evaluation.paperEntry', { id: event.id, ticketNo: sheet.tickets[1]!, marks, clerk: '张', doubleEntry: false }),
      () => app.call('evaluation.settleMismatch', { id: event.id, ticketNo: sheet.tickets[1]!, marks, clerk: '张' }),
      () => app.call('evaluation.revalidate', { id: event.id }),
      () => app.call('evaluation.close', { id: event.id }),
    ];
    for (const write of writes) {
      const r = await refusedUnchanged(app, write);
      expect(r).toEqual({ code: 'EVALUATION_CLOSED', message: '测评已结束，结果已锁定' });
    }
    expect((await refusedUnchanged(app, () => app.call('evaluation.delete', { id: event.id }))).code).toBe('EVALUATION_HAS_BALLOTS');
    // the frozen results survive a roster change
    const person = (await app.call('people.search', {})).rows[0]!;
    expect((await refusedUnchanged(app, () => app.call('people.delete', { id: person.id }))).code).toBe('PERSON_HAS_DATA');
  });

  it('does not close while a paper ballot awaits its second entry', async () => {
    const event = await setUpEvent(app);
    const { tickets } = await app.call('evaluation.issueTickets', { id: event.id, count: 1 });
    await app.call('evaluation.setStatus', { id: event.id, status: 'live' });
    await app.call('evaluation.paperEntry', { id: event.id, ticketNo: tickets[0]!, marks: levelBallot(event, 'B', '21222'), clerk: '甲', doubleEntry: true });
    const r = await refusedUnchanged(app, () => app.call('evaluation.close', { id: event.id }));
    expect(r).toEqual({ code: 'PAPER_ENTRY_PENDING', message: '还有1张纸质票未完成双人录入或待核对，请处理后再结束测评' });
    await app.call('evaluation.paperEntry', { id: event.id, ticketNo: tickets[0]!, marks: levelBallot(event, 'B', '21222'), clerk: '乙', doubleEntry: true });
    expect((await app.call('evaluation.close', { id: event.id })).status).toBe('closed');
  });

  it('deletes an event without live ballots, with its targets and tickets', async () => {
    const event = await setUpEvent(app);
    await app.call('evaluation.issueTickets', { id: event.id, count: 5 });
    await app.call('evaluation.delete', { id: event.id });
    expect(await app.call('evaluation.list', {})).toEqual([]);
    expect(app.ctx.db.prepare('SELECT (SELECT count(*) FROM eval_targets) + (SELECT count(*) FROM eval_tickets) AS n').get()).toEqual({ n: 0 });
    expect(auditRows(app).at(-1)).toMatchObject({ action: 'evaluation.delete', summary: '删除测评 2026年度干部述职民主测评（2026年度）' });
    expect((await refusedUnchanged(app, () => app.call('evaluation.get', { id: event.id }))).code).toBe('EVALUATION_NOT_FOUND');
  });

  it('lets a person without ballots about them be deleted (they leave the list); one with ballots is kept', async () => {
    const event = await setUpEvent(app);
    const [first, second] = event.targetList;
    await app.call('people.delete', { id: first!.personId! });
    expect((await app.call('evaluation.get', { id: event.id })).targetList.map((t) => t.name)).toEqual(['黄振华', '何丽娟', '郭志强', '吴明远']);
    await app.call('evaluation.setStatus', { id: event.id, status: 'test' });
    const now = await app.call('evaluation.get', { id: event.id });
    await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(now, 'A', '2222') });
    const r = await refusedUnchanged(app, () => app.call('people.delete', { id: second!.personId! }));
    expect(r.code).toBe('PERSON_HAS_DATA');
  });
});
