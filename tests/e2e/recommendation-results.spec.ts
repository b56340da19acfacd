import type { Page } from '@playwright/test';
import { expect, expectToast, openApp, shotBothSizes, test, type RunningApp } from './fixtures';
import { callApi } from './evaluation-helpers';

/** 推荐结果: the figures of ballots cast through the API, live while voting, 结束推荐, 导出统计表. */
test.use({ seed: 'demo' });

const goTo = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
const clerk = '张录入';

/** A 评选表优 (优秀共产党员 ×3) with four 班子成员 as candidates, 应到/发出 A 2, B 3, C 1, in `status`, with `tickets` 票号. */
async function prepare(app: RunningApp, status: 'test' | 'live', name: string) {
  const created = await callApi(app, 'recommendation.create', { name, year: 2025, date: '2026-01-16', unitTitle: '示范区国防动员办公室', presetKey: 'honour' });
  const people = (await callApi(app, 'people.search', { isLeader: true })).rows.slice(0, 4);
  const config = {
    ...created.config,
    posts: created.config.posts.map((p) => ({ ...p, candidates: people.map((x) => ({ personId: x.id, name: x.name, unitName: x.unitName, post: x.post ?? '' })) })),
    categories: created.config.categories.map((c, i) => ({ ...c, expected: [2, 3, 1][i]!, issued: [2, 3, 1][i]! })),
  };
  await callApi(app, 'recommendation.update', { id: created.id, config });
  await callApi(app, 'recommendation.setStatus', { id: created.id, status });
  const { tickets } = await callApi(app, 'recommendation.issueTickets', { id: created.id, count: 6 });
  let next = 0;
  const cast = (category: string, chosen: number[]) =>
    callApi(app, 'recommendation.paperEntry', { id: created.id, ticketNo: tickets[next++]!, marks: { category, posts: { P1: { chosen, writeIns: [], approvals: {} } } }, clerk, doubleEntry: false });
  return { id: created.id, ids: people.map((p) => p.id), names: people.map((p) => p.name), cast };
}

test('测试模式: the rehearsal’s figures per post, refreshed while voting; 正式票 one click away', async ({ page, app, consoleProblems: _ }) => {
  const { id, ids, names, cast } = await prepare(app, 'test', '2025年度评选表优（演练）');
  const [a, b, c, d] = ids as [number, number, number, number];
  await cast('A', [a, b]);
  await cast('A', [a]);
  await cast('B', [a, b, c, d]); // 4 names for 3 seats: void for the post
  await cast('B', []); // 弃权

  await openApp(page, app);
  await goTo(page, `#/recommendation/results?id=${id}`);
  await expect(page.getByText('测试票统计（演练）')).toBeVisible();
  const post = page.getByTestId('post-P1');
  await expect(post.getByTestId('post-figures')).toHaveText('有效票 3 张，作废票 1 张，弃权 1 张');
  await expect(post.getByTestId('post-notes')).toHaveText('计票说明：超过应推荐人数，该职位作废 1 张；未推荐任何人，视为弃权 1 张');
  // the first row: 姓名, 单位, A B C, 得票数, 得票率（有效票）, 得票率（实到）, 名次, 过半数
  const first = post.locator('.ant-table-row').first();
  await expect(first.locator('td')).toHaveText([names[0]!, /.*/, '2', '0', '0', '2', '66.67%', '50.00%', '1', '过半数']);
  await expect(post.locator('.ant-table-row').nth(1).locator('td')).toHaveText([names[1]!, /.*/, '1', '0', '0', '1', '33.33%', '25.00%', '2', '']);
  // 实到 4 of 应到 6 is exactly 2/3: not more
  await expect(page.getByTestId('quorum-alert')).toContainText('实到人数未超过应到人数的三分之二');
  await expect(page.getByTestId('session-table').locator('.ant-table-row').last().locator('td')).toHaveText(['合计', '6', '4', '6', '4']);
  await shotBothSizes(page, 'recommendation-results-test');

  // one more ballot comes in while the page is open
  await cast('C', [b]);
  await expect(post.getByTestId('post-figures')).toHaveText('有效票 4 张，作废票 1 张，弃权 1 张');
  await expect(page.getByTestId('quorum-alert')).toHaveCount(0);

  await page.locator('.ant-segmented-item', { hasText: '正式票' }).click();
  await expect(page.getByText('实时结果')).toBeVisible();
  await expect(post.getByTestId('post-figures')).toHaveText('有效票 0 张，作废票 0 张，弃权 0 张');
});

test('正式推荐: live figures, 结束推荐, 导出统计表', async ({ page, app, consoleProblems: _ }) => {
  const name = '2025年度评选表优';
  const { id, ids, names, cast } = await prepare(app, 'live', name);
  await cast('A', [ids[2]!]);
  await cast('B', [ids[2]!, ids[3]!]);

  await openApp(page, app);
  await goTo(page, `#/recommendation/results?id=${id}`);
  await expect(page.getByText('实时结果')).toBeVisible();
  const post = page.getByTestId('post-P1');
  await expect(post.getByTestId('post-figures')).toHaveText('有效票 2 张，作废票 0 张，弃权 0 张');
  await expect(post.locator('.ant-table-row').first()).toContainText(names[2]!);
  await expect(post.locator('.ant-table-row').first().getByTestId('majority-tag')).toHaveText('过半数');

  await page.getByRole('button', { name: '结束推荐' }).first().click();
  const confirm = page.locator('.ant-modal-confirm');
  await expect(confirm).toContainText('结束后不再接收推荐票');
  await confirm.getByRole('button', { name: '结束推荐' }).click();
  await expectToast(page, '推荐已结束，结果已固定');
  await expect(page.getByTestId('event-status')).toHaveText('已结束');
  await expect(page.getByText('最终结果')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出统计表' }).click();
  expect((await download).suggestedFilename()).toBe(`${name}-得票情况统计表.xlsx`);
  await expectToast(page, `已导出：${name}-得票情况统计表.xlsx`);
});

test('赞成票: 赞成/不赞成/弃权 and 赞成率 of 实到', async ({ page, app, consoleProblems: _ }) => {
  const created = await callApi(app, 'recommendation.create', { name: '拟任人选民主测评', year: 2025, date: '2026-01-16', unitTitle: '示范区国防动员办公室', presetKey: 'approval' });
  const people = (await callApi(app, 'people.search', { isLeader: true })).rows.slice(0, 2);
  await callApi(app, 'recommendation.update', {
    id: created.id,
    config: { ...created.config, posts: created.config.posts.map((p) => ({ ...p, candidates: people.map((x) => ({ personId: x.id, name: x.name, unitName: x.unitName, post: x.post ?? '' })) })) },
  });
  await callApi(app, 'recommendation.setStatus', { id: created.id, status: 'live' });
  const { tickets } = await callApi(app, 'recommendation.issueTickets', { id: created.id, count: 3 });
  const [x, y] = people.map((p) => String(p.id)) as [string, string];
  // a line with no mark is 弃权
  const marks: Record<string, ('yes' | 'no' | 'abstain')[]>[] = [
    { [x]: ['yes'], [y]: ['no'] },
    { [x]: ['yes'], [y]: ['yes'] },
    { [x]: ['no'], [y]: [] },
  ];
  for (const [i, approvals] of marks.entries()) {
    await callApi(app, 'recommendation.paperEntry', { id: created.id, ticketNo: tickets[i]!, marks: { category: 'B', posts: { P1: { chosen: [], writeIns: [], approvals } } }, clerk, doubleEntry: false });
  }
  await openApp(page, app);
  await goTo(page, `#/recommendation/results?id=${created.id}`);
  const post = page.getByTestId('post-P1');
  await expect(post.getByTestId('post-figures')).toHaveText('收回 3 张，实到 3 人');
  // 姓名, 单位, 职务, 赞成, 不赞成, 弃权, A B C 赞成, 赞成率, 过半
  await expect(post.locator('.ant-table-row').first().locator('td')).toHaveText([people[0]!.name, /.*/, /.*/, '2', '1', '0', '0', '2', '0', '66.67%', '过半']);
  await expect(post.locator('.ant-table-row').nth(1).locator('td')).toHaveText([people[1]!.name, /.*/, /.*/, '1', '1', '1', '0', '1', '0', '33.33%', '']);
});
