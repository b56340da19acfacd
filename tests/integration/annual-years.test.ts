import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annualRulesPreset, type AnnualRules } from '../../shared/annual/rules';
import { annualRefusal, auditOf, buildRoster, createAnnualYear, groupId, staffOf, standardRoster } from '../helpers/annual-app';
import { createTestApp, type TestApp } from '../helpers/test-context';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

const sql = <T = Record<string, unknown>>(query: string, ...args: unknown[]) => app.ctx.db.prepare(query).all(...args) as T[];
const now = '2026-12-20T08:00:00.000Z';
const participantsByGroup = async (year: number) => {
  const y = await app.call('annual.year', { year });
  const list = await app.call('annual.participants', { year });
  return Object.fromEntries(y.groups.map((g) => [g.name, list.filter((p) => p.groupId === g.id).map((p) => p.name)]));
};

describe('a 考核年度 from the preset', () => {
  it('has the preset rules, groups and categories, and every 在职 person grouped by the default rule', async () => {
    const roster = await buildRoster(app, standardRoster);
    // someone who left is not added
    await app.call('people.setStatus', { ids: [roster.people.get('曾晓红')!], status: '调离', date: '2026-05-01' });
    const year = await app.call('annual.createYear', { year: 2026 });
    expect(year).toMatchObject({ year: 2026, name: '2026年度考核', status: 'open', participants: 11, confirmed: 0, lockedAt: null, hasData: false, starScheme: null, evaluationEvents: [] });
    expect(year.rules).toEqual(annualRulesPreset);
    expect(year.groups.map((g) => [g.name, g.excellentShare, g.goodShare, g.rounding, g.size])).toEqual([
      ['班子成员', 0.2, 0.4, 'floor', 2], ['机关科室', 0.2, 0.4, 'floor', 6], ['事业单位', 0.2, 0.4, 'floor', 3],
    ]);
    expect(sql('SELECT name FROM annual_categories WHERE year = 2026 ORDER BY sort_order').map((r) => r.name)).toEqual(['主责业绩', '重点任务', '党建绩效', '作风建设']);

    expect(await participantsByGroup(2026)).toEqual({
      班子成员: ['王建国', '李红梅'],
      机关科室: ['周立新', '黄振华', '何丽娟', '郭志强', '吴明远', '林建峰'],
      事业单位: ['谢文涛', '于海涛', '袁志华'],
    });
    const people = await app.call('annual.participants', { year: 2026 });
    expect(Object.fromEntries(people.map((p) => [p.name, p.vocabulary]))).toMatchObject({ 王建国: 'civil', 何丽娟: 'civil', 谢文涛: 'institution', 袁志华: 'institution' });
    expect(people[0]).toMatchObject({ name: '王建国', unitName: '办公室', post: '主任', category: '公务员', isLeader: true, leaderScore: null, undetermined: { computed: null, override: null, overrideReason: '', effective: false } });

    expect(await app.call('annual.years')).toEqual([{ year: 2026, name: '2026年度考核', status: 'open', participants: 11, confirmed: 0, lockedAt: null, lockedBy: null }]);
    expect(auditOf(app, 'annual.createYear').map((a) => a.summary)).toEqual(['新建2026年度考核（预设方案，3个考核分组，4个指标类别，11名参加人员）']);
    const presets = await app.call('annual.presets');
    expect(presets).toEqual({ rules: annualRulesPreset, groups: ['班子成员', '机关科室', '事业单位'], categories: ['主责业绩', '重点任务', '党建绩效', '作风建设'] });
  });

  it('starts empty without addParticipants, and a year is created only once', async () => {
    await buildRoster(app, standardRoster);
    const year = await app.call('annual.createYear', { year: 2026, addParticipants: false });
    expect(year.participants).toBe(0);
    expect(year.groups.map((g) => g.size)).toEqual([0, 0, 0]);
    const again = await annualRefusal(app, () => app.call('annual.createYear', { year: 2026 }));
    expect(again).toEqual({ code: 'ANNUAL_YEAR_EXISTS', message: '2026年度考核已存在' });
    const missing = await annualRefusal(app, () => app.call('annual.createYear', { year: 2027, copyFromYear: 2020 }));
    expect(missing.message).toBe('没有2020年度考核，无法沿用其方案');
  });

  it('shows the year\'s 述职测评 events and its 双十星 党员干部 scheme', async () => {
    await createAnnualYear(app);
    const a = await app.call('evaluation.create', { name: '2026年度干部述职民主测评', year: 2026, date: '2026-12-20', unitTitle: '某区国防动员办公室', presetKey: 'civil-servant-level' });
    const b = await app.call('evaluation.create', { name: '年中测评', year: 2026, date: '2026-06-30', unitTitle: '某区国防动员办公室', presetKey: 'civil-servant-level' });
    await app.call('evaluation.create', { name: '2025年度测评', year: 2025, date: '2025-12-20', unitTitle: '某区国防动员办公室', presetKey: 'civil-servant-level' });
    const scheme = await app.call('stars.createScheme', { year: 2026, kind: 'person' });
    await app.call('stars.createScheme', { year: 2026, kind: 'org' });
    const year = await app.call('annual.year', { year: 2026 });
    expect(year.evaluationEvents).toEqual([
      { id: b.id, name: '年中测评', date: '2026-06-30', closed: false },
      { id: a.id, name: '2026年度干部述职民主测评', date: '2026-12-20', closed: false },
    ]);
    expect(year.starScheme).toEqual({ id: scheme.id, name: scheme.name });
    expect((await annualRefusal(app, () => app.call('annual.year', { year: 2030 }))).code).toBe('ANNUAL_YEAR_NOT_FOUND');
  });
});

describe('沿用上年方案', () => {
  it('copies rules, groups, categories and items with new ids, but not the events, participants or data', async () => {
    const { year: last } = await createAnnualYear(app, { year: 2025 });
    const event = await app.call('evaluation.create', { name: '2025年度述职测评', year: 2025, date: '2025-12-20', unitTitle: '某区国防动员办公室', presetKey: 'civil-servant-level' });
    const rules: AnnualRules = {
      ...last.rules,
      quarterPoints: { good: 95, fair: 85, average: 75, poor: 60 },
      evaluationEventIds: [event.id],
      undetermined: { ...last.rules.undetermined, minMonthsInPost: 12 },
    };
    await app.call('annual.updateRules', { year: 2025, rules });
    const groups = await app.call('annual.saveGroups', {
      year: 2025,
      groups: [
        { id: groupId(last, '班子成员'), name: '领导班子', excellentShare: 0.3, goodShare: 0.5, rounding: 'round' },
        { id: groupId(last, '机关科室'), name: '机关科室', excellentShare: 0.15, goodShare: 0.4, rounding: 'floor' },
        { id: groupId(last, '事业单位'), name: '事业单位', excellentShare: 0.2, goodShare: 0.4, rounding: 'ceil' },
        { name: '借调人员', excellentShare: 0.1, goodShare: 0.3, rounding: 'floor' },
      ],
    });
    // 指标体系 and data of 2025, entered directly (their channels are another part of the feature)
    const db = app.ctx.db;
    const categories = sql<{ id: number; name: string }>('SELECT id, name FROM annual_categories WHERE year = 2025 ORDER BY sort_order');
    const addItem = db.prepare(`INSERT INTO annual_items (year, category_id, name, description, applies_to, method, max_points, step_points, pass_to_people, sort_order) VALUES (2025, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const itemA = Number(addItem.run(categories[0]!.id, '主责主业完成情况', '年度目标任务', 'unit', 'score', 30, null, 1, 1).lastInsertRowid);
    addItem.run(categories[3]!.id, '发表信息', '每篇0.5分', 'person', 'bonus', 3, 0.5, 0, 2);
    const zhou = (await app.call('annual.participants', { year: 2025 })).find((p) => p.name === '周立新')!;
    db.prepare(`INSERT INTO annual_quarters (year, person_id, quarter, grade, entered_by, entered_at) VALUES (2025, ?, 1, 'good', '测试员', ?)`).run(zhou.personId, now);
    db.prepare(`INSERT INTO annual_scores (item_id, year, unit_id, value, entered_by, entered_at) VALUES (?, 2025, ?, 28, '测试员', ?)`).run(itemA, zhou.unitId, now);

    const copied = await app.call('annual.createYear', { year: 2026, copyFromYear: 2025, addParticipants: false });
    expect(copied.rules).toEqual({ ...rules, evaluationEventIds: [] });
    expect(copied.groups.map((g) => [g.name, g.excellentShare, g.goodShare, g.rounding, g.sortOrder])).toEqual(groups.groups.map((g) => [g.name, g.excellentShare, g.goodShare, g.rounding, g.sortOrder]));
    const oldGroupIds = new Set(groups.groups.map((g) => g.id));
    expect(copied.groups.every((g) => !oldGroupIds.has(g.id))).toBe(true);

    const copiedCategories = sql<{ id: number; name: string }>('SELECT id, name FROM annual_categories WHERE year = 2026 ORDER BY sort_order');
    expect(copiedCategories.map((c) => c.name)).toEqual(categories.map((c) => c.name));
    expect(copiedCategories.some((c) => categories.some((o) => o.id === c.id))).toBe(false);
    const items = sql('SELECT i.name, i.description, i.applies_to, i.method, i.max_points, i.step_points, i.pass_to_people, c.name AS category, i.id FROM annual_items i JOIN annual_categories c ON c.id = i.category_id WHERE i.year = 2026 ORDER BY i.sort_order');
    expect(items.map(({ id: _id, ...rest }) => rest)).toEqual([
      { name: '主责主业完成情况', description: '年度目标任务', applies_to: 'unit', method: 'score', max_points: 30, step_points: null, pass_to_people: 1, category: '主责业绩' },
      { name: '发表信息', description: '每篇0.5分', applies_to: 'person', method: 'bonus', max_points: 3, step_points: 0.5, pass_to_people: 0, category: '作风建设' },
    ]);
    expect(items.some((i) => i.id === itemA)).toBe(false);
    expect(copied.participants).toBe(0);
    expect(copied.hasData).toBe(false);
    expect(sql('SELECT count(*) AS n FROM annual_scores WHERE year = 2026')).toEqual([{ n: 0 }]);
    expect(sql('SELECT count(*) AS n FROM annual_quarters WHERE year = 2026')).toEqual([{ n: 0 }]);
    expect(auditOf(app, 'annual.createYear')[1]!.summary).toBe('新建2026年度考核（沿用2025年度考核方案，4个考核分组，4个指标类别，2个考核项目，0名参加人员）');
    // last year is untouched
    expect((await app.call('annual.year', { year: 2025 })).rules.evaluationEventIds).toEqual([event.id]);
    expect(sql('SELECT count(*) AS n FROM annual_items WHERE year = 2025')).toEqual([{ n: 2 }]);
  });

  it('joins this year\'s 在职 people into the copied groups by the default rule', async () => {
    await createAnnualYear(app, { year: 2025 });
    const copied = await app.call('annual.createYear', { year: 2026, copyFromYear: 2025 });
    expect(copied.participants).toBe(12);
    expect(await participantsByGroup(2026)).toEqual(await participantsByGroup(2025));
  });
});

describe('考核分组 and quotas', () => {
  it('computes the 优秀 and “好” quotas from the group size and its rounding rule', async () => {
    const { year } = await createAnnualYear(app, { people: [...standardRoster.slice(0, 2), ...staffOf('机关各科', 23)] });
    const office = year.groups.find((g) => g.name === '机关科室')!;
    expect(office).toMatchObject({ size: 23, excellentShare: 0.2, excellentQuota: 4, goodShare: 0.4, goodQuota: 9 });
    expect(year.groups.find((g) => g.name === '班子成员')).toMatchObject({ size: 2, excellentQuota: 0, goodQuota: 0 });

    const rounded = await app.call('annual.saveGroups', {
      year: 2026,
      groups: year.groups.map((g) => (g.id === office.id ? { ...g, rounding: 'round' as const } : g)),
    });
    expect(rounded.groups.find((g) => g.id === office.id)).toMatchObject({ excellentQuota: 5, goodQuota: 9 });
    const up = await app.call('annual.saveGroups', {
      year: 2026,
      groups: year.groups.map((g) => (g.id === office.id ? { ...g, rounding: 'ceil' as const, excellentShare: 0.1 } : g)),
    });
    expect(up.groups.find((g) => g.id === office.id)).toMatchObject({ excellentQuota: 3, goodQuota: 10 });
  });

  it('refuses a change of shares or members that would leave entered “好” or confirmed 优秀 over the new quota', async () => {
    const { year, roster } = await createAnnualYear(app, { people: [...standardRoster.slice(0, 2), ...staffOf('机关各科', 23)] });
    const office = year.groups.find((g) => g.name === '机关科室')!;
    const staff = [...roster.people.entries()].filter(([name]) => name.startsWith('干部')).map(([, id]) => id);
    const db = app.ctx.db;
    // 9 “好” in Q2: the whole quota of 23 people at 40%
    for (const id of staff.slice(0, 9)) db.prepare(`INSERT INTO annual_quarters (year, person_id, quarter, grade, entered_by, entered_at) VALUES (2026, ?, 2, 'good', '测试员', ?)`).run(id, now);
    const withShare = (share: Partial<typeof office>) => year.groups.map((g) => (g.id === office.id ? { ...g, ...share } : g));

    const lower = await annualRefusal(app, () => app.call('annual.saveGroups', { year: 2026, groups: withShare({ goodShare: 0.3 }) }));
    expect(lower).toEqual({ code: 'ANNUAL_QUOTA_EXCEEDED', message: '调整后“机关科室”共23人，“好”等次名额为6人，但第二季度已评“好”9人；请先修改平时考核等次，或调整分组比例' });
    // one person fewer: 22 × 40% = 8 places for 9 “好”
    const leaving = staff[20]!;
    const remove = await annualRefusal(app, () => app.call('annual.removeParticipants', { year: 2026, personIds: [leaving] }));
    expect(remove.message).toBe('调整后“机关科室”共22人，“好”等次名额为8人，但第二季度已评“好”9人；请先修改平时考核等次，或调整分组比例');
    expect((await annualRefusal(app, () => app.call('annual.updateParticipants', { year: 2026, personIds: [leaving], groupId: groupId(year, '班子成员') }))).code).toBe('ANNUAL_QUOTA_EXCEEDED');
    // two “好” people moving to a group with room for one
    expect((await annualRefusal(app, () => app.call('annual.updateParticipants', { year: 2026, personIds: [staff[0]!, staff[1]!], groupId: groupId(year, '班子成员') }))).message)
      .toBe('调整后“班子成员”共4人，“好”等次名额为1人，但第二季度已评“好”2人；请先修改平时考核等次，或调整分组比例');
    // raising the share makes room; then the same removal is fine
    await app.call('annual.saveGroups', { year: 2026, groups: withShare({ goodShare: 0.5 }) });
    expect(await app.call('annual.removeParticipants', { year: 2026, personIds: [leaving] })).toEqual({ removed: 1 });

    // 4 优秀 confirmed within the quota of 22 × 20% = 4; one more confirmed by the committee's override does not count
    for (const [i, id] of staff.slice(0, 5).entries()) {
      db.prepare(`UPDATE annual_participants SET confirmed = 'excellent', confirmed_at = ?, override_reason = ? WHERE year = 2026 AND person_id = ?`).run(now, i === 4 ? '抗洪抢险表现突出，经考核委员会研究同意' : '', id);
    }
    const excellent = await annualRefusal(app, () => app.call('annual.saveGroups', { year: 2026, groups: withShare({ goodShare: 0.5, excellentShare: 0.15 }) }));
    expect(excellent.message).toBe('调整后“机关科室”共22人，优秀名额为3人，但已确定优秀4人；请先撤销部分确定，或调整分组比例');

    // what was already over before a change does not hold up an unrelated one
    db.prepare(`UPDATE annual_participants SET override_reason = '' WHERE year = 2026`).run();
    const renamed = await app.call('annual.saveGroups', { year: 2026, groups: withShare({ name: '机关干部', goodShare: 0.5 }) });
    expect(renamed.groups.find((g) => g.id === office.id)).toMatchObject({ name: '机关干部', excellentQuota: 4 });
  });

  it('keeps ids, swaps names, adds and drops empty groups, in the given order, with an audit row', async () => {
    const { year } = await createAnnualYear(app);
    const [leaders, office, institution] = year.groups;
    const saved = await app.call('annual.saveGroups', {
      year: 2026,
      groups: [
        { ...office!, name: '事业单位' },
        { ...institution!, name: '机关科室' },
        { ...leaders! },
        { name: '正职', excellentShare: 0.25, goodShare: 0.4, rounding: 'floor' },
      ],
    });
    expect(saved.groups.map((g) => [g.id, g.name, g.sortOrder, g.size])).toEqual([
      [office!.id, '事业单位', 1, 6], [institution!.id, '机关科室', 2, 4], [leaders!.id, '班子成员', 3, 2], [expect.any(Number), '正职', 4, 0],
    ]);
    const audit = auditOf(app, 'annual.saveGroups');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toBe('修改2026年度考核的考核分组：事业单位（优秀20%，“好”40%，向下取整）；机关科室（优秀20%，“好”40%，向下取整）；班子成员（优秀20%，“好”40%，向下取整）；正职（优秀25%，“好”40%，向下取整）');
    // saving the same list again writes nothing
    await app.call('annual.saveGroups', { year: 2026, groups: saved.groups });
    expect(auditOf(app, 'annual.saveGroups')).toHaveLength(1);

    const dropped = await app.call('annual.saveGroups', { year: 2026, groups: saved.groups.filter((g) => g.name !== '正职') });
    expect(dropped.groups.map((g) => g.name)).toEqual(['事业单位', '机关科室', '班子成员']);
  });

  it('refuses to drop a group with participants, naming it, and refuses repeated names', async () => {
    const { year } = await createAnnualYear(app);
    const noOffice = year.groups.filter((g) => g.name !== '机关科室');
    const r = await annualRefusal(app, () => app.call('annual.saveGroups', { year: 2026, groups: noOffice }));
    expect(r).toEqual({ code: 'ANNUAL_GROUP_IN_USE', message: '“机关科室”还有6名参加人员，不能删除；请先把这些人员调到其他分组' });
    const twice = await annualRefusal(app, () => app.call('annual.saveGroups', { year: 2026, groups: [...year.groups, { name: '机关科室', excellentShare: 0.2, goodShare: 0.4, rounding: 'floor' }] }));
    expect(twice).toEqual({ code: 'ANNUAL_GROUP_TWICE', message: '第4个考核分组的名称“机关科室”与前面的分组重复' });
    const foreign = await annualRefusal(app, () => app.call('annual.saveGroups', { year: 2026, groups: [...year.groups, { id: 9999, name: '其他', excellentShare: 0.2, goodShare: 0.4, rounding: 'floor' }] }));
    expect(foreign.code).toBe('ANNUAL_GROUP_NOT_FOUND');
    const empty = await annualRefusal(app, () => app.call('annual.saveGroups', { year: 2026, groups: [] }));
    expect(empty.message).toBe('输入有误：至少需要一个考核分组');
  });
});

describe('rules', () => {
  it('are saved with an audit row of before and after, and checked against the year', async () => {
    const { year } = await createAnnualYear(app);
    const rules: AnnualRules = { ...year.rules, quartersRequired: 3, gates: { ...year.rules.gates, requireGoodQuarter: false } };
    const saved = await app.call('annual.updateRules', { year: 2026, rules });
    expect(saved.rules).toEqual(rules);
    const [audit] = auditOf(app, 'annual.updateRules');
    expect(audit).toMatchObject({ summary: '修改2026年度考核的考核规则', before: annualRulesPreset, after: rules });

    const other = await app.call('evaluation.create', { name: '2025年度述职测评', year: 2025, date: '2025-12-20', unitTitle: '某区国防动员办公室', presetKey: 'civil-servant-level' });
    const r = await annualRefusal(app, () => app.call('annual.updateRules', { year: 2026, rules: { ...rules, evaluationEventIds: [other.id] } }));
    expect(r).toEqual({ code: 'ANNUAL_RULES_INVALID', message: `所选述职测评（编号${other.id}）不是2026年度的测评，可能已被删除，请重新选择` });
    const day = await annualRefusal(app, () => app.call('annual.updateRules', { year: 2026, rules: { ...rules, undetermined: { ...rules.undetermined, referenceDay: '02-30' } } }));
    expect(day.message).toBe('不定等次的基准日“02-30”不是有效日期，请按 MM-DD 填写，例如 12-31');
    const weights = await annualRefusal(app, () => app.call('annual.updateRules', { year: 2026, rules: { ...rules, components: rules.components.map((c) => (c.key === 'quarters' ? { ...c, weight: 50 } : c)) } }));
    expect(weights.message).toBe('输入有误：计入权重的各部分权重之和应为100%，当前为110%');

    const mine = await app.call('evaluation.create', { name: '2026年度述职测评', year: 2026, date: '2026-12-20', unitTitle: '某区国防动员办公室', presetKey: 'civil-servant-level' });
    expect((await app.call('annual.updateRules', { year: 2026, rules: { ...rules, evaluationEventIds: [mine.id] } })).rules.evaluationEventIds).toEqual([mine.id]);
  });
});

describe('participants', () => {
  it('join with a chosen group or by the default rule, once each; unknown people are refused', async () => {
    const { year, roster } = await createAnnualYear(app, { addParticipants: false });
    const ids = [...roster.ids];
    const wang = ids[0]!;
    expect(await app.call('annual.addParticipants', { year: 2026, personIds: [wang], groupId: groupId(year, '机关科室') })).toEqual({ added: 1 });
    expect(await app.call('annual.addParticipants', { year: 2026, personIds: ids })).toEqual({ added: 11 });
    expect(await app.call('annual.addParticipants', { year: 2026, personIds: ids })).toEqual({ added: 0 });
    expect((await participantsByGroup(2026)).机关科室).toContain('王建国');
    expect(auditOf(app, 'annual.addParticipants').map((a) => a.summary)).toEqual([
      '2026年度考核加入参加人员1名：王建国',
      '2026年度考核加入参加人员11名：李红梅、周立新、黄振华、何丽娟、郭志强、吴明远、林建峰、谢文涛、于海涛、袁志华等11人',
    ]);
    const unknown = await annualRefusal(app, () => app.call('annual.addParticipants', { year: 2026, personIds: [wang, 99999] }));
    expect(unknown).toEqual({ code: 'PERSON_NOT_FOUND', message: '人员（编号99999）不存在，可能已被删除，请刷新后重试' });
    const badGroup = await annualRefusal(app, () => app.call('annual.addParticipants', { year: 2026, personIds: [wang], groupId: 99999 }));
    expect(badGroup.code).toBe('ANNUAL_GROUP_NOT_FOUND');
  });

  it('move between groups and vocabularies; a confirmed 等次 holds them in place', async () => {
    const { year, roster } = await createAnnualYear(app);
    const [zhou, xie] = [roster.people.get('周立新')!, roster.people.get('谢文涛')!];
    expect(await app.call('annual.updateParticipants', { year: 2026, personIds: [zhou, xie], groupId: groupId(year, '班子成员') })).toEqual({ saved: 2 });
    expect(await app.call('annual.updateParticipants', { year: 2026, personIds: [xie], vocabulary: 'civil' })).toEqual({ saved: 1 });
    const list = await app.call('annual.participants', { year: 2026 });
    expect(list.filter((p) => p.groupId === groupId(year, '班子成员')).map((p) => p.name)).toEqual(['王建国', '李红梅', '周立新', '谢文涛']);
    expect(list.find((p) => p.personId === xie)!.vocabulary).toBe('civil');
    expect(auditOf(app, 'annual.updateParticipants').map((a) => a.summary)).toEqual([
      '2026年度考核：周立新、谢文涛调入“班子成员”',
      '2026年度考核：谢文涛等次类别改为公务员（参公）',
    ]);
    expect((await annualRefusal(app, () => app.call('annual.updateParticipants', { year: 2026, personIds: [zhou] }))).message).toBe('请选择要调整的考核分组或等次类别');

    app.ctx.db.prepare(`UPDATE annual_participants SET confirmed = 'competent', confirmed_at = ?, confirmed_by = '考核委员会' WHERE year = 2026 AND person_id = ?`).run(now, zhou);
    const held = await annualRefusal(app, () => app.call('annual.updateParticipants', { year: 2026, personIds: [zhou], groupId: groupId(year, '机关科室') }));
    expect(held).toEqual({ code: 'PARTICIPANT_CONFIRMED', message: '周立新的等次已由考核委员会确定，不能再调整考核分组或等次类别；如确需调整，请先在「综合评定」中撤销确定' });
    const outsider = (await buildRoster(app, [{ name: '新同志', unit: '办公室' }])).people.get('新同志')!;
    const notIn = await annualRefusal(app, () => app.call('annual.updateParticipants', { year: 2026, personIds: [outsider], vocabulary: 'civil' }));
    expect(notIn).toEqual({ code: 'NOT_A_PARTICIPANT', message: '新同志不在2026年度考核的参加人员中，请先在「年度考核方案」中加入' });
  });

  it('show 不定等次 computed from 试用期 and 入职时间, overridden with a reason', async () => {
    const { roster } = await createAnnualYear(app, {
      people: [
        ...standardRoster,
        { name: '新录用', unit: '办公室', category: '公务员', hireDate: '2026-03-01', probationEnd: '2027-03-01' },
        { name: '新调入', unit: '政治工作科', category: '公务员', hireDate: '2026-09-01' },
        { name: '老同志', unit: '政治工作科', category: '公务员', hireDate: '2010-09-01', probationEnd: '2011-09-01' },
      ],
    });
    const undetermined = async () => Object.fromEntries((await app.call('annual.participants', { year: 2026 })).filter((p) => p.name.startsWith('新') || p.name === '老同志').map((p) => [p.name, p.undetermined]));
    expect(await undetermined()).toEqual({
      新录用: { computed: '试用期至2027-03-01', override: null, overrideReason: '', effective: true },
      新调入: { computed: '2026-09-01入职，不满6个月', override: null, overrideReason: '', effective: true },
      老同志: { computed: null, override: null, overrideReason: '', effective: false },
    });

    const [newHire, old] = [roster.people.get('新录用')!, roster.people.get('老同志')!];
    const noReason = await annualRefusal(app, () => app.call('annual.setUndetermined', { year: 2026, personId: newHire, override: 'no', reason: '  ' }));
    expect(noReason).toEqual({ code: 'REASON_REQUIRED', message: '请填写新录用认定为评定等次的理由' });
    expect((await app.call('annual.setUndetermined', { year: 2026, personId: newHire, override: 'no', reason: '已提前转正（X人〔2026〕12号）' })).undetermined)
      .toEqual({ computed: '试用期至2027-03-01', override: 'no', overrideReason: '已提前转正（X人〔2026〕12号）', effective: false });
    expect((await app.call('annual.setUndetermined', { year: 2026, personId: old, override: 'yes', reason: '全年病休' })).undetermined)
      .toEqual({ computed: null, override: 'yes', overrideReason: '全年病休', effective: true });
    expect((await app.call('annual.setUndetermined', { year: 2026, personId: newHire, override: null })).undetermined)
      .toEqual({ computed: '试用期至2027-03-01', override: null, overrideReason: '', effective: true });
    expect(auditOf(app, 'annual.setUndetermined').map((a) => a.summary)).toEqual([
      '2026年度考核：新录用认定为评定等次（已提前转正（X人〔2026〕12号））',
      '2026年度考核：老同志认定为不定等次（全年病休）',
      '2026年度考核：新录用按人员信息自动判断',
    ]);

    // the rule is data: switching off the months rule clears 新调入
    const year = await app.call('annual.year', { year: 2026 });
    await app.call('annual.updateRules', { year: 2026, rules: { ...year.rules, undetermined: { ...year.rules.undetermined, minMonthsInPost: 0 } } });
    expect((await undetermined()).新调入).toMatchObject({ computed: null, effective: false });
  });

  it('leave the year only without data of the year, the refusal naming each person and what exists', async () => {
    const { year, roster } = await createAnnualYear(app);
    const [zhou, huang, he, lin] = ['周立新', '黄振华', '何丽娟', '林建峰'].map((n) => roster.people.get(n)!);
    const db = app.ctx.db;
    db.prepare(`INSERT INTO annual_quarters (year, person_id, quarter, grade, entered_by, entered_at) VALUES (2026, ?, 1, 'good', '测试员', ?), (2026, ?, 2, 'fair', '测试员', ?)`).run(zhou, now, zhou, now);
    db.prepare('UPDATE annual_participants SET leader_score = 92 WHERE year = 2026 AND person_id = ?').run(zhou);
    db.prepare(`INSERT INTO annual_adjustments (year, person_id, kind, points, date, reason, entered_by, entered_at) VALUES (2026, ?, '通报表扬', 1, '2026-05-01', '抗洪抢险', '测试员', ?)`).run(huang, now);
    db.prepare(`UPDATE annual_participants SET confirmed = 'competent', confirmed_at = ?, confirmed_by = '考核委员会' WHERE year = 2026 AND person_id = ?`).run(now, he);
    const category = (db.prepare('SELECT id FROM annual_categories WHERE year = 2026 ORDER BY sort_order LIMIT 1').get() as { id: number }).id;
    const item = Number(db.prepare(`INSERT INTO annual_items (year, category_id, name, applies_to, method, max_points, sort_order) VALUES (2026, ?, '业务工作', 'person', 'score', 20, 1)`).run(category).lastInsertRowid);
    db.prepare(`INSERT INTO annual_scores (item_id, year, person_id, value, entered_by, entered_at) VALUES (?, 2026, ?, 18, '测试员', ?)`).run(item, lin, now);

    const r = await annualRefusal(app, () => app.call('annual.removeParticipants', { year: 2026, personIds: [zhou, huang, he, lin] }));
    expect(r).toEqual({
      code: 'PARTICIPANT_HAS_DATA',
      message: '周立新已有平时考核等次2个季度、领导评价分；黄振华已有加减分记录1条；何丽娟已有已确定的等次；林建峰已有考核项目评分1条，不能移出2026年度考核。如确需移出，请先删除其本年度的考核数据',
    });
    const wu = roster.people.get('吴明远')!;
    expect((await annualRefusal(app, () => app.call('annual.removeParticipants', { year: 2026, personIds: [wu, zhou] }))).code).toBe('PARTICIPANT_HAS_DATA');

    expect(await app.call('annual.removeParticipants', { year: 2026, personIds: [wu] })).toEqual({ removed: 1 });
    expect((await app.call('annual.year', { year: 2026 })).groups.find((g) => g.id === groupId(year, '机关科室'))!.size).toBe(5);
    expect(auditOf(app, 'annual.removeParticipants')[0]).toMatchObject({ summary: '2026年度考核移出参加人员1名：吴明远', before: [{ personId: wu, name: '吴明远', group: '机关科室', vocabulary: '公务员（参公）' }] });
  });

  it('keep their person on the roster: a participant cannot be hard-deleted', async () => {
    const { roster } = await createAnnualYear(app);
    const r = await annualRefusal(app, () => app.call('people.delete', { id: roster.people.get('周立新')! }));
    expect(r.code).toBe('PERSON_HAS_DATA');
    await app.call('annual.removeParticipants', { year: 2026, personIds: [roster.people.get('周立新')!] });
    await app.call('annual.deleteYear', { year: 2026 });
    await app.call('people.delete', { id: roster.people.get('周立新')! });
  });
});

describe('deleting a year', () => {
  it('removes its setup (items, categories, participants, groups) with an audit row', async () => {
    await createAnnualYear(app, { year: 2025 });
    const db = app.ctx.db;
    const category = (db.prepare('SELECT id FROM annual_categories WHERE year = 2025 ORDER BY sort_order LIMIT 1').get() as { id: number }).id;
    db.prepare(`INSERT INTO annual_items (year, category_id, name, applies_to, method, max_points, sort_order) VALUES (2025, ?, '业务工作', 'person', 'score', 20, 1)`).run(category);
    await app.call('annual.createYear', { year: 2026, copyFromYear: 2025 });

    await app.call('annual.deleteYear', { year: 2025 });
    for (const table of ['annual_years', 'annual_groups', 'annual_participants', 'annual_categories', 'annual_items']) {
      expect(sql(`SELECT count(*) AS n FROM ${table} WHERE year = 2025`), table).toEqual([{ n: 0 }]);
      expect((sql(`SELECT count(*) AS n FROM ${table} WHERE year = 2026`)[0] as { n: number }).n, table).toBeGreaterThan(0);
    }
    expect(auditOf(app, 'annual.deleteYear').map((a) => a.summary)).toEqual(['删除2025年度考核（3个考核分组，4个指标类别，1个考核项目，12名参加人员）']);
    expect((await app.call('annual.years')).map((y) => y.year)).toEqual([2026]);
    expect((await annualRefusal(app, () => app.call('annual.deleteYear', { year: 2025 }))).code).toBe('ANNUAL_YEAR_NOT_FOUND');
  });

  it('is refused once the year holds data, naming what it holds', async () => {
    const { roster } = await createAnnualYear(app);
    const db = app.ctx.db;
    db.prepare(`INSERT INTO annual_quarters (year, person_id, quarter, grade, entered_by, entered_at) VALUES (2026, ?, 1, 'good', '测试员', ?)`).run(roster.ids[2], now);
    db.prepare('UPDATE annual_participants SET leader_score = 90 WHERE year = 2026 AND person_id IN (?, ?)').run(roster.ids[2], roster.ids[3]);
    expect((await app.call('annual.year', { year: 2026 })).hasData).toBe(true);
    const r = await annualRefusal(app, () => app.call('annual.deleteYear', { year: 2026 }));
    expect(r).toEqual({ code: 'ANNUAL_YEAR_HAS_DATA', message: '2026年度考核已有平时考核等次1条、领导评价分2人，不能删除' });
  });
});
