import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { BallotLine, EvaluationConfig } from '../../shared/evaluation/config';
import { rankWithTies } from '../../shared/numbers/ranking';
import { evaluationResults } from '../../shared/evaluation/results';
import { tallyEvaluation, type TallyBallot } from '../../shared/evaluation/tally';
import { invalid, marks, preset, targetsOf, valid } from '../helpers/evaluation-builders';

/** Property tests of the tally (issue 3): counts add up, invalid ballots are inert, weights re-normalise, ranks tie right. */

const levelCodes = ['excellent', 'competent', 'basic', 'incompetent'];
const indicatorCodes = ['de', 'neng', 'qin', 'ji', 'lian'];

/** An 等次 + 评分 event with 1-3 categories of random weights and the trimmed mean on. */
const configArb = fc
  .record({
    weights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 3 }),
    form: fc.constantFrom('level' as const, 'score' as const, 'both' as const),
    normalize: fc.boolean(),
  })
  .map(({ weights, form, normalize }) =>
    preset('level-and-score', (c) => {
      c.form = form;
      c.categories = weights.map((weight, i) => ({ code: 'ABC'[i]!, name: `类别${i + 1}`, weight, expected: 0, issued: 0 }));
      c.normalize.enabled = normalize;
    }),
  );

const lineArb = (targetId: number): fc.Arbitrary<BallotLine> =>
  fc.record({
    targetId: fc.constant(targetId),
    level: fc.option(fc.constantFrom(...levelCodes), { nil: null, freq: 3 }),
    scores: fc.dictionary(fc.constantFrom(...indicatorCodes), fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), { maxKeys: 5 }),
  });

const ballotArb = (targetCount: number, categories: readonly string[]) =>
  fc.record({
    category: fc.constantFrom(...categories),
    lines: fc.tuple(...Array.from({ length: targetCount }, (_, i) => lineArb(i + 1))),
  });

/** An event, its targets (in two groups) and valid ballots. */
const eventArb = fc
  .tuple(configArb, fc.integer({ min: 1, max: 6 }))
  .chain(([config, targetCount]) =>
    fc.record({
      config: fc.constant(config),
      targetCount: fc.constant(targetCount),
      ballots: fc.array(ballotArb(targetCount, config.categories.map((c) => c.code)), { maxLength: 25 }),
    }),
  )
  .map(({ config, targetCount, ballots }) => ({
    config,
    targets: targetsOf(targetCount).map((t) => ({ ...t, group: t.id % 2 === 0 ? '副职' : '正职' })),
    ballots: ballots.map((b) => valid(marks(b.category, b.lines))),
  }));

const tally = (config: EvaluationConfig, targets: ReturnType<typeof targetsOf>, ballots: readonly TallyBallot[]) =>
  tallyEvaluation({ config, targets, ballots, attendance: {} });

const close = (a: number | null, b: number | null) => {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
};

describe('tally properties', () => {
  test('per person and category, votes + 弃权 = valid ballots (等次票), and valid = the category’s valid ballots', () => {
    fc.assert(
      fc.property(eventArb, ({ config, targets, ballots }) => {
        const levelOnly = { ...config, form: 'level' as const };
        const results = tally(levelOnly, targets, ballots);
        for (const t of results.targets) {
          for (const cell of [...t.byCategory, t.total]) {
            const votes = Object.values(cell.votes).reduce((a, b) => a + b, 0);
            expect(votes + cell.abstain).toBe(cell.valid);
            const expected = cell.category === null ? ballots.length : ballots.filter((b) => b.marks.category === cell.category).length;
            expect(cell.valid).toBe(expected);
          }
          // the total is the sum of the categories
          for (const code of levelCodes) expect(t.total.votes[code]).toBe(t.byCategory.reduce((s, c) => s + c.votes[code]!, 0));
        }
        expect(results.sessionTotal.valid).toBe(ballots.length);
      }),
      { numRuns: 200 },
    );
  });

  test('every ballot kind the presets allow: per person and category (and in total), level votes + 弃权 = valid ballots, 弃权 = the lines with no level', () => {
    // each preset with the forms its ballot can take; 等次 + 评分 may also be switched to either part alone
    const kinds = [
      ...['civil-servant-level', 'institution-level', 'satisfaction'].map((key) => ({ key, form: 'level' as const })),
      { key: 'de-neng-qin-ji-lian', form: 'score' as const },
      ...(['both', 'level', 'score'] as const).map((form) => ({ key: 'level-and-score', form })),
    ];
    const kindArb = fc.constantFrom(...kinds).chain(({ key, form }) =>
      fc.record({
        weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 3 }),
        targetCount: fc.integer({ min: 1, max: 5 }),
      }).chain(({ weights, targetCount }) => {
        const config = preset(key, (c) => {
          c.form = form;
          c.categories = weights.map((weight, i) => ({ code: 'ABC'[i]!, name: `类别${i + 1}`, weight, expected: 0, issued: 0 }));
        });
        const levels = form === 'score' ? [] : config.levels.map((l) => l.code);
        const indicators = form === 'level' ? [] : config.indicators.map((i) => i.code);
        const kindLine = (targetId: number): fc.Arbitrary<BallotLine> =>
          fc.record({
            targetId: fc.constant(targetId),
            level: levels.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...levels), { nil: null, freq: 2 }),
            scores: indicators.length === 0 ? fc.constant({}) : fc.dictionary(fc.constantFrom(...indicators), fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), { maxKeys: 5 }),
          });
        const ballot = fc.record({
          category: fc.constantFrom(...config.categories.map((c) => c.code)),
          lines: fc.tuple(...Array.from({ length: targetCount }, (_, i) => kindLine(i + 1))),
        });
        return fc.record({ config: fc.constant(config), targetCount: fc.constant(targetCount), ballots: fc.array(ballot, { maxLength: 30 }) });
      }),
    );
    fc.assert(
      fc.property(kindArb, ({ config, targetCount, ballots }) => {
        const counted = ballots.map((b) => valid(marks(b.category, b.lines)));
        const results = tally(config, targetsOf(targetCount), counted);
        const hasLevels = config.form !== 'score';
        for (const t of results.targets) {
          for (const cell of [...t.byCategory, t.total]) {
            const own = ballots.filter((b) => cell.category === null || b.category === cell.category);
            const lines = own.map((b) => b.lines.find((l) => l.targetId === t.targetId)!);
            const votes = Object.values(cell.votes).reduce((a, b) => a + b, 0);
            expect(cell.valid).toBe(own.length);
            // the oracle, counted from the ballots: 弃权 of a ballot with levels is a line without a level
            // (scores or not); of a 评分票 a line without any score
            const abstained = lines.filter((l) => (hasLevels ? l.level === null : Object.values(l.scores).every((v) => v === null || v === undefined))).length;
            expect(cell.abstain).toBe(abstained);
            if (hasLevels) expect(votes + cell.abstain).toBe(cell.valid);
          }
        }
        expect(results.sessionTotal.valid).toBe(ballots.length);
      }),
      { numRuns: 300 },
    );
  });

  test('adding invalid ballots changes no score, count or rank — only 收回 and 无效', () => {
    fc.assert(
      fc.property(
        eventArb.chain((event) =>
          fc.record({
            event: fc.constant(event),
            extra: fc.array(ballotArb(event.targets.length, event.config.categories.map((c) => c.code)), { minLength: 1, maxLength: 5 }),
          }),
        ),
        ({ event, extra }) => {
          const { config, targets, ballots } = event;
          const before = tally(config, targets, ballots);
          const spoiled = extra.map((m) => invalid(marks(m.category, m.lines), 'EXCESS_EXCELLENT'));
          const after = tally(config, targets, [...spoiled.slice(0, 1), ...ballots, ...spoiled.slice(1)]);
          expect(evaluationResults.safeParse(after).success).toBe(true);
          expect(after.targets).toEqual(before.targets);
          expect(after.sessionTotal.returned).toBe(before.sessionTotal.returned + extra.length);
          expect(after.sessionTotal.invalid).toBe(extra.length);
          expect(after.sessionTotal.valid).toBe(before.sessionTotal.valid);
          expect(after.invalidByReason.EXCESS_EXCELLENT).toBe(extra.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('category weights re-normalise: scaling every weight by k changes nothing', () => {
    fc.assert(
      fc.property(eventArb, fc.constantFrom(0.5, 2, 3, 7.5), ({ config, targets, ballots }, k) => {
        const scaled = { ...config, categories: config.categories.map((c) => ({ ...c, weight: c.weight * k })) };
        const a = tally(config, targets, ballots).targets;
        const b = tally(scaled, targets, ballots).targets;
        a.forEach((t, i) => {
          expect(close(t.overall, b[i]!.overall)).toBe(true);
          expect(close(t.normalized, b[i]!.normalized)).toBe(true);
          expect(b[i]!.rank).toBe(t.rank);
        });
      }),
      { numRuns: 150 },
    );
  });

  test('a category without ballots does not pull the score down; overall lies between the category scores', () => {
    fc.assert(
      fc.property(eventArb, fc.integer({ min: 1, max: 100 }), ({ config, targets, ballots }, weight) => {
        const withEmpty = { ...config, categories: [...config.categories, { code: 'Z', name: '服务对象', weight, expected: 0, issued: 0 }] };
        const a = tally(config, targets, ballots).targets;
        const b = tally(withEmpty, targets, ballots).targets;
        a.forEach((t, i) => {
          expect(b[i]!.overall).toBe(t.overall);
          const scores = t.byCategory.map((c) => c.score).filter((s): s is number => s !== null);
          if (t.overall === null) expect(scores).toEqual([]);
          else {
            expect(t.overall).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-9);
            expect(t.overall).toBeLessThanOrEqual(Math.max(...scores) + 1e-9);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  test('ranks within each group: rank = 1 + strictly better scores in the group, by (normalized ?? overall)', () => {
    fc.assert(
      fc.property(eventArb, ({ config, targets, ballots }) => {
        const results = tally(config, targets, ballots).targets;
        for (const t of results) {
          const key = t.normalized ?? t.overall;
          if (key === null) {
            expect(t.rank).toBeNull();
            continue;
          }
          const better = results.filter((o) => o.group === t.group && (o.normalized ?? o.overall) !== null && (o.normalized ?? o.overall)! > key + 1e-9);
          expect(t.rank).toBe(1 + better.length);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('rankWithTies properties', () => {
  const scoresArb = fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null, freq: 5 }), { maxLength: 30 });

  test('rank = 1 + the number of strictly better scores; null has no rank', () => {
    fc.assert(
      fc.property(scoresArb, (scores) => {
        const ranks = rankWithTies(scores);
        expect(ranks).toHaveLength(scores.length);
        scores.forEach((s, i) => {
          if (s === null) expect(ranks[i]).toBeNull();
          else expect(ranks[i]).toBe(1 + scores.filter((o) => o !== null && o > s).length);
        });
      }),
    );
  });

  test('permuting the scores permutes the ranks the same way; the best is 1 and equal scores share a rank', () => {
    fc.assert(
      fc.property(scoresArb.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s.map((_, i) => i), { minLength: s.length, maxLength: s.length }))), ([scores, order]) => {
        const ranks = rankWithTies(scores);
        const permuted = rankWithTies(order.map((i) => scores[i]!));
        expect(permuted).toEqual(order.map((i) => ranks[i]));
        const present = ranks.filter((r): r is number => r !== null);
        if (present.length > 0) expect(Math.min(...present)).toBe(1);
        scores.forEach((s, i) => scores.forEach((o, j) => {
          if (s !== null && s === o) expect(ranks[i]).toBe(ranks[j]);
        }));
      }),
    );
  });

  test('float noise does not split a tie', () => {
    expect(rankWithTies([0.1 + 0.2, 0.3, 0.2])).toEqual([1, 1, 3]);
  });
});
