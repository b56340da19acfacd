import { expect, test } from 'vitest';
import { computeComposite } from '../../shared/annual/composite';
import { bulkCompositeInput } from '../helpers/bulk-inputs';

/**
 * The composite of 2,000 people in 10 groups with every component: what it computes. How fast is
 * measured by `npm run bench` (tests/bench/annual-bench.ts), not here: a time limit inside
 * `npm test` fails on a busy machine for no fault of the code.
 */
test('composite of 2,000 people in 10 groups with every component: quotas, suggestions within them, composites for nearly all', () => {
  const out = computeComposite(bulkCompositeInput());
  expect(out.rows).toHaveLength(2000);
  expect(out.groups.map((g) => g.excellentQuota)).toEqual(Array(10).fill(40));
  expect(out.groups.every((g) => g.excellentSuggested > 0 && g.excellentSuggested <= 40)).toBe(true);
  expect(out.rows.filter((r) => r.composite !== null).length).toBeGreaterThan(1900);
});
