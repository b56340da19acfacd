import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { boardColumns, boardRowCells } from '../../electron/services/stars/stars-workbook';
import { buildBoard } from '../../electron/services/stars/board';
import { requireScheme } from '../../electron/services/stars/common';
import { exportStarBoard } from '../../electron/services/stars/export';
import { buildGrid } from '../../electron/services/stars/grid-build';
import { createTestApp } from '../helpers/test-context';
import { seedBulkStarYear } from '../helpers/stars-bulk';
import { report, timeBest, type Measurement } from './bench-lib';

/**
 * 双十星 budgets (issue 4): the year board for 2,000 people × 10 stars × 4 quarters built in the
 * service in under 150 ms; the 公示榜 export for 2,000 people within 1.5× a bare exceljs streaming
 * write of the same cells.
 */
export async function benchStars(): Promise<Measurement[]> {
  const n = 2000;
  const results: Measurement[] = [];
  const app = await createTestApp();
  try {
    const { schemeId } = await seedBulkStarYear(app, n);
    const db = app.ctx.db;
    const year = await timeBest(7, () => buildBoard(db, requireScheme(db, schemeId), { period: null }));
    results.push(report({ name: 'stars.board year 2000×10×4 (service)', n, ms: year, budget: '< 150 ms', ok: year < 150 }));
    const quarter = await timeBest(7, () => buildBoard(db, requireScheme(db, schemeId), { period: 4 }));
    results.push(report({ name: 'stars.board quarter 2000×10 (service)', n, ms: quarter, budget: '< 150 ms', ok: quarter < 150 }));
    const grid = await timeBest(7, () => buildGrid(db, requireScheme(db, schemeId), 4));
    results.push(report({ name: 'stars.grid quarter 2000×10, every fact (service)', n, ms: grid, budget: '< 150 ms', ok: grid < 150 }));

    const board = buildBoard(db, requireScheme(db, schemeId), { period: 4 });
    const headers = boardColumns({ nameHeader: '姓名', unitHeader: '单位', items: board.items, withPost: true }).map((c) => c.header);
    const rows = board.rows.map((r, i) => boardRowCells({ ...r, remark: r.disqualified ? `不得参评：${r.disqualified}` : '' }, i, true));
    const baseline = await timeBest(5, async () => {
      const stream = new PassThrough();
      stream.on('data', () => undefined);
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream });
      const ws = wb.addWorksheet('星级公示榜');
      ws.addRow(headers).commit();
      for (const r of rows) ws.addRow(r).commit();
      ws.commit();
      await wb.commit();
    });
    const ours = await timeBest(5, () => exportStarBoard(app.ctx, { schemeId, period: 4, includeSubunits: true }));
    results.push(report({ name: 'stars.exportBoard 公示榜 2000 people', n, ms: ours, baselineMs: baseline, ratio: ours / baseline, budget: '≤ 1.5× bare exceljs streaming write', ok: ours <= 1.5 * baseline }));
  } finally {
    app.close();
  }
  return results;
}
