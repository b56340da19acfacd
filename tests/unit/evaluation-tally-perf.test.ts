import { expect, test } from 'vitest';
import type { BallotLine } from '../../shared/evaluation/config';
import { tallyEvaluation, type TallyBallot } from '../../shared/evaluation/tally';
import { preset, targetsOf } from '../helpers/evaluation-builders';

/** Budget (issue 3): the tally of 300 ballots × 80 测评对象, level + 5 indicator scores each, under 200 ms. */
test('tally of 300 ballots × 80 targets (level + 5 scores) runs under 200 ms (best of 3)', () => {
  const config = preset('level-and-score', (c) => {
    c.normalize.enabled = true;
  });
  const targets = targetsOf(80).map((t) => ({ ...t, group: t.id <= 20 ? '正职' : '副职' }));
  const levels = ['excellent', 'competent', 'basic', 'incompetent'];
  // a fixed pseudo-random sequence (LCG) so every run tallies the same ballots
  let seed = 20260101;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const score = () => 60 + Math.floor(next() * 41);
  const ballots: TallyBallot[] = Array.from({ length: 300 }, (_, b) => ({
    valid: b % 50 !== 0,
    reasons: b % 50 !== 0 ? [] : ['EXCESS_EXCELLENT'],
    marks: {
      category: 'ABC'[b % 3]!,
      lines: targets.map(
        (t): BallotLine => ({
          targetId: t.id,
          level: next() < 0.05 ? null : levels[Math.floor(next() * 4)]!,
          scores: { de: score(), neng: score(), qin: score(), ji: score(), lian: score() },
        }),
      ),
    },
  }));

  let best = Infinity;
  let results: ReturnType<typeof tallyEvaluation> | undefined;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    results = tallyEvaluation({ config, targets, ballots, attendance: {} });
    best = Math.min(best, performance.now() - start);
  }
  expect(results!.sessionTotal).toMatchObject({ returned: 300, valid: 294, invalid: 6 });
  expect(results!.targets.every((t) => t.total.trimmed && t.rank !== null)).toBe(true);
  expect(best).toBeLessThan(200);
});
