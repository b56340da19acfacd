import type { Page } from '@playwright/test';
import { expect, openApp, picture, test } from './fixtures';
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

for (const size of [{ width: 1280, height: 720 }, { width: 1440, height: 900 }]) {
  test(`综合评定: header and body columns line up after choosing a 等次 (${size.width}×${size.height})`, async ({ page, app, consoleProblems: _ }) => {
    await page.setViewportSize(size);
    await openApp(page, app);
    await expect(page.getByTestId('people-count')).toHaveText(/共 \d+ 人/);
    await goToSubmenu(page, '年度考核', '综合评定');
    await page.getByRole('tab', { name: /机关科室/ }).click();
    const table = page.getByTestId('composite-table').filter({ visible: true });
    await expect(table.locator('.ant-table-row').first()).toBeVisible();
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
