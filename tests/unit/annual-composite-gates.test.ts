import { describe, expect, test } from 'vitest';
import { computeComposite, type CompositePersonInput, type SanctionFact } from '../../shared/annual/composite';
import { sanctionPeriodEnd } from '../../shared/annual/sanction-period';
import { input, person, rulesWith, value } from '../helpers/annual-composite-builders';

/** Gates, bands, 不定等次 and the quota walk of the year-end composite (issue 5, DOMAIN §4). */

/** the one person's row in a 2026 year of ten (so the quota is 2 and the person would be 优秀 without gates) */
function rowOf(change: Partial<CompositePersonInput>, rules = rulesWith()) {
  const others = Array.from({ length: 9 }, (_, i) => person(i + 2, {}, { leader: value(50 - i) }));
  return computeComposite(input([person(1, change), ...others], rules)).rows[0]!;
}
const sanctioned = (...sanctions: SanctionFact[]) => rowOf({ sanctions });

describe('sanctions, per type and window (preset rules, 考核年度 2026)', () => {
  test('警告 decided in the year -> not 优秀; one decided the year before does not gate', () => {
    const row = sanctioned({ type: '警告', decidedOn: '2026-03-05', months: 6 });
    expect(row.gates).toEqual([{ code: 'sanction:警告', label: '2026-03-05受警告处分，当年不得评为优秀', maxOutcome: 'competent' }]);
    expect(row.suggested).toBe('competent');
    // window 'year': decided in 2025, even though its period runs into 2026
    expect(sanctioned({ type: '警告', decidedOn: '2025-12-01', months: 6 }).gates).toEqual([]);
    expect(sanctioned({ type: '警告', decidedOn: '2027-01-05', months: 6 }).gates).toEqual([]);
  });

  test('记过 in its period -> at most 基本称职 (a 2025-06-01 decision for 12 months gates 2026, one of 2024-01-01 does not)', () => {
    const row = sanctioned({ type: '记过', decidedOn: '2025-06-01', months: 12 });
    expect(row.gates).toEqual([{ code: 'sanction:记过', label: '记过处分期间（至2026-05-31），最高为基本称职', maxOutcome: 'basic' }]);
    expect(row.cap).toBe('basic');
    expect(row.suggested).toBe('basic');
    expect(sanctioned({ type: '记过', decidedOn: '2024-01-01', months: 12 }).gates).toEqual([]);
    expect(sanctioned({ type: '记过', decidedOn: '2026-03-05', months: 12 }).gates[0]!.label).toBe('记过处分期间（至2027-03-04），最高为基本称职');
    // the period ending on 2025-12-31 does not reach 2026; one ending on 2026-01-01 does
    expect(sanctioned({ type: '记过', decidedOn: '2025-01-01', months: 12 }).gates).toEqual([]);
    expect(sanctioned({ type: '记过', decidedOn: '2025-01-02', months: 12 }).gates).toHaveLength(1);
  });

  test('记大过 in its period -> at most 基本合格 in the 事业单位 vocabulary', () => {
    const row = rowOf({ vocabulary: 'institution', sanctions: [{ type: '记大过', decidedOn: '2025-01-10', months: 18 }] });
    expect(row.gates).toEqual([{ code: 'sanction:记大过', label: '记大过处分期间（至2026-07-09），最高为基本合格', maxOutcome: 'basic' }]);
    expect(row.suggested).toBe('basic');
  });

  test.each(['降级', '撤职'] as const)('%s in its period -> 不称职', (type) => {
    const row = sanctioned({ type, decidedOn: '2025-02-01', months: 24 });
    expect(row.gates).toEqual([{ code: `sanction:${type}`, label: `${type}处分期间（至2027-01-31），定为不称职`, maxOutcome: 'fail' }]);
    expect(row.suggested).toBe('fail');
  });

  test('开除 has no end: it gates every later year', () => {
    const row = sanctioned({ type: '开除', decidedOn: '2020-04-01', months: null });
    expect(row.gates).toEqual([{ code: 'sanction:开除', label: '开除处分期间（自2020-04-01起，无截止日期），定为不称职', maxOutcome: 'fail' }]);
  });

  test('the gates follow the rules, not constants: a 警告 rule by period, a 记过 rule removed', () => {
    const rules = rulesWith((r) => {
      r.gates.sanctions = r.gates.sanctions.filter((g) => g.type !== '记过').map((g) => (g.type === '警告' ? { ...g, window: 'period' as const } : g));
    });
    const row = rowOf({ sanctions: [{ type: '警告', decidedOn: '2025-09-15', months: 6 }, { type: '记过', decidedOn: '2026-01-10', months: 12 }] }, rules);
    expect(row.gates).toEqual([{ code: 'sanction:警告', label: '警告处分期间（至2026-03-14），不得评为优秀', maxOutcome: 'competent' }]);
  });

  test('several sanctions: the most restrictive decides', () => {
    const row = sanctioned({ type: '警告', decidedOn: '2026-02-01', months: 6 }, { type: '降级', decidedOn: '2026-08-01', months: 24 }, { type: '记过', decidedOn: '2026-04-01', months: 12 });
    expect(row.gates.map((g) => g.code)).toEqual(['sanction:警告', 'sanction:降级', 'sanction:记过']);
    expect(row.cap).toBe('fail');
    expect(row.suggested).toBe('fail');
  });

  test('period ends', () => {
    expect(sanctionPeriodEnd('2026-03-05', 12)).toBe('2027-03-04');
    expect(sanctionPeriodEnd('2025-06-01', 12)).toBe('2026-05-31');
    expect(sanctionPeriodEnd('2025-01-31', 1)).toBe('2025-02-28');
    expect(sanctionPeriodEnd('2023-08-31', 6)).toBe('2024-02-29');
    expect(sanctionPeriodEnd('2025-03-01', 10)).toBe('2025-12-31');
    expect(sanctionPeriodEnd('2025-12-20', 6)).toBe('2026-06-19');
    expect(sanctionPeriodEnd('2025-12-20', null)).toBeNull();
  });
});

describe('other gates', () => {
  test('no “好” quarter gates only when the rule is on', () => {
    const quarters = ['fair', 'fair', 'average', 'fair'] as const;
    expect(rowOf({ quarters: [...quarters] }).suggested).toBe('competent');
    const off = rowOf({ quarters: [...quarters] }, rulesWith((r) => (r.gates.requireGoodQuarter = false)));
    expect(off.gates).toEqual([]);
    expect(off.suggested).toBe('excellent');
  });

  test('双十星 bar -> not 优秀, when the rules say so', () => {
    const row = rowOf({ starsBar: '少于5星 不得评优' });
    expect(row.gates).toEqual([{ code: 'stars', label: '双十星：少于5星 不得评优', maxOutcome: 'competent' }]);
    expect(row.suggested).toBe('competent');
    expect(rowOf({ starsBar: '少于5星 不得评优' }, rulesWith((r) => (r.gates.starsBarExcellent = false))).suggested).toBe('excellent');
  });

  test('score bands: below failBelow -> 不称职, below basicBelow -> 基本称职', () => {
    const rules = rulesWith((r) => (r.bands = { basicBelow: 70, failBelow: 60 }));
    // 平时考核 100 × 40% + 述职测评 × 30% + 领导评价 × 20% + 双十星 10 × 10%
    const people = [
      person(1, {}, { evaluation: value(20), leader: value(20) }), // 40 + 6 + 4 + 10 = 60 -> not below 60, below 70
      person(2, {}, { evaluation: value(10), leader: value(10) }), // 40 + 3 + 2 + 10 = 55
      person(3, {}, { evaluation: value(50), leader: value(50) }), // 40 + 15 + 10 + 10 = 75
      person(4, { vocabulary: 'institution' }, { evaluation: value(0), leader: value(0) }), // 50
    ];
    const out = computeComposite(input(people, rules));
    expect(out.rows[0]!.gates).toEqual([{ code: 'band', label: '综合得分60.00，低于70分，最高为基本称职', maxOutcome: 'basic' }]);
    expect(out.rows[1]!.gates).toEqual([{ code: 'band', label: '综合得分55.00，低于60分，定为不称职', maxOutcome: 'fail' }]);
    expect(out.rows[2]!.gates).toEqual([]);
    expect(out.rows[3]!.gates[0]!.label).toBe('综合得分50.00，低于60分，定为不合格');
    expect(out.rows.map((r) => r.suggested)).toEqual(['basic', 'fail', 'competent', 'fail']);
  });

  test('不定等次 overrides every level and is suggested as such', () => {
    const row = rowOf({ undetermined: '试用期至2027-03-01', sanctions: [{ type: '记过', decidedOn: '2026-01-01', months: 12 }] });
    expect(row.gates[0]).toEqual({ code: 'undetermined', label: '不定等次：试用期至2027-03-01', maxOutcome: 'undetermined' });
    expect(row.cap).toBe('undetermined');
    expect(row.suggested).toBe('undetermined');
    // a comment, not a 等次: no rank either
    expect(row.rank).toBeNull();
  });
});

describe('quota walk', () => {
  const quarterOnly = rulesWith((r) => {
    for (const c of r.components) Object.assign(c, c.key === 'quarters' ? { enabled: true, weight: 100 } : { enabled: false });
  });
  const scored = (scores: number[], change: (i: number) => Partial<CompositePersonInput> = () => ({})) =>
    computeComposite(input(scores.map((s, i) => person(i + 1, change(i), { quarters: value(s) })), quarterOnly));

  test('a tie across the last place gets no 优秀, with a note, and nobody below takes the place', () => {
    // 10 people, quota 2: 95 is 优秀; the two tied at 90 do not fit into the one place left
    const out = scored([95, 90, 90, 85, 80, 75, 70, 65, 60, 55]);
    expect(out.rows.map((r) => r.suggested)).toEqual(['excellent', 'competent', 'competent', 'competent', 'competent', 'competent', 'competent', 'competent', 'competent', 'competent']);
    expect(out.rows[1]!.note).toBe('与第2名并列，优秀名额不足，请考核委员会确定');
    expect(out.rows[2]!.note).toBe('与第2名并列，优秀名额不足，请考核委员会确定');
    expect(out.rows[3]!.note).toBe('');
    expect(out.groups[0]!.excellentSuggested).toBe(1);
  });

  test('a tie that fits takes the places together', () => {
    // 15 people, quota 3: 95 and the two tied at 90
    const out = scored([90, 95, 90, 85, 80, 75, 70, 65, 60, 55, 50, 45, 40, 35, 30]);
    expect(out.groups[0]).toMatchObject({ excellentQuota: 3, excellentSuggested: 3 });
    expect(out.rows.filter((r) => r.suggested === 'excellent').map((r) => r.personId)).toEqual([1, 2, 3]);
    expect(out.rows.every((r) => r.note === '')).toBe(true);
  });

  test('a gated person in a tie does not need a place', () => {
    // 95 takes one place; of the two at 90 one has a 警告, so the other fits into the last place
    const out = scored([95, 90, 90, 85, 80, 75, 70, 65, 60, 55], (i) => (i === 1 ? { sanctions: [{ type: '警告', decidedOn: '2026-06-01', months: 6 }] } : {}));
    expect(out.rows.slice(0, 4).map((r) => r.suggested)).toEqual(['excellent', 'competent', 'excellent', 'competent']);
    expect(out.rows[1]!.note).toBe('');
  });

  test('quota rounding follows the group: 四舍五入 and 向上取整', () => {
    const people = Array.from({ length: 23 }, (_, i) => person(i + 1, {}, { quarters: value(100 - i) }));
    const base = input(people, quarterOnly);
    const run = (rounding: 'round' | 'ceil', share: number) => computeComposite({ ...base, groups: [{ id: 1, excellentShare: share, rounding }] }).groups[0]!;
    expect(run('round', 0.2)).toMatchObject({ excellentQuota: 5, excellentSuggested: 5 });
    expect(run('ceil', 0.15)).toMatchObject({ excellentQuota: 4, excellentSuggested: 4 });
  });
});
