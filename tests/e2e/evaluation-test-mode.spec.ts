import type { Page } from '@playwright/test';
import { expect, expectToast, openApp, shot, shotBothSizes, test } from './fixtures';
import { callApi, prepareEvent, type PreparedEvent } from './evaluation-helpers';
import { goToMenu } from './ui';

/**
 * 测试模式 to 结束测评, in short steps: each test starts from the state the one before would have left,
 * prepared through the API on the demo office.
 */
const goTo = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
const banner = '测试模式：本轮测评票仅用于演练，正式测评前须清除';
const allCompetent = (event: PreparedEvent, category: string) => ({ category, lines: event.targets.map((t) => ({ targetId: t.id, level: 'competent', scores: {} })) });
const rehearsal = '2025年度机关干部述职测评（演练）';

test.describe('from the demo office', () => {
  test.use({ seed: 'demo' });

  test('测试模式: the switch marks every screen that takes ballots; the kiosk without a session leads back; 清除测试票 asks first', async ({ page, app, consoleProblems: _ }) => {
    const event = await prepareEvent(app, { targets: 4, excellentMax: 2, status: 'setup', name: rehearsal });
    await openApp(page, app);
    await goTo(page, `#/evaluation/setup?id=${event.id}`);
    await expect(page.getByTestId('event-status')).toHaveText('筹备中');
    await expect(page.getByTestId('test-banner')).toHaveCount(0);

    // the switch turns 测试模式 on; every screen that takes ballots says so
    await page.getByRole('switch', { name: '测试模式' }).click();
    await expect(page.getByTestId('event-status')).toHaveText('测试中');
    await expect(page.getByTestId('test-banner')).toHaveText(banner);
    await callApi(app, 'evaluation.kioskSubmit', { id: event.id, marks: allCompetent(event, 'A') });
    await page.getByText('测评结果', { exact: true }).click();
    await expect(page.getByText('测试票统计（演练）')).toBeVisible();
    await expect(page.getByTestId('test-banner')).toHaveText(banner);
    await expect(page.getByTestId('session-figures').locator('.ant-table-row').last().locator('td').nth(4)).toHaveText('1');
    await shot(page, 'evaluation-test-mode-results');
    await page.getByText('纸质票录入', { exact: true }).click();
    await expect(page.getByTestId('test-banner')).toHaveText(banner);
    // opened by its address, without a session of the main process, the kiosk shows no ballot and leads back
    await goTo(page, `#/evaluation/kiosk?id=${event.id}`);
    await expect(page.locator('.kiosk').getByText('未进入现场测评')).toBeVisible();
    await page.getByRole('button', { name: '返回测评设置' }).click();
    await expect(page.getByTestId('event-status')).toHaveText('测试中');
    await page.getByText('纸质票录入', { exact: true }).click();

    // a rule changed in 测试模式 leaves the test ballots' validity as stored until they are checked again
    await page.getByRole('button', { name: '按现行规则重新校验测试票' }).click();
    await expectToast(page, '已按现行规则重新校验：有效 1 张，无效 0 张');

    // 清除测试票 asks first
    await page.getByRole('button', { name: '清除测试票（1 张）' }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await expect(confirm).toContainText('将删除本测评的全部 1 张测试票');
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect(page.getByRole('button', { name: '清除测试票（1 张）' })).toBeVisible();
    await page.getByRole('button', { name: '清除测试票（1 张）' }).click();
    await confirm.getByRole('button', { name: '清除测试票' }).click();
    await expectToast(page, '已清除 1 张测试票');
    await expect(page.getByRole('button', { name: /清除测试票/ })).toHaveCount(0);
  });

  test('开始正式测评 wipes the rehearsal ballots first, and says so', async ({ page, app, consoleProblems: _ }) => {
    const event = await prepareEvent(app, { targets: 4, excellentMax: 2, status: 'test', name: rehearsal });
    await callApi(app, 'evaluation.kioskSubmit', { id: event.id, marks: allCompetent(event, 'B') });
    await openApp(page, app);
    await goTo(page, `#/evaluation/entry?id=${event.id}`);
    await expect(page.getByTestId('test-banner')).toHaveText(banner);
    await page.getByRole('button', { name: '开始正式测评' }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await expect(confirm).toContainText('本测评还有 1 张测试票');
    await confirm.getByRole('button', { name: '清除测试票并开始' }).click();
    await expect(page.getByTestId('event-status')).toHaveText('正式测评中');
    await expect(page.getByTestId('test-banner')).toHaveCount(0);
  });

  test('the list of the year, and the demo’s finished event: invalid ballots with their reason, a red-line flag', async ({ page, app, consoleProblems: _ }) => {
    await prepareEvent(app, { targets: 4, excellentMax: 2, status: 'live', name: rehearsal });
    await openApp(page, app);
    // our event is live with no ballots; the demo's is closed
    await goTo(page, '#/evaluation');
    const ours = page.locator('.ant-table-row', { hasText: '（演练）' });
    await expect(ours).toContainText('正式测评中');
    await expect(ours).toContainText('0 张');
    await expect(ours).toContainText('4 人');
    await shotBothSizes(page, 'evaluation-list');

    // the demo's finished event: invalid ballots with their reason, a red-line flag, ranks within groups
    await page.locator('.ant-table-row', { hasText: '已结束' }).getByRole('button', { name: '结果' }).click();
    await expect(page.getByText('最终结果')).toBeVisible();
    await expect(page.locator('.invalid-reasons')).toContainText('优秀超额 3 张');
    await expect(page.getByTestId('results-table').locator('.red-line-flag').first()).toBeVisible();
    await shotBothSizes(page, 'evaluation-results-demo');
  });

  test('结束测评 after a live ballot: results frozen, settings and entry closed', async ({ page, app, consoleProblems: _ }) => {
    const event = await prepareEvent(app, { targets: 4, excellentMax: 2, status: 'live', name: rehearsal });
    await callApi(app, 'evaluation.kioskSubmit', { id: event.id, marks: allCompetent(event, 'C') });
    await openApp(page, app);
    await goTo(page, '#/evaluation');
    await page.locator('.ant-table-row', { hasText: '（演练）' }).getByRole('button', { name: '结果' }).click();
    await page.getByRole('button', { name: '结束测评' }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await expect(confirm).toContainText('结束后不再接收测评票');
    await confirm.getByRole('button', { name: '结束测评' }).click();
    await expect(page.getByTestId('event-status')).toHaveText('已结束');
    await expect(page.getByText('最终结果')).toBeVisible();
    await page.getByText('测评设置', { exact: true }).click();
    await expect(page.getByTestId('locked-notice')).toHaveText('测评已结束，设置不能修改');
    await expect(page.getByRole('button', { name: '现场测评' })).toBeDisabled();
  });
});

test('设置 → 管理员密码: set, then change it (the current one is needed)', async ({ page, app, consoleProblems: _ }) => {
  await openApp(page, app);
  await goToMenu(page, '管理员密码');
  await expect(page.getByText('尚未设置管理员密码')).toBeVisible();
  await page.getByLabel('管理员密码').fill('kp2025');
  await page.getByLabel('再次输入').fill('kp2026');
  await page.getByRole('button', { name: '设置密码' }).click();
  await expect(page.getByText('两次输入的密码不一致')).toBeVisible();
  await page.getByLabel('再次输入').fill('kp2025');
  await page.getByRole('button', { name: '设置密码' }).click();
  await expect(page.getByText('已设置管理员密码')).toBeVisible();
  await page.getByLabel('当前密码').fill('wrong-one');
  await page.getByLabel('新密码').fill('kp2027');
  await page.getByLabel('再次输入').fill('kp2027');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.locator('.ant-alert-error')).toContainText('不正确');
  await shot(page, 'evaluation-admin-password');
});
