import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeJson, encodeJson } from '../../shared/transport';
import { report, type Measurement } from './bench-lib';
import { chromiumArgs, chromiumPath } from '../helpers/chromium';

/**
 * 300 测评票 as PDF: the real built app in browser mode, its print view rendered by Chromium's
 * printToPDF (what Electron's webContents.printToPDF does), from navigation to the PDF bytes.
 */
export async function benchBallotPdf(): Promise<Measurement[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-bench-pdf-'));
  const token = 'bench-pdf';
  const child = spawn(process.execPath, ['dist/main/browser-main.cjs'], { env: { ...process.env, KAOPING_DATA_DIR: dataDir, KAOPING_PORT: '0', KAOPING_TOKEN: token }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString());
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error('app exited')));
    });
    const call = async (channel: string, input: unknown) => {
      const res = await fetch(`${base}/api/${channel}`, { method: 'POST', headers: { 'x-kaoping-token': token }, body: encodeJson(input) });
      const r = decodeJson(await res.text()) as { ok: boolean; value: never; error?: { message: string } };
      if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`);
      return r.value as { id: number; config: { categories: { code: string }[] } } & Record<string, unknown>;
    };
    await call('demo.load', {});
    const people = (await call('people.search', {})) as unknown as { rows: { id: number }[] };
    const event = await call('evaluation.create', { name: '测评票性能', year: 2026, date: '2026-12-20', unitTitle: '某市国防动员办公室', presetKey: 'civil-servant-level' });
    await call('evaluation.setTargets', { id: event.id, targets: people.rows.slice(0, 20).map((p) => ({ personId: p.id, unitId: null, group: '' })) });
    await call('evaluation.issueTickets', { id: event.id, count: 300 });

    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    try {
      const page = await browser.newPage();
      const start = performance.now();
      await page.goto(`${base}/?token=${token}#/evaluation/ballots?id=${event.id}`);
      await page.getByTestId('print-count').filter({ hasText: '共 300 张' }).waitFor({ timeout: 60_000 });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      const ms = performance.now() - start;
      // pdfinfo, not a regex over the bytes: Chromium may write a page's dictionary more than once
      const pdfFile = path.join(dataDir, 'ballots.pdf');
      fs.writeFileSync(pdfFile, pdf);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))?.[1] ?? 0);
      if (pages !== 300) throw new Error(`expected 300 pages, got ${pages}`);
      return [report({ name: '测评票 PDF, 300 ballots × 20 测评对象 (render + printToPDF)', n: 300, ms, budget: '< 15 s', ok: ms < 15_000 })];
    } finally {
      await browser.close();
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
