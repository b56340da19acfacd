import type { Page } from '@playwright/test';
import { expect, expectToast, openApp, shot, shotBothSizes, test } from './fixtures';
import { callApi } from './evaluation-helpers';
import { idCheckChar } from '../../shared/normalize/id-number';
import { chooseOption, chooseTreeOption, goToMenu, peopleCount } from './ui';

const validId = (first17: string) => first17 + idCheckChar(first17);
const blankPerson = { gender: null, birth: null, idNumber: null, staffNo: null, political: null, rank: null, postSince: null, category: null, isLeader: false, hireDate: null, probationEnd: null, note: null };
const countOf = async (text: Promise<string | null>) => Number(/共 (\d+) 人/.exec((await text) ?? '')?.[1] ?? NaN);

test('demo data: about 60 people in a unit tree; filter by unit, search by name, keep units', async ({ page, app, consoleProblems: _ }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await expect(peopleCount(page)).toHaveText(/共 \d+ 人/);
  const total = await countOf(peopleCount(page).textContent());
  expect(total).toBeGreaterThanOrEqual(50);
  expect(total).toBeLessThanOrEqual(70);
  await shotBothSizes(page, '11-people-demo');

  // The unit tree: pick a unit with people; the table shows only its people.
  const tree = page.locator('.unit-tree-panel');
  const nodes = tree.locator('.unit-tree-label');
  await expect(nodes.first()).toBeVisible();
  expect(await nodes.count()).toBeGreaterThan(3);
  // the first unit below the office that has people of its own
  let unitNode = nodes.first();
  let unitCount = 0;
  for (const node of await nodes.all()) {
    const n = Number(await node.locator('.unit-tree-count').textContent());
    if (n > 0 && n < total) {
      unitNode = node;
      unitCount = n;
      break;
    }
  }
  expect(unitCount).toBeGreaterThan(0);
  const unitName = (await unitNode.locator('.unit-tree-name').textContent())!;
  await unitNode.click();
  await expect(peopleCount(page)).toHaveText(`共 ${unitCount} 人`);
  expect(unitCount).toBeLessThan(total);
  await shot(page, '12-people-filtered-by-unit');

  // Search by the name of someone in that unit: exactly that person (the unit filter still holds).
  const someone = (await page.locator('.ant-table-row').first().locator('.ant-table-cell').nth(1).textContent())!.trim();
  await page.getByRole('searchbox', { name: '查询人员' }).fill(someone);
  await expect(peopleCount(page)).toHaveText('共 1 人');
  await expect(page.locator('.ant-table-row')).toHaveCount(1);
  await expect(page.locator('.ant-table-row')).toContainText(someone);
  await expect(page.locator('.ant-table-row')).toContainText(unitName);

  // Filters: 班子成员 only gives fewer people than the whole office.
  await page.getByRole('searchbox', { name: '查询人员' }).fill('');
  await tree.getByText('全部单位').click();
  await expect(peopleCount(page)).toHaveText(`共 ${total} 人`);
  await chooseOption(page, page.getByRole('combobox', { name: '班子成员' }), '班子成员：是');
  const leaders = await countOf(peopleCount(page).textContent());
  await expect(peopleCount(page)).not.toHaveText(`共 ${total} 人`);
  expect(leaders).toBeGreaterThan(0);
  await shot(page, '13-people-leaders');

});

test.describe('from the demo office', () => {
  test.use({ seed: 'demo' });

  test('单位: add a sub-unit; a unit that still has people cannot be deleted, the empty one can', async ({ page, app, consoleProblems: _ }) => {
    // a unit below the office with people of its own (the one the button's test filters by)
    const unitName = (await callApi(app, 'units.list', {})).find((u) => u.parentId !== null && u.peopleCount > 0)!.name;
    await openApp(page, app);
    await expect(peopleCount(page)).toHaveText(/共 \d+ 人/);
    await goToMenu(page, '单位');
    await expect(page.getByRole('heading', { name: '单位' })).toBeVisible();
    await shotBothSizes(page, '14-units');
    const unitRow = page.locator('.ant-table-row').filter({ has: page.getByText(unitName, { exact: true }) });
    await unitRow.getByRole('button', { name: '新增下级' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '新增下级单位' });
    await dialog.getByLabel('单位名称').fill('综合组');
    await shot(page, '15-units-add-dialog');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.locator('.ant-table-row', { hasText: '综合组' })).toBeVisible();
    await unitRow.getByRole('button', { name: '删除' }).click();
    await confirmDelete(page);
    await expectToast(page, '不能删除');
    await shot(page, '16-units-delete-refused');
    // the new empty unit can be deleted
    await page.locator('.ant-table-row', { hasText: '综合组' }).getByRole('button', { name: '删除' }).click();
    await confirmDelete(page);
    await expect(page.locator('.ant-table-row', { hasText: '综合组' })).toHaveCount(0);
  });

  test('people: add a person, move one, mark one 调离 and back', async ({ page, app, consoleProblems: _ }) => {
    await openApp(page, app);
    await expect(peopleCount(page)).toHaveText(/共 \d+ 人/);
    const total = await countOf(peopleCount(page).textContent());
    const search = page.getByRole('searchbox', { name: '查询人员' });

    // 新增人员: required fields and formats are checked before anything is sent.
    await page.getByRole('button', { name: '新增人员' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByLabel('出生年月').fill('1990-5');
    await drawer.getByRole('button', { name: '保存' }).click();
    await expect(drawer.getByText('请填写姓名')).toBeVisible();
    await expect(drawer.getByText('请选择所在单位')).toBeVisible();
    await expect(drawer.getByText('出生年月应为“年.月”格式，例如 1985.06')).toBeVisible();
    await shot(page, '21-person-form-new-invalid');
    await drawer.getByLabel('姓名').fill('陈新来');
    await drawer.getByLabel('出生年月').fill('');
    // the ID number fills 性别 and 出生年月 when they are blank
    await drawer.getByLabel('身份证号').fill(validId('42030219950612003'));
    await drawer.getByLabel('身份证号').blur();
    await expect(drawer.getByLabel('出生年月')).toHaveValue('1995.06');
    await chooseTreeOption(page, drawer.getByLabel('单位/科室'), '办公室');
    await drawer.getByLabel('职务').fill('科员');
    await drawer.getByRole('button', { name: '保存' }).click();
    await expect(drawer).toBeHidden();
    await expect(peopleCount(page)).toHaveText(`共 ${total + 1} 人`);

    // 调动 to another unit.
    await search.fill('陈新来');
    await expect(peopleCount(page)).toHaveText('共 1 人');
    await page.locator('.ant-table-row').getByRole('button', { name: '调整单位' }).click();
    const moveDialog = page.locator('.ant-modal').filter({ hasText: '调整单位：陈新来' });
    await chooseTreeOption(page, moveDialog.getByRole('combobox'), '法规宣传科');
    await shot(page, '22-person-move');
    await moveDialog.getByRole('button', { name: '确定调整' }).click();
    await expect(page.locator('.ant-table-row')).toContainText('法规宣传科');

    // 调离 with a date: gone from the 在职 list, shown under 调离, and back with 恢复在职.
    await page.locator('.ant-table-row').getByRole('button', { name: '更多' }).click();
    await page.getByRole('menuitem', { name: '调离' }).click();
    const leaveDialog = page.locator('.ant-modal').filter({ hasText: '调离本单位：陈新来' });
    await shot(page, '23-person-leave');
    await leaveDialog.getByRole('button', { name: '确定调离' }).click();
    await expect(peopleCount(page)).toHaveText('共 0 人');
    await chooseOption(page, page.getByRole('combobox', { name: '在职状态' }), '调离');
    await expect(peopleCount(page)).toHaveText('共 1 人');
    await expect(page.locator('.ant-table-row')).toContainText('调离');
    await page.locator('.ant-table-row').getByRole('button', { name: '更多' }).click();
    await page.getByRole('menuitem', { name: '恢复在职' }).click();
    await expect(peopleCount(page)).toHaveText('共 0 人');
    await chooseOption(page, page.getByRole('combobox', { name: '在职状态' }), '在职');
    await expect(peopleCount(page)).toHaveText('共 1 人');
  });

  test('units: 下移 changes the order, 移动 puts a unit under another parent; 操作日志 filters by 操作类型', async ({ page, app, consoleProblems: _ }) => {
    // a person moved to another unit (as the people test does on screen), for the log
    const units = await callApi(app, 'units.list', {});
    const target = units.find((u) => u.name === '法规宣传科')!;
    const office = units.find((u) => u.name === '办公室')!;
    const created = await callApi(app, 'people.create', { ...blankPerson, name: '陈新来', unitId: office.id, post: '科员' });
    await callApi(app, 'people.move', { ids: [created.id], unitId: target.id });
    await openApp(page, app);
    await expect(peopleCount(page)).toHaveText(/共 \d+ 人/);
    // 单位: 下移 changes the order; 移动 puts a unit under another parent.
    await goToMenu(page, '单位');
    await expect(page.locator('.ant-table-row .unit-name').nth(2)).toBeVisible();
    const names = () => page.locator('.ant-table-row .unit-name').allTextContents();
    const before = await names();
    const first = before[1]!;
    const second = before[2]!;
    await page.locator('.ant-table-row').filter({ has: page.getByText(first, { exact: true }) }).getByRole('button', { name: '下移' }).click();
    await expect.poll(async () => (await names()).slice(1, 3)).toEqual([second, first]);
    await page.locator('.ant-table-row').filter({ has: page.getByText(first, { exact: true }) }).getByRole('button', { name: '移动' }).click();
    const unitMove = page.locator('.ant-modal').filter({ hasText: `移动单位：${first}` });
    await chooseTreeOption(page, unitMove.getByRole('combobox'), second);
    await shot(page, '24-unit-move');
    await unitMove.getByRole('button', { name: '确定移动' }).click();
    await expect(unitMove).toBeHidden();
    await expect.poll(async () => (await names()).indexOf(first)).toBeGreaterThan((await names()).indexOf(second));

    // Every change is in 操作日志; filter by 操作类型.
    await goToMenu(page, '操作日志');
    await expect(page.locator('.ant-table-row').first()).toBeVisible();
    await chooseOption(page, page.getByRole('combobox', { name: '操作类型' }), '调动人员');
    await expect(page.locator('.ant-table-row')).toHaveCount(1);
    await expect(page.locator('.ant-table-row')).toContainText('陈新来');
    await shot(page, '25-audit-filtered');
  });
});

/** Confirms a 删除 dialog once it has finished opening (a click while it animates in can be lost). */
async function confirmDelete(page: Page): Promise<void> {
  const confirm = page.locator('.ant-modal-confirm');
  await expect(confirm.getByRole('button', { name: '删除' })).toBeVisible();
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(confirm).toBeHidden();
}
