import { expect, openApp, shot, shotBothSizes, test } from './fixtures';
import { chooseSegment, chooseYear, gridCell, gridRow, openStarsPage, pastStarYear, quiet } from './stars-helpers';
import { chooseOption } from './ui';

// a past year without a demo scheme: the steps are dated today, and today is in it or after it
const year = pastStarYear();

test('双十星: both schemes, 批量申报 for everyone, 不得参评 on the board, 年终认定', async ({ page, app, consoleProblems: _ }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await expect(page.getByTestId('people-count')).toHaveText(/共 \d+ 人/, { timeout: 60_000 });

  // 党组织 scheme from the preset: its own ten stars.
  await openStarsPage(page, '星级方案');
  await chooseYear(page, year);
  await chooseSegment(page, '党组织');
  await page.getByRole('button', { name: '按预设创建' }).click();
  await expect(page.getByLabel('第1颗星名称')).toHaveValue('政治引领星');
  // an edit is saved: rename the tenth star
  await page.getByLabel('第10颗星名称').fill('和谐稳定星');
  await page.getByRole('button', { name: '保存方案' }).click();
  await expect(page.getByText('已保存方案')).toBeVisible();
  await expect(page.getByRole('button', { name: '保存方案' })).toBeDisabled();
  await chooseSegment(page, '党员干部');
  await page.getByRole('button', { name: '按预设创建' }).click();
  await expect(page.getByLabel('第1颗星名称')).toHaveValue('政治坚定星');

  // 评星 for 党员干部: select everyone, 批量申报 two stars.
  await openStarsPage(page, '评星');
  const rows = page.locator('.star-grid-row');
  await expect(rows.first()).toBeVisible();
  const third = (await rows.nth(2).getAttribute('data-target'))!;
  const fourth = (await rows.nth(3).getAttribute('data-target'))!;
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

  // The board shows the disqualification and counts it; filters by tier.
  await openStarsPage(page, '星级公示榜');
  await chooseOption(page, page.getByRole('combobox', { name: '评星期次' }), '第一季度');
  const boardRow = (name: string) => page.locator('.ant-table-row', { has: page.getByText(name, { exact: true }) });
  await expect(boardRow(third)).toContainText('不得参评·未交党费');
  await expect(boardRow(fourth).locator('.board-cell[data-state="claimed"]')).toHaveCount(3);
  await expect(page.getByTestId('board-figures')).toContainText('不得参评 1');
  await chooseOption(page, page.getByRole('combobox', { name: '星级类别' }), '提高星');
  await expect(page.locator('.ant-table-thead')).toContainText('服务群众');
  await expect(page.locator('.ant-table-thead')).not.toContainText('政治坚定');
  await chooseOption(page, page.getByRole('combobox', { name: '星级类别' }), '全部星目');
  await chooseSegment(page, '按单位统计');
  await expect(page.locator('.board-stats .ant-table-row').first()).toBeVisible();
  await quiet(page);
  await shot(page, 'stars-board-per-unit');

  // 年终认定: no stars awarded yet, so nobody is 十星级 and the 少于5星 gate applies.
  await openStarsPage(page, '年终认定');
  await expect(page.getByText('年终认定：以最后一期持有的星为准')).toBeVisible();
  await expect(page.locator('.ant-segmented-item', { hasText: '十星级党员名单（0）' })).toBeVisible();
  await expect(page.locator('.ant-table-row').first()).toContainText('少于5星 不得评优');
  await quiet(page);
  await shotBothSizes(page, 'stars-year-end');

  // 党组织 grid: the targets are units.
  await openStarsPage(page, '评星');
  await chooseSegment(page, '党组织');
  await expect(page.locator('.sg-star-head').last()).toHaveText('和谐稳定');
  await expect(rows.first()).toBeVisible();
  await quiet(page);
  await shot(page, 'stars-grid-org');
});
