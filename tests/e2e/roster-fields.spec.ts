import { callApi } from './evaluation-helpers';
import { expect, expectToast, openApp, shot, test } from './fixtures';
import { chooseOption, peopleCount, tableRow } from './ui';

// the demo office: its people have 民族, 籍贯, 学历, 参加工作时间 and 入党时间 (fixtures.ts `seed`)
test.use({ seed: 'demo' });

test('人员: the roster fields of the official forms in the person form and as optional table columns', async ({ page, app, consoleProblems: _ }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, app);
  await expect(peopleCount(page)).toHaveText(/共 \d+ 人/);
  await page.getByRole('searchbox', { name: '查询人员' }).fill('周立新');
  await expect(peopleCount(page)).toHaveText('共 1 人');

  // 更多列: 民族 and 学历 join the table
  // 更多列: a menu of checkable columns, open until closed
  await page.getByRole('button', { name: '更多列' }).click();
  const menu = page.locator('.ant-dropdown:not(.ant-dropdown-hidden)').last();
  await menu.getByRole('menuitem', { name: '民族' }).click();
  await menu.getByRole('menuitem', { name: '学历' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: '更多列（2）' })).toBeVisible();
  await expect(page.locator('.ant-table-thead')).toContainText('民族');
  await expect(tableRow(page, '周立新')).toContainText('族');

  // the form shows the demo's values and saves what is typed, cleaned (汉 -> 汉族)
  await tableRow(page, '周立新').getByRole('button', { name: '编辑' }).click();
  const drawer = page.locator('.ant-drawer');
  await expect(drawer.getByLabel('民族')).toHaveValue(/族$/);
  await expect(drawer.getByLabel('参加工作时间')).toHaveValue(/^\d{4}\.\d{2}$/);
  await drawer.getByLabel('民族').fill('汉');
  await drawer.getByLabel('籍贯').fill('湖北竹山');
  await chooseOption(page, drawer.getByLabel('学历（文化程度）'), '研究生');
  await drawer.getByLabel('入党时间').fill('1995-7');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer.getByText('入党时间应为“年.月”格式，例如 1985.06')).toBeVisible();
  await drawer.getByLabel('入党时间').fill('1995.07');
  await drawer.getByLabel('入党时间').scrollIntoViewIfNeeded();
  await shot(page, 'person-form-roster-fields-1280x720');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expectToast(page, '已保存修改');
  await expect(drawer).toBeHidden();

  const saved = (await callApi(app, 'people.search', { text: '周立新' })).rows[0]!;
  expect(saved).toMatchObject({ ethnicity: '汉族', nativePlace: '湖北竹山', education: '研究生', partySince: '1995.07' });
  await expect(tableRow(page, '周立新')).toContainText('汉族');
  await shot(page, 'people-optional-columns-1280x720');
});
