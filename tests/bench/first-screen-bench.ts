import { chromium, type Browser, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../helpers/chromium';
import { report, type Measurement } from './bench-lib';

/**
 * Time to the first screen (issue 14 §5): navigation to the 人员 page of the built app in browser
 * mode, showing the demo roster, against a bare antd page (one Button) built by Vite the same way
 * (same React plugin, same production build) and served from the same machine. Each load is in a
 * fresh browser context, so nothing is cached; best of several runs each, taken in turns.
 */
const runs = 5;
const budgetRatio = 3;

const bareHtml = `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="UTF-8" /><title>antd</title></head>
  <body><div id="root"></div><script type="module" src="./main.tsx"></script></body>
</html>
`;
const bareMain = `import { Button } from 'antd';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<Button type="primary">确定</Button>);
`;

/** Builds the bare page inside the repo (so it resolves the same node_modules) and returns its folder. */
async function buildBarePage(): Promise<{ root: string; out: string }> {
  fs.mkdirSync('test-results', { recursive: true });
  const root = fs.mkdtempSync(path.resolve('test-results', 'bench-bare-antd-'));
  fs.writeFileSync(path.join(root, 'index.html'), bareHtml);
  fs.writeFileSync(path.join(root, 'main.tsx'), bareMain);
  const out = path.join(root, 'dist');
  // the modulepreload polyfill does nothing in Chromium (native modulepreload) and does not resolve
  // from a folder outside the app's root when node_modules is a symlink: left out
  const options = { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 4000, modulePreload: { polyfill: false } };
  await build({ configFile: false, root, base: './', logLevel: 'warn', plugins: [react()], build: options });
  return { root, out };
}

const contentTypes: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** A static server for the bare page, as plain as the app's host serves its files. */
function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = path.join(dir, name === '/' ? 'index.html' : path.normalize(name));
    if (!file.startsWith(dir) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((done) => server.close(() => done())) })),
  );
}

/** Navigation (from the first byte asked for) until `ready` sees the first screen, cold cache. */
async function timeToScreen(browser: Browser, url: string, ready: (page: Page) => Promise<void>): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await ready(page);
    return performance.now() - start;
  } finally {
    await context.close();
  }
}

export async function benchFirstScreen(): Promise<Measurement[]> {
  const dataDir = fs.mkdtempSync(path.resolve('test-results', 'bench-first-screen-data-'));
  const token = 'bench-first-screen';
  const bare = await buildBarePage();
  const bareServer = await serve(bare.out);
  const child = spawn(process.execPath, ['dist/main/browser-main.cjs'], { env: { ...process.env, KAOPING_DATA_DIR: dataDir, KAOPING_PORT: '0', KAOPING_TOKEN: token }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString());
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error('app exited')));
    });
    const loaded = await fetch(`${base}/api/demo.load`, { method: 'POST', headers: { 'x-kaoping-token': token }, body: '{}' });
    if (!loaded.ok) throw new Error(`demo.load: HTTP ${loaded.status}`);

    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    try {
      const appReady = async (page: Page) => {
        await page.locator('.shell-sider').waitFor({ timeout: 60_000 });
        await page.locator('.ant-table-row').first().waitFor({ timeout: 60_000 });
      };
      const bareReady = (page: Page) => page.getByRole('button', { name: '确定' }).waitFor({ timeout: 60_000 });
      let ours = Infinity;
      let baseline = Infinity;
      for (let i = 0; i < runs; i++) {
        baseline = Math.min(baseline, await timeToScreen(browser, bareServer.url, bareReady));
        ours = Math.min(ours, await timeToScreen(browser, `${base}/?token=${token}`, appReady));
      }
      const ratio = ours / baseline;
      return [report({ name: 'first screen: 人员 with the demo roster, browser mode (navigation to rows shown)', n: runs, ms: ours, baselineMs: baseline, ratio, budget: `≤ ${budgetRatio}× a bare antd page (one Button) built the same way`, ok: ratio <= budgetRatio })];
    } finally {
      await browser.close();
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await bareServer.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(bare.root, { recursive: true, force: true });
  }
}
