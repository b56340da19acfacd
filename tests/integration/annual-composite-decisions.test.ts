import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompositeRow, CompositeView } from '../../shared/annual/views';
import { annualRefusal } from '../helpers/annual-app';
import { setUpSixtyYear, sixtyRules, year, type SixtyYear } from '../helpers/annual-sixty';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * Issue 10 §6 through the services, on the 60-person year: the 考核项目's full marks follow the
 * 指标体系, bulk confirmation leaves a tie at the 优秀 boundary to the committee, too few components
 * give 「数据不足」, and 不定等次 people take no rank.
 */

let app: TestApp;
let setup: SixtyYear;
beforeEach(async () => {
  app = await createTestApp();
  setup = await setUpSixtyYear(app);
});
afterEach(() => app.close());

const composite = () => app.call('annual.composite', { year });
const rowOf = (view: CompositeView, name: string): CompositeRow => view.rows.find((r) => r.name === name)!;
const id = (name: string) => setup.ids.get(name)!;

/** 机关科室 at 12%: 36 × 12% = 4.32 -> 4 places; 干部06, 01, 10 take three (03 has no “好” quarter), so the tie 干部07 / 干部08 at rank 5 sits on the boundary */
async function tieAtTheBoundary(): Promise<void> {
  await app.call('annual.saveGroups', {
    year,
    groups: setup.year.groups.map((g) => ({ id: g.id, name: g.name, excellentShare: g.name === '机关科室' ? 0.12 : g.excellentShare, goodShare: g.goodShare, rounding: g.rounding })),
  });
}

describe('按建议等次确认 and a tie at the 优秀 boundary', () => {
  it('leaves the tied block unconfirmed, names it, and still confirms everyone else', async () => {
    await tieAtTheBoundary();
    const before = await composite();
    const office = before.groups.find((g) => g.name === '机关科室')!;
    expect(office.excellentQuota).toBe(4);
    const tied = before.rows.filter((r) => r.committee);
    expect(tied.map((r) => [r.name, r.rank, r.suggested])).toEqual([['干部07', 5, 'competent'], ['干部08', 5, 'competent']]);

    const result = await app.call('annual.confirmAsSuggested', { year });
    expect(result.leftForCommittee).toEqual([{ groupName: '机关科室', rank: 5, names: ['干部07', '干部08'] }]);
    expect(result.saved).toBe(58);
    const after = await composite();
    expect(after.unconfirmed).toBe(2);
    expect([rowOf(after, '干部07').confirmed, rowOf(after, '干部08').confirmed]).toEqual([null, null]);

    // the group's own bulk path does the same
    expect(await app.call('annual.confirmAsSuggested', { year, groupId: office.id })).toEqual({ saved: 0, leftForCommittee: [{ groupName: '机关科室', rank: 5, names: ['干部07', '干部08'] }] });
  });

  it('takes the committee’s 等次 for a tied person only with its reason, even when it is the 称职 suggested meanwhile', async () => {
    await tieAtTheBoundary();
    const refused = await annualRefusal(app, () => app.call('annual.confirm', { year, entries: [{ personId: id('干部07'), outcome: 'competent' }, { personId: id('干部01'), outcome: 'excellent' }] }));
    expect(refused.code).toBe('CONFIRM_REASON_REQUIRED');
    expect(refused.message).toContain('干部07（与第5名并列，优秀名额不足，由考核委员会确定）');
    expect((await composite()).unconfirmed).toBe(60);

    await app.call('annual.confirm', { year, entries: [{ personId: id('干部07'), outcome: 'excellent', reason: '考核委员会表决：全年承担重点任务' }, { personId: id('干部08'), outcome: 'competent', reason: '考核委员会表决' }] });
    const view = await composite();
    expect([rowOf(view, '干部07').confirmed, rowOf(view, '干部08').confirmed]).toEqual(['excellent', 'competent']);
  });
});

describe('考核项目 full marks follow the 指标体系', () => {
  it('raising an item’s maximum raises the component’s full marks; no score passes 100', async () => {
    const items = await app.call('annual.items', { year });
    const duty = items.items.find((i) => i.name === '岗位职责履行')!;
    expect((await app.call('annual.year', { year })).itemsFullMarks).toBe(65);
    // the issue's case: the item raised (40 -> 70), the rules' 满分 still 65, a full score entered
    await app.call('annual.saveItem', { year, item: { id: duty.id, categoryId: duty.categoryId, name: duty.name, appliesTo: 'person', method: 'score', maxPoints: 70, stepPoints: null } });
    await app.call('annual.setScore', { year, itemId: duty.id, targetId: id('干部01'), value: 70, date: '2026-12-15', evidence: '' });
    expect((await app.call('annual.year', { year })).itemsFullMarks).toBe(95);
    const view = await composite();
    expect(view.sources).toContain('考核项目：3个个人考核项目，1个单位考核项目计入单位人员，满分95分（按指标体系各项目分值合计）');
    for (const row of view.rows) {
      for (const c of Object.values(row.components)) if (c.score !== null && c !== row.components.adjustments) expect(c.score).toBeLessThanOrEqual(100);
    }
    // 干部01: 70 + 18 (办公室 party) + articles − incidents, over 95
    const head = rowOf(view, '干部01');
    expect(head.components.items!.score).toBeCloseTo((head.components.items!.raw! / 95) * 100, 9);
  });
});

describe('数据不足 and 不定等次', () => {
  it('with every weighted part required, people missing one get 「数据不足」: a composite, but no rank and no suggestion', async () => {
    await app.call('annual.updateRules', { year, rules: { ...sixtyRules(setup.eventId), suggestionMinComponents: null } });
    const view = await composite();
    const clerk = rowOf(view, '职员01'); // no 述职测评, no 评星
    expect(clerk).toMatchObject({ rank: null, suggested: null, insufficient: true, note: '数据不足：有3项计权得分，至少需要5项' });
    expect(clerk.composite).not.toBeNull();
    // nobody short of data takes a 优秀 place
    expect(view.rows.filter((r) => r.insufficient && r.suggested === 'excellent')).toEqual([]);
    // and 按建议等次确认 leaves them for the committee
    await app.call('annual.confirmAsSuggested', { year });
    expect(rowOf(await composite(), '职员01').confirmed).toBeNull();
  });

  it('a 不定等次 person has no rank; the rules say whether the 优秀 quota counts them', async () => {
    let view = await composite();
    const probation = view.rows.find((r) => r.cap === 'undetermined')!;
    expect(probation.rank).toBeNull();
    const group = view.groups.find((g) => g.id === probation.groupId)!;
    expect(group.quotaBase).toBe(group.size);
    // 向上取整 at 20%: 36 people give 8 places (7.2), 35 give 7
    await app.call('annual.saveGroups', {
      year,
      groups: setup.year.groups.map((g) => ({ id: g.id, name: g.name, excellentShare: g.excellentShare, goodShare: g.goodShare, rounding: g.id === probation.groupId ? 'ceil' as const : g.rounding })),
    });
    const rules = sixtyRules(setup.eventId);
    await app.call('annual.updateRules', { year, rules: { ...rules, undetermined: { ...rules.undetermined, inQuotaBase: false } } });
    view = await composite();
    const now = view.groups.find((g) => g.id === probation.groupId)!;
    expect(now.quotaBase).toBe(group.size - 1);
    expect([group.size, now.excellentQuota]).toEqual([36, 7]);
    // 「年度考核方案」 shows the same quota as the composite uses
    expect((await app.call('annual.year', { year })).groups.find((g) => g.id === probation.groupId)!.excellentQuota).toBe(now.excellentQuota);
  });
});
