import type { Page } from '@playwright/test';
import { expect, openApp, shot, shotBothSizes, test } from './fixtures';
import { prepareEvent } from './evaluation-helpers';

const goTo = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

/** Clicks the level cells of one ballot: `levels[i]` for the i-th 测评对象 (null: leave blank). */
async function clickLevels(page: Page, names: readonly string[], levels: readonly (string | null)[]) {
  for (const [i, level] of levels.entries()) if (level) await page.getByRole('radio', { name: `${names[i]} ${level}` }).click();
}

async function submitBallot(page: Page) {
  await page.getByRole('button', { name: '提交测评票' }).click();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '确定提交' }).click();
  await expect(page.getByText('提交成功，谢谢！')).toBeVisible();
}

test('现场测评: three raters submit, the one over the 优秀 limit is stopped; leaving needs the admin password; results show the rates', async ({ page, app, consoleProblems: _ }) => {
  const event = await prepareEvent(app, { targets: 4, excellentMax: 2, status: 'live' });
  const names = event.targets.map((t) => t.name);
  await openApp(page, app);
  await goTo(page, `#/evaluation/setup?id=${event.id}`);
  await expect(page.getByTestId('event-status')).toHaveText('正式测评中');
  await expect(page.getByTestId('locked-notice')).toHaveCount(0);

  // Entering kiosk mode asks for an admin password first (none is set yet).
  await page.getByRole('button', { name: '现场测评' }).click();
  const enter = page.locator('.ant-modal').filter({ hasText: '进入现场测评' });
  await expect(enter.getByText('请先设置管理员密码')).toBeVisible();
  await enter.getByLabel('管理员密码').fill('kp2025');
  await enter.getByLabel('再次输入').fill('kp2025');
  await enter.getByRole('button', { name: '设置密码' }).click();
  await enter.getByRole('button', { name: '进入现场测评' }).click();

  // Full window: no menu; the rater picks a category.
  await expect(page.getByText('请选择您的评委类别')).toBeVisible();
  await expect(page.locator('.shell-sider')).toHaveCount(0);
  await shotBothSizes(page, 'evaluation-kiosk-1-category');

  // Rater 1 (领导班子成员), by mouse.
  await page.getByRole('button', { name: '领导班子成员' }).click();
  await expect(page.getByTestId('ballot-row-4')).toBeVisible();
  await shot(page, 'evaluation-kiosk-2-empty');
  await clickLevels(page, names, ['优秀', '称职', '称职', '基本称职']);
  await submitBallot(page);
  await shot(page, 'evaluation-kiosk-4-success');
  // the screen resets for the next rater, and the ballot just given is not shown again
  await expect(page.getByText('请选择您的评委类别')).toBeVisible();

  // Rater 2 (中层干部) ticks 优秀 three times: stopped with the rule message, cannot submit.
  await page.getByRole('button', { name: '中层干部' }).click();
  await expect(page.getByRole('radio', { name: `${names[0]} 优秀` })).toHaveAttribute('aria-checked', 'false');
  await clickLevels(page, names, ['优秀', '优秀', '优秀', null]);
  await expect(page.getByTestId('kiosk-problems')).toContainText('优秀等次不超过2人，本票选了3人');
  await expect(page.getByRole('button', { name: '提交测评票' })).toBeDisabled();
  await shotBothSizes(page, 'evaluation-kiosk-3-violation');
  // corrects the third line by keyboard (2 = 称职) and submits, leaving the fourth blank (弃权)
  await page.getByTestId('ballot-row-3').focus();
  await page.keyboard.press('2');
  await expect(page.getByTestId('kiosk-problems')).toHaveCount(0);
  await submitBallot(page);
  await expect(page.getByText('请选择您的评委类别')).toBeVisible();

  // Rater 3 (一般干部职工代表), keyboard only: a digit per line moves to the next line; 0 = 弃权.
  await page.getByRole('button', { name: '一般干部职工代表' }).click();
  await page.getByTestId('ballot-row-1').focus();
  for (const key of ['1', '2', '4', '0']) await page.keyboard.press(key);
  await expect(page.getByRole('radio', { name: `${names[2]} 不称职` })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('radio', { name: `${names[3]} 弃权` })).toHaveAttribute('aria-checked', 'true');
  await submitBallot(page);

  // Leaving: a wrong password is refused, the right one returns to the settings page.
  await page.getByRole('button', { name: '退出现场测评' }).click();
  const exit = page.locator('.ant-modal').filter({ hasText: '退出现场测评' });
  await exit.getByLabel('管理员密码').fill('wrong-one');
  await exit.getByRole('button', { name: '退出' }).click();
  await expect(exit.getByText('密码不正确')).toBeVisible();
  // the kiosk holds even if someone types another address
  await goTo(page, '#/people');
  await expect(page.locator('.kiosk')).toBeVisible();
  await expect(page.locator('.shell-sider')).toHaveCount(0);
  await page.getByRole('button', { name: '退出现场测评' }).click();
  await exit.getByLabel('管理员密码').fill('kp2025');
  await exit.getByRole('button', { name: '退出' }).click();
  await expect(page.getByTestId('event-status')).toHaveText('正式测评中');
  await expect(page.locator('.shell-sider')).toBeVisible();
  // live ballots lock the settings
  await expect(page.getByTestId('locked-notice')).toHaveText('已有正式测评票，设置已锁定');

  // Results (合计 over the three ballots; rates are shares of the valid ballots, 弃权 included).
  await page.getByText('测评结果', { exact: true }).click();
  const row = (name: string) => page.getByTestId('results-table').locator('.ant-table-row', { hasText: name });
  await expect(row(names[0]!)).toBeVisible();
  const figures = page.getByTestId('session-figures').locator('.ant-table-row').last();
  await expect(figures).toContainText('合计');
  await expect(figures.locator('td').nth(4)).toHaveText('3'); // 收回
  await expect(figures.locator('td').nth(5)).toHaveText('3'); // 有效
  // 3 of 12 present: the quorum (more than half) is not met
  await expect(page.getByTestId('quorum-alert')).toBeVisible();
  await expect(row(names[0]!)).toContainText('100.00%');
  await expect(row(names[1]!)).toContainText('33.33%');
  const third = row(names[2]!);
  await expect(third).toContainText('66.67%'); // 称职及以上率: 2 of 3
  await expect(third).toContainText('33.33%'); // 不称职率: 1 of 3
  await expect(third.locator('.red-line')).toHaveCount(0); // exactly on the red lines is not over them
  await expect(row(names[3]!).locator('span.red-line')).toHaveText('0.00%'); // the 称职及以上率 in red
  await expect(row(names[3]!)).toContainText('称职及以上率低于三分之二');
  // per category: 领导班子成员 gave 优秀 to the first only
  await page.locator('.results-view .ant-segmented-item', { hasText: '领导班子成员' }).click();
  await expect(row(names[0]!).locator('td').nth(3)).toHaveText('1'); // 有效票
  await page.locator('.results-view .ant-segmented-item', { hasText: '合计' }).click();
  await expect(page.locator('.level-chart canvas')).toBeVisible();
  await shotBothSizes(page, 'evaluation-results');
  await page.locator('.level-chart').scrollIntoViewIfNeeded();
  await shot(page, 'evaluation-results-chart');
});
