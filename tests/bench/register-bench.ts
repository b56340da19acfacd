import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeDatabase } from '../../db/open';
import { insertPersonRow } from '../../db/people/people';
import { insertUnit } from '../../db/units/units';
import { personInput } from '../helpers/people-input';
import { createTestApp, waitForJob, type TestApp } from '../helpers/test-context';
import { report, type Measurement } from './bench-lib';
import { chromiumArgs, chromiumPath } from '../helpers/chromium';

/**
 * 年度考核登记表 budgets (issue 6): 500 forms as .xlsx (the service's job, start to bytes) under 5 s;
 * 500 forms as PDF through the print view of the real built app in browser mode (navigation, data,
 * render, Chromium's printToPDF as Electron's webContents.printToPDF does it) under 30 s.
 * KAOPING_BENCH_OUT=dir keeps the .xlsx and .pdf there to look at.
 */

const year = 2026;
const count = 500;
const posts = [['科员', '一级科员'], ['副科长', '二级主任科员'], ['科长', '一级主任科员'], ['工程师', '专业技术十级'], ['办事员', '二级科员']] as const;
const politicals = ['中共党员', '中共党员', '群众', '共青团员', '民主党派'];

/** 500 people with every field of the form in 10 科室, in the 2026 year, a third of them confirmed. */
export async function seedRegisterYear(app: TestApp): Promise<void> {
  const db = app.ctx.db;
  const office = insertUnit(db, '某市国防动员办公室', null);
  const units = Array.from({ length: 10 }, (_x, i) => insertUnit(db, `第${i + 1}科室`, office));
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const [post, rank] = posts[i % posts.length]!;
      const fields = {
        name: `干部${String(i + 1).padStart(3, '0')}`, gender: i % 3 === 0 ? '女' : '男', birth: `${1965 + (i % 30)}.${String((i % 12) + 1).padStart(2, '0')}`,
        political: politicals[i % politicals.length]!, post, rank, postSince: `${2010 + (i % 15)}.${String(((i * 5) % 12) + 1).padStart(2, '0')}`,
        category: i % 4 === 3 ? '事业' : '公务员',
      } as const;
      insertPersonRow(db, personInput(units[i % units.length]!, fields) as never);
    }
  })();
  await app.call('annual.createYear', { year, addParticipants: true });
  // Outcomes straight into the table: the bench measures the forms, not the committee.
  db.prepare(`UPDATE annual_participants SET confirmed = CASE WHEN person_id % 9 = 0 THEN 'excellent' ELSE 'competent' END, confirmed_by = '考核委员会', confirmed_at = '2026-12-28T08:00:00.000Z' WHERE year = ? AND person_id % 3 = 0`).run(year);
}

async function xlsxMeasurement(app: TestApp, out: string | undefined): Promise<Measurement> {
  const start = performance.now();
  const { jobId } = await app.call('reports.startRegister', { year, scope: { kind: 'all' }, layout: 'sheets' });
  const file = await waitForJob(app, 'export', jobId);
  const ms = performance.now() - start;
  if (out) fs.writeFileSync(path.join(out, file.fileName), file.bytes);
  return report({ name: `年度考核登记表 .xlsx, ${count} people (one sheet each)`, n: count, ms, budget: '< 5 s', ok: ms < 5_000 });
}

export interface PrintViewPdf {
  /** the print view's route and query, e.g. `/annual/register-print?year=2026` */
  readonly route: string;
  /** the pages the PDF must have */
  readonly pages: number;
  /** the bench line's name */
  readonly name: string;
  /** kept under KAOPING_BENCH_OUT */
  readonly fileName: string;
}

/**
 * A print view of the real built app in browser mode, from navigation to Chromium's printToPDF (as
 * Electron's webContents.printToPDF does it): under 30 s. Shared by the 登记表 and the 通知书.
 */
export async function printViewPdfMeasurement(dataDir: string, out: string | undefined, view: PrintViewPdf): Promise<Measurement> {
  const token = 'bench-print-view';
  const main = process.env.KAOPING_BENCH_MAIN ?? 'dist/main/browser-main.cjs';
  const child = spawn(process.execPath, [main], { env: { ...process.env, KAOPING_DATA_DIR: dataDir, KAOPING_PORT: '0', KAOPING_TOKEN: token }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString());
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error('app exited')));
    });
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    try {
      const page = await browser.newPage();
      const start = performance.now();
      await page.goto(`${base}/?token=${token}#${view.route}`);
      await page.locator('[data-ready="true"]').waitFor({ timeout: 60_000 });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      const ms = performance.now() - start;
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      if (out) fs.writeFileSync(path.join(out, view.fileName), pdf);
      if (pages !== view.pages) throw new Error(`expected ${view.pages} pages, got ${pages}`);
      return report({ name: view.name, n: view.pages, ms, budget: '< 30 s', ok: ms < 30_000 });
    } finally {
      await browser.close();
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

export async function benchRegister(): Promise<Measurement[]> {
  const out = process.env.KAOPING_BENCH_OUT;
  const app = await createTestApp();
  let open = true;
  try {
    await seedRegisterYear(app);
    const xlsx = await xlsxMeasurement(app, out);
    // The app in browser mode opens the same data folder.
    closeDatabase(app.ctx.db);
    open = false;
    return [xlsx, await printViewPdfMeasurement(app.dir, out, {
      route: `/annual/register-print?year=${year}`, pages: count, name: `年度考核登记表 PDF, ${count} people (print view render + printToPDF)`, fileName: `${year}年度考核登记表-${count}.pdf`,
    })];
  } finally {
    if (open) app.close();
    else fs.rmSync(app.dir, { recursive: true, force: true });
  }
}
