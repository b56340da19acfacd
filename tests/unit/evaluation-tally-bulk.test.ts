import { expect, test } from 'vitest';
import { tallyEvaluation } from '../../shared/evaluation/tally';
import { bulkTallyInput } from '../helpers/bulk-inputs';

/**
 * The tally of 300 ballots × 80 测评对象 (level + 5 scores): what it computes. How fast is measured by
 * `npm run bench` (tests/bench/evaluation-bench.ts), not here.
 */
test('tally of 300 ballots × 80 targets (level + 5 scores): session figures, trimmed scores and a rank for everyone', () => {
  const results = tallyEvaluation({ ...bulkTallyInput(), attendance: {} });
  expect(results.sessionTotal).toMatchObject({ returned: 300, valid: 294, invalid: 6 });
  expect(results.targets.every((t) => t.total.trimmed && t.rank !== null)).toBe(true);
});
