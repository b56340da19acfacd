import type { Page } from '@playwright/test';
import { expect, expectToast, openApp, shot, test } from './fixtures';
import { callApi } from './evaluation-helpers';

/** 评选表优 into the year (issue 11 §7): the demo's closed 优秀共产党员评选, its top three recorded as 表彰 加减分. */
test.use({ seed: 'demo' });

const goTo = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

test('推荐结果: 列入年度考核加分 records the top three of a closed 评选表优 under the year’s rules, with their votes as evidence', async ({ page, app, consoleProblems: _ }) => {
  const honour = (await callApi(app, 'recommendation.list', {})).find((e) => e.name.endsWith('优秀共产党员评选'))!;
  const results = await callApi(app, 'recommendation.results', { id: honour.id });
  const top = [...results.posts[0]!.candidates].sort((x, y) => y.votes - x.votes).slice(0, 3);

  await openApp(page, app);
  await goTo(page, `#/recommendation/results?id=${honour.id}`);
  await page.getByRole('button', { name: '列入年度考核加分' }).click();
  const dialog = page.getByRole('dialog', { name: /列入\d{4}年度考核加分：优秀共产党员/ });
  await expect(dialog).toBeVisible();
  // the top 应推荐人数 by votes are ticked; the usual kind is chosen
  for (const c of top) await expect(dialog.getByRole('checkbox', { name: new RegExp(`^${c.name}（${c.votes}票`) })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: '加减分类别' })).toBeVisible();
  await expect(dialog.getByText('表彰奖励')).toBeVisible();
  await shot(page, 'recommendation-commend');
  await dialog.getByRole('button', { name: '记入加减分' }).click();
  await expectToast(page, `已为 3 人记入${honour.year}年度加减分`);

  const records = await callApi(app, 'annual.adjustments', { year: honour.year });
  const commended = records.filter((r) => r.evidence.startsWith(honour.name));
  expect(commended.map((r) => [r.name, r.kind, r.points])).toEqual(expect.arrayContaining(top.map((c) => [c.name, '表彰奖励', 1])));
  expect(commended).toHaveLength(3);
  expect(commended[0]!.evidence).toMatch(/「优秀共产党员」得票\d+票（得票率\d+\.\d{2}%），第\d名$/);
});
