import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  n: number;
  ms: number;
  ratio?: number;
  baselineMs?: number;
  budget?: string;
  ok?: boolean;
}

/** Best of `runs`: the machine is shared and noisy, the minimum is the most repeatable figure. */
export async function timeBest(runs: number, fn: () => unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function report(m: Measurement): Measurement {
  const round = (x: number) => Math.round(x * 10) / 10;
  console.log(JSON.stringify({ ...m, ms: round(m.ms), ...(m.baselineMs !== undefined ? { baselineMs: round(m.baselineMs) } : {}), ...(m.ratio !== undefined ? { ratio: Math.round(m.ratio * 100) / 100 } : {}) }));
  return m;
}
