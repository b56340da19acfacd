import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditActionLabel } from '../../shared/audit/actions';
import { publicityEnd } from '../../shared/stars/publicity';
import type { AuditEntry } from '../../shared/contract/audit';
import { setQuarterGrade } from '../../electron/services/annual/quarters';
import { createAnnualYear, type AnnualSetup } from '../helpers/annual-app';
import { setUpSixtyYear, year as sixtyYear, type SixtyYear } from '../helpers/annual-sixty';
import { createPersonScheme, quarterDates, setUpStarUnit, type StarUnit } from '../helpers/stars-app';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * 操作日志 answers "who changed what" (issue 10 §7): each kind of 年度考核 and 双十星 write leaves a
 * row with its own type, whom it concerns, before → after in words and the reason given; a batch
 * is one row naming everyone; keystrokes on one grid cell are one row.
 */

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

/** The rows of one action, oldest first, as the 操作日志 page receives them. */
async function rows(action: string): Promise<AuditEntry[]> {
  const { rows: found } = await app.call('audit.list', { action, limit: 1000 });
  for (const r of found) expect(auditActionLabel(r.action), r.action).not.toBe('其他操作');
  return [...found].reverse();
}

const lastRow = async (action: string): Promise<AuditEntry> => (await rows(action)).at(-1)!;

describe('年度考核: 考核委员会确定等次', () => {
  let setup: SixtyYear;
  const year = sixtyYear;
  beforeEach(async () => {
    setup = await setUpSixtyYear(app);
  });
  const id = (name: string) => setup.ids.get(name)!;
  const suggestionOf = async (name: string) => (await app.call('annual.composite', { year })).rows.find((r) => r.name === name)!.suggested;
  const words: Record<string, string> = { excellent: '优秀', competent: '称职', basic: '基本称职', fail: '不称职' };

  it('logs a batch as one row naming each person with the 等次, the suggestion, the 等次 before and the reason', async () => {
    const suggested = (await suggestionOf('干部01'))!;
    expect(await suggestionOf('干部06')).toBe('excellent');
    const reason = '加分主要来自表彰，经考核委员会研究调整为称职';
    await app.call('annual.confirm', { year, entries: [{ personId: id('干部01'), outcome: suggested }, { personId: id('干部06'), outcome: 'competent', reason }] });

    const confirmed = await rows('annual.confirm');
    expect(confirmed).toHaveLength(1);
    const row = confirmed[0]!;
    expect(auditActionLabel(row.action)).toBe('确定年度考核等次');
    expect(row.summary).toBe(`确定2026年度考核等次：干部01 ${words[suggested]}、干部06 称职（干部06与建议等次（优秀）不同：${reason}）`);
    expect(row.subjects).toBe('2026年度考核：干部01、干部06');
    expect(row.reason).toBe(`干部06与建议等次（优秀）不同：${reason}`);
    expect(row.changes).toEqual([
      { subject: '干部01', field: '等次', before: '未确定', after: words[suggested], note: `建议等次：${words[suggested]}` },
      { subject: '干部06', field: '等次', before: '未确定', after: '称职', note: `建议等次：优秀；理由：${reason}` },
    ]);
    expect(row.before).toEqual([
      { personId: id('干部01'), name: '干部01', outcome: '未确定', reason: '', overrideReason: '' },
      { personId: id('干部06'), name: '干部06', outcome: '未确定', reason: '', overrideReason: '' },
    ]);
    expect(row.after).toMatchObject([
      { name: '干部01', suggested: words[suggested], outcome: words[suggested], reason: '' },
      { name: '干部06', suggested: '优秀', outcome: '称职', code: 'competent', reason },
    ]);

    // a change of a confirmed 等次 shows what it was
    await app.call('annual.confirm', { year, entries: [{ personId: id('干部06'), outcome: 'basic', reason: '年度内两次通报批评' }] });
    expect((await lastRow('annual.confirm')).changes).toEqual([
      { subject: '干部06', field: '等次', before: '称职', after: '基本称职', note: '建议等次：优秀；理由：年度内两次通报批评' },
    ]);

    // 撤销 names the people and the 等次 they lose
    await app.call('annual.clearConfirmation', { year, personIds: [id('干部06')] });
    const cleared = await lastRow('annual.clearConfirmation');
    expect(cleared.summary).toBe('撤销2026年度考核已确定的等次：干部06（基本称职）');
    expect(cleared.subjects).toBe('2026年度考核：干部06');
    expect(cleared.changes).toEqual([{ subject: '干部06', field: '等次', before: '基本称职', after: '未确定', note: '原理由：年度内两次通报批评；原由测试员确定' }]);
  });

  it('logs 按建议确定 as one row listing everyone, and the unlock with its reason', async () => {
    const office = setup.groupIds.get('机关科室')!;
    const saved = (await app.call('annual.confirmAsSuggested', { year, groupId: office })).saved;
    const [row] = await rows('annual.confirmAsSuggested');
    expect(auditActionLabel(row!.action)).toBe('按建议确定等次');
    expect(row!.changes).toHaveLength(saved);
    expect(row!.summary).toMatch(new RegExp(`^按建议确定2026年度考核等次（机关科室）：干部01 (优秀|称职)、.+等${saved}人$`));
    expect(row!.subjects.split('：')[1]!.split('、')).toHaveLength(saved);
    expect(row!.changes!.every((c) => c.before === '未确定' && c.note === `建议等次：${c.after}`)).toBe(true);

    await app.call('annual.confirmAsSuggested', { year });
    await app.call('annual.lock', { year });
    const locked = await lastRow('annual.lock');
    expect(locked).toMatchObject({ subjects: '2026年度考核', changes: [{ field: '年度状态', before: '未锁定', after: '已锁定' }] });
    await app.call('settings.setAdminPassword', { next: 'kaoping-2026' });
    await app.call('annual.unlock', { year, password: 'kaoping-2026', reason: '干部20第二季度等次录入错误，需更正' });
    const unlocked = await lastRow('annual.unlock');
    expect(auditActionLabel(unlocked.action)).toBe('解锁年度');
    expect(unlocked).toMatchObject({ subjects: '2026年度考核', reason: '干部20第二季度等次录入错误，需更正' });
    expect(unlocked.changes).toEqual([{ subject: '', field: '年度状态', before: '已锁定', after: '未锁定', note: expect.stringMatching(/^原由测试员于\d{4}-\d\d-\d\d锁定$/) }]);
  });
});

describe('年度考核: grids and records', () => {
  let setup: AnnualSetup;
  const year = 2026;
  beforeEach(async () => {
    setup = await createAnnualYear(app);
  });
  const id = (name: string) => setup.roster.people.get(name)!;
  const quarter = (name: string, q: 1 | 2 | 3 | 4, grade: 'good' | 'fair' | 'average' | 'poor' | 'undetermined' | null) =>
    app.call('annual.setQuarter', { year, personId: id(name), quarter: q, grade });

  it('words 平时考核 grades, and keystrokes on one cell make one row while every saved change stays traceable', async () => {
    await quarter('周立新', 2, 'fair');
    await quarter('周立新', 2, 'good');
    let logged = await rows('annual.setQuarter');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      summary: '2026年度平时考核 周立新 第二季度：未填 → 好', subjects: '2026年度平时考核：周立新',
      changes: [{ subject: '周立新', field: '第二季度', before: '未填', after: '好' }], before: { grade: null }, after: { grade: 'good' },
    });
    expect(auditActionLabel(logged[0]!.action)).toBe('平时考核等次');

    // another cell starts its own row; coming back to the first cell after it is a new row
    await quarter('黄振华', 2, 'fair');
    await quarter('周立新', 2, 'average');
    logged = await rows('annual.setQuarter');
    expect(logged.map((r) => r.summary)).toEqual([
      '2026年度平时考核 周立新 第二季度：未填 → 好',
      '2026年度平时考核 黄振华 第二季度：未填 → 较好',
      '2026年度平时考核 周立新 第二季度：好 → 一般',
    ]);

    // a run that ends where it began says so
    await quarter('何丽娟', 3, 'good');
    await quarter('何丽娟', 3, null);
    expect((await lastRow('annual.setQuarter')).summary).toBe('2026年度平时考核 何丽娟 第三季度：未填 → 未填（改后又改回，未变化）');

    // after a pause longer than the run window, the same cell starts a new row
    const later = new Date(Date.now() + 61_000);
    const at = (when: Date) => ({ ...app.ctx, now: () => when });
    setQuarterGrade(at(later), { year, personId: id('何丽娟'), quarter: 3, grade: 'poor' });
    setQuarterGrade(at(new Date(later.getTime() + 200_000)), { year, personId: id('何丽娟'), quarter: 3, grade: 'fair' });
    expect((await rows('annual.setQuarter')).slice(-3).map((r) => r.summary)).toEqual([
      '2026年度平时考核 何丽娟 第三季度：未填 → 未填（改后又改回，未变化）',
      '2026年度平时考核 何丽娟 第三季度：未填 → 较差',
      '2026年度平时考核 何丽娟 第三季度：较差 → 较好',
    ]);
  });

  it('words 考核项目 entries as the form does: 完成（20分）, 未完成（0分）, 3次（+6分）, 18.5分', async () => {
    const { categories } = await app.call('annual.items', { year });
    const save = (name: string, method: 'score' | 'done' | 'bonus' | 'deduct', maxPoints: number, stepPoints: number | null) =>
      app.call('annual.saveItem', { year, item: { categoryId: categories[0]!.id, name, appliesTo: 'person', method, maxPoints, stepPoints } });
    const done = await save('重点任务完成', 'done', 20, null);
    const bonus = await save('信息宣传采用', 'bonus', 10, 2);
    const score = await save('岗位职责履行', 'score', 40, null);
    const saveItemRow = await lastRow('annual.saveItem');
    expect(saveItemRow.changes).toEqual(expect.arrayContaining([
      { subject: '岗位职责履行', field: '计分方式', before: '无', after: '直接评分' },
      { subject: '岗位职责履行', field: '分值上限', before: '无', after: '40分' },
    ]));
    const set = (itemId: number, name: string, value: number | null) => app.call('annual.setScore', { year, itemId, targetId: id(name), value, date: '2026-11-30', evidence: '' });

    await set(done.id, '周立新', 1);
    expect(await lastRow('annual.setScore')).toMatchObject({
      summary: '2026年度考核项目评分 周立新 重点任务完成：未填 → 完成（20分）', subjects: '2026年度考核：周立新',
      changes: [{ subject: '周立新', field: '重点任务完成', before: '未填', after: '完成（20分）' }],
    });
    await set(done.id, '周立新', 0);
    expect(await rows('annual.setScore')).toHaveLength(1);
    expect((await lastRow('annual.setScore')).summary).toBe('2026年度考核项目评分 周立新 重点任务完成：未填 → 未完成（0分）');
    await set(bonus.id, '黄振华', 3);
    await set(score.id, '黄振华', 18.5);
    await set(score.id, '何丽娟', 30);
    await set(done.id, '周立新', 1);
    expect((await rows('annual.setScore')).map((r) => r.changes![0]!).map((c) => `${c.subject} ${c.field}：${c.before} → ${c.after}`)).toEqual([
      '周立新 重点任务完成：未填 → 未完成（0分）',
      '黄振华 信息宣传采用：未填 → 3次（+6分）',
      '黄振华 岗位职责履行：未填 → 18.5分',
      '何丽娟 岗位职责履行：未填 → 30分',
      '周立新 重点任务完成：未完成（0分） → 完成（20分）',
    ]);
  });

  it('names the person and keeps the reason of 加减分, 处分, 领导评价 and 不定等次', async () => {
    await app.call('annual.addAdjustment', { year, personId: id('周立新'), kind: '表彰奖励', points: 2, date: '2026-05-04', reason: '获评市级优秀青年' });
    expect(await lastRow('annual.addAdjustment')).toMatchObject({
      subjects: '2026年度考核：周立新', reason: '获评市级优秀青年',
      changes: [{ subject: '周立新', field: '加减分', before: '无', after: '表彰奖励 +2分（2026-05-04）' }],
    });
    await app.call('annual.addSanction', { year, personId: id('黄振华'), type: '警告', decidedOn: '2026-03-05', documentNo: '某纪发〔2026〕3号', reason: '违反工作纪律' });
    expect(await lastRow('annual.addSanction')).toMatchObject({
      subjects: '2026年度考核：黄振华', reason: '违反工作纪律',
      changes: [{ subject: '黄振华', field: '处分', before: '无', after: '警告（2026-03-05至2026-09-04，某纪发〔2026〕3号）' }],
    });
    await app.call('annual.setLeaderScores', { year, entries: [{ personId: id('周立新'), score: 92 }, { personId: id('黄振华'), score: 88.5 }] });
    expect(await lastRow('annual.setLeaderScores')).toMatchObject({
      subjects: '2026年度考核：周立新、黄振华',
      changes: [{ subject: '周立新', field: '领导评价', before: '未填', after: '92分' }, { subject: '黄振华', field: '领导评价', before: '未填', after: '88.5分' }],
    });
    await app.call('annual.setUndetermined', { year, personId: id('何丽娟'), override: 'yes', reason: '年内调入未满半年' });
    expect(await lastRow('annual.setUndetermined')).toMatchObject({
      subjects: '2026年度考核：何丽娟', reason: '年内调入未满半年',
      changes: [{ subject: '何丽娟', field: '不定等次认定', before: '按人员信息自动判断', after: '认定为不定等次' }],
    });
  });
});

describe('双十星: every step names the people and stars, in words, with the reasons', () => {
  let unit: StarUnit;
  let schemeId: number;
  // a finished year, so every step date is in the past
  const year = 2025;
  const d = quarterDates(year, 1);
  beforeEach(async () => {
    unit = await setUpStarUnit(app, 4);
    schemeId = (await createPersonScheme(app, year)).id;
  });
  const base = () => ({ schemeId, period: 1 });
  const [zhou, huang, he] = [0, 1, 2].map((i) => () => unit.people[i]!);

  it('logs 自评 (grid presses on one person as one row), 民主测评, 支部评定, 公示, 授星, 摘星 and 不得参评', async () => {
    const claim = (targetId: number, codes: string[]) =>
      app.call('stars.selfAssess', { ...base(), date: d.self, by: '本人', entries: [{ targetId, claims: codes.map((code) => ({ code, note: '已按要求完成' })) }] });
    // Space on 政治坚定星, then on 遵规守纪星 of the same person: one row with the claims before and after
    await claim(zhou(), ['political']);
    await claim(zhou(), ['political', 'discipline']);
    let selfRows = await rows('stars.selfAssess');
    expect(selfRows).toHaveLength(1);
    expect(selfRows[0]).toMatchObject({
      summary: '2025年度党员干部评星 第一季度自评 周立新 申报星级：无 → 政治坚定星、遵规守纪星',
      subjects: '2025年度党员干部评星 第一季度：周立新',
      changes: [{ subject: '周立新', field: '申报星级', before: '无', after: '政治坚定星、遵规守纪星' }],
    });
    expect(auditActionLabel(selfRows[0]!.action)).toBe('评星自评申报');
    // a batch of two people is one row naming both
    await app.call('stars.selfAssess', {
      ...base(), date: d.self, entries: [huang(), he()].map((targetId) => ({ targetId, claims: [{ code: 'political', note: '' }] })),
    });
    selfRows = await rows('stars.selfAssess');
    expect(selfRows).toHaveLength(2);
    expect(selfRows[1]).toMatchObject({ subjects: '2025年度党员干部评星 第一季度：黄振华、何丽娟' });
    expect(selfRows[1]!.summary).toContain('：黄振华、何丽娟');

    await app.call('stars.recordVotes', {
      ...base(), date: d.vote, entries: [{ targetId: zhou(), votes: [{ code: 'political', agree: 12, disagree: 1, score: null }, { code: 'discipline', agree: 8, disagree: 5, score: null }] }],
    });
    expect((await lastRow('stars.recordVotes')).changes).toEqual([
      { subject: '周立新', field: '政治坚定星 民主测评', before: '未录入', after: '同意12票，不同意1票' },
      { subject: '周立新', field: '遵规守纪星 民主测评', before: '未录入', after: '同意8票，不同意5票' },
    ]);

    await app.call('stars.decide', {
      ...base(), date: d.decide,
      entries: [{ targetId: zhou(), decisions: [{ code: 'political', decision: 'award', reason: '' }, { code: 'discipline', decision: 'refuse', reason: '一次组织生活缺席' }] }],
    });
    const decided = await lastRow('stars.decide');
    expect(decided).toMatchObject({
      subjects: '2025年度党员干部评星 第一季度：周立新',
      reason: '周立新“遵规守纪星”不通过，理由：一次组织生活缺席',
      changes: [
        { subject: '周立新', field: '政治坚定星', before: '未评定', after: '评定通过' },
        { subject: '周立新', field: '遵规守纪星', before: '未评定', after: '不通过', note: '理由：一次组织生活缺席' },
      ],
    });

    await app.call('stars.startPublicity', { ...base(), start: d.publicity });
    expect(await lastRow('stars.startPublicity')).toMatchObject({
      subjects: '2025年度党员干部评星 第一季度：周立新', changes: [{ field: '公示期', before: '未公示', after: `${d.publicity}至${publicityEnd(d.publicity, 5)}（5天）` }],
    });
    await app.call('stars.award', { ...base(), date: d.award });
    expect(await lastRow('stars.award')).toMatchObject({
      subjects: '2025年度党员干部评星 第一季度：周立新', changes: [{ subject: '周立新', field: '政治坚定星', before: '评定通过', after: `已授星（${d.award}）` }],
    });

    await app.call('stars.removeStar', { ...base(), targetId: zhou(), code: 'political', date: '2025-05-10', reason: '列入负面清单' });
    const removed = await lastRow('stars.removeStar');
    expect(auditActionLabel(removed.action)).toBe('摘星');
    expect(removed).toMatchObject({
      subjects: '2025年度党员干部评星 第一季度：周立新', reason: '列入负面清单',
      changes: [{ subject: '周立新', field: '政治坚定星', before: `已授星（${d.award}）`, after: '已摘星（2025-05-10）' }],
    });

    await app.call('stars.disqualify', { ...base(), targetId: huang(), reason: '处分期内', note: '2025年2月受警告处分', date: d.decide });
    const disqualified = await lastRow('stars.disqualify');
    expect(auditActionLabel(disqualified.action)).toBe('标记不得参评');
    expect(disqualified).toMatchObject({
      subjects: '2025年度党员干部评星 第一季度：黄振华', reason: '处分期内；2025年2月受警告处分',
      changes: [
        { subject: '黄振华', field: '参评资格', before: '参评', after: '不得参评（处分期内）' },
        { subject: '黄振华', field: '申报星级', before: '政治坚定星', after: '已撤回' },
      ],
    });
  });
});
