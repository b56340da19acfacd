import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeComposite, type CompositeInput, type CompositePersonInput, type RawComponent } from '../../shared/annual/composite';
import { fullMarksOf, requiredComponents } from '../../shared/annual/components';
import { printedParts } from '../../shared/annual/printed-parts';
import { quotaFor, type AnnualRules, type ComponentKey } from '../../shared/annual/rules';
import { input, person, rulesWith, value } from '../helpers/annual-composite-builders';

/**
 * Issue 10 §6: no component passes its full marks, whatever the rules and the data; the printed
 * parts add up to the printed composite; ties at the 优秀 boundary, too few components and 不定等次
 * are kept out of the ranking's decisions.
 */

const weightedKeys = ['quarters', 'evaluation', 'leader', 'stars', 'items'] as const;

/** any weights summing to 100 over any enabled subset, any 满分, normalisation, cap, policy and rounding */
const rulesArb: fc.Arbitrary<AnnualRules> = fc
  .record({
    enabled: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }).filter((e) => e.some(Boolean)),
    weights: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 5, maxLength: 5 }),
    full: fc.array(fc.constantFrom(10, 20, 65, 85, 95, 100, 120), { minLength: 5, maxLength: 5 }),
    normalize: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    cap: fc.option(fc.constantFrom(0.5, 3, 5), { nil: null }),
    missingPolicy: fc.constantFrom('exclude' as const, 'reweight' as const),
    roundParts: fc.boolean(),
    min: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    inQuotaBase: fc.boolean(),
  })
  .map((a) =>
    rulesWith((r) => {
      const on = weightedKeys.filter((_, i) => a.enabled[i]);
      const raw = on.map((k) => a.weights[weightedKeys.indexOf(k)]!);
      const total = raw.reduce((x, y) => x + y, 0);
      // integer weights summing to exactly 100: the last takes the rounding
      const weights = raw.map((w) => Math.floor((w / total) * 100));
      weights[weights.length - 1]! += 100 - weights.reduce((x, y) => x + y, 0);
      for (const c of r.components) {
        const i = weightedKeys.indexOf(c.key as (typeof weightedKeys)[number]);
        if (i < 0) {
          c.cap = a.cap;
          continue;
        }
        const k = on.indexOf(c.key as (typeof weightedKeys)[number]);
        Object.assign(c, { enabled: k >= 0 && weights[k]! > 0, mode: 'weighted', weight: k >= 0 ? weights[k]! : 0, full: a.full[i]!, normalize: a.normalize[i]! });
      }
      r.missingPolicy = a.missingPolicy;
      r.roundParts = a.roundParts;
      const enabledCount = r.components.filter((c) => c.enabled && c.mode === 'weighted').length;
      r.suggestionMinComponents = a.min === null ? null : Math.min(a.min, enabledCount);
      r.undetermined.inQuotaBase = a.inQuotaBase;
    }),
  );

/** raw values around and above any full marks (111.76 of the issue: 95 under 85), negatives, gaps */
const rawArb: fc.Arbitrary<RawComponent> = fc.oneof(
  { weight: 5, arbitrary: fc.double({ min: -10, max: 130, noNaN: true }).map((v) => ({ value: Math.round(v * 1000) / 1000 })) },
  { weight: 3, arbitrary: fc.constantFrom(0, 10, 65, 85, 95, 100, 120).map((v) => ({ value: v })) },
  { weight: 1, arbitrary: fc.constant({ missing: '无数据' }) },
);

const personArb = fc.record({
  raw: fc.record({ quarters: rawArb, evaluation: rawArb, leader: rawArb, stars: rawArb, items: rawArb, adjustments: fc.double({ min: -9, max: 9, noNaN: true }).map((v) => ({ value: Math.round(v * 100) / 100 })) }),
  undetermined: fc.oneof({ weight: 8, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant('试用期') }),
});

const inputArb: fc.Arbitrary<CompositeInput> = fc
  .record({
    rules: rulesArb,
    itemsFull: fc.option(fc.constantFrom(65, 85, 95), { nil: undefined }),
    share: fc.constantFrom(0.1, 0.2, 0.5),
    people: fc.array(personArb, { minLength: 1, maxLength: 25 }),
  })
  .map(({ rules, itemsFull, share, people }) => ({
    year: 2026,
    rules,
    ...(itemsFull === undefined ? {} : { fullMarks: { items: itemsFull } }),
    groups: [{ id: 1, excellentShare: share, rounding: 'floor' as const }],
    people: people.map((p, i): CompositePersonInput => ({ ...person(i + 1), raw: p.raw, undetermined: p.undetermined })),
  }));

const cents = (x: number) => Math.round(x * 100) + 0;

describe('full marks hold for any rules and data', () => {
  test('no component score passes 100 (its full marks), no 折算分 passes its weight, no 加减分 its cap', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        const out = computeComposite(inp);
        out.rows.forEach((row, i) => {
          const person = inp.people[i]!;
          const present = inp.rules.components.filter((c) => c.enabled && c.mode === 'weighted' && row.components[c.key]!.missing === null);
          const presentWeight = present.reduce((s, c) => s + c.weight, 0);
          for (const c of inp.rules.components) {
            const figure = row.components[c.key];
            if (!c.enabled || !figure) continue;
            if (c.mode === 'added') {
              if (c.cap !== null) expect(Math.abs(figure.score!)).toBeLessThanOrEqual(c.cap + 1e-9);
              continue;
            }
            if (figure.missing !== null) continue;
            expect(figure.score!, `${c.key} score`).toBeLessThanOrEqual(100 + 1e-9);
            // the weight it carries: its own, or re-weighted over the present parts
            const weight = row.missing.length > 0 && inp.rules.missingPolicy === 'reweight' ? (c.weight / presentWeight) * 100 : c.weight;
            // one cent of slack: the printed part is the exact one shared out to the cent
            expect(figure.part!, `${c.key} part`).toBeLessThanOrEqual(weight + 0.01 + 1e-9);
            // a raw value above the full marks never counts
            const raw = person.raw[c.key as ComponentKey];
            if (!c.normalize && raw && 'value' in raw) expect(raw.value).toBeLessThanOrEqual(fullMarksOf(c, inp.fullMarks) + 1e-9);
          }
          if (row.composite !== null) {
            const cap = inp.rules.components.find((c) => c.mode === 'added' && c.enabled)?.cap;
            expect(row.composite).toBeLessThanOrEqual(100 + (cap ?? 9) + 1e-9);
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  test('the issue’s case: an item raised to 95 under a 满分 of 85 is scored against the 指标体系’s 95, never 111.76', () => {
    const rules = rulesWith((r) => {
      Object.assign(r.components.find((c) => c.key === 'items')!, { enabled: true, weight: 10, full: 85 });
      r.components.find((c) => c.key === 'stars')!.enabled = false;
      r.components.find((c) => c.key === 'quarters')!.weight = 40;
    });
    const full = computeComposite({ ...input([person(1, {}, { items: value(95) })], rules), fullMarks: { items: 95 } });
    expect(full.rows[0]!.components.items).toMatchObject({ raw: 95, score: 100, part: 10 });
    // without the 指标体系's figure the typed 85 is the full marks, and 95 above it is refused, not counted as 111.76
    const typed = computeComposite(input([person(1, {}, { items: value(95) })], rules));
    expect(typed.rows[0]!.components.items).toMatchObject({ score: null, part: null, missing: '得分95超过满分85，未计入（请核对计分规则中的满分）' });
    expect(typed.rows[0]!.composite).toBeNull();
    expect(typed.rows[0]!.suggested).toBeNull();
  });
});

describe('printed parts add up to the printed composite', () => {
  test('Σ parts (折算分 and 加减分) == composite to the cent, and the composite is a whole number of cents', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        for (const row of computeComposite(inp).rows) {
          if (row.composite === null) continue;
          const parts = Object.values(row.components).filter((c) => c.part !== null);
          expect(parts.reduce((s, c) => s + cents(c.part!), 0)).toBe(cents(row.composite));
          expect(Math.abs(row.composite * 100 - cents(row.composite))).toBeLessThan(1e-6);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('largest remainder moves no part by a cent or more; rounding each part rounds each', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -20, max: 60, noNaN: true }), { minLength: 1, maxLength: 6 }), fc.boolean(), (exact, each) => {
        const { parts, total } = printedParts(exact, each);
        expect(parts.reduce((s, p) => s + cents(p), 0)).toBe(cents(total));
        parts.forEach((p, i) => expect(Math.abs(p - exact[i]!)).toBeLessThan(0.01 + 1e-9));
        if (!each) expect(Math.abs(total - exact.reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});

describe('who is ranked and suggested', () => {
  test('不定等次 and 数据不足 people have no rank; 数据不足 people no suggestion unless a gate decides; ties at the boundary are the committee’s', () => {
    fc.assert(
      fc.property(inputArb, (inp) => {
        const out = computeComposite(inp);
        const group = out.groups[0]!;
        const graded = inp.people.filter((p) => p.undetermined === null).length;
        expect(group.quotaBase).toBe(inp.rules.undetermined.inQuotaBase ? inp.people.length : graded);
        expect(group.excellentQuota).toBe(quotaFor(inp.groups[0]!.excellentShare, group.quotaBase, 'floor'));
        const required = requiredComponents(inp.rules);
        out.rows.forEach((row, i) => {
          const person = inp.people[i]!;
          const present = inp.rules.components.filter((c) => c.enabled && c.mode === 'weighted' && row.components[c.key]!.missing === null).length;
          if (person.undetermined !== null) expect(row.rank).toBeNull();
          if (row.composite !== null && present < required) {
            expect(row.rank).toBeNull();
            if (person.undetermined === null) {
              expect(row.insufficient).toBe(true);
              expect(row.suggested).not.toBe('excellent');
              expect(row.suggested).not.toBe('competent');
            }
          }
          if (row.committee) {
            expect(row.suggested).toBe('competent');
            // the block really is tied: someone else shares the rank
            expect(out.rows.filter((r) => r.rank === row.rank).length).toBeGreaterThan(1);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  test('a person with 1 of 5 components under re-weighting gets 「数据不足」, no rank and no 优秀', () => {
    const rules = rulesWith((r) => {
      r.missingPolicy = 'reweight';
      Object.assign(r.components.find((c) => c.key === 'items')!, { enabled: true, weight: 10 });
      r.components.find((c) => c.key === 'quarters')!.weight = 30;
    });
    const lone = person(1, { quarters: ['good', 'good', 'good', 'good'] }, { evaluation: { missing: '未参加述职测评' }, leader: { missing: '未录入领导评价' }, stars: { missing: '未参加双十星评星' }, items: { missing: '未录入考核项目得分' } });
    const others = Array.from({ length: 9 }, (_, i) => person(i + 2, {}, { items: value(80 - i) }));
    const out = computeComposite(input([lone, ...others], rules));
    expect(out.rows[0]).toMatchObject({ composite: 100, rank: null, suggested: null, insufficient: true, note: '数据不足：有1项计权得分，至少需要5项' });
    expect(out.rows[1]).toMatchObject({ rank: 1, suggested: 'excellent' });
  });
});
