import fs from 'node:fs';
import path from 'node:path';
import { expect, repoRoot, shotBothSizes, test } from './fixtures';

/**
 * Starts fast (issue 14 §5): what index.html loads before the shell shows is the entry chunk and its
 * static imports, read from the build's manifest (vite.config.mts: build.manifest). Every page, the
 * first-run cards and ECharts are fetched when first shown (renderer/shell/lazy-page.tsx).
 */
const rendererDir = path.join(repoRoot, 'dist', 'renderer');
const budgetBytes = 900 * 1024;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const readManifest = (): Manifest => JSON.parse(fs.readFileSync(path.join(rendererDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;

/** A chunk and everything it imports statically (what the browser must fetch before it runs). */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) staticClosure(manifest, next, seen);
  return seen;
}

const filesOf = (manifest: Manifest, keys: Iterable<string>) => [...keys].map((k) => manifest[k]!.file);
const bytesOf = (files: readonly string[]) => files.reduce((sum, f) => sum + fs.statSync(path.join(rendererDir, f)).size, 0);
const lazyChunkOf = (manifest: Manifest, source: string) => {
  const key = Object.keys(manifest).find((k) => manifest[k]!.src === source);
  if (!key) throw new Error(`${source} is not a chunk of its own in the build`);
  return key;
};

test('the first screen loads at most 900 KB of script: no page module, no ECharts', async ({ page, app, consoleProblems: _ }) => {
  const manifest = readManifest();
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const first = staticClosure(manifest, entry);
  const firstFiles = filesOf(manifest, first);
  const bytes = bytesOf(firstFiles);
  test.info().annotations.push({ type: 'first screen', description: `${firstFiles.length} scripts, ${Math.round(bytes / 1024)} KB` });
  expect(bytes, `the entry and its static imports: ${firstFiles.join(', ')}`).toBeLessThanOrEqual(budgetBytes);

  // no page and no chart in it: they are lazy (a static import would pull one back in)
  expect([...first].filter((k) => /^pages\//.test(manifest[k]!.src ?? ''))).toEqual([]);
  for (const file of firstFiles) expect(fs.readFileSync(path.join(rendererDir, file), 'utf8'), `${file} holds ECharts`).not.toContain('_echarts_instance_');

  // What the page really fetches until the shell shows: the entry's files, plus (started early by
  // the shell) the start page's own chunks, and nothing else.
  const startPage = staticClosure(manifest, lazyChunkOf(manifest, 'pages/workbench/WorkbenchPage.tsx'));
  const allowed = new Set([...firstFiles, ...filesOf(manifest, startPage), ...filesOf(manifest, staticClosure(manifest, lazyChunkOf(manifest, 'pages/start/EmptyState.tsx')))]);
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') requested.push(new URL(request.url()).pathname.replace(/^\//, ''));
  });
  await page.goto(app.url);
  await expect(page.locator('.shell-sider')).toBeVisible();
  await expect(page.getByRole('button', { name: '载入演示数据' })).toBeVisible();
  expect(requested.filter((file) => !allowed.has(file))).toEqual([]);
  for (const file of firstFiles) expect(requested, `index.html loads ${file}`).toContain(file);
});

test('a page shows 「正在打开页面…」 while its script arrives, and a clear message if it cannot be fetched', async ({ page, app }) => {
  const manifest = readManifest();
  const emptyState = manifest[lazyChunkOf(manifest, 'pages/start/EmptyState.tsx')]!.file;
  const units = manifest[lazyChunkOf(manifest, 'pages/units/UnitsPage.tsx')]!.file;
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));

  // hold the first-run page's chunk until the loading state has been seen and photographed
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/${emptyState}`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(app.url);
  await expect(page.getByText('正在打开页面…')).toBeVisible();
  await expect(page.locator('.shell-sider')).toBeVisible();
  await shotBothSizes(page, '00-page-loading');
  release();
  await expect(page.getByRole('button', { name: '载入演示数据' })).toBeVisible();
  await expect(page.getByText('正在打开页面…')).toBeHidden();

  // the program went away: the page's chunk cannot be fetched; the window says so, the menu stays
  await page.route(`**/${units}`, (route) => route.abort('connectionrefused'));
  // the app opens on 工作台: open the 人员花名册 group first
  await page.locator('.shell-sider .ant-menu').getByText('人员花名册', { exact: true }).click();
  await page.locator('.shell-sider .ant-menu').getByText('单位', { exact: true }).click();
  await expect(page.getByText('页面打开失败')).toBeVisible();
  await expect(page.getByRole('button', { name: '重新加载' })).toBeVisible();
  await expect(page.locator('.shell-sider')).toBeVisible();
  await shotBothSizes(page, '00-page-load-failed');
  expect(problems).toEqual([]);
});
