import ExcelJS from 'exceljs';
import { createTestApp, waitForJob, type TestApp } from '../helpers/test-context';
import { report, timeBest, type Measurement } from './bench-lib';
import { rosterRows, rosterXlsx } from './roster-bench';

/**
 * 历年等次 import (DOMAIN.md §9) of 10,000 rows — one earlier year for each of 10,000 people, long form —
 * against a bare exceljs read of the same file: read, find the header, parse every row, match by
 * 身份证号, check, and write in one transaction (the commit call; a preview is the same without the
 * write). The roster is imported once, untimed.
 */

const words = ['优秀', '称职', '称职', '称职', '基本称职', '合格'];

async function historyXlsx(rows: readonly string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('历年等次');
  ws.addRow(['历年年度考核等次']);
  ws.addRow(['序号', '姓名', '身份证号', '年度', '等次']);
  rows.forEach((r, i) => ws.addRow([i + 1, r[1], r[4], '2023年度', words[i % words.length]]));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function appWithRoster(rows: string[][]): Promise<TestApp> {
  const app = await createTestApp();
  const { jobId } = await app.call('roster.importStart', { fileName: 'roster.xlsx', bytes: await rosterXlsx(rows) });
  const session = await waitForJob(app, 'roster-import', jobId);
  await app.call('roster.importPreview', { sessionId: session.sessionId });
  await app.call('roster.importCommit', { sessionId: session.sessionId });
  return app;
}

export async function benchHistory(): Promise<Measurement[]> {
  const n = 10_000;
  const rows = rosterRows(n);
  const bytes = await historyXlsx(rows);
  const app = await appWithRoster(rows);
  try {
    const baseline = await timeBest(3, async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    });
    const file = { fileName: 'history.xlsx', bytes };
    const preview = await app.call('history.import', { file });
    if (preview.okRows !== n) throw new Error(`expected ${n} rows, got ${preview.okRows} (${preview.errorRows} with problems)`);
    // the commit does all the preview does (read, parse, match, check) and writes in one transaction
    const ours = await timeBest(3, async () => {
      const saved = await app.call('history.import', { file, commit: true });
      if (saved.saved !== n) throw new Error(`expected ${n} saved, got ${saved.saved}`);
    });
    const limit = 1.5 * baseline + 300;
    return [report({ name: 'history.import 10k rows xlsx (read+parse+match+commit)', n, ms: ours, baselineMs: baseline, ratio: ours / baseline, budget: '≤ 1.5× bare exceljs read + 300 ms', ok: ours <= limit })];
  } finally {
    app.close();
  }
}

if (process.argv[1]?.endsWith('history-bench.ts')) void benchHistory();
