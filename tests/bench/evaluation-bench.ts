import { performance } from 'node:perf_hooks';
import { handlers } from '../../electron/handlers';
import { startHost } from '../../electron/host';
import type { BallotMarks, EvaluationConfig } from '../../shared/evaluation/config';
import { encodeJson } from '../../shared/transport';
import { tallyEvaluation } from '../../shared/evaluation/tally';
import { bulkTallyInput } from '../helpers/bulk-inputs';
import { createTestApp, waitForJob, type TestApp } from '../helpers/test-context';
import { percentile, report, timeBest, type Measurement } from './bench-lib';
import { rosterRows, rosterXlsx } from './roster-bench';

/** An event with `targets` 测评对象 from an imported roster, three categories, live, level + 5 indicators. */
export async function liveEvent(app: TestApp, targets: number, ballotsPerCategory: number) {
  const bytes = await rosterXlsx(rosterRows(targets));
  const { jobId } = await app.call('roster.importStart', { fileName: 'bench.xlsx', bytes });
  const session = await waitForJob(app, 'roster-import', jobId);
  await app.call('roster.importPreview', { sessionId: session.sessionId });
  await app.call('roster.importCommit', { sessionId: session.sessionId });
  const people = (await app.call('people.search', {})).rows;

  const created = await app.call('evaluation.create', { name: '性能测试', year: 2026, date: '2026-12-20', unitTitle: '某市国防动员办公室', presetKey: 'level-and-score' });
  const config: EvaluationConfig = {
    ...created.config,
    categories: created.config.categories.map((c) => ({ ...c, expected: ballotsPerCategory, issued: ballotsPerCategory })),
    rules: { ...created.config.rules, excellentLimit: { kind: 'none' }, identicalScoresInvalid: false, allFullMarksInvalid: false },
  };
  await app.call('evaluation.update', { id: created.id, config });
  const event = await app.call('evaluation.setTargets', { id: created.id, targets: people.map((p) => ({ personId: p.id, unitId: null, group: p.isLeader ? '正职' : '副职' })) });
  await app.call('evaluation.setStatus', { id: created.id, status: 'live' });
  return { event, config };
}

/** A plausible, valid ballot: levels spread over the scale, scores 60..100. */
export function ballotFor(config: EvaluationConfig, targetIds: readonly number[], seed: number, category: string): BallotMarks {
  let x = seed * 2654435761;
  const next = () => ((x = (x * 1103515245 + 12345) >>> 0) % 1000) / 1000;
  return {
    category,
    lines: targetIds.map((targetId) => ({
      targetId,
      level: config.levels[Math.min(config.levels.length - 1, Math.floor(next() * 2.5))]?.code ?? null,
      scores: Object.fromEntries(config.indicators.map((i) => [i.code, Math.round(60 + next() * 40)])),
    })),
  };
}

export async function benchEvaluation(): Promise<Measurement[]> {
  const results: Measurement[] = [];
  // The computation alone (shared/evaluation/tally.ts), on the input of tests/unit/evaluation-tally-bulk.test.ts.
  const input = { ...bulkTallyInput(), attendance: {} };
  const pure = await timeBest(5, () => tallyEvaluation(input));
  results.push(report({ name: 'tallyEvaluation 300 ballots × 80 targets, level + 5 scores (shared, no SQL)', n: 300, ms: pure, budget: '< 200 ms', ok: pure < 200 }));
  const app = await createTestApp();
  try {
    const { event, config } = await liveEvent(app, 80, 100);
    const targetIds = event.targetList.map((t) => t.id);
    const categories = config.categories.map((c) => c.code);

    // Kiosk submit through the browser-mode host: HTTP round trip included.
    const host = await startHost({ ctx: app.ctx, handlers, rendererDir: app.dir, token: 'bench' });
    const latencies: number[] = [];
    try {
      for (let i = 0; i < 300; i++) {
        const body = encodeJson({ id: event.id, marks: ballotFor(config, targetIds, i + 1, categories[i % categories.length]!) });
        const start = performance.now();
        const res = await fetch(`http://127.0.0.1:${host.port}/api/evaluation.kioskSubmit`, { method: 'POST', headers: { 'x-kaoping-token': 'bench' }, body });
        const text = await res.text();
        latencies.push(performance.now() - start);
        if (!text.includes('"ok":true')) throw new Error(`kiosk submit failed: ${text.slice(0, 200)}`);
      }
    } finally {
      await host.close();
    }
    const p95 = percentile(latencies, 95);
    results.push(report({ name: 'evaluation.kioskSubmit p95 (HTTP, 80 targets × level + 5 scores)', n: latencies.length, ms: p95, budget: 'p95 < 30 ms', ok: p95 < 30 }));

    // Tally of the 300 ballots × 80 targets in the service.
    const tally = await timeBest(3, () => app.call('evaluation.results', { id: event.id }));
    results.push(report({ name: 'evaluation.results tally 300 ballots × 80 targets', n: 300, ms: tally, budget: '< 200 ms', ok: tally < 200 }));
  } finally {
    app.close();
  }
  return results;
}
