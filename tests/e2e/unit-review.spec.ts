import { callApi } from './evaluation-helpers';
import { expect, expectToast, openApp, shotBothSizes, test } from './fixtures';
import { goToSubmenu } from './ui';

/**
 * 科室评议 (DOMAIN §8.4) on the demo office: a clerk creates a month's 评议 from the 能力作风建设 menu, takes
 * every 科室 and 事业单位 as 评议对象, the ballots come in (through the API, as the kiosk sends them), the
 * 评议 is closed and its results rank the units; the closed 评议 gives each unit its score.
 */

test.use({ seed: 'demo' });

test('科室评议: create, all units as 评议对象, ballots, close, each unit scored', async ({ page, app, consoleProblems: _ }) => {
  const years = await callApi(app, 'annual.years', {});
  const year = years.find((y) => y.status !== 'locked')!.year;
  const units = await callApi(app, 'units.list', {});
  const rated = units.filter((u) => u.parentId != null);

  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, app);
  await goToSubmenu(page, '能力作风建设', '科室评议');
  await page.getByRole('button', { name: '新建科室评议' }).click();
  const dialog = page.getByRole('dialog', { name: '新建科室评议' });
  await dialog.getByRole('spinbutton', { name: '考核年度' }).fill(String(year));
  await dialog.getByText('季度评议', { exact: true }).click();
  await expect(dialog.getByRole('textbox', { name: '评议名称' })).toHaveValue(new RegExp(`^${year}年第.季度科室评议$`));
  await dialog.getByRole('button', { name: '创建' }).click();
  await expectToast(page, '已新建科室评议');

  await page.getByRole('button', { name: new RegExp(`加入全部科室和单位（${rated.length}个）`) }).click();
  await expect(page.getByTestId('target-count')).toHaveText(String(rated.length));
  await page.getByRole('button', { name: '保存评议对象' }).click();
  await expectToast(page, `已保存评议对象，共 ${rated.length} 个`);
  await shotBothSizes(page, 'unit-review-setup');

  const event = (await callApi(app, 'evaluation.list', { year })).find((e) => e.reviewPeriod != null && e.status === 'setup')!;
  expect(event.reviewPeriod).toMatch(new RegExp(`^${year}-Q[1-4]$`));
  const full = await callApi(app, 'evaluation.get', { id: event.id });
  await callApi(app, 'evaluation.setStatus', { id: event.id, status: 'live' });
  // 办公室 (the first) gets 满意 throughout; the last unit 不满意 from 机关干部职工
  const keys = ['1', '2', '1', '2'];
  for (const [n, category] of ['A', 'B', 'B', 'C'].entries()) {
    const lines = full.targetList.map((t, i) => ({
      targetId: t.id,
      level: full.config.levels.find((l) => l.key === (i === 0 ? '1' : i === full.targetList.length - 1 && category === 'B' ? '3' : keys[n]!))!.code,
      scores: {},
    }));
    await callApi(app, 'evaluation.kioskSubmit', { id: event.id, marks: { category, lines } });
  }
  await callApi(app, 'evaluation.close', { id: event.id });

  const review = (await callApi(app, 'evaluation.unitReviews', { year })).find((r) => r.eventId === event.id);
  expect(review!.scores).toHaveLength(rated.length);
  expect(review!.scores[0]).toMatchObject({ unitName: full.targetList[0]!.name, score: 100, rank: 1 });
  expect(review!.scores.at(-1)!.satisfaction).toBe(0.5);

  await page.goto(`${app.url}#/evaluation/results?id=${event.id}`);
  await expect(page.getByRole('main')).toContainText(full.targetList[0]!.name, { timeout: 30_000 });
  await shotBothSizes(page, 'unit-review-results');
  await page.goto(`${app.url}#/conduct/reviews`);
  await expect(page.getByRole('table')).toContainText(`${year}年第`);
  await expect(page.getByRole('table')).toContainText(`${rated.length} 个`);
});
