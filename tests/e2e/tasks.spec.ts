import type { Page } from '@playwright/test';
import { expect, openApp, shotBothSizes, test } from './fixtures';
import { callApi } from './evaluation-helpers';
import { chooseTreeOption, goToSubmenu } from './ui';
import { fixtureUnits, taskListXlsx } from '../fixtures/tasks/make-task-fixtures';
import { personInput } from '../helpers/people-input';

/**
 * 工作任务清单 (DOMAIN §8.1): a small list built with the keyboard and a node marked done with Space;
 * the office's messy task list imported, its problems shown per row before anything is written.
 */

const thisYear = () => new Date().getFullYear();
const tree = (page: Page) => page.getByTestId('task-tree');
const row = (page: Page, text: string) => tree(page).locator('.tt-row', { hasText: text });

test('build a task list with the keyboard and mark a node done', async ({ page, app, consoleProblems: _ }) => {
  const office = await callApi(app, 'units.create', { name: '办公室', parentId: null });
  await openApp(page, app);
  await goToSubmenu(page, '能力作风建设', '工作任务清单');
  await expect(page.getByText('还没有任务')).toBeVisible();
  await tree(page).focus();

  // Ctrl+Enter: a 目标; Enter saves
  await page.keyboard.press('Control+Enter');
  await page.getByLabel('名称').fill('优化营商环境');
  await page.keyboard.press('Enter');
  await expect(row(page, '优化营商环境')).toHaveClass(/is-active/);
  // Shift+Enter: one level down, a 项目 under it
  await page.keyboard.press('Shift+Enter');
  await page.getByLabel('名称').fill('政务服务提质');
  await page.keyboard.press('Enter');
  await expect(row(page, '政务服务提质')).toHaveClass(/is-active/);
  // a 任务 with its 牵头单位
  await page.keyboard.press('Shift+Enter');
  await page.getByRole('textbox', { name: '任务', exact: true }).fill('推行一网通办');
  await chooseTreeOption(page, page.locator('#task-lead-unit'), '办公室');
  await page.getByLabel('工作标准').fill('全流程网办率90%');
  await shotBothSizes(page, 'tasks-edit-task');
  await page.keyboard.press('Enter');
  await expect(row(page, '推行一网通办')).toHaveClass(/is-active/);
  // a 节点 due on 3月31日
  await page.keyboard.press('Shift+Enter');
  await page.getByLabel('节点内容').fill('完成方案');
  await page.getByLabel('完成时限').fill(`${thisYear()}-03-31`);
  // Enter takes the typed date and saves
  await page.getByLabel('完成时限').press('Enter');
  const node = row(page, '完成方案');
  await expect(node).toHaveClass(/is-active/);

  // Space twice: 推进中, then 已完成 today; saved in that order
  await page.keyboard.press(' ');
  await expect(node).toContainText('推进中');
  await page.keyboard.press(' ');
  await expect(node).toContainText('已完成');
  const done = async () => (await callApi(app, 'tasks.list', { year: thisYear() })).nodes.map((n) => [n.status, n.doneOn !== null]);
  await expect.poll(done).toEqual([['done', true]]);
  const today = (await callApi(app, 'tasks.list', { year: thisYear() })).today;
  // done today on a node due 3月31日 (today is later in the year in this run, or the same day)
  await expect(node).toContainText(today > `${thisYear()}-03-31` ? '完成（逾期）' : '按时完成');
  const list = await callApi(app, 'tasks.list', { year: thisYear() });
  expect(list.items.map((i) => [i.kind, i.title, i.leadUnitId])).toEqual([
    ['goal', '优化营商环境', null], ['project', '政务服务提质', null], ['task', '推行一网通办', office.id],
  ]);
  await expect(page.getByTestId('task-counts')).toContainText('任务 1');
  await shotBothSizes(page, 'tasks-tree');
});

test('import the office task list: every problem named by its row before anything is written', async ({ page, app, consoleProblems: _ }) => {
  const ids = new Map<string, number>();
  for (const u of fixtureUnits) {
    const created = await callApi(app, 'units.create', { name: u.name, parentId: u.parent === null ? null : ids.get(u.parent)! });
    ids.set(u.parent ? `${u.parent}/${u.name}` : u.name, created.id);
  }
  await callApi(app, 'people.create', personInput(ids.get('县政府/办公室')!, { name: '张三' }));
  await openApp(page, app);
  await goToSubmenu(page, '能力作风建设', '工作任务清单');
  await page.getByRole('button', { name: '从Excel导入' }).click();
  await page.locator('.ant-modal input[type=file]').setInputFiles(taskListXlsx);
  const errors = page.getByTestId('task-import-errors');
  await expect(errors).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('有 4 行存在问题，本次不能导入')).toBeVisible();
  await expect(errors.locator('.ant-table-row', { hasText: '第7行' })).toContainText('“宣传部”不是系统中的单位');
  await expect(errors.locator('.ant-table-row', { hasText: '第13行' })).toContainText('“2月30日前”不是有效日期');
  await expect(page.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await shotBothSizes(page, 'tasks-import-errors', { ignore: ['.xlsx'] });
  expect((await callApi(app, 'tasks.list', { year: thisYear() })).items).toEqual([]);
});
