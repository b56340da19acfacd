import { createTestApp } from '../helpers/test-context';
import { report, timeBest, type Measurement } from './bench-lib';
import { taskListXlsx } from './tasks-bench';

/**
 * 月度通报 (issue 12 budget): a month's 通报 for 40 科室 over a year of 2,000 tasks (4,000 nodes, through
 * the real import) and 52 weeks of 周晒 by every 科室, computed by the service (load the year's rows,
 * figures, 排名分, suggestions): < 200 ms, absolute like the other service budgets here.
 */
export async function benchBulletins(): Promise<Measurement[]> {
  const app = await createTestApp({ today: '2026-12-20' });
  try {
    const unitIds: number[] = [];
    for (let i = 0; i < 40; i++) unitIds.push((await app.call('units.create', { name: `第${i + 1}科`, parentId: null })).id);
    await app.call('annual.createYear', { year: 2026, addParticipants: false });
    await app.call('tasks.import', { year: 2026, file: { fileName: 'bench.xlsx', bytes: await taskListXlsx(2_000) }, commit: true, mode: 'replace' });
    const weekly = await app.call('weekly.settings', { year: 2026 });
    await app.call('weekly.setSettings', { year: 2026, settings: { ...weekly.settings, mode: 'unit', unitIds } });
    for (let week = 1; week <= 52; week++) {
      for (const id of unitIds) await app.call('weekly.saveItems', { year: 2026, week, target: { kind: 'unit', id }, items: [{ text: '完成本周重点工作' }, { text: '推进专项任务' }] });
    }
    await app.call('bulletins.setSettings', { year: 2026, settings: { ...(await app.call('bulletins.settings', { year: 2026 })).settings, unitIds } });
    let rows = 0;
    const ms = await timeBest(5, async () => {
      rows = (await app.call('bulletins.view', { year: 2026, month: 6 })).figures.rows.length;
    });
    if (rows !== 40) throw new Error(`expected 40 rows, got ${rows}`);
    return [report({ name: 'bulletins.view 40 科室, 2k tasks, 52 weeks of 周晒 (service)', n: 40, ms, budget: '< 200 ms', ok: ms < 200 })];
  } finally {
    app.close();
  }
}
