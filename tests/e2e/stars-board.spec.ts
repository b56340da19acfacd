import { expect, shot, shotBothSizes, test, type RunningApp } from './fixtures';
import { callApi } from './evaluation-helpers';
import { boardRow, chooseSegment, chooseYear, gridCell, gridRow, openStarsAt, openStarsPage, pastStarYear } from './stars-helpers';
import { chooseOption } from './ui';

/**
 * 双十星 for everyone at once: both schemes, 批量申报 for the whole grid, 不得参评 shown and counted on
 * the board, 年终认定 before any 授星. Each step is its own test, starting from the state the earlier
 * ones leave, seeded through the API.
 *
 * A past year without a demo scheme: the steps are dated in it, and today is in it or after it.
 */
const year = pastStarYear();

// every test starts its own app and seeds its own state: the workers may share out the tests of this file
test.describe.configure({ mode: 'parallel' });
// starts from the demo office (built once per run, fixtures.ts `seed`)
test.use({ seed: 'demo' });

interface Seeded { readonly third: string; readonly fourth: string }

/** How far the journey has come before the test starts, in order. */
const stages = ['schemes', 'claimed', 'disqualified'] as const;
type Stage = (typeof stages)[number];

/**
 * The demo office and, for `year`, both schemes from the preset (the 党组织's tenth star renamed
 * 和谐稳定星), then up to `upTo`:
 * - claimed: everyone in the 党员干部 grid claims 政治坚定星 and 遵规守纪星;
 * - disqualified: the third person is 不得参评 (未交党费), the fourth also claims 廉洁自律星.
 */
async function seed(app: RunningApp, upTo: Stage): Promise<Seeded> {
  const org = await callApi(app, 'stars.createScheme', { year, kind: 'org' });
  await callApi(app, 'stars.updateScheme', { id: org.id, items: org.items.map((item, i) => (i === 9 ? { ...item, name: '和谐稳定星' } : item)) });
  const scheme = await callApi(app, 'stars.createScheme', { year, kind: 'person' });
  const inPeriod = { schemeId: scheme.id, period: 1 };
  const rows = (await callApi(app, 'stars.grid', { ...inPeriod, includeSubunits: true })).rows;
  const [third, fourth] = [rows[2], rows[3]];
  if (!third || !fourth) throw new Error('the demo office has fewer than four 党员');
  const reached = (stage: Stage) => stages.indexOf(stage) <= stages.indexOf(upTo);
  if (reached('claimed')) {
    const claims = (...codes: string[]) => codes.map((code) => ({ code, note: '' }));
    const alsoIntegrity = reached('disqualified');
    await callApi(app, 'stars.selfAssess', {
      ...inPeriod,
      date: `${year}-03-20`,
      entries: rows.map((r) => ({ targetId: r.targetId, claims: r === fourth && alsoIntegrity ? claims('political', 'discipline', 'integrity') : claims('political', 'discipline') })),
    });
  }
  if (reached('disqualified')) {
    await callApi(app, 'stars.disqualify', { ...inPeriod, targetId: third.targetId, reason: '未交党费', note: '连续三个月未交纳党费', date: `${year}-03-21` });
  }
  return { third: third.name, fourth: fourth.name };
}

test('星级方案: the 党组织 and 党员干部 schemes from their presets; an edited star is saved', async ({ page, app, consoleProblems: _ }) => {
  // 党组织 scheme from the preset: its own ten stars.
  await openStarsAt(page, app, '星级方案');
  await chooseYear(page, year);
  await chooseSegment(page, '党组织');
  await page.getByRole('button', { name: '按预设创建' }).click();
  await expect(page.getByLabel('第1颗星名称')).toHaveValue('政治引领星');
  // an edit is saved: rename the tenth star
  await page.getByLabel('第10颗星名称').fill('和谐稳定星');
  await page.getByRole('button', { name: '保存方案' }).click();
  // saved, not just toasted: the button has nothing left to save, and the scheme holds the new name
  await expect(page.getByRole('button', { name: '保存方案' })).toBeDisabled();
  await expect(page.getByLabel('第10颗星名称')).toHaveValue('和谐稳定星');
  await expect.poll(async () => {
    const summary = (await callApi(app, 'stars.schemes', { year })).find((s) => s.kind === 'org');
    return summary ? (await callApi(app, 'stars.scheme', { id: summary.id })).items[9]?.name : null;
  }).toBe('和谐稳定星');
  await chooseSegment(page, '党员干部');
  await page.getByRole('button', { name: '按预设创建' }).click();
  await expect(page.getByLabel('第1颗星名称')).toHaveValue('政治坚定星');
});

test('评星: select everyone, 批量申报 two stars', async ({ page, app, consoleProblems: _ }) => {
  const { fourth } = await seed(app, 'schemes');
  await openStarsAt(page, app, '评星');
  await chooseYear(page, year);
  const rows = page.locator('.star-grid-row');
  await expect(rows.first()).toBeVisible();
  await expect(rows.nth(3)).toHaveAttribute('data-target', fourth);
  await page.getByRole('checkbox', { name: '全选' }).check();
  await expect(page.getByTestId('selected-count')).toHaveText(/已选 \d+ 个对象/);
  await page.getByRole('button', { name: '批量申报' }).click();
  const claim = page.locator('.ant-modal').filter({ hasText: '批量申报' });
  await claim.getByRole('checkbox', { name: '政治坚定星' }).check();
  await claim.getByRole('checkbox', { name: '遵规守纪星' }).check();
  await claim.getByRole('button', { name: '申报' }).click();
  await expect(claim).toBeHidden();
  await expect(gridCell(page, fourth, 'political')).toHaveAttribute('data-state', 'claimed');
  await expect(gridCell(page, fourth, 'discipline')).toHaveAttribute('data-state', 'claimed');
  await expect(gridCell(page, fourth, 'integrity')).toHaveAttribute('data-state', 'none');
  await page.getByRole('button', { name: '取消选择' }).click();
  await expect(page.getByTestId('selected-count')).toHaveText(/共 \d+ 个对象/);
});

test('评星: 不得参评 with a reason from the list; the keyboard cannot claim for that person', async ({ page, app, consoleProblems: _ }) => {
  const { third, fourth } = await seed(app, 'claimed');
  await openStarsAt(page, app, '评星');
  await chooseYear(page, year);
  await expect(gridCell(page, fourth, 'political')).toHaveAttribute('data-state', 'claimed');

  // 不得参评 for the third person, with a reason from the list.
  await gridRow(page, third).getByRole('button', { name: third }).click();
  const drawer = page.locator('.review-body');
  await drawer.getByRole('button', { name: '不得参评' }).click();
  const dq = page.locator('.ant-modal').filter({ hasText: '不得参评：' });
  await chooseOption(page, dq.getByRole('combobox', { name: '不得参评原因' }), '未交党费');
  await dq.getByLabel('情况说明').fill('连续三个月未交纳党费');
  await dq.getByRole('button', { name: '确定' }).click();
  await expect(drawer.getByText('本期不得参评：未交党费')).toBeVisible();
  await page.locator('.ant-drawer-close').click();
  await expect(gridRow(page, third)).toContainText('不得参评·未交党费');
  await expect(gridCell(page, third, 'political')).toHaveAttribute('data-state', 'disqualified');
  // the keyboard cannot claim for a disqualified target
  await gridCell(page, third, 'integrity').click();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(gridCell(page, fourth, 'integrity')).toHaveAttribute('data-state', 'claimed');
  await expect(gridCell(page, third, 'integrity')).toHaveAttribute('data-state', 'disqualified');
});

test('星级公示榜: 不得参评 shown and counted, filtered by tier, per unit', async ({ page, app, consoleProblems: _ }) => {
  const { third, fourth } = await seed(app, 'disqualified');
  await openStarsAt(page, app, '星级公示榜');
  await chooseYear(page, year);
  await chooseOption(page, page.getByRole('combobox', { name: '评星期次' }), '第一季度');
  await expect(boardRow(page, third)).toContainText('不得参评·未交党费');
  await expect(boardRow(page, fourth).locator('.board-cell[data-state="claimed"]')).toHaveCount(3);
  await expect(page.getByTestId('board-figures')).toContainText('不得参评 1');
  await chooseOption(page, page.getByRole('combobox', { name: '星级类别' }), '提高星');
  await expect(page.locator('.ant-table-thead')).toContainText('服务群众');
  await expect(page.locator('.ant-table-thead')).not.toContainText('政治坚定');
  await chooseOption(page, page.getByRole('combobox', { name: '星级类别' }), '全部星目');
  await chooseSegment(page, '按单位统计');
  await expect(page.locator('.board-stats .ant-table-row').first()).toBeVisible();
  await shot(page, 'stars-board-per-unit');
});

test('年终认定 before any 授星: nobody is 十星级 and the 少于5星 gate applies; the 党组织 grid lists units', async ({ page, app, consoleProblems: _ }) => {
  await seed(app, 'disqualified');

  // 年终认定: no stars awarded yet, so nobody is 十星级 and the 少于5星 gate applies.
  await openStarsAt(page, app, '年终认定');
  await chooseYear(page, year);
  await expect(page.getByText('年终认定：以最后一期持有的星为准')).toBeVisible();
  await expect(page.locator('.ant-segmented-item', { hasText: '十星级党员名单（0）' })).toBeVisible();
  await expect(page.locator('.ant-table-row').first()).toContainText('少于5星 不得评优');
  await shotBothSizes(page, 'stars-year-end');

  // 党组织 grid: the targets are units.
  await openStarsPage(page, '评星');
  await chooseSegment(page, '党组织');
  await expect(page.locator('.sg-star-head').last()).toHaveText('和谐稳定');
  await expect(page.locator('.star-grid-row').first()).toBeVisible();
  await shot(page, 'stars-grid-org');
});
