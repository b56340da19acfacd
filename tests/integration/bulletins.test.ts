import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annualRefusal, auditOf, createAnnualYear } from '../helpers/annual-app';
import { levelBallot } from '../helpers/evaluation-app';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * 月度通报 (DOMAIN §8.5) over a real SQLite file: March 2026 for five 科室, every figure worked out by
 * hand below, judged on 10 April (ISO weeks: March holds 第10–13周). Weights 40/30/30.
 *
 * | 科室 | nodes due in March | 周晒 | 科室评议 | 排名分 | rank |
 * |---|---|---|---|---|---|
 * | 办公室 | 3-10 done 3-09 按时; 3-20 done 3-25 逾期完成; 3-31 done 4-02 逾期未完成 (undone at the month's end) | 4/4 | 满意 100 | 33.33×.4+100×.3+100×.3 = 73.33 | 3 |
 * | 政治工作科 | 3-05 and 3-31 按时 (and 2-20 undone: 此前逾期, not in March's counts) | 3/4 | 基本满意 70 | 40+22.5+21 = 83.50 | 2 |
 * | 综合保障中心 | 3-12 and 3-28 undone: 逾期未完成 2 | 1/4 | 不满意 40 | 0+7.5+12 = 19.50 | 5 |
 * | 规划科 | 3-15 按时 (it only assists on 办公室's task: not counted) | 0/4 (its week-14 post is April's) | 满意 100 | 40+0+30 = 70.00 | 4 |
 * | 训练科 | none | 4/4 | not rated | only 周晒 counts: 100.00 | 1 |
 */
let app: TestApp;
let today = '2026-04-10';
let units: Record<string, number>;
let people: Record<string, number>;
beforeEach(async () => {
  today = '2026-04-10';
  app = await createTestApp({ today: () => today });
  const setup = await createAnnualYear(app);
  units = Object.fromEntries(setup.roster.units);
  people = Object.fromEntries(setup.roster.people);
  for (const name of ['规划科', '训练科']) units[name] = (await app.call('units.create', { name, parentId: setup.roster.officeId })).id;
});
afterEach(() => app.close());

const done = (dueOn: string, doneOn: string | null) => ({ dueOn, doneOn, status: doneOn ? ('done' as const) : ('todo' as const) });

async function task(lead: string, nodes: { dueOn: string; doneOn: string | null; status: 'done' | 'todo' }[], assist: string[] = []): Promise<number> {
  const goal = await app.call('tasks.saveItem', { year: 2026, kind: 'goal', parentId: null, title: `${lead}目标` });
  const project = await app.call('tasks.saveItem', { year: 2026, kind: 'project', parentId: goal.id, title: `${lead}项目` });
  const t = await app.call('tasks.saveItem', { year: 2026, kind: 'task', parentId: project.id, title: `${lead}任务`, leadUnitId: units[lead]!, assistUnitIds: assist.map((a) => units[a]!) });
  for (const [i, n] of nodes.entries()) await app.call('tasks.saveNode', { taskId: t.id, name: `节点${i + 1}`, ...n });
  return t.id;
}

const post = (name: string, weeks: number[]) =>
  Promise.all(weeks.map((week) => app.call('weekly.saveItems', { year: 2026, week, target: { kind: 'unit', id: units[name]! }, items: [{ text: `${name}第${week}周工作` }] })));

async function seedMarch(): Promise<void> {
  await task('办公室', [done('2026-03-10', '2026-03-09'), done('2026-03-20', '2026-03-25'), done('2026-03-31', '2026-04-02'), done('2026-04-15', null)], ['规划科']);
  await task('政治工作科', [done('2026-02-20', null), done('2026-03-05', '2026-03-05'), done('2026-03-31', '2026-03-31')]);
  await task('综合保障中心', [done('2026-03-12', null), done('2026-03-28', null)]);
  await task('规划科', [done('2026-03-15', '2026-03-15')]);
  await post('办公室', [10, 11, 12, 13]);
  await post('政治工作科', [10, 11, 12]);
  await post('综合保障中心', [10]);
  await post('规划科', [14]);
  await post('训练科', [10, 11, 12, 13]);
  // a closed 科室评议 for March: one ballot, 满意 / 基本满意 / 不满意 / 满意
  const event = await app.call('evaluation.create', { name: '3月科室评议', year: 2026, date: '2026-03-30', unitTitle: '某区国防动员办公室', presetKey: 'unit-review' });
  const ready = await app.call('evaluation.setTargets', { id: event.id, targets: ['办公室', '政治工作科', '综合保障中心', '规划科'].map((n) => ({ personId: null, unitId: units[n]!, group: '' })) });
  await app.call('evaluation.setStatus', { id: event.id, status: 'live' });
  await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(ready, 'A', '1231') });
  await app.call('evaluation.close', { id: event.id });
  await app.call('inspections.addNotice', { year: 2026, date: '2026-03-18', kind: 'praise', unitId: units['办公室']!, reason: '材料报送及时' });
  await app.call('inspections.addNotice', { year: 2026, date: '2026-03-25', kind: 'criticism', unitId: units['综合保障中心']!, reason: '整改不力' });
}

const text = (over: Record<string, unknown> = {}) => ({
  issueNo: 3, issuedOn: '2026-04-08', title: '关于2026年3月份工作完成情况的通报', opening: '现将3月份情况通报如下。',
  praise: ['训练科周晒每周按时晒出，予以表扬。'], criticism: ['综合保障中心2个节点逾期未完成，予以批评。'], signature: '某区国防动员办公室', ...over,
});

describe('设置', () => {
  it('presets the units leading a task or posting 周晒, 40/30/30 and the office as 落款; the next year carries the saved rules', async () => {
    await seedMarch();
    const s = await app.call('bulletins.settings', { year: 2026 });
    expect(s).toMatchObject({ saved: false, carriedFrom: null, settings: { weights: { onTime: 40, weekly: 30, review: 30 }, titleWords: '工作完成情况', signature: '某区国防动员办公室' } });
    expect(new Set(s.settings.unitIds)).toEqual(new Set(['办公室', '政治工作科', '综合保障中心', '规划科', '训练科'].map((n) => units[n])));
    const refused = await annualRefusal(app, () => app.call('bulletins.setSettings', { year: 2026, settings: { ...s.settings, weights: { onTime: 0, weekly: 0, review: 0 } } }));
    expect(refused.message).toContain('三项权重不能都为0');
    await app.call('bulletins.setSettings', { year: 2026, settings: { ...s.settings, unitIds: [units['办公室']!, units['训练科']!], weights: { onTime: 50, weekly: 50, review: 0 } } });
    expect(auditOf(app, 'bulletins.settings')).toHaveLength(1);
    await createAnnualYear(app, { year: 2027 });
    expect(await app.call('bulletins.settings', { year: 2027 })).toMatchObject({ saved: false, carriedFrom: 2026, settings: { unitIds: [units['办公室'], units['训练科']], weights: { onTime: 50, weekly: 50, review: 0 } } });
  });
});

describe('a month\'s figures', () => {
  it('counts March for five 科室 as worked out by hand, with the nodes, weeks and 评议 behind each row', async () => {
    await seedMarch();
    const view = await app.call('bulletins.view', { year: 2026, month: 3 });
    expect(view).toMatchObject({ bulletin: null, frozen: false, figures: { asOf: '2026-03-31', note: '' } });
    expect(view.figures.weeks.map((w) => w.week)).toEqual([10, 11, 12, 13]);
    expect(view.figures.reviews).toMatchObject([{ name: '3月科室评议', period: '2026-03' }]);
    const row = Object.fromEntries(view.figures.rows.map((r) => [r.unitName, r]));
    const pick = (n: string) => {
      const r = row[n]!;
      return [r.due, r.onTime, r.doneLate, r.overdue, r.carriedLate, `${r.weeksPosted}/${r.weeksExpected}`, r.reviewScore, r.praise, r.criticism, r.score, r.rank];
    };
    expect(pick('办公室')).toEqual([3, 1, 1, 1, 0, '4/4', 100, 1, 0, 73.33, 3]);
    expect(pick('政治工作科')).toEqual([2, 2, 0, 0, 1, '3/4', 70, 0, 0, 83.5, 2]);
    expect(pick('综合保障中心')).toEqual([2, 0, 0, 2, 0, '1/4', 40, 0, 1, 19.5, 5]);
    expect(pick('规划科')).toEqual([1, 1, 0, 0, 0, '0/4', 100, 0, 0, 70, 4]);
    expect(pick('训练科')).toEqual([0, 0, 0, 0, 0, '4/4', null, 0, 0, 100, 1]);
    expect(row['训练科']!.note).toBe('无任务按时完成率、评议得分，按周晒参与率100%折算');
    // traceable: the nodes, the weeks and the 评议 behind a row
    expect(row['办公室']!.nodes.map((n) => [n.taskTitle, n.nodeName, n.dueOn, n.doneOn, n.state])).toEqual([
      ['办公室任务', '节点1', '2026-03-10', '2026-03-09', 'onTime'],
      ['办公室任务', '节点2', '2026-03-20', '2026-03-25', 'doneLate'],
      ['办公室任务', '节点3', '2026-03-31', '2026-04-02', 'late'],
    ]);
    expect(row['政治工作科']!.nodes.filter((n) => n.carried).map((n) => n.dueOn)).toEqual(['2026-02-20']);
    expect([row['政治工作科']!.postedWeeks, row['政治工作科']!.missedWeeks]).toEqual([[10, 11, 12], [13]]);
    expect(row['规划科']!.reviewScores).toEqual([{ eventId: view.figures.reviews[0]!.eventId, score: 100 }]);
    // offered, never written
    expect(view.suggestions.praise.map((s) => s.unitName)).toEqual(['政治工作科']);
    expect(view.suggestions.criticism.map((s) => s.unitName)).toEqual(['综合保障中心', '办公室', '政治工作科']);
    expect(view.proposal).toMatchObject({ issueNo: 1, issuedOn: '2026-04-10', title: '关于2026年3月份工作完成情况的通报', praise: [], criticism: [], signature: '某区国防动员办公室' });
  });
});

describe('周晒 按个人', () => {
  it('counts a person\'s posting for the person\'s unit', async () => {
    const s = (await app.call('weekly.settings', { year: 2026 })).settings;
    await app.call('weekly.setSettings', { year: 2026, settings: { ...s, mode: 'person', unitIds: [units['办公室']!] } });
    for (const week of [10, 12]) await app.call('weekly.saveItems', { year: 2026, week, target: { kind: 'person', id: people['周立新']! }, items: [{ text: '完成公文审核' }] });
    await app.call('weekly.saveItems', { year: 2026, week: 12, target: { kind: 'person', id: people['黄振华']! }, items: [{ text: '完成会务保障' }] });
    const b = (await app.call('bulletins.settings', { year: 2026 })).settings;
    expect(b.unitIds).toEqual([units['办公室']]);
    const row = (await app.call('bulletins.view', { year: 2026, month: 3 })).figures.rows[0]!;
    expect([row.unitName, row.weeksPosted, row.weeksExpected, row.postedWeeks, row.missedWeeks]).toEqual(['办公室', 2, 4, [10, 12], [11, 13]]);
  });
});

describe('draft → 印发 → 撤回印发', () => {
  it('freezes the figures at 印发 so later work does not move them; 撤回印发 needs a reason and shows live figures again', async () => {
    await seedMarch();
    const draft = await app.call('bulletins.save', { year: 2026, month: 3, text: text() });
    expect(draft).toMatchObject({ frozen: false, bulletin: { status: 'draft', issueNo: 3, praise: ['训练科周晒每周按时晒出，予以表扬。'] } });
    expect((await annualRefusal(app, () => app.call('bulletins.save', { year: 2026, month: 4, text: text({ issuedOn: '2026-05-06' }) }))).message).toBe('第3期已用于2026年3月份的通报，请换一个期数');
    expect((await annualRefusal(app, () => app.call('bulletins.save', { year: 2026, month: 3, text: text({ issuedOn: '2026-02-27' }) }))).message).toBe('印发日期2026-02-27早于通报月份（2026年3月），请改为该月1日或以后');
    const issued = await app.call('bulletins.issue', { year: 2026, month: 3 });
    expect(issued).toMatchObject({ frozen: true, bulletin: { status: 'issued', issuedBy: '测试员' } });
    expect(auditOf(app, 'bulletins.issue')[0]!.summary).toBe('印发2026年3月份月度通报（第3期）：5个单位，第1名训练科（100分）（数据截至2026-03-31，印发后不再变化）');
    expect(await app.call('bulletins.list', { year: 2026 })).toEqual([{ month: 3, id: issued.bulletin!.id, issueNo: 3, title: '关于2026年3月份工作完成情况的通报', status: 'issued', issuedOn: '2026-04-08' }]);

    // later: 综合保障中心 posts week 11 late and a 科室 leaves the list; the issued 通报 does not move
    await post('综合保障中心', [11]);
    const s = (await app.call('bulletins.settings', { year: 2026 })).settings;
    await app.call('bulletins.setSettings', { year: 2026, settings: { ...s, unitIds: s.unitIds.filter((id) => id !== units['训练科']) } });
    const after = await app.call('bulletins.view', { year: 2026, month: 3 });
    expect(after.figures).toEqual(issued.figures);
    expect((await annualRefusal(app, () => app.call('bulletins.save', { year: 2026, month: 3, text: text() }))).code).toBe('BULLETIN_ISSUED');
    expect((await annualRefusal(app, () => app.call('bulletins.delete', { year: 2026, month: 3 }))).code).toBe('BULLETIN_ISSUED');
    expect((await annualRefusal(app, () => app.call('bulletins.withdraw', { year: 2026, month: 3, reason: ' ' }))).message).toContain('请填写撤回原因');

    const withdrawn = await app.call('bulletins.withdraw', { year: 2026, month: 3, reason: '综合保障中心补晒第11周，重新核对' });
    expect(withdrawn).toMatchObject({ frozen: false, bulletin: { status: 'draft', issuedAt: null } });
    expect(withdrawn.figures.rows.map((r) => r.unitName)).not.toContain('训练科');
    expect(withdrawn.figures.rows.find((r) => r.unitName === '综合保障中心')).toMatchObject({ weeksPosted: 2, score: 27 });
    const audit = app.ctx.db.prepare(`SELECT reason FROM audit_log WHERE action = 'bulletins.withdraw'`).pluck().all();
    expect(audit).toEqual(['综合保障中心补晒第11周，重新核对']);
    await app.call('bulletins.delete', { year: 2026, month: 3 });
    expect(await app.call('bulletins.list', { year: 2026 })).toEqual([]);
  });

  it('exports the 通报 as an A4 portrait .xlsx with the table by rank, the lines and the 落款', async () => {
    await seedMarch();
    await app.call('bulletins.save', { year: 2026, month: 3, text: text() });
    await app.call('bulletins.issue', { year: 2026, month: 3 });
    const file = await app.call('bulletins.export', { year: 2026, month: 3 });
    expect(file.fileName).toBe('2026年3月份月度通报（第3期）.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('月度通报')!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', printTitlesRow: '3:3' });
    const values = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
    expect(values(1)[0]).toBe('关于2026年3月份工作完成情况的通报');
    expect(values(2)).toContain('第3期');
    expect(values(3).slice(0, 3)).toEqual(['序号', '科室（单位）', '应完成节点']);
    expect(values(4)[0]).toBe('现将3月份情况通报如下。');
    expect(values(5)).toEqual([1, '训练科', 0, 0, 0, 0, '4/4', '—', 0, 0, '100.00', 1]);
    expect(values(9)).toEqual([5, '综合保障中心', 2, 0, 0, 2, '1/4', '40.00', 0, 1, '19.50', 5]);
    const tail = [10, 11, 12, 13].map((r) => String(values(r)[0]));
    expect(tail[0]).toContain('训练科无任务按时完成率、评议得分，按周晒参与率100%折算');
    expect(tail[1]).toBe('表扬：训练科周晒每周按时晒出，予以表扬。');
    expect(tail[2]).toBe('批评：综合保障中心2个节点逾期未完成，予以批评。');
    expect(tail[3]).toBe('某区国防动员办公室\u3000\u30002026年4月8日');
  });
});

describe('a locked 考核年度', () => {
  it('refuses every write of the 月度通报 and leaves the database unchanged', async () => {
    await seedMarch();
    await app.call('bulletins.save', { year: 2026, month: 3, text: text() });
    await app.call('bulletins.issue', { year: 2026, month: 3 });
    await app.call('bulletins.save', { year: 2026, month: 4, text: text({ issueNo: 4, issuedOn: '2026-05-06' }) });
    const s = (await app.call('bulletins.settings', { year: 2026 })).settings;
    today = '2026-05-10';
    app.ctx.db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = '2027-01-20T00:00:00.000Z', locked_by = '测试员', results_json = '{}' WHERE year = 2026`).run();
    const writes = [
      () => app.call('bulletins.setSettings', { year: 2026, settings: s }),
      () => app.call('bulletins.save', { year: 2026, month: 4, text: text({ issueNo: 4, issuedOn: '2026-05-06' }) }),
      () => app.call('bulletins.save', { year: 2026, month: 5, text: text({ issueNo: 5, issuedOn: '2026-06-06' }) }),
      () => app.call('bulletins.issue', { year: 2026, month: 4 }),
      () => app.call('bulletins.withdraw', { year: 2026, month: 3, reason: '重新核对' }),
      () => app.call('bulletins.delete', { year: 2026, month: 4 }),
    ];
    for (const write of writes) expect((await annualRefusal(app, write)).code).toBe('YEAR_LOCKED');
    // reading and exporting still work
    expect((await app.call('bulletins.view', { year: 2026, month: 3 })).frozen).toBe(true);
  });
});
