import fs from 'node:fs';
import path from 'node:path';
import { expect, openApp, shot, shotBothSizes, test } from './fixtures';
import { goToMenu, peopleCount, tableRow } from './ui';

// starts from the demo office (built once per run, fixtures.ts `seed`)
test.use({ seed: 'demo' });

test('数据与备份: back up now, check integrity, restore with a safety backup first', async ({ page, app, consoleProblems: _ }) => {
  await openApp(page, app);
  await expect(peopleCount(page)).toHaveText(/共 \d+ 人/);
  const before = await peopleCount(page).textContent();

  // an empty file under a backup's name (what an interrupted backup of an older version left):
  // listed as unusable, and its 恢复 is disabled
  const emptyBackup = 'kaoping-20240101-080000000-daily.sqlite';
  fs.mkdirSync(path.join(app.dataDir, 'backups'), { recursive: true });
  fs.writeFileSync(path.join(app.dataDir, 'backups', emptyBackup), '');

  await goToMenu(page, '数据与备份');
  await expect(page.getByText(app.dataDir).first()).toBeVisible();
  const broken = tableRow(page, '2024-01-01');
  await expect(broken).toContainText('不可用');
  await expect(broken).toContainText('此文件是空文件（0 字节），不是完整的备份，不能用于恢复');
  await expect(broken.getByRole('button', { name: '恢复' })).toBeDisabled();
  await shotBothSizes(page, '19a-data-backup-unusable', { ignore: [app.dataDir, 'kaoping.sqlite'] });
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(tableRow(page, '手动')).toHaveCount(1);
  // that backup's rotation drops the unusable automatic file: it could never be restored
  await expect(tableRow(page, '不可用')).toHaveCount(0);

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
  const dialog = page.locator('.ant-modal').filter({ hasText: `调离本单位：${name}` });
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
  // the list can refresh before the dialog has finished closing; its mask would take the next click
  await expect(confirm).toHaveCount(0);

  await goToMenu(page, '人员');
  await expect(peopleCount(page)).toHaveText(before!);
  await page.getByRole('searchbox', { name: '查询人员' }).fill(name);
  await expect(tableRow(page, name).first()).toBeVisible();
});
