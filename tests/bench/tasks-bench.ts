import ExcelJS from 'exceljs';
import { createTestApp } from '../helpers/test-context';
import { report, timeBest, type Measurement } from './bench-lib';

/**
 * 工作任务清单 import (issue 12 budget): a 2,000-row task list as offices send it (title row, 目标 and
 * 项目 merged down, 牵头单位 as free text, two nodes written in one 完成时限 cell) read, checked, previewed
 * and committed, against a bare exceljs read of the same file: ≤ 1.5× + 300 ms.
 */

const unitCount = 40;
const unitName = (i: number) => `第${i + 1}科`;

export async function taskListXlsx(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务清单');
  ws.addRow(['2026年度重点工作任务清单']);
  ws.mergeCells('A1:I1');
  ws.addRow(['序号', '目标', '项目', '工作任务', '牵头单位', '配合单位', '责任人', '完成时限', '备注']);
  const perProject = 20;
  const perGoal = 200;
  for (let i = 0; i < rows; i++) {
    const goal = Math.floor(i / perGoal);
    const project = Math.floor(i / perProject);
    ws.addRow([
      i + 1, i % perGoal === 0 ? `目标${goal + 1}` : null, i % perProject === 0 ? `项目${project + 1}` : null, `第${i + 1}项工作任务：推进重点工作落实`,
      unitName(i % unitCount), unitName((i + 1) % unitCount), null, `${1 + (i % 6)}月底前完成方案；${7 + (i % 6)}月${10 + (i % 15)}日前完成建设`, '',
    ]);
  }
  for (let g = 0; g * perGoal < rows; g++) ws.mergeCells(3 + g * perGoal, 2, 2 + Math.min(rows, (g + 1) * perGoal), 2);
  for (let p = 0; p * perProject < rows; p++) ws.mergeCells(3 + p * perProject, 3, 2 + Math.min(rows, (p + 1) * perProject), 3);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function benchTasks(): Promise<Measurement[]> {
  const n = 2_000;
  const bytes = await taskListXlsx(n);
  const baseline = await timeBest(3, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  });
  const app = await createTestApp({ today: '2026-07-15' });
  try {
    for (let i = 0; i < unitCount; i++) await app.call('units.create', { name: unitName(i), parentId: null });
    const file = { fileName: 'bench.xlsx', bytes };
    const ours = await timeBest(3, async () => {
      const preview = await app.call('tasks.import', { year: 2026, file });
      if (preview.errors.length > 0 || preview.counts.tasks !== n) throw new Error(`expected ${n} tasks without errors, got ${JSON.stringify(preview.counts)} ${JSON.stringify(preview.errors.slice(0, 3))}`);
      await app.call('tasks.import', { year: 2026, file, commit: true, mode: 'replace' });
    });
    const limit = 1.5 * baseline + 300;
    return [report({ name: 'tasks.import 2k rows xlsx (read+check+preview+commit)', n, ms: ours, baselineMs: baseline, ratio: ours / baseline, budget: '≤ 1.5× bare exceljs read + 300 ms', ok: ours <= limit })];
  } finally {
    app.close();
  }
}
