import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import type { AnnualRules } from '../../shared/annual/rules';
import type { AssessmentItem, CompositeRow, CompositeView } from '../../shared/annual/views';
import { annualRefusal, auditOf, confirmAllAsSuggested, createAnnualYear, type AnnualSetup } from '../helpers/annual-app';
import { levelBallot } from '../helpers/evaluation-app';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * 自动取数 考核项目 (DOMAIN §8.7) over a real SQLite file: a year with tasks, 周晒 and a 专项活动, three
 * people's 考核项目 computed by hand, the breakdown behind each figure, typed scores refused, a missing
 * figure shown as 「缺」, and a locked year keeping what it showed.
 */

const year = 2026;
let app: TestApp;
let setup: AnnualSetup;
let categoryId: number;
let campaignId: number;
/** the app's clock: the year has ended (every month judged at its last day, every week ended) unless a test turns it back */
let today: string;

const unit = (name: string) => setup.roster.units.get(name)!;
const person = (name: string) => setup.roster.people.get(name)!;
type ItemInput = ChannelInput<'annual.saveItem'>['item'];

async function item(fields: Partial<ItemInput> & Pick<ItemInput, 'name'>): Promise<AssessmentItem> {
  return app.call('annual.saveItem', { year, item: { categoryId, appliesTo: 'unit', method: 'score', maxPoints: 20, stepPoints: null, passToPeople: true, ...fields } });
}

/** a task led by `unitName`, with nodes [due, done or null] */
async function task(unitName: string, title: string, nodes: [string, string | null][]) {
  const goal = await app.call('tasks.saveItem', { year, kind: 'goal', parentId: null, title: `${title}目标` });
  const project = await app.call('tasks.saveItem', { year, kind: 'project', parentId: goal.id, title: `${title}项目` });
  const t = await app.call('tasks.saveItem', { year, kind: 'task', parentId: project.id, title, leadUnitId: unit(unitName) });
  for (const [i, [dueOn, doneOn]] of nodes.entries()) {
    await app.call('tasks.saveNode', { taskId: t.id, name: `节点${i + 1}`, dueOn, status: doneOn ? 'done' : 'doing', ...(doneOn ? { doneOn } : {}) });
  }
}

async function postWeeks(unitName: string, weeks: number[]) {
  for (const week of weeks) await app.call('weekly.saveItems', { year, week, target: { kind: 'unit', id: unit(unitName) }, items: [{ text: `第${week}周工作` }] });
}

beforeEach(async () => {
  today = '2027-01-10';
  app = await createTestApp({ today: () => today, now: () => new Date(`${today}T09:00:00+08:00`) });
  setup = await createAnnualYear(app);
  categoryId = (await app.call('annual.items', { year })).categories.find((c) => c.name === '作风建设')!.id;
  campaignId = (await app.call('campaigns.create', { year, preset: 'emancipation' })).id;
});
afterEach(() => app.close());

/** only the 考核项目 count (100%), so the composite is the items' points over their full marks */
async function itemsOnly() {
  const { rules } = await app.call('annual.year', { year });
  const components = rules.components.map((c) => ({ ...c, enabled: c.key === 'items', weight: c.key === 'items' ? 100 : 0, mode: c.key === 'adjustments' ? c.mode : ('weighted' as const) }));
  await app.call('annual.updateRules', { year, rules: { ...rules, components, suggestionMinComponents: 1 } as AnnualRules });
}

/**
 * The worked example of DOMAIN §8.7:
 * - 任务按时完成率 (单位, 20分, preset): 办公室 2 of 5 nodes on time → 40% → 8; 政治工作科 2/2 → 20;
 *   综合保障中心 2/3 → 13.33;
 * - 周晒参与率 (单位, 10分, 50%及以下得0分): weeks 44–53 expected; 办公室 8/10 → 80% → 6; 政治工作科 10/10 → 10;
 *   综合保障中心 5/10 → 0;
 * - 专项活动任务完成率 (个人, 10分): 周立新 2/2 → 10; 郭志强 1/2 → 5; 谢文涛 1/2 → 5;
 * - 科室评议平均得分 (单位, 10分, preset): 100 → 10; 85 → 8.5; 55 → 5.5;
 * - 岗位职责 (个人, typed, 50分): 45, 40, 42.
 * 满分 100: 周立新 79, 郭志强 83.5, 谢文涛 65.83.
 */
async function workedExample() {
  await task('办公室', '推行一网通办', [['2026-03-31', '2026-03-31'], ['2026-03-15', '2026-03-20'], ['2026-06-30', null], ['2026-09-30', '2026-09-28'], ['2026-11-10', '2026-12-05']]);
  await task('政治工作科', '干部教育培训', [['2026-04-30', '2026-04-30'], ['2026-10-31', '2026-10-20']]);
  await task('综合保障中心', '营区设施维护', [['2026-05-31', '2026-05-30'], ['2026-08-31', '2026-08-31'], ['2026-12-20', null]]);
  const weekly = await app.call('weekly.settings', { year });
  await app.call('weekly.setSettings', { year, settings: { ...weekly.settings, weekRule: 'thursday', startWeek: 44 } });
  await postWeeks('办公室', [44, 45, 46, 47, 48, 49, 50, 51]);
  await postWeeks('政治工作科', [44, 45, 46, 47, 48, 49, 50, 51, 52, 53]);
  await postWeeks('综合保障中心', [44, 45, 46, 47, 48]);
  const record = (name: string, dutyId: number, count: number, doneOn: string) => app.call('campaigns.setRecord', { id: campaignId, dutyId, personId: person(name), count, doneOn });
  await record('周立新', 1, 4, '2026-08-20');
  await record('周立新', 2, 1, '2026-12-28');
  await record('郭志强', 1, 4, '2026-09-05');
  await record('谢文涛', 1, 3, '2026-08-30');
  await record('谢文涛', 2, 1, '2026-12-30');
  // a closed 科室评议 (all ballots 领导班子成员): 办公室 满意, 满意 → 100; 政治工作科 基本满意, 满意 → 85; 综合保障中心 不满意, 基本满意 → 55
  const review = await app.call('evaluation.create', { name: '第二季度科室评议', year, date: '2026-06-28', unitTitle: '某区国防动员办公室', presetKey: 'unit-review', reviewPeriod: '2026-Q2' });
  const ready = await app.call('evaluation.setTargets', { id: review.id, targets: ['办公室', '政治工作科', '综合保障中心'].map((n) => ({ personId: null, unitId: unit(n), group: '' })) });
  await app.call('evaluation.setStatus', { id: review.id, status: 'live' });
  for (const keys of ['123', '112']) await app.call('evaluation.kioskSubmit', { id: review.id, marks: levelBallot(ready, 'A', keys) });
  await app.call('evaluation.close', { id: review.id });

  const tasks = await item({ name: '任务落实', source: 'tasks' });
  const weeks = await item({ name: '周晒成绩', maxPoints: 10, source: 'weekly', sourceZero: 50, sourceFull: 100 });
  const duties = await item({ name: '解放思想大讨论', appliesTo: 'person', passToPeople: false, maxPoints: 10, source: 'campaign', sourceCampaignId: campaignId });
  const reviewed = await item({ name: '群众评议', maxPoints: 10, source: 'review' });
  const typed = await item({ name: '岗位职责', appliesTo: 'person', passToPeople: false, maxPoints: 50 });
  for (const [name, value] of [['周立新', 45], ['郭志强', 40], ['谢文涛', 42]] as const) {
    await app.call('annual.setScore', { year, itemId: typed.id, targetId: person(name), value });
  }
  await itemsOnly();
  return { tasks, weeks, duties, reviewed, typed };
}

const rowOf = (view: CompositeView, name: string): CompositeRow => view.rows.find((r) => r.name === name)!;
const figureOf = (view: CompositeView, key: string | null) => view.itemFigures!.find((f) => f.key === key)!;

describe('自动取数 考核项目', () => {
  it('computes each figure and its points, and the composite of three people by hand', async () => {
    const ids = await workedExample();
    const view = await app.call('annual.composite', { year });
    expect(view.fullMarks.items).toBe(100);
    const names = new Map(view.itemInfos!.map((i) => [i.itemId, i.name]));
    const points = (name: string) => rowOf(view, name).items!.map((e) => [names.get(e.itemId), e.points]);
    expect(points('周立新')).toEqual([['任务落实', 8], ['周晒成绩', 6], ['解放思想大讨论', 10], ['群众评议', 10], ['岗位职责', 45]]);
    expect(points('郭志强')).toEqual([['任务落实', 20], ['周晒成绩', 10], ['解放思想大讨论', 5], ['群众评议', 8.5], ['岗位职责', 40]]);
    expect(points('谢文涛')).toEqual([['任务落实', 13.33], ['周晒成绩', 0], ['解放思想大讨论', 5], ['群众评议', 5.5], ['岗位职责', 42]]);
    expect(rowOf(view, '周立新')).toMatchObject({ composite: 79, components: { items: { raw: 79, part: 79 } } });
    expect(rowOf(view, '郭志强')).toMatchObject({ composite: 83.5, components: { items: { raw: 83.5 } } });
    expect(rowOf(view, '谢文涛').components.items!.raw).toBeCloseTo(65.83, 9);
    expect(rowOf(view, '谢文涛').composite).toBe(65.83);
    expect(view.sources).toContain('考核项目自动取数：任务落实（任务按时完成率），周晒成绩（周晒参与率），解放思想大讨论（专项活动任务完成率），群众评议（科室评议平均得分）；点击考核项目得分可查看取数明细');
    const reviewFigure = figureOf(view, rowOf(view, '郭志强').items![3]!.figureKey);
    expect(reviewFigure).toMatchObject({ targetName: '政治工作科', figureText: '各次评议得分合计 85 ÷ 参加评议次数 1 = 85分' });
    expect(reviewFigure.lines).toEqual([{ label: '第二季度科室评议', state: '85分', detail: '2026年第二季度，6月28日，有效票2张，第2名', counted: true }]);

    // the breakdown: the unit's figure behind a person's cell, with its list
    const zhou = rowOf(view, '周立新').items!;
    expect(view.itemInfos![0]).toMatchObject({ name: '任务落实', fromUnit: true, rule: '任务按时完成率（自动取数），得分 = 任务按时完成率 × 满分20分' });
    expect(rowOf(view, '周立新').items!.at(-1)).toEqual({ itemId: view.itemInfos!.at(-1)!.itemId, points: 45, typed: '录入45分', figureKey: null });
    const taskFigure = figureOf(view, zhou[0]!.figureKey);
    expect(taskFigure).toMatchObject({ targetName: '办公室', numerator: 2, denominator: 5, figureText: '按时完成节点 2 / 到期节点 5 = 40%', asOf: '截至2026年12月31日' });
    expect(taskFigure.lines.map((l) => [l.label, l.state, l.detail])).toEqual([
      ['推行一网通办 · 节点1', '按时完成', '时限3月31日，完成3月31日'],
      ['推行一网通办 · 节点2', '完成（逾期）', '时限3月15日，完成3月20日'],
      ['推行一网通办 · 节点3', '滞后', '时限6月30日，未完成'],
      ['推行一网通办 · 节点4', '按时完成', '时限9月30日，完成9月28日'],
      // done after its month: 滞后 in November's figures (§8.1)
      ['推行一网通办 · 节点5', '滞后', '时限11月10日，完成12月5日'],
    ]);
    const weekFigure = figureOf(view, zhou[1]!.figureKey);
    expect(weekFigure.figureText).toBe('已晒周数 8 / 应晒周数 10 = 80%');
    expect(weekFigure.lines.filter((l) => l.state === '未晒').map((l) => l.label)).toEqual(['第52周（12月21日—12月27日）', '第53周（12月28日—1月3日）']);
    expect(view.itemInfos![1]!.rule).toBe('周晒参与率（自动取数），50%及以下得0分，100%及以上得满分10分，其间按比例');
    const guo = figureOf(view, rowOf(view, '郭志强').items![2]!.figureKey);
    expect(guo.lines.map((l) => [l.label, l.state])).toEqual([['2026年解放思想大讨论活动 · 参加集中学习', '逾期完成'], ['2026年解放思想大讨论活动 · 提交心得体会', '未完成']]);

    // the score grid shows the same values read-only, with their basis
    const grid = await app.call('annual.scoreGrid', { year, appliesTo: 'unit' });
    const office = grid.rows.find((r) => r.name === '办公室')!;
    expect(office.computed![String(ids.tasks.id)]).toEqual({ points: 8, basis: '按时完成节点 2 / 到期节点 5 = 40%', missing: null });
    expect(office.total).toBe(24);
    const people = await app.call('annual.scoreGrid', { year, appliesTo: 'person' });
    expect(people.rows.find((r) => r.name === '周立新')).toMatchObject({ total: 79, fromUnit: 24 });
  });

  it('能力作风 as a component: the weighted mean of the figures, each traceable; weights must add up to 100%', async () => {
    await workedExample();
    const { rules } = await app.call('annual.year', { year });
    const only = (key: string) => rules.components.map((c) => ({ ...c, enabled: c.key === key, weight: c.key === key ? 100 : 0 }));
    const refused = await annualRefusal(app, () => app.call('annual.updateRules', { year, rules: { ...rules, components: only('conduct'), conduct: { weights: { tasks: 40, weekly: 20, review: 30, campaign: 0 }, campaignId: null } } }));
    expect(refused.message).toContain('能力作风各项取数的权重之和应为100%，当前为90%');
    // the preset: 任务 40%, 周晒 20%, 评议 40%
    await app.call('annual.updateRules', { year, rules: { ...rules, components: only('conduct'), suggestionMinComponents: 1 } });
    const view = await app.call('annual.composite', { year });
    // 0.4 × 40 + 0.2 × 80 + 0.4 × 100; 0.4 × 100 + 0.2 × 100 + 0.4 × 85; 0.4 × 66.67 + 0.2 × 50 + 0.4 × 55
    expect(rowOf(view, '周立新')).toMatchObject({ composite: 72, components: { conduct: { raw: 72 } } });
    expect(rowOf(view, '郭志强').composite).toBe(94);
    expect(rowOf(view, '谢文涛').composite).toBe(58.67);
    const entries = rowOf(view, '谢文涛').conduct!;
    expect(entries.map((e) => [e.source, e.weight])).toEqual([['tasks', 40], ['weekly', 20], ['review', 40]]);
    expect(figureOf(view, entries[0]!.figureKey)).toMatchObject({ targetName: '综合保障中心', figureText: '按时完成节点 2 / 到期节点 3 = 66.67%' });
    expect(view.sources).toContain('能力作风：任务按时完成率40%、周晒参与率20%、科室评议平均得分40%的加权平均（百分制）；点击能力作风得分可查看取数明细');
  });

  it('refuses typed scores for a 自动取数 item, and items that cannot take their source, changing nothing', async () => {
    const { tasks } = await workedExample();
    const refused = await annualRefusal(app, () => app.call('annual.setScore', { year, itemId: tasks.id, targetId: unit('办公室'), value: 18 }));
    expect(refused).toMatchObject({ code: 'SCORE_AUTO_ITEM', message: '“任务落实”按任务按时完成率自动取数，得分由系统计算，不能录入；如需手工评分，请在指标体系中把取数方式改为“录入得分”' });
    const cases: [Partial<ItemInput> & { name: string }, string][] = [
      [{ name: '按次加分', method: 'bonus', stepPoints: 1, source: 'tasks' }, '“按次加分”按任务按时完成率自动取数，计分方式应为“直接评分”'],
      [{ name: '个人任务率', appliesTo: 'person', passToPeople: false, source: 'tasks' }, '“个人任务率”按任务按时完成率自动取数，适用对象应为“单位”'],
      [{ name: '科室活动', source: 'campaign', sourceCampaignId: campaignId }, '“科室活动”按专项活动任务完成率自动取数，适用对象应为“个人”'],
      [{ name: '个人周晒', appliesTo: 'person', passToPeople: false, source: 'weekly' }, '“个人周晒”按周晒参与率自动取数，本年度周晒按科室（单位）晒，适用对象应为“单位”'],
      [{ name: '未选活动', appliesTo: 'person', passToPeople: false, source: 'campaign' }, '“未选活动”按专项活动任务完成率取数，请选择2026年度的一项专项活动'],
    ];
    for (const [fields, message] of cases) expect((await annualRefusal(app, () => item(fields))).message).toBe(message);
    // an item with typed entries cannot turn into 自动取数
    const { typed } = await app.call('annual.items', { year }).then((r) => ({ typed: r.items.find((i) => i.name === '岗位职责')! }));
    const turned = await annualRefusal(app, () => item({ ...typed, source: 'weekly', appliesTo: 'unit', passToPeople: true }));
    expect(turned.message).toBe('“岗位职责”已有3条录入的评分记录，不能改为自动取数；请先清除这些记录');
    expect(auditOf(app, 'annual.saveItem').at(-1)!.summary).toBe('新增2026年度考核项目“岗位职责”（直接评分，上限50分）');
  });

  it('周晒 按个人晒: each person’s own weeks; the audit words the source; 沿用上年方案 keeps sources but not the campaign', async () => {
    const weekly = await app.call('weekly.settings', { year });
    await app.call('weekly.setSettings', { year, settings: { ...weekly.settings, mode: 'person', weekRule: 'thursday', startWeek: 50 } });
    for (const week of [50, 51, 53]) await app.call('weekly.saveItems', { year, week, target: { kind: 'person', id: person('周立新') }, items: [{ text: `第${week}周个人工作` }] });
    const own = await item({ name: '个人周晒', appliesTo: 'person', passToPeople: false, maxPoints: 10, source: 'weekly' });
    await item({ name: '活动任务', appliesTo: 'person', passToPeople: false, maxPoints: 10, source: 'campaign', sourceCampaignId: campaignId });
    expect(auditOf(app, 'annual.saveItem').at(-1)!.summary).toBe('新增2026年度考核项目“活动任务”（直接评分，上限10分）');
    const words = app.ctx.db.prepare(`SELECT changes_json FROM audit_log WHERE action = 'annual.saveItem' ORDER BY id DESC LIMIT 1`).pluck().get() as string;
    expect(JSON.parse(words)).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: '取数方式', after: '自动取数：专项活动任务完成率（2026年解放思想大讨论活动）' }),
      expect.objectContaining({ field: '折算规则', after: '得分 = 专项活动任务完成率 × 满分10分' }),
    ]));
    const grid = await app.call('annual.scoreGrid', { year, appliesTo: 'person' });
    // 第50–53周 expected, 第52周 missed: 3/4 = 75% → 7.5
    expect(grid.rows.find((r) => r.name === '周立新')!.computed![String(own.id)]).toEqual({ points: 7.5, basis: '已晒周数 3 / 应晒周数 4 = 75%', missing: null });
    expect(grid.rows.find((r) => r.name === '郭志强')!.computed![String(own.id)]!.basis).toBe('已晒周数 0 / 应晒周数 4 = 0%');

    await app.call('annual.createYear', { year: 2027, copyFromYear: year, addParticipants: true });
    const copied = (await app.call('annual.items', { year: 2027 })).items;
    expect(copied.map((i) => [i.name, i.source, i.sourceCampaignId])).toEqual([['个人周晒', 'weekly', null], ['活动任务', 'campaign', null]]);
  });

  it('a missing figure is 「缺」 with its reason, never 0', async () => {
    await task('办公室', '推行一网通办', [['2026-03-31', '2026-03-31']]);
    await item({ name: '任务落实', source: 'tasks' });
    await itemsOnly();
    const view = await app.call('annual.composite', { year });
    expect(rowOf(view, '周立新').components.items).toMatchObject({ raw: 20, score: 100 });
    expect(rowOf(view, '郭志强').components.items).toEqual({ raw: null, score: null, part: null, missing: '任务落实：政治工作科本年度没有到期的牵头任务节点' });
    expect(rowOf(view, '郭志强').composite).toBeNull();
    const grid = await app.call('annual.scoreGrid', { year, appliesTo: 'unit' });
    expect(Object.values(grid.rows.find((r) => r.name === '政治工作科')!.computed!)).toEqual([{ points: null, basis: '政治工作科本年度没有到期的牵头任务节点', missing: '政治工作科本年度没有到期的牵头任务节点' }]);
  });

  it('a locked year keeps the figures it showed, and refuses changes to its items', async () => {
    const { weeks } = await workedExample();
    // locked on 12月10日: 周晒 counted to 第50周 (第51周 has not begun), the 心得体会 handed in later do not count yet
    today = '2026-12-10';
    await confirmAllAsSuggested(app, year);
    await app.call('annual.lock', { year });
    const frozen = await app.call('annual.composite', { year });
    const zhou = rowOf(frozen, '周立新').items!;
    expect(figureOf(frozen, zhou[1]!.figureKey)).toMatchObject({ figureText: '已晒周数 7 / 应晒周数 7 = 100%', asOf: '截至2026年12月10日' });
    expect(zhou.map((e) => e.points)).toEqual([8, 10, 5, 10, 45]);
    // weeks later the live figures would differ (80%, 2/2 duties); the locked year shows what it showed
    today = '2027-01-10';
    expect(await app.call('annual.composite', { year })).toEqual(frozen);
    const refused = await annualRefusal(app, () => item({ id: weeks.id, name: '周晒成绩', maxPoints: 10, source: 'none' }));
    expect(refused.code).toBe('YEAR_LOCKED');
  });
});
