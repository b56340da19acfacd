import fs from 'node:fs';
import { closeDatabase } from '../../db/open';
import { createTestApp } from '../helpers/test-context';
import type { Measurement } from './bench-lib';
import { printViewPdfMeasurement, seedRegisterYear } from './register-bench';

/**
 * 考核结果通知书 budget (issue 13): 500 notices as PDF through the print view of the real built app
 * (navigation, the notices channel with the consequence rules over each person's history, render,
 * printToPDF) under 30 s. The year is left open, so every page carries the 样稿 watermark too.
 * KAOPING_BENCH_OUT=dir keeps the .pdf there to look at.
 */

const year = 2026;
const count = 500;

export async function benchNotices(): Promise<Measurement[]> {
  const out = process.env.KAOPING_BENCH_OUT;
  const app = await createTestApp();
  let open = true;
  try {
    await seedRegisterYear(app);
    // Every outcome confirmed straight into the table (the bench measures the notices, not the committee).
    app.ctx.db.prepare(`UPDATE annual_participants SET confirmed = CASE WHEN person_id % 9 = 0 THEN 'excellent' WHEN person_id % 50 = 1 THEN 'basic' ELSE 'competent' END, confirmed_by = '考核委员会', confirmed_at = '2026-12-28T08:00:00.000Z' WHERE year = ?`).run(year);
    // The app in browser mode opens the same data folder.
    closeDatabase(app.ctx.db);
    open = false;
    return [await printViewPdfMeasurement(app.dir, out, {
      route: `/annual/notices-print?year=${year}`, pages: count, name: `考核结果通知书 PDF, ${count} people (print view render + printToPDF)`, fileName: `${year}年度考核结果通知书-${count}.pdf`,
    })];
  } finally {
    if (open) app.close();
    else fs.rmSync(app.dir, { recursive: true, force: true });
  }
}
