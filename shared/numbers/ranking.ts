/**
 * Competition ranking ("1, 1, 3"): rank = 1 + the number of strictly better scores.
 * Scores are compared with a tiny tolerance so that float noise (85 reached by two different
 * sums) never splits a tie; null (no score) gets no rank.
 */
const tieTolerance = 1e-9;

export function rankWithTies(scores: readonly (number | null)[]): (number | null)[] {
  const present = scores.filter((s): s is number => s !== null && Number.isFinite(s)).sort((a, b) => b - a);
  return scores.map((score) => {
    if (score === null || !Number.isFinite(score)) return null;
    // binary search: how many present scores are strictly greater than score (beyond the tolerance)
    let lo = 0;
    let hi = present.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (present[mid]! > score + tieTolerance) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  });
}
