import type { Page } from '@playwright/test';
import { expect as baseExpect, shot, shotBothSizes, test, type RunningApp } from './fixtures';
import { callApi, prepareEvent } from './evaluation-helpers';

// starts from the demo office (built once per run, fixtures.ts `seed`)
test.use({ seed: 'demo' });

/**
 * 现场测评, in three short journeys (each well inside its timeout on a busy 2-core machine): entering
 * and filling ballots; the lock holding (reload, typed address, exit password); a ballot typed fast
 * and the results it gives.
 */
const goTo = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
// generous waits: these journeys must pass with every core busy
const expect = baseExpect.configure({ timeout: 30_000 });

async function openApp(page: Page, app: RunningApp) {
  await page.goto(app.url);
  await expect(page.getByText('干部考核测评系统').first()).toBeVisible();
}

/** Clicks the level cells of one ballot: `levels[i]` for the i-th 测评对象 (null: leave blank). */
async function clickLevels(page: Page, names: readonly string[], levels: readonly (string | null)[]) {
  for (const [i, level] of levels.entries()) if (level) await page.getByRole('radio', { name: `${names[i]} ${level}` }).click();
}

async function submitBallot(page: Page) {
  await page.getByRole('button', { name: '提交测评票' }).click();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '确定提交' }).click();
  await expect(page.getByText('提交成功，谢谢！')).toBeVisible();
}

test('现场测评: entering asks for an admin password; a rater over the 优秀 limit is stopped and corrects by keyboard', async ({ page, app, consoleProblems: _ }) => {
  const event = await prepareEvent(app, { targets: 4, excellentMax: 2, status: 'live' });
  const names = event.targets.map((t) => t.name);
  await openApp(page, app);
  await goTo(page, `#/evaluation/setup?id=${event.id}`);
  await expect(page.getByTestId('event-status')).toHaveText('正式测评中');

  // Entering kiosk mode asks for an admin password first (none is set yet).
  await page.getByRole('button', { name: '现场测评' }).click();
  const enter = page.locator('.ant-modal').filter({ hasText: '进入现场测评' });
  await expect(enter.getByText('请先设置管理员密码')).toBeVisible();
  await enter.getByLabel('管理员密码').fill('kp2025');
  await enter.getByLabel('再次输入').fill('kp2025');
  await enter.getByRole('button', { name: '设置密码' }).click();
  await enter.getByRole('button', { name: '进入现场测评' }).click();

  // Full window: no menu; the rater picks a category; browser mode says it is no locked terminal.
  await expect(page.getByText('请选择您的评委类别')).toBeVisible();
  await expect(page.locator('.shell-sider')).toHaveCount(0);
  await expect(page.getByTestId('kiosk-browser-note')).toHaveText(/浏览器模式下的现场测评不是锁定的终端.*请使用桌面程序/);
  await shotBothSizes(page, 'evaluation-kiosk-1-category');

  // Rater 1, by mouse.
  await page.getByRole('button', { name: '领导班子成员' }).click();
  await expect(page.getByTestId('ballot-row-4')).toBeVisible();
  await shot(page, 'evaluation-kiosk-2-empty');
  await clickLevels(page, names, ['优秀', '称职', '称职', '基本称职']);
  await submitBallot(page);
  await shot(page, 'evaluation-kiosk-4-success');
  // the screen resets for the next rater, and the ballot just given is not shown again
  await expect(page.getByText('请选择您的评委类别')).toBeVisible();

  // Rater 2 ticks 优秀 three times: stopped with the rule message, cannot submit.
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
  expect((await callApi(app, 'evaluation.kioskSession', {}))?.eventId).toBe(event.id);
});

test('现场测评 holds: a reload or a typed address stays in the kiosk; only the right admin password leaves it, a wrong one is refused and logged', async ({ page, app, consoleProblems: _ }) => {
  const event = await prepareEvent(app, { targets: 4, excellentMax: 2, status: 'live' });
  await callApi(app, 'settings.setAdminPassword', { next: 'kp2025' });
  await openApp(page, app);
  await goTo(page, `#/evaluation/setup?id=${event.id}`);
  await page.getByRole('button', { name: '现场测评' }).click();
  const enter = page.locator('.ant-modal').filter({ hasText: '进入现场测评' });
  await enter.getByText(`本场只限“中层干部”`).click();
  await enter.getByRole('button', { name: '进入现场测评' }).click();
  await expect(page.getByTestId('ballot-row-1')).toBeVisible();

  // a reload of the tab comes back to the kiosk: the session is the main process's, not the tab's
  await page.reload();
  await expect(page.getByTestId('ballot-row-1')).toBeVisible();
  await expect(page.locator('.shell-sider')).toHaveCount(0);
  // and so does a typed address
  await goTo(page, '#/people');
  await expect(page.getByTestId('ballot-row-1')).toBeVisible();
  await expect(page.locator('.shell-sider')).toHaveCount(0);
  // the API itself refuses everything but the kiosk's channels
  await expect(callApi(app, 'people.search', {})).rejects.toThrow('KIOSK_ACTIVE');

  await page.getByRole('button', { name: '退出现场测评' }).click();
  const exit = page.locator('.ant-modal').filter({ hasText: '退出现场测评' });
  await exit.getByLabel('管理员密码').fill('wrong-one');
  await exit.getByRole('button', { name: '退出' }).click();
  await expect(exit.getByTestId('kiosk-exit-error')).toHaveText('管理员密码不正确');
  await expect(page.locator('.kiosk')).toBeVisible();
  await shot(page, 'evaluation-kiosk-5-wrong-password');
  await exit.getByLabel('管理员密码').fill('kp2025');
  await exit.getByRole('button', { name: '退出' }).click();
  await expect(page.getByTestId('event-status')).toHaveText('正式测评中');
  await expect(page.locator('.shell-sider')).toBeVisible();
  const log = await callApi(app, 'audit.list', { action: 'settings.adminPasswordFailed' });
  expect(log.rows.map((r) => r.summary)).toEqual(['退出现场测评：管理员密码错误（第1次）']);
});

test('现场测评 by keyboard only: the first digit counts without a click, a ballot typed at 30 ms is kept whole; results show the rates', async ({ page, app, consoleProblems: _ }) => {
  const event = await prepareEvent(app, { targets: 4, excellentMax: 2, status: 'live' });
  const names = event.targets.map((t) => t.name);
  const ballot = (category: string, levels: readonly (string | null)[]) => ({ category, lines: event.targets.map((t, i) => ({ targetId: t.id, level: levels[i] ?? null, scores: {} })) });
  await callApi(app, 'evaluation.kioskSubmit', { id: event.id, marks: ballot('A', ['excellent', 'competent', 'competent', 'basic']) });
  await callApi(app, 'evaluation.kioskSubmit', { id: event.id, marks: ballot('B', ['excellent', 'excellent', 'competent', null]) });
  await callApi(app, 'settings.setAdminPassword', { next: 'kp2025' });
  await callApi(app, 'evaluation.kioskStart', { id: event.id, category: 'C' });

  // opening the app during a session lands in the kiosk, with the first line focused
  await page.goto(app.url);
  await expect(page.getByTestId('ballot-row-1')).toBeFocused();
  await page.keyboard.type('1240', { delay: 30 });
  await expect(page.getByRole('radio', { name: `${names[0]} 优秀` })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('radio', { name: `${names[1]} 称职` })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('radio', { name: `${names[2]} 不称职` })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('radio', { name: `${names[3]} 弃权` })).toHaveAttribute('aria-checked', 'true');
  await submitBallot(page);
  await callApi(app, 'evaluation.kioskExit', { password: 'kp2025' });

  // Results (合计 over the three ballots; rates are shares of the valid ballots, 弃权 included).
  await page.reload();
  await goTo(page, `#/evaluation/results?id=${event.id}`);
  const row = (name: string) => page.getByTestId('results-table').locator('.ant-table-row', { hasText: name });
  // the results page (table and chart) is the heaviest screen here: wait longer on a loaded machine
  await expect(row(names[0]!)).toBeVisible({ timeout: 90_000 });
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
  await expect(row(names[3]!)).toContainText('优秀、称职票合计低于有效票三分之二（0.00%）');
  // per category: 一般干部职工代表 (typed in the kiosk) gave 不称职 to the third
  await page.locator('.results-view .ant-segmented-item', { hasText: '一般干部职工代表' }).click();
  await expect(row(names[0]!).locator('td').nth(3)).toHaveText('1'); // 有效票
  await page.locator('.results-view .ant-segmented-item', { hasText: '合计' }).click();
  await expect(page.locator('.level-chart canvas')).toBeVisible();
  await shotBothSizes(page, 'evaluation-results');
  await page.locator('.level-chart').scrollIntoViewIfNeeded();
  await shot(page, 'evaluation-results-chart');
});
