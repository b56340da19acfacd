import { expect, shotBothSizes, test, type RunningApp } from './fixtures';
import { callApi } from './evaluation-helpers';
import { chooseYear, gridCell, openStarsAt, pastStarYear, toastSeen } from './stars-helpers';

const year = pastStarYear();

// every test starts its own app and seeds its own state: the workers may share out the tests of this file
test.describe.configure({ mode: 'parallel' });
// starts from the demo office (built once per run, fixtures.ts `seed`)
test.use({ seed: 'demo' });

/**
 * The demo office and a 党员干部 scheme of `year` in which no star asks for evidence, so every Space
 * is a valid claim; with the first ten people of the grid and the star codes.
 */
async function seedScheme(app: RunningApp) {
  const scheme = await callApi(app, 'stars.createScheme', { year, kind: 'person' });
  await callApi(app, 'stars.updateScheme', { id: scheme.id, items: scheme.items.map((i) => ({ ...i, evidenceRequired: false })) });
  const grid = await callApi(app, 'stars.grid', { schemeId: scheme.id, period: 1, includeSubunits: true });
  const people = grid.rows.slice(0, 10).map((r) => ({ id: r.targetId, name: r.name }));
  if (people.length < 10) throw new Error('the demo office has fewer than ten 党员');
  return { scheme, people, names: people.map((p) => p.name), codes: scheme.items.map((i) => i.code) };
}

/** What the typing below claims: all ten stars in the first row, none in the sixth, the first star elsewhere. */
const expectedClaims = (codes: readonly string[], row: number): string[] => (row === 0 ? [...codes] : row === 5 ? [] : [codes[0]!]);

/**
 * §9 of issue 10: Space and → across the 评星 grid, typed faster than a save and the grid's refetch
 * take, lose no toggle. The saved state is checked through the API and after a reload.
 */
test('评星 grid: every keystroke typed fast is saved, in order', async ({ page, app, consoleProblems: _ }) => {
  const { scheme, names, codes } = await seedScheme(app);
  await openStarsAt(page, app, '评星');
  await chooseYear(page, year);
  const rows = page.locator('.star-grid-row');
  await expect(rows.first()).toBeVisible();
  for (let i = 0; i < 10; i++) await expect(rows.nth(i)).toHaveAttribute('data-target', names[i]!);
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

  const saved = await callApi(app, 'stars.grid', { schemeId: scheme.id, period: 1, includeSubunits: true });
  for (let row = 0; row < 10; row++) {
    const r = saved.rows.find((x) => x.name === names[row])!;
    expect(r.cells.filter((c) => c.claimed).map((c) => c.code), names[row]).toEqual(expectedClaims(codes, row));
  }
  await page.reload();
  await expect(page.getByRole('heading', { name: '评星' })).toBeVisible();
  await chooseYear(page, year);
  await expect(rows.first()).toBeVisible();
  for (const code of codes) await expect(gridCell(page, names[0]!, code)).toHaveAttribute('data-state', 'claimed');
  await expect(gridCell(page, names[5]!, codes[0]!)).toHaveAttribute('data-state', 'none');
  await expect(gridCell(page, names[9]!, codes[0]!)).toHaveAttribute('data-state', 'claimed');
});

test('评星 grid: Y right after 申报 is refused, naming the missing 民主测评, and decides nothing', async ({ page, app, consoleProblems: _ }) => {
  const { scheme, people, names, codes } = await seedScheme(app);
  // the claims the fast typing above leaves
  await callApi(app, 'stars.selfAssess', {
    schemeId: scheme.id,
    period: 1,
    date: `${year}-03-20`,
    entries: people.flatMap((p, row) => {
      const claims = expectedClaims(codes, row).map((code) => ({ code, note: '' }));
      return claims.length > 0 ? [{ targetId: p.id, claims }] : [];
    }),
  });
  await openStarsAt(page, app, '评星');
  await chooseYear(page, year);
  await expect(gridCell(page, names[1]!, codes[0]!)).toHaveAttribute('data-state', 'claimed');

  // only the toast names the missing step, so it is watched for from before the key press
  await gridCell(page, names[1]!, codes[0]!).click();
  const refused = toastSeen(page, `${names[1]}的“${scheme.items[0]!.name}”尚未录入民主测评结果，不能评定`);
  await page.keyboard.press('y');
  await refused;
  await expect(gridCell(page, names[1]!, codes[0]!)).toHaveAttribute('data-state', 'claimed');
  const saved = await callApi(app, 'stars.review', { schemeId: scheme.id, period: 1, targetId: people[1]!.id });
  expect(saved.row.cells.find((c) => c.code === codes[0])?.decision).toBeNull();
  await shotBothSizes(page, 'stars-grid-keys');
});
