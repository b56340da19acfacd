import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPersonRow } from '../../db/people';
import { insertUnit } from '../../db/units';
import type { EvaluationEvent } from '../../shared/contract/evaluation';
import type { BallotMarks } from '../../shared/evaluation/config';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { personInput } from '../helpers/people-input';

/**
 * Budgets of issue 3, in the service (the bench adds the HTTP round trip): saving one kiosk ballot
 * p95 under 30 ms; the tally of 300 ballots × 80 测评对象 (level + 5 indicator scores) under 200 ms.
 */
const targets = 80;
const ballots = 300;

let app: TestApp;
let event: EvaluationEvent;
const latencies: number[] = [];

function ballot(seed: number, category: string): BallotMarks {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) >>> 0) % 1000) / 1000;
  return {
    category,
    lines: event.targetList.map((t) => ({
      targetId: t.id,
      level: event.config.levels[Math.min(3, Math.floor(next() * 2.5))]!.code,
      scores: Object.fromEntries(event.config.indicators.map((i) => [i.code, Math.round(60 + next() * 40)])),
    })),
  };
}

beforeAll(async () => {
  app = await createTestApp();
  const db = app.ctx.db;
  const ids = db.transaction(() => {
    const unit = insertUnit(db, '某市国防动员办公室', null);
    return Array.from({ length: targets }, (_, i) => insertPersonRow(db, personInput(unit, { name: `干部${i + 1}`, post: '科长' }) as Parameters<typeof insertPersonRow>[1]));
  })();
  const created = await app.call('evaluation.create', { name: '性能', year: 2026, date: '2026-12-20', unitTitle: '某办', presetKey: 'level-and-score' });
  await app.call('evaluation.update', {
    id: created.id,
    config: { ...created.config, rules: { excellentLimit: { kind: 'none' }, identicalScoresInvalid: true, allFullMarksInvalid: true } },
  });
  event = await app.call('evaluation.setTargets', { id: created.id, targets: ids.map((personId, i) => ({ personId, unitId: null, group: i < 20 ? '正职' : '副职' })) });
  await app.call('evaluation.setStatus', { id: event.id, status: 'live' });
  const categories = event.config.categories.map((c) => c.code);
  for (let i = 0; i < ballots; i++) {
    const marks = ballot(i + 1, categories[i % categories.length]!);
    const start = performance.now();
    await app.call('evaluation.kioskSubmit', { id: event.id, marks });
    latencies.push(performance.now() - start);
  }
});
afterAll(() => app.close());

describe('述职测评 budgets', () => {
  it('saves a kiosk ballot (80 测评对象 × level + 5 scores) with p95 under 30 ms', () => {
    const p95 = [...latencies].sort((a, b) => a - b)[Math.ceil(latencies.length * 0.95) - 1]!;
    console.log(`kioskSubmit (service) p95 ${p95.toFixed(1)} ms`);
    expect(p95).toBeLessThan(30);
  });

  it('tallies 300 ballots × 80 测评对象 through the results channel in under 200 ms', async () => {
    let best = Infinity;
    let returned = 0;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const results = await app.call('evaluation.results', { id: event.id });
      best = Math.min(best, performance.now() - start);
      returned = results.sessionTotal.returned;
    }
    console.log(`results (300 × 80) best of 3: ${best.toFixed(1)} ms`);
    expect(returned).toBe(ballots);
    expect(best).toBeLessThan(200);
  });
});
