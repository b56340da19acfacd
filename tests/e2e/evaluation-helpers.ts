import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { decodeJson, encodeJson } from '../../shared/transport';
import { repoRoot, screenshotDir, type RunningApp } from './fixtures';
import { savePrintedPdf } from './print-helpers';

/**
 * Calls a channel of the running app over its HTTP API (the same one the page uses), to prepare
 * data quickly where the test is about another screen.
 */
export async function callApi<C extends ChannelName>(app: RunningApp, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const url = new URL(app.url);
  const response = await fetch(`${url.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kaoping-Token': url.searchParams.get('token') ?? '' },
    body: encodeJson(input ?? {}),
  });
  const result = decodeJson(await response.text()) as Result<ChannelOutput<C>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export interface PreparedEvent {
  readonly id: number;
  /** 测评对象 in ballot order */
  readonly targets: readonly { id: number; name: string }[];
}

/**
 * A 公务员 等次票 event with the given number of 班子成员 as 测评对象, 优秀 at most `excellentMax` per
 * ballot, categories A/B/C with 应到/发出, in the given status.
 */
export async function prepareEvent(app: RunningApp, options: { targets: number; excellentMax: number; status: 'setup' | 'test' | 'live'; name?: string }): Promise<PreparedEvent> {
  // the demo office: seeded by the fixture (`seed: 'demo'`) or loaded here into an empty database
  if ((await callApi(app, 'people.search', {})).rows.length === 0) await callApi(app, 'demo.load', {});
  const people = await callApi(app, 'people.search', { isLeader: true });
  const chosen = people.rows.slice(0, options.targets);
  if (chosen.length < options.targets) throw new Error(`the demo office has only ${chosen.length} 班子成员`);
  const created = await callApi(app, 'evaluation.create', { name: options.name ?? '2025年度机关干部述职测评', year: 2025, date: '2026-01-16', unitTitle: '示范区国防动员办公室', presetKey: 'civil-servant-level' });
  const config = {
    ...created.config,
    categories: created.config.categories.map((c, i) => ({ ...c, expected: [3, 4, 5][i] ?? 3, issued: [3, 4, 5][i] ?? 3 })),
    rules: { ...created.config.rules, excellentLimit: { kind: 'count' as const, value: options.excellentMax } },
  };
  await callApi(app, 'evaluation.update', { id: created.id, config });
  const withTargets = await callApi(app, 'evaluation.setTargets', { id: created.id, targets: chosen.map((p) => ({ personId: p.id, unitId: null, group: '班子成员' })) });
  if (options.status !== 'setup') await callApi(app, 'evaluation.setStatus', { id: created.id, status: options.status });
  const targets = [...withTargets.targetList].sort((a, b) => a.sortOrder - b.sortOrder).map((t) => ({ id: t.id, name: t.name }));
  return { id: created.id, targets };
}

/** Renders the print view to PDF, then page `pageNo` to PNG; returns the PDF's text and the PNG path. */
export async function printToPdf(page: Page, name: string, pageNo = 1): Promise<{ text: string; png: string; pages: number; pdfPath: string }> {
  const outDir = path.join(repoRoot, 'tests', 'output');
  fs.mkdirSync(screenshotDir, { recursive: true });
  const pdfPath = path.join(outDir, `${name}.pdf`);
  await savePrintedPdf(page, pdfPath);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const pngBase = path.join(screenshotDir, name);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(pageNo), '-l', String(pageNo), '-singlefile', pdfPath, pngBase]);
  return { text, png: `${pngBase}.png`, pages, pdfPath };
}

/**
 * The QR codes on the first page of a PDF as zbarimg reads them (`QR-Code:…` lines), or null when
 * zbar-tools is not installed (it is not needed to run the app, only to read the printout back).
 */
export function readQrCodes(pdfPath: string): string | null {
  try {
    execFileSync('zbarimg', ['--version'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const base = pdfPath.replace(/\.pdf$/, '-qr');
  execFileSync('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', '-singlefile', pdfPath, base]);
  try {
    return execFileSync('zbarimg', ['-q', `${base}.png`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } finally {
    fs.rmSync(`${base}.png`, { force: true });
  }
}
