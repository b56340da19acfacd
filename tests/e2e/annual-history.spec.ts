import fs from 'node:fs';
import path from 'node:path';
import { pdfPages, squeeze, wordsBelow } from '../helpers/print-pdf';
import { callApi, printToPdf } from './evaluation-helpers';
import { expect, expectToast, openApp, repoRoot, shotBothSizes, test } from './fixtures';
import { goToSubmenu } from './ui';
import { fangsongFonts, referenceGlyphHeights } from './print-helpers';

/**
 * 历年等次 and 奖励与结果运用 (DOMAIN.md §9) on the demo office, which has two earlier years imported:
 * an import with a problem row previewed and committed without it, the table and a person's history;
 * then, the year confirmed through the API, the 记三等功名单 printed on A4 with every name, nothing under 8 pt.
 */

test.use({ seed: 'demo' });

const outDir = path.join(repoRoot, 'tests', 'output', 'annual-history');

test('历年等次: import previews the problem rows, commits the rest, and the table shows the years', async ({ page, app, consoleProblems: _ }) => {
  fs.mkdirSync(outDir, { recursive: true });
  const year = (await callApi(app, 'annual.years', {}))[0]!.year;
  const someone = (await callApi(app, 'people.search', {})).rows[3]!;
  const csv = path.join(outDir, '历年等次.csv');
  fs.writeFileSync(csv, `姓名,身份证号,年度,等次\n${someone.name},${someone.idNumber},${year - 3}年度,优秀\n查无此人,,${year - 3},称职\n`);

  await openApp(page, app);
  await goToSubmenu(page, '年度考核', '历年等次');
  const table = page.getByTestId('history-table');
  await expect(table.getByRole('columnheader', { name: `${year - 1}年度` })).toBeVisible({ timeout: 30_000 });
  await expect(table.getByRole('columnheader', { name: `${year - 3}年度` })).toHaveCount(0);

  await page.getByRole('button', { name: '导入历年等次' }).click();
  await page.locator('.ant-modal input[type=file]').setInputFiles(csv);
  const counts = page.getByTestId('history-import-counts');
  await expect(counts).toContainText('将导入 1 条');
  await expect(counts).toContainText('有问题 1 条');
  await expect(page.getByTestId('history-import-table')).toContainText('姓名：“查无此人”不在人员名册中');
  await expect(page.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await shotBothSizes(page, 'history-import-preview', { ignore: ['csv'] });
  await page.getByRole('button', { name: '跳过有问题的行，导入其余1条' }).click();
  await expectToast(page, '已导入 1 条历年考核等次');
  await expect(table.getByRole('columnheader', { name: `${year - 3}年度` })).toBeVisible();
  await shotBothSizes(page, 'history-table');

  await table.getByRole('button', { name: someone.name, exact: true }).click();
  const drawer = page.locator('.ant-drawer');
  await expect(drawer).toContainText(`${year - 3}年度`);
  await expect(drawer.getByText('导入', { exact: true }).first()).toBeVisible();
  await shotBothSizes(page, 'history-person');
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();

  // the rules those lists come from, as data in the year's 计分规则
  await goToSubmenu(page, '年度考核', '年度考核方案');
  await page.getByRole('tab', { name: '计分规则' }).click();
  const results = page.locator('.rules-section', { hasText: '连续年度' });
  await results.scrollIntoViewIfNeeded();
  await expect(results.getByRole('button', { name: '恢复默认' })).toBeVisible();
  await expect(results.locator('textarea').filter({ hasText: '连续三年考核优秀，记三等功' })).toHaveCount(1);
  await shotBothSizes(page, 'annual-rules-results');
});

test('奖励与结果运用: the confirmed year\'s 记三等功名单 prints on A4 with every name, nothing under 8 pt', async ({ page, app, consoleProblems: _ }) => {
  fs.mkdirSync(outDir, { recursive: true });
  const year = (await callApi(app, 'annual.years', {}))[0]!.year;
  await callApi(app, 'annual.confirmAsSuggested', { year });
  const lists = await callApi(app, 'awards.lists', { year });
  const merit = lists.awards.find((a) => a.award === '记三等功')!.entries.map((e) => e.name);
  expect(merit.length).toBeGreaterThan(0);

  await openApp(page, app);
  await goToSubmenu(page, '年度考核', '奖励与结果运用');
  await expect(page.getByTestId('awards-preview')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('award-list-记三等功')).toContainText(merit[0]!);
  await shotBothSizes(page, 'awards-page');

  const card = page.locator('.awards-card', { hasText: '记三等功名单' });
  await card.getByRole('button', { name: '打印名单' }).click();
  const sheet = page.getByTestId('awards-print');
  await expect(sheet).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await shotBothSizes(page, 'awards-print');
  const printed = await printToPdf(page, 'awards-merit');
  const text = squeeze(printed.text);
  expect(text).toContain(squeeze(`${year}年度记三等功人员名单`));
  expect(text).toContain('预览');
  for (const name of merit) expect(text).toContain(name);

  // A4 portrait, no word under 8 pt (against the body face printed at exactly 8 pt)
  const heights = await referenceGlyphHeights(page, outDir, fangsongFonts, 8);
  for (const p of pdfPages(printed.pdfPath)) {
    expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    expect(wordsBelow(p, heights).map((w) => w.text), `page ${p.number}: words under 8 pt`).toEqual([]);
  }
});
