import { expect, openApp, shotBothSizes, test } from './fixtures';
import { callApi } from './evaluation-helpers';
import { chooseYear, gridCell, openStarsPage, pastStarYear, quiet } from './stars-helpers';

/**
 * §9 of issue 10: Space and → across the 评星 grid, typed faster than a save and the grid's refetch
 * take, lose no toggle. The saved state is checked through the API and after a reload.
 */
test('评星 grid: every keystroke typed fast is saved, in order; Y before 民主测评 is refused with the missing step', async ({ page, app, consoleProblems: _ }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, app);
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await expect(page.getByTestId('people-count')).toHaveText(/共 \d+ 人/, { timeout: 60_000 });
  const year = pastStarYear();
  const scheme = await callApi(app, 'stars.createScheme', { year, kind: 'person' });
  // no star asks for evidence here, so every Space is a valid claim
  await callApi(app, 'stars.updateScheme', { id: scheme.id, items: scheme.items.map((i) => ({ ...i, evidenceRequired: false })) });
  await openStarsPage(page, '评星');
  await chooseYear(page, year);
  const rows = page.locator('.star-grid-row');
  await expect(rows.first()).toBeVisible();
  const names = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(async (i) => (await rows.nth(i).getAttribute('data-target'))!));
  const codes = scheme.items.map((i) => i.code);
  const grid = page.getByTestId('star-grid');

  // across the ten stars of the first row: Space, →, Space, → … as fast as the keyboard sends them
  await gridCell(page, names[0]!, codes[0]!).click();
  for (let i = 0; i < codes.length; i++) {
    await page.keyboard.press('Space');
    if (i < codes.length - 1) await page.keyboard.press('ArrowRight');
  }
  // and down the first star of the next nine rows, then back up toggling the fifth row off again
  await page.keyboard.press('Home');
  for (let i = 1; i < 10; i++) {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
  }
  for (let i = 9; i > 5; i--) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await expect(grid).toHaveAttribute('data-pending', '0', { timeout: 30_000 });

  const expected = (row: number) => (row === 0 ? codes : row === 5 ? [] : [codes[0]!]);
  const saved = await callApi(app, 'stars.grid', { schemeId: scheme.id, period: 1, includeSubunits: true });
  for (let row = 0; row < 10; row++) {
    const r = saved.rows.find((x) => x.name === names[row])!;
    expect(r.cells.filter((c) => c.claimed).map((c) => c.code), names[row]).toEqual(expected(row));
  }
  await page.reload();
  await chooseYear(page, year);
  await expect(rows.first()).toBeVisible();
  for (const code of codes) await expect(gridCell(page, names[0]!, code)).toHaveAttribute('data-state', 'claimed');
  await expect(gridCell(page, names[5]!, codes[0]!)).toHaveAttribute('data-state', 'none');
  await expect(gridCell(page, names[9]!, codes[0]!)).toHaveAttribute('data-state', 'claimed');

  // Y right after 申报 is refused: the message names the missing step, and nothing is decided
  await gridCell(page, names[1]!, codes[0]!).click();
  await page.keyboard.press('y');
  await expect(page.getByText(`${names[1]}的“${scheme.items[0]!.name}”尚未录入民主测评结果，不能评定`)).toBeVisible();
  await expect(gridCell(page, names[1]!, codes[0]!)).toHaveAttribute('data-state', 'claimed');
  await quiet(page);
  await shotBothSizes(page, 'stars-grid-keys');
});
