import type { Page } from '@playwright/test';
import { expect, openApp, picture, test, type RunningApp } from './fixtures';
import { chooseOption, goToSubmenu } from './ui';

// starts from the demo office (built once per run, fixtures.ts `seed`)
test.use({ seed: 'demo' });

/**
 * Issue 10 §6: the 综合评定 table's header stays in line with its body after a 等次 is chosen
 * (and the bulk action's ties are named), at both office screen sizes.
 */

/** left/right edges of each header cell and of the cells of the first body row, by column. */
async function columnEdges(page: Page): Promise<{ head: number[][]; body: number[][] }> {
  const table = page.getByTestId('composite-table').filter({ visible: true });
  return table.evaluate((root) => {
    const edges = (cells: Element[]) => cells.map((c) => { const r = c.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.right)]; });
    const headRow = [...root.querySelectorAll('.ant-table-thead > tr')].at(-1)!;
    const bodyRow = root.querySelector('.ant-table-row')!;
    return { head: edges([...headRow.children]), body: edges([...bodyRow.children]) };
  });
}

/** The demo year's 综合评定, 机关科室 tab, at a screen size: its table once rows show. */
async function openComposite(page: Page, app: RunningApp, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await openApp(page, app);
  await expect(page.getByTestId('people-count')).toHaveText(/共 \d+ 人/);
  await goToSubmenu(page, '年度考核', '综合评定');
  await page.getByRole('tab', { name: /机关科室/ }).click();
  const table = page.getByTestId('composite-table').filter({ visible: true });
  await expect(table.locator('.ant-table-row').first()).toBeVisible();
  return table;
}

for (const size of [{ width: 1280, height: 720 }, { width: 1440, height: 900 }]) {
  test(`综合评定: header and body columns line up after choosing a 等次 (${size.width}×${size.height})`, async ({ page, app, consoleProblems: _ }) => {
    const table = await openComposite(page, app, size);
    const before = await columnEdges(page);
    expect(before.head.length).toBe(before.body.length);
    for (let i = 0; i < before.head.length; i++) expect(Math.abs(before.head[i]![0]! - before.body[i]![0]!), `column ${i} before`).toBeLessThanOrEqual(1);

    // the first row's 确定等次: its suggestion, saved on the click
    const select = table.getByRole('combobox').first();
    const label = (await select.getAttribute('aria-label'))!;
    await chooseOption(page, page.getByRole('combobox', { name: label }), '优秀');
    await expect(page.getByTestId('excellent-confirmed').filter({ visible: true })).toContainText('1');
    const after = await columnEdges(page);
    await picture(page, `annual-composite-chosen-${size.width}`);
    for (let i = 0; i < after.head.length; i++) {
      expect(Math.abs(after.head[i]![0]! - after.body[i]![0]!), `column ${i} after`).toBeLessThanOrEqual(1);
      expect(Math.abs(after.head[i]![1]! - after.body[i]![1]!), `column ${i} after (right edge)`).toBeLessThanOrEqual(1);
    }
  });
}

test('综合评定: a closed 评选表优 beside the composite, each person’s votes in words (1280×720)', async ({ page, app, consoleProblems: _ }) => {
  const table = await openComposite(page, app, { width: 1280, height: 720 });
  await chooseOption(page, page.getByRole('combobox', { name: '对照推荐得票' }), '优秀共产党员评选');
  // 林建峰 stood for 优秀共产党员 in the demo; the words are the results page's
  const row = table.locator('.ant-table-row').filter({ hasText: '林建峰' });
  await expect(row.getByTestId('recommendation-votes')).toHaveText(/^优秀共产党员 \d+票（\d+\.\d{2}%，第\d+名）$/);
  await expect(table.getByText('未参加').first()).toBeVisible();
  // the column keeps the header in line with the body
  const edges = await columnEdges(page);
  for (let i = 0; i < edges.head.length; i++) expect(Math.abs(edges.head[i]![0]! - edges.body[i]![0]!), `column ${i}`).toBeLessThanOrEqual(1);
  await picture(page, 'annual-composite-votes-1280');
});
