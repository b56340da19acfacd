import { PassThrough } from 'node:stream';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardColumns, boardRowCells } from '../../electron/excel/stars-workbook';
import { buildBoard } from '../../electron/services/stars-board';
import { exportStarBoard } from '../../electron/services/stars-export';
import { buildGrid } from '../../electron/services/stars-grid-build';
import { requireScheme } from '../../electron/services/stars-common';
import { yearEndStars } from '../../electron/services/stars-year-end';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { seedBulkStarYear } from '../helpers/stars-bulk';

/**
 * Budgets (issue 4): the board for 2,000 people × 10 stars × 4 quarters is built in under 150 ms in
 * the service; the 公示榜 export of 2,000 people is within 1.5× a bare exceljs write of the same cells.
 * Best of several runs: the machines are shared and noisy.
 */

let app: TestApp;
let schemeId: number;
const people = 2000;

beforeAll(async () => {
  app = await createTestApp();
  ({ schemeId } = await seedBulkStarYear(app, people));
}, 120_000);
afterAll(() => app.close());

async function best(runs: number, fn: () => unknown): Promise<number> {
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    ms = Math.min(ms, performance.now() - start);
  }
  return ms;
}
const log = (name: string, ms: number, extra: Record<string, unknown> = {}) => console.log(JSON.stringify({ name, n: people, ms: Math.round(ms * 10) / 10, ...extra }));

describe('双十星 budgets', () => {
  it('builds the year board (2,000 × 10 × 4 quarters) in under 150 ms', async () => {
    const scheme = requireScheme(app.ctx.db, schemeId);
    const board = buildBoard(app.ctx.db, scheme, { period: null });
    expect(board.rows).toHaveLength(people);
    expect(board.rows.some((r) => r.tenStar)).toBe(true);
    expect(board.rows.some((r) => r.disqualified)).toBe(true);
    const ms = await best(7, () => buildBoard(app.ctx.db, requireScheme(app.ctx.db, schemeId), { period: null }));
    log('stars.board year 2000×10×4', ms, { budget: '< 150 ms' });
    expect(ms).toBeLessThan(150);
  });

  it('builds a quarter board, the grid and the year-end figures in under 150 ms each', async () => {
    const period = await best(7, () => buildBoard(app.ctx.db, requireScheme(app.ctx.db, schemeId), { period: 4 }));
    log('stars.board quarter 2000×10', period, { budget: '< 150 ms' });
    const grid = await best(7, () => buildGrid(app.ctx.db, requireScheme(app.ctx.db, schemeId), 4));
    log('stars.grid quarter 2000×10 (every fact)', grid, { budget: '< 150 ms' });
    const yearEnd = await best(7, () => yearEndStars(app.ctx, { year: 2026 }));
    log('stars yearEndStars 2000×10×4', yearEnd, { budget: '< 150 ms' });
    expect(Math.max(period, grid, yearEnd)).toBeLessThan(150);
    // through the real dispatch (validation of 2,000 rows of output included), for reference
    const dispatched = await best(3, () => app.call('stars.board', { schemeId, period: null }));
    log('stars.board year via dispatch (output validated)', dispatched);
  });

  it('exports the 公示榜 for 2,000 people within 1.5× a bare exceljs write of the same cells', async () => {
    const scheme = requireScheme(app.ctx.db, schemeId);
    const board = buildBoard(app.ctx.db, scheme, { period: 4 });
    const input = { nameHeader: '姓名', unitHeader: '单位', items: board.items, withPost: true };
    const headers = boardColumns(input).map((c) => c.header);
    const rows = board.rows.map((r, i) => boardRowCells({ ...r, remark: r.disqualified ? `不得参评：${r.disqualified}` : '' }, i, true));
    const bareWrite = async () => {
      const stream = new PassThrough();
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream });
      const ws = wb.addWorksheet('星级公示榜');
      ws.addRow(headers).commit();
      for (const r of rows) ws.addRow(r).commit();
      ws.commit();
      await wb.commit();
    };
    // Interleaved, best of each: a load spike on this shared machine then hits both sides alike
    // instead of only the one measured second.
    let baseline = Infinity;
    let ours = Infinity;
    for (let round = 0; round < 6; round++) {
      baseline = Math.min(baseline, await best(1, bareWrite));
      ours = Math.min(ours, await best(1, () => exportStarBoard(app.ctx, { schemeId, period: 4, includeSubunits: true })));
    }
    log('stars.exportBoard 2000 people', ours, { baselineMs: Math.round(baseline * 10) / 10, ratio: Math.round((ours / baseline) * 100) / 100, budget: '≤ 1.5× bare exceljs streaming write' });
    expect(ours).toBeLessThanOrEqual(1.5 * baseline);
  });
});
