import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPersonRow } from '../../db/people/people';
import { insertUnit } from '../../db/units/units';
import type { EvaluationEvent } from '../../shared/contract/evaluation';
import type { BallotMarks } from '../../shared/evaluation/config';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { personInput } from '../helpers/people-input';

/**
 * The volumes of issue 3's budgets, in the service: 300 kiosk ballots of 80 测评对象 × level + 5
 * scores are all kept, and the results channel tallies them. How fast (p95 of a submit, the tally) is
 * measured by `npm run bench` (tests/bench/evaluation-bench.ts), not here.
 */
const targets = 80;
const ballots = 300;

let app: TestApp;
let event: EvaluationEvent;

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
    await app.call('evaluation.kioskSubmit', { id: event.id, marks });
  }
});
afterAll(() => app.close());

describe('述职测评 at volume', () => {
  it('keeps every one of 300 kiosk ballots (80 测评对象 × level + 5 scores) and tallies them through the results channel', async () => {
    const results = await app.call('evaluation.results', { id: event.id });
    expect(results.sessionTotal.returned).toBe(ballots);
    expect(results.sessionTotal.valid + results.sessionTotal.invalid).toBe(ballots);
    expect(results.targets).toHaveLength(targets);
    expect(results.targets.every((t) => t.rank !== null)).toBe(true);
  });
});
