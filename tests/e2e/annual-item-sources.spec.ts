import { callApi } from './evaluation-helpers';
import { expect, openApp, shot, test } from './fixtures';
import { goToSubmenu } from './ui';

// starts from the demo office (built once per run, fixtures.ts `seed`)
test.use({ seed: 'demo' });

/**
 * Issue 12 §7 (DOMAIN §8.7): a 考核项目 taking 任务按时完成率 from the 工作任务清单, seeded through the API;
 * on 综合评定 the person's 考核项目 cell opens the breakdown naming the tasks' nodes and the fraction.
 */
test('综合评定: a 自动取数 考核项目 opens its breakdown naming the tasks behind the figure (1280×720)', async ({ page, app, consoleProblems: _ }) => {
  const year = 2026;
  // 班子成员: four rows, all on screen whatever their ranks become
  const before = await callApi(app, 'annual.composite', { year });
  const group = before.groups.find((g) => g.name === '班子成员')!;
  const top = before.rows.find((r) => r.groupId === group.id)!;
  const unit = (await callApi(app, 'units.list', undefined)).find((u) => u.name === top.unitName)!;
  const goal = await callApi(app, 'tasks.saveItem', { year, kind: 'goal', parentId: null, title: '作风建设提升' });
  const project = await callApi(app, 'tasks.saveItem', { year, kind: 'project', parentId: goal.id, title: '工作落实' });
  const task = await callApi(app, 'tasks.saveItem', { year, kind: 'task', parentId: project.id, title: '完善值班备勤制度', leadUnitId: unit.id });
  await callApi(app, 'tasks.saveNode', { taskId: task.id, name: '印发制度', dueOn: '2026-03-31', status: 'done', doneOn: '2026-03-30' });
  await callApi(app, 'tasks.saveNode', { taskId: task.id, name: '组织检查', dueOn: '2026-06-30', status: 'done', doneOn: '2026-07-06' });
  const { categories } = await callApi(app, 'annual.items', { year });
  await callApi(app, 'annual.saveItem', {
    year,
    item: { categoryId: categories[0]!.id, name: '任务按时完成', description: '', appliesTo: 'unit', method: 'score', maxPoints: 10, stepPoints: null, passToPeople: true, source: 'tasks', sourceCampaignId: null, sourceFull: 100, sourceZero: 0 },
  });

  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, app);
  await goToSubmenu(page, '年度考核', '综合评定');
  await page.getByRole('tab', { name: /班子成员/ }).click();
  await page.getByRole('button', { name: `${top.name}考核项目得分明细` }).click();
  const drawer = page.getByRole('dialog', { name: new RegExp(`${top.name}.*考核项目得分明细`) });
  await expect(drawer).toBeVisible();
  const basis = drawer.getByTestId('item-basis');
  await expect(basis).toContainText(`任务按时完成：任务按时完成率（${unit.name}）`);
  // the demo's own tasks of the unit count too: the figure as the service computed it
  const after = await callApi(app, 'annual.composite', { year });
  const item = after.itemInfos!.find((i) => i.name === '任务按时完成')!;
  const entry = after.rows.find((r) => r.personId === top.personId)!.items!.find((e) => e.itemId === item.itemId)!;
  const figure = after.itemFigures!.find((f) => f.key === entry.figureKey)!;
  expect(figure.denominator).toBeGreaterThanOrEqual(2);
  await expect(basis).toContainText(`${figure.figureText}，得${figure.points}分（满分10分）`);
  await expect(basis.getByRole('row', { name: /完善值班备勤制度 · 印发制度.*按时完成/ })).toBeVisible();
  // done after its month: 滞后 in June's figures (DOMAIN §8.1)
  await expect(basis.getByRole('row', { name: /完善值班备勤制度 · 组织检查.*滞后.*时限6月30日，完成7月6日/ })).toBeVisible();
  await shot(page, 'annual-item-sources-breakdown-1280');
});
