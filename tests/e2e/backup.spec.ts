import { expect, openApp, shot, shotBothSizes, test } from './fixtures';
import { goToMenu, peopleCount, tableRow } from './ui';

test('数据与备份: back up now, check integrity, restore with a safety backup first', async ({ page, app, consoleProblems: _ }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await expect(peopleCount(page)).toHaveText(/共 \d+ 人/);
  const before = await peopleCount(page).textContent();

  await goToMenu(page, '数据与备份');
  await expect(page.getByText(app.dataDir).first()).toBeVisible();
  const rows = page.locator('.ant-table-row');
  const initialBackups = await rows.count();
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(rows).toHaveCount(initialBackups + 1);
  await expect(tableRow(page, '手动')).toHaveCount(1);

  await page.getByRole('button', { name: '检查数据完整性' }).click();
  await expect(page.getByTestId('integrity-result')).toContainText('正常');
  await shotBothSizes(page, '19-data-backup', { ignore: [app.dataDir, 'kaoping.sqlite'] });

  // Change something after the backup, then restore it: mark one person 调离 (people with
  // assessment data are never deleted), so the 在职 count drops.
  await goToMenu(page, '人员');
  const name = '孙国栋';
  await page.getByRole('searchbox', { name: '查询人员' }).fill(name);
  await expect(page.locator('.ant-table-row')).toHaveCount(1);
  // antd's motion is off under test, so the row's menu is ready as soon as it is shown
  const dialog = page.locator('.ant-modal').filter({ hasText: `调离：${name}` });
  await tableRow(page, name).first().getByRole('button', { name: '更多' }).click();
  await page.getByRole('menuitem', { name: '调离' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '确定调离' }).click();
  await expect(tableRow(page, name)).toHaveCount(0);
  await page.getByRole('searchbox', { name: '查询人员' }).fill('');
  await expect(peopleCount(page)).not.toHaveText(before!);

  await goToMenu(page, '数据与备份');
  await tableRow(page, '手动').getByRole('button', { name: '恢复' }).click();
  const confirm = page.locator('.ant-modal-confirm');
  await expect(confirm).toContainText('恢复前，系统会先自动备份当前数据');
  await shot(page, '20-restore-confirm', { ignore: [app.dataDir, 'kaoping.sqlite'] });
  await confirm.getByRole('button', { name: '恢复' }).click();
  await expect(tableRow(page, '恢复前')).toHaveCount(1);

  await goToMenu(page, '人员');
  await expect(peopleCount(page)).toHaveText(before!);
  await page.getByRole('searchbox', { name: '查询人员' }).fill(name);
  await expect(tableRow(page, name).first()).toBeVisible();
});
