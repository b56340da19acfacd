import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Each test gets the REAL built app in browser mode (ARCHITECTURE §4): `node dist/main/browser-main.cjs`
 * with a fresh data folder and a free port, so tests never share a database and can run in
 * parallel. The app prints its URL (with the per-launch token) on stdout; we read it from there.
 */
export const repoRoot = path.resolve(__dirname, '..', '..');
export const screenshotDir = path.join(repoRoot, 'tests', 'output', 'screenshots');
export const sharedFixtures = path.join(repoRoot, 'tests', 'fixtures', 'shared');
const entry = path.join(repoRoot, 'dist', 'main', 'browser-main.cjs');
const urlLine = /请在浏览器中打开：(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

export interface RunningApp {
  readonly url: string;
  readonly dataDir: string;
  /** everything the app printed, for failure messages */
  readonly output: () => string;
}

export function startApp(dataDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` before the e2e tests`);
  const env: NodeJS.ProcessEnv = { ...process.env, KAOPING_DATA_DIR: dataDir, KAOPING_PORT: '0' };
  delete env.KAOPING_TOKEN;
  const child = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const output = () => log;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the app did not print its URL within 60 s:\n${log}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString('utf8');
      const m = urlLine.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => void (log += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the app exited with code ${code} before it was ready:\n${log}`));
    });
  });
}

/** Stops the app as a user quitting does (SIGTERM: quit backup, database closed); killed after `graceMs`. */
export async function stopApp(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), graceMs));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * What a test's database holds when its app starts: 'none' (a first run) or 'demo' (the demo office,
 * as 载入演示数据 leaves it). The demo database is built once per run by global-setup.ts and copied
 * into each test's fresh data folder: loading the demo is the slowest step of many tests, and the
 * tests about the button itself keep clicking it.
 */
export type Seed = 'none' | 'demo';

/** Where global-setup.ts leaves the demo database file for this run. */
export const demoDatabaseEnv = 'KAOPING_E2E_DEMO_DB';

/** The app's database file name (electron/data-dir.ts databaseFile). */
const databaseName = 'kaoping.sqlite';

declare global {
  interface Window {
    /** every toast text the page has shown, recorded by the `page` fixture (see expectToast) */
    __kaopingToasts?: string[];
    /** how many of them expectToast has already taken, per text looked for */
    __kaopingToastsTaken?: Record<string, number>;
  }
}

export const test = base.extend<{ app: RunningApp; consoleProblems: string[]; seed: Seed }>({
  // a click that cannot happen fails in seconds, not at the end of the whole test's time
  actionTimeout: 30_000,
  seed: ['none', { option: true }],
  app: async ({ seed }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-e2e-'));
    if (seed === 'demo') {
      const demo = process.env[demoDatabaseEnv];
      if (!demo || !fs.existsSync(demo)) throw new Error(`the demo database of this run is missing (${demo ?? demoDatabaseEnv + ' unset'}): tests/e2e/global-setup.ts builds it`);
      fs.copyFileSync(demo, path.join(dataDir, databaseName));
    }
    const { child, url, output } = await startApp(dataDir);
    try {
      await use({ url, dataDir, output });
    } finally {
      await stopApp(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
  // Toasts (antd message/notification) stay 3 s: on a loaded machine a poll for them can miss the
  // whole time they are on screen. Every one the page shows is recorded here as it appears, so
  // expectToast can find it afterwards.
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      const seen: string[] = (window.__kaopingToasts = []);
      // each notice once per text it shows (antd updates a keyed message in place)
      const shown = new WeakMap<Element, string>();
      const record = () => {
        for (const notice of document.querySelectorAll('.ant-message-notice, .ant-notification-notice')) {
          const text = notice.textContent?.trim();
          if (text && shown.get(notice) !== text) {
            shown.set(notice, text);
            seen.push(text);
          }
        }
      };
      new MutationObserver(record).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await use(page);
  },
  // Errors in the page (React, antd warnings, failed requests) fail the test: a screen can look
  // right and still be broken.
  consoleProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await use(problems);
    expect(problems, 'console errors or warnings in the page').toEqual([]);
  },
});

/**
 * A toast holding `text` has been shown since the page was loaded, even if it has gone again: reads
 * what the `page` fixture recorded, so a 3-second message cannot be missed by a slow poll. Each call
 * takes one such toast, so saving twice needs two toasts for two calls.
 */
export async function expectToast(page: Page, text: string): Promise<void> {
  const takeOne = () =>
    page.evaluate((wanted) => {
      const shown = (window.__kaopingToasts ?? []).filter((t) => t.includes(wanted)).length;
      const taken = (window.__kaopingToastsTaken ??= {});
      if (shown <= (taken[wanted] ?? 0)) return false;
      taken[wanted] = (taken[wanted] ?? 0) + 1;
      return true;
    }, text);
  await expect.poll(takeOne, { message: `a toast with 「${text}」` }).toBe(true);
}

export { expect };

/**
 * Opens the app at 人员 (the roster, where most journeys start; the app itself opens on 工作台, which
 * `screens-fit.spec.ts` checks) and waits for the shell.
 */
export async function openApp(page: Page, app: RunningApp): Promise<void> {
  await page.goto(`${app.url}#/people`);
  await expect(page.getByText('干部考核测评系统').first()).toBeVisible();
}

/**
 * A screenshot to look at: tests/output/screenshots/<name>.png (gitignored). It also checks the
 * screen's words: no English a user would see, no "undefined"/"null"/"NaN" leaking from code.
 * `ignore` removes text that may hold Latin letters on purpose (a folder path, a file name).
 */
export async function shot(page: Page, name: string, options: { ignore?: readonly string[] } = {}): Promise<void> {
  await picture(page, name);
  let text = await visibleText(page);
  for (const part of options.ignore ?? []) text = text.split(part).join(' ');
  expect(englishWords(text), `English words on screen ${name}`).toEqual([]);
  expect(text, `code words on screen ${name}`).not.toMatch(/undefined|null|NaN|\[object Object\]/);
}

/**
 * Pictures are for people to look at (`npm run test:e2e:shots`, which sets KAOPING_SHOTS=1): a plain test
 * run checks the same screens without drawing them to PNG, which took about a tenth of the suite's time.
 */
export const takePictures = process.env.KAOPING_SHOTS === '1';

/** The page as it looks now, to `tests/output/screenshots/<name>.png`, when pictures are asked for. */
export async function picture(page: Page, name: string): Promise<void> {
  if (!takePictures) return;
  fs.mkdirSync(screenshotDir, { recursive: true });
  await animationsSettled(page);
  // toasts are left out of the picture rather than waited out (each stays 3 s): the picture shows the page
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), style: '.ant-message, .ant-notification { visibility: hidden !important; }' });
}

/**
 * Waits until no finite animation or transition is running, so a picture shows the final state.
 * antd's motion is off under test (the page follows prefers-reduced-motion, which the config sets),
 * so this is usually immediate; our own CSS transitions finish here. Endless ones (a spinner) are
 * not waited for. A condition, not a fixed sleep: it waits as long as a busy machine needs.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}

/**
 * Also at the smaller office screen (1280×720), then back, when pictures are asked for (what fits at
 * 1280×720 is checked by screens-fit.spec.ts in every run).
 */
export async function shotBothSizes(page: Page, name: string, options: { ignore?: readonly string[] } = {}): Promise<void> {
  await shot(page, name, options);
  if (!takePictures) return;
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 720 });
  await shot(page, `${name}-1280x720`, options);
  if (size) await page.setViewportSize(size);
}

/** Every text node visible on the page, to check no English or "undefined"/"null" reaches the user. */
export async function visibleText(page: Page): Promise<string> {
  // the operator is the OS account name in browser mode (e.g. "root"): data, not UI wording
  return page.evaluate(() => {
    const operator = document.querySelector('.shell-operator-name')?.textContent ?? '';
    return operator ? document.body.innerText.split(operator).join(' ') : document.body.innerText;
  });
}

/**
 * Latin words a user should never see. Allowed: file extensions and formats the office knows
 * (xlsx, xls, csv, Excel, UTF-8, GBK, CSV, KB, MB, X in ID numbers), the names printed on keyboard
 * keys (Tab, Delete, Esc, Enter …: keyboard legends name the key as the user sees it), and the data
 * folder path.
 */
const keyNames = ['tab', 'delete', 'esc', 'enter', 'space', 'backspace', 'pageup', 'pagedown', 'home', 'end', 'ctrl', 'shift'];

export function englishWords(text: string, allowed: readonly string[] = []): string[] {
  const ok = new Set(['xlsx', 'xls', 'csv', 'excel', 'utf', 'gbk', 'kb', 'mb', 'pdf', 'x', 'yyyy', 'mm', 'dd', 'word', ...keyNames, ...allowed.map((a) => a.toLowerCase())]);
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ok.has(w.toLowerCase()));
}
