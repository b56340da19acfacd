import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeComposite, type CompositeInput, type CompositePersonInput, type RawComponent, type SanctionFact } from '../../shared/annual/composite';
import { outcomeAllows } from '../../shared/annual/outcome-order';
import { componentKeys, quarterGrades, quotaFor, sanctionTypes, type AnnualRules } from '../../shared/annual/rules';
import { rulesWith } from '../helpers/annual-composite-builders';

/** Property tests of the year-end composite (issue 5): quotas hold, gates hold, the order of people does not matter. */

const year = 2026;

const rulesArb: fc.Arbitrary<AnnualRules> = fc
  .record({
    missingPolicy: fc.constantFrom('exclude' as const, 'reweight' as const),
    roundParts: fc.boolean(),
    normalize: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    requireGoodQuarter: fc.boolean(),
    starsBarExcellent: fc.boolean(),
    bands: fc.constantFrom({ basicBelow: null, failBelow: null }, { basicBelow: 80, failBelow: 60 }, { basicBelow: 90, failBelow: null }),
  })
  .map(({ normalize, requireGoodQuarter, starsBarExcellent, ...rest }) =>
    rulesWith((r) => {
      Object.assign(r, rest);
      r.components.slice(0, 4).forEach((c, i) => (c.normalize = normalize[i]!));
      r.gates.requireGoodQuarter = requireGoodQuarter;
      r.gates.starsBarExcellent = starsBarExcellent;
    }),
  );

/** mostly two values, so that ties (also across the last 优秀 place) are common */
const rawArb: fc.Arbitrary<RawComponent> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(80, 100).map((value) => ({ value })) },
  { weight: 3, arbitrary: fc.constantFrom(0, 50, 85, 90).map((value) => ({ value })) },
  { weight: 1, arbitrary: fc.constant({ missing: '无数据' }) }, // 1 in 10
);

const dateArb = fc.record({ y: fc.integer({ min: 2023, max: 2027 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const sanctionArb: fc.Arbitrary<SanctionFact> = fc.record({
  type: fc.constantFrom(...sanctionTypes),
  decidedOn: dateArb,
  months: fc.option(fc.constantFrom(6, 12, 18, 24), { nil: null, freq: 5 }),
});

const personArb = (groupCount: number) =>
  fc.record({
    groupId: fc.integer({ min: 1, max: groupCount }),
    vocabulary: fc.constantFrom('civil' as const, 'institution' as const),
    raw: fc.record({ quarters: rawArb, evaluation: rawArb, leader: rawArb, stars: rawArb.map((r) => ('value' in r ? { value: r.value / 10 } : r)), adjustments: fc.constantFrom(-8, 0, 0, 2).map((value) => ({ value })) }),
    quarters: fc.array(fc.option(fc.constantFrom('good' as const, ...quarterGrades), { nil: null, freq: 8 }), { minLength: 4, maxLength: 4 }),
    sanctions: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(sanctionArb, { minLength: 1, maxLength: 2 }) }),
    // mostly without gates, so that many people compete for the places
    starsBar: fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant('少于5星 不得评优') }),
    undetermined: fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant('试用期') }),
  });

const inputArb: fc.Arbitrary<CompositeInput> = fc.integer({ min: 1, max: 3 }).chain((groupCount) =>
  fc.record({
    year: fc.constant(year),
    rules: rulesArb,
    groups: fc.tuple(
      ...Array.from({ length: groupCount }, (_, i) =>
        fc.record({ id: fc.constant(i + 1), excellentShare: fc.constantFrom(0, 0.1, 0.2, 0.3, 0.5), rounding: fc.constantFrom('floor' as const, 'round' as const, 'ceil' as const) }),
      ),
    ),
    people: fc.array(personArb(groupCount), { maxLength: 40, size: 'max' }).map((people) => people.map((p, i): CompositePersonInput => ({ ...p, personId: i + 1 }))),
  }),
);

describe('computeComposite properties', () => {
  test('the suggestion never exceeds the 优秀 quota of any group', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const out = computeComposite(input);
        for (const group of input.groups) {
          const size = input.people.filter((p) => p.groupId === group.id).length;
          const quota = quotaFor(group.excellentShare, size, group.rounding); // the preset counts 不定等次 people in the base
          const excellent = out.rows.filter((r) => r.groupId === group.id && r.suggested === 'excellent').length;
          expect(excellent).toBeLessThanOrEqual(quota);
          expect(out.groups.find((g) => g.id === group.id)).toEqual({ id: group.id, size, quotaBase: size, excellentQuota: quota, excellentSuggested: excellent });
        }
      }),
      { numRuns: 300 },
    );
  });

  test('a gated person is never suggested above the gate', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const out = computeComposite(input);
        out.rows.forEach((row, i) => {
          const person = input.people[i]!;
          for (const gate of row.gates) if (row.suggested !== null) expect(outcomeAllows(gate.maxOutcome, row.suggested)).toBe(true);
          // the gates themselves, checked from the facts rather than from the figures
          if (person.undetermined !== null) expect(row.suggested).toBe('undetermined');
          if (input.rules.gates.requireGoodQuarter && !person.quarters.includes('good')) expect(row.suggested).not.toBe('excellent');
          if (person.sanctions.some((s) => s.type === '警告' && s.decidedOn.startsWith(`${year}-`))) expect(row.suggested).not.toBe('excellent');
          if (person.sanctions.some((s) => s.type === '开除' && s.months === null && s.decidedOn <= `${year}-12-31`) && person.undetermined === null) expect(row.suggested).toBe('fail');
          if (input.rules.gates.starsBarExcellent && person.starsBar !== null) expect(row.suggested).not.toBe('excellent');
        });
      }),
      { numRuns: 300 },
    );
  });

  test('composites, ranks and suggestions do not depend on the order of people', () => {
    const withOrder = inputArb.chain((input) =>
      fc.record({ input: fc.constant(input), order: fc.shuffledSubarray(input.people.map((_, i) => i), { minLength: input.people.length, maxLength: input.people.length }) }),
    );
    fc.assert(
      fc.property(withOrder, ({ input, order }) => {
        const byId = (rows: ReturnType<typeof computeComposite>['rows']) =>
          new Map(rows.map((r) => [r.personId, { composite: r.composite, rank: r.rank, suggested: r.suggested, cap: r.cap, components: r.components }]));
        const straight = computeComposite(input);
        const shuffled = computeComposite({ ...input, people: order.map((i) => input.people[i]!) });
        expect(byId(shuffled.rows)).toEqual(byId(straight.rows));
        expect(shuffled.groups).toEqual(straight.groups);
      }),
      { numRuns: 300 },
    );
  });

  test('every enabled component has a figure; a missing weighted one is listed', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const out = computeComposite(input);
        const enabled = input.rules.components.filter((c) => c.enabled);
        out.rows.forEach((row) => {
          expect(Object.keys(row.components).sort()).toEqual(enabled.map((c) => c.key).sort());
          const gaps = enabled.filter((c) => c.mode === 'weighted' && row.components[c.key]!.missing !== null);
          expect(row.missing).toHaveLength(gaps.length);
          if (gaps.length > 0 && input.rules.missingPolicy === 'exclude') expect(row.composite).toBeNull();
          expect(componentKeys).toEqual(expect.arrayContaining(Object.keys(row.components)));
        });
      }),
      { numRuns: 200 },
    );
  });
});
