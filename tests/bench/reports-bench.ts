import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { buildMaterials } from '../../electron/services/reports/materials';
import { seedAnnualYear } from './annual-bench';
import { report, timeBest, type Measurement } from './bench-lib';

/**
 * 年终考核 report budgets (issue 6): the 年终考核材料 workbook for 2,000 people in 10 groups with
 * every sheet (汇总表, 排名表, a 2,000-target 民主测评, 评星汇总 of 2,000 × 4 quarters, 十星级,
 * 平时考核, records, rules) under 5 s, and within 2× a bare exceljs streaming write of the same
 * cells, measured in the same run. Ours includes reading the data and computing the composite.
 */

const year = 2026;

/** Every sheet's rows as exceljs reads them back: what the bare write writes. */
async function cellsOf(bytes: Uint8Array): Promise<{ name: string; rows: unknown[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => (v != null && typeof v === 'object' && 'richText' in v ? null : v)));
    });
    return { name: ws.name, rows };
  });
}

async function bareWrite(sheets: readonly { name: string; rows: unknown[][] }[]): Promise<void> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row).commit();
    ws.commit();
  }
  await workbook.commit();
}

export async function benchReports(): Promise<Measurement[]> {
  const { app } = await seedAnnualYear();
  try {
    const noProgress = () => undefined;
    const signal = new AbortController().signal;
    const file = await buildMaterials(app.ctx, { year }, noProgress, signal);
    const sheets = await cellsOf(file.bytes);
    const cells = sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
    if (sheets.length < 9 || !sheets.some((s) => s.name.startsWith('民主测评')) || sheets[0]!.rows.length < 2000) {
      throw new Error(`reports bench: the workbook lacks sheets or rows: ${sheets.map((s) => `${s.name} ${s.rows.length}`).join(', ')}`);
    }
    const baseline = await timeBest(3, () => bareWrite(sheets));
    const ours = await timeBest(3, () => buildMaterials(app.ctx, { year }, noProgress, signal));
    return [report({
      name: `reports.startMaterials 2000 people × 10 groups, ${sheets.length} sheets, ${cells} cells (data + composite + write)`,
      n: 2000, ms: ours, baselineMs: baseline, ratio: ours / baseline,
      budget: '< 5 s and ≤ 2× bare exceljs streaming write of the same cells', ok: ours < 5000 && ours <= 2 * baseline,
    })];
  } finally {
    app.close();
  }
}
