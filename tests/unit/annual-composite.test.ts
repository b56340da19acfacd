import { describe, expect, test } from 'vitest';
import { computeComposite } from '../../shared/annual/composite';
import { quartersRaw } from '../../shared/annual/components';
import type { QuarterGrade } from '../../shared/annual/rules';
import { input, missing, person, rulesWith, value } from '../helpers/annual-composite-builders';

/** The year-end composite (issue 5, DOMAIN §4 and §6): components, parts, missing policies, ranks. */

describe('DOMAIN §6 worked examples', () => {
  test('normalised composite: 92 (max 95) × 40 + 88 (max 90) × 30 -> 38.74 + 29.33 = 68.07 with parts rounded', () => {
    // 领导评价 40% and 述职测评 30% normalised to the group's best; the remaining 30% is a 考核项目 score of 0
    const rules = rulesWith((r) => {
      for (const c of r.components) c.enabled = false;
      Object.assign(r.components.find((c) => c.key === 'leader')!, { enabled: true, weight: 40, normalize: true });
      Object.assign(r.components.find((c) => c.key === 'evaluation')!, { enabled: true, weight: 30, normalize: true });
      Object.assign(r.components.find((c) => c.key === 'items')!, { enabled: true, weight: 30 });
      r.roundParts = true;
    });
    const raw = (leader: number, evaluation: number) => ({ leader: value(leader), evaluation: value(evaluation), items: value(0) });
    const out = computeComposite(input([person(1, {}, raw(92, 88)), person(2, {}, raw(95, 80)), person(3, {}, raw(70, 90))], rules));
    const first = out.rows[0]!;
    expect(first.components.leader).toEqual({ raw: 92, score: 96.84, part: 38.74, missing: null });
    expect(first.components.evaluation).toEqual({ raw: 88, score: 97.78, part: 29.33, missing: null });
    expect(first.composite).toBe(68.07);
    // disabled components give no figure
    expect(first.components.quarters).toBeUndefined();
    expect(first.components.stars).toBeUndefined();
    expect(first.components.adjustments).toBeUndefined();
  });

  test('normalised composite: 92/95 × 40 + 88/90 × 60, the exact sum printed to the cent and shared out over the parts', () => {
    const rules = rulesWith((r) => {
      for (const c of r.components) c.enabled = false;
      Object.assign(r.components.find((c) => c.key === 'leader')!, { enabled: true, weight: 40, normalize: true });
      Object.assign(r.components.find((c) => c.key === 'evaluation')!, { enabled: true, weight: 60, normalize: true });
    });
    const out = computeComposite(input([person(1, {}, { leader: value(92), evaluation: value(88) }), person(2, {}, { leader: value(95), evaluation: value(90) })], rules));
    // 38.7368… + 58.6666… = 97.4035… -> 97.40; floors 38.73 + 58.66 = 97.39, the missing cent to the larger remainder (38.73|68)
    expect(out.rows[0]!.composite).toBe(97.4);
    expect([out.rows[0]!.components.leader!.part, out.rows[0]!.components.evaluation!.part]).toEqual([38.74, 58.66]);
    expect(out.rows[1]!.composite).toBe(100);
  });

  test('ties: composites 90, 90, 85 -> ranks 1, 1, 3', () => {
    // 平时考核 only, so the composite is the quarter mean
    const rules = rulesWith((r) => {
      for (const c of r.components) Object.assign(c, c.key === 'quarters' ? { enabled: true, weight: 100 } : { enabled: false });
    });
    const out = computeComposite(input([person(1, {}, { quarters: value(90) }), person(2, {}, { quarters: value(85) }), person(3, {}, { quarters: value(90) })], rules));
    expect(out.rows.map((r) => r.composite)).toEqual([90, 85, 90]);
    expect(out.rows.map((r) => r.rank)).toEqual([1, 3, 1]);
  });

  test('gate: quarters 较好/较好/一般/较好 -> not 优秀 even when ranked first', () => {
    const first = person(1, { quarters: ['fair', 'fair', 'average', 'fair'] }, { evaluation: value(100), leader: value(100) });
    const others = Array.from({ length: 9 }, (_, i) => person(i + 2, {}, { evaluation: value(60), leader: value(60 - i) }));
    const out = computeComposite(input([first, ...others]));
    const row = out.rows[0]!;
    expect(row.rank).toBe(1);
    expect(row.gates).toEqual([{ code: 'no-good-quarter', label: '全年无“好”等次季度，不得评为优秀', maxOutcome: 'competent' }]);
    expect(row.cap).toBe('competent');
    expect(row.suggested).toBe('competent');
    // the two places (20% of 10) go to the next people
    expect(out.groups[0]).toMatchObject({ size: 10, excellentQuota: 2, excellentSuggested: 2 });
    expect(out.rows.filter((r) => r.suggested === 'excellent').map((r) => r.personId)).toEqual([2, 3]);
  });

  test('优秀 quota: 23 participants at 20% -> at most 4 优秀', () => {
    const people = Array.from({ length: 23 }, (_, i) => person(i + 1, {}, { leader: value(100 - i) }));
    const out = computeComposite(input(people));
    expect(out.groups[0]).toEqual({ id: 1, size: 23, quotaBase: 23, excellentQuota: 4, excellentSuggested: 4 });
    expect(out.rows.filter((r) => r.suggested === 'excellent').map((r) => r.personId)).toEqual([1, 2, 3, 4]);
    expect(out.rows.slice(4).every((r) => r.suggested === 'competent')).toBe(true);
  });
});

describe('DOMAIN §4 preset: 平时考核 40% + 述职测评 30% + 领导评价 20% + 双十星 10% + 加减分 ±5', () => {
  test('hand-computed composite, with 加减分 capped at +5 and −5', () => {
    // 平时考核 好/较好/好/一般 = (100 + 85 + 100 + 70) / 4 = 88.75 -> 35.5
    // 述职测评 90.5 -> 27.15; 领导评价 88 -> 17.6; 双十星 8 of 10 points -> 80 -> 8
    const quarters: QuarterGrade[] = ['good', 'fair', 'good', 'average'];
    const raw = { evaluation: value(90.5), leader: value(88), stars: value(8) };
    const out = computeComposite(
      input([
        person(1, { quarters }, { ...raw, adjustments: value(7) }),
        person(2, { quarters }, { ...raw, adjustments: value(-6) }),
        person(3, { quarters }, { ...raw, adjustments: value(2.5) }),
      ]),
    );
    const [a, b, c] = out.rows;
    expect(a!.components.quarters).toEqual({ raw: 88.75, score: 88.75, part: 35.5, missing: null });
    expect(a!.components.evaluation!.part).toBeCloseTo(27.15, 10);
    expect(a!.components.leader!.part).toBeCloseTo(17.6, 10);
    expect(a!.components.stars).toEqual({ raw: 8, score: 80, part: 8, missing: null });
    expect(a!.components.adjustments).toEqual({ raw: 7, score: 5, part: 5, missing: null });
    expect(b!.components.adjustments).toEqual({ raw: -6, score: -5, part: -5, missing: null });
    expect(a!.composite).toBeCloseTo(93.25, 10);
    expect(b!.composite).toBeCloseTo(83.25, 10);
    expect(c!.composite).toBeCloseTo(90.75, 10);
    expect(out.rows.map((r) => r.rank)).toEqual([1, 3, 2]);
  });

  test('no 加减分 records counts 0 and is not listed as missing', () => {
    const p = person(1);
    const out = computeComposite(input([{ ...p, raw: { ...p.raw, adjustments: missing('无记录') } }]));
    expect(out.rows[0]!.components.adjustments).toMatchObject({ part: 0, missing: null });
    expect(out.rows[0]!.missing).toEqual([]);
    expect(out.rows[0]!.composite).toBeCloseTo(95, 10);
  });

  test('the 平时考核 mean comes from the grades when the service gives no raw value', () => {
    const rules = rulesWith();
    expect(quartersRaw(['good', 'fair', 'average', 'poor'], rules)).toEqual({ value: (100 + 85 + 70 + 50) / 4 });
    // 不确定等次 quarters are left out of the mean
    expect(quartersRaw(['good', 'undetermined', 'fair', 'fair'], rules)).toEqual({ value: 90 });
    expect(quartersRaw(['good', null, 'fair', null], rules)).toEqual({ missing: '缺第二季度、第四季度' });
    expect(quartersRaw(['good', null, 'fair', null], rulesWith((r) => (r.quartersRequired = 2)))).toEqual({ value: 92.5 });
    const out = computeComposite(input([person(1, { quarters: ['good', 'good', 'fair', null] })]));
    expect(out.rows[0]!.missing).toEqual(['平时考核：缺第四季度']);
  });
});

describe('missing components', () => {
  const people = () => [person(1, {}, { evaluation: missing('未参加述职测评') }), person(2), person(3, {}, { leader: value(70) })];

  test("'exclude': no composite, no rank, listed, suggestion waits with 「缺少：…」", () => {
    const out = computeComposite(input(people()));
    const row = out.rows[0]!;
    expect(row.composite).toBeNull();
    expect(row.rank).toBeNull();
    expect(row.missing).toEqual(['述职测评：未参加述职测评']);
    expect(row.components.evaluation).toEqual({ raw: null, score: null, part: null, missing: '未参加述职测评' });
    // the present components are still shown
    expect(row.components.leader!.part).toBeCloseTo(18, 10);
    expect(row.suggested).toBeNull();
    expect(row.note).toBe('缺少：述职测评');
    expect(out.rows.map((r) => r.rank)).toEqual([null, 1, 2]);
  });

  test("'reweight': the present weights re-normalised, still listed as missing", () => {
    const out = computeComposite(input(people(), rulesWith((r) => Object.assign(r, { missingPolicy: 'reweight', suggestionMinComponents: 3 }))));
    const row = out.rows[0]!;
    // 平时考核 100 × 40/70 + 领导评价 90 × 20/70 + 双十星 100 × 10/70
    expect(row.composite).toBe(97.14); // (100 × 40 + 90 × 20 + 100 × 10) / 70 = 97.1428…
    expect(Math.abs(row.components.quarters!.part! - (100 * 40) / 70)).toBeLessThanOrEqual(0.01);
    expect(row.missing).toEqual(['述职测评：未参加述职测评']);
    expect(row.rank).toBe(1);
    // complete people are unaffected
    expect(out.rows[1]!.composite).toBeCloseTo(95, 10);
  });

  test('a missing person without a forcing gate gets no suggestion, with one below 称职 gets the gate', () => {
    const out = computeComposite(
      input([
        person(1, { sanctions: [{ type: '警告', decidedOn: '2026-05-01', months: 6 }] }, { leader: missing('未评分') }),
        person(2, { sanctions: [{ type: '记过', decidedOn: '2026-05-01', months: 12 }] }, { leader: missing('未评分') }),
        person(3, { undetermined: '试用期至2027-03-01' }, { leader: missing('未评分'), evaluation: missing('未参加述职测评') }),
      ]),
    );
    expect(out.rows.map((r) => r.suggested)).toEqual([null, 'basic', 'undetermined']);
    expect(out.rows[0]!.note).toBe('缺少：领导评价');
    expect(out.rows[2]!.missing).toEqual(['述职测评：未参加述职测评', '领导评价：未评分']);
  });

  test('a component the service did not gather is missing, not zero', () => {
    const p = person(1);
    const { leader: _leader, ...raw } = p.raw;
    const out = computeComposite(input([{ ...p, raw }]));
    expect(out.rows[0]!.composite).toBeNull();
    expect(out.rows[0]!.missing).toEqual(['领导评价：无数据']);
  });
});

describe('groups', () => {
  test('ranks, normalisation and quotas are per group; the quota base counts 不定等次 people (the preset), their rank is empty', () => {
    const rules = rulesWith((r) => (r.components.find((c) => c.key === 'leader')!.normalize = true));
    const people = [
      ...Array.from({ length: 5 }, (_, i) => person(i + 1, {}, { leader: value(80 - i) })),
      ...Array.from({ length: 10 }, (_, i) => person(i + 11, { groupId: 2, undetermined: i === 0 ? '任职不满6个月' : null }, { leader: value(50 - i) })),
    ];
    const out = computeComposite(input(people, rules, [1, 2]));
    expect(out.groups).toEqual([
      { id: 1, size: 5, quotaBase: 5, excellentQuota: 1, excellentSuggested: 1 },
      { id: 2, size: 10, quotaBase: 10, excellentQuota: 2, excellentSuggested: 2 },
    ]);
    // each group's best 领导评价 counts as 100
    expect(out.rows[0]!.components.leader!.score).toBe(100);
    expect(out.rows[5]!.components.leader!.score).toBe(100);
    expect(out.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, null, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // group 2: the first is 不定等次, so 优秀 goes to the 2nd and 3rd
    expect(out.rows.slice(5, 9).map((r) => r.suggested)).toEqual(['undetermined', 'excellent', 'excellent', 'competent']);
  });

  test('an empty group has a quota of 0 and no suggestion', () => {
    const out = computeComposite(input([person(1)], rulesWith(), [1, 2]));
    expect(out.groups[1]).toEqual({ id: 2, size: 0, quotaBase: 0, excellentQuota: 0, excellentSuggested: 0 });
  });
});
