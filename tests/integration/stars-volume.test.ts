import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBoard } from '../../electron/services/stars/board';
import { exportStarBoard } from '../../electron/services/stars/export';
import { buildGrid } from '../../electron/services/stars/grid-build';
import { requireScheme } from '../../electron/services/stars/common';
import { yearEndStars } from '../../electron/services/stars/year-end';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { seedBulkStarYear } from '../helpers/stars-bulk';

/**
 * The volumes of issue 4's budgets: the board, the grid and the year-end figures for 2,000 people ×
 * 10 stars × 4 quarters, and the 公示榜 export of 2,000 people, are complete. How fast is measured by
 * `npm run bench` (tests/bench/stars-bench.ts), not here.
 */

let app: TestApp;
let schemeId: number;
const people = 2000;

beforeAll(async () => {
  app = await createTestApp();
  ({ schemeId } = await seedBulkStarYear(app, people));
}, 120_000);
afterAll(() => app.close());

describe('双十星 at volume', () => {
  it('builds the year board (2,000 × 10 × 4 quarters) with 十星级 and 不得参评 people', () => {
    const board = buildBoard(app.ctx.db, requireScheme(app.ctx.db, schemeId), { period: null });
    expect(board.rows).toHaveLength(people);
    expect(board.rows.some((r) => r.tenStar)).toBe(true);
    expect(board.rows.some((r) => r.disqualified)).toBe(true);
  });

  it('builds a quarter board, the grid and the year-end figures for everyone, and the board through the dispatch', async () => {
    const scheme = requireScheme(app.ctx.db, schemeId);
    expect(buildBoard(app.ctx.db, scheme, { period: 4 }).rows).toHaveLength(people);
    expect(buildGrid(app.ctx.db, scheme, 4).rows).toHaveLength(people);
    const yearEnd = yearEndStars(app.ctx, { year: 2026 }).person;
    expect(yearEnd.rows).toHaveLength(people);
    expect(yearEnd.rows.some((r) => r.tenStar)).toBe(true);
    // the dispatch validates all 2,000 rows of output against the contract
    expect((await app.call('stars.board', { schemeId, period: null })).rows).toHaveLength(people);
  });

  it('exports the 公示榜 of 2,000 people: one row per person under the header', async () => {
    const file = await exportStarBoard(app.ctx, { schemeId, period: 4, includeSubunits: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const board = buildBoard(app.ctx.db, requireScheme(app.ctx.db, schemeId), { period: 4 });
    const names = new Set(board.rows.map((r) => r.name));
    let found = 0;
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && names.has(c.value) && found++)));
    expect(found).toBeGreaterThanOrEqual(people);
  });
});
