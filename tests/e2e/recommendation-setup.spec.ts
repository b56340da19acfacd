import type { Page } from '@playwright/test';
import { expect, expectToast, openApp, shot, shotBothSizes, test, type RunningApp } from './fixtures';
import { callApi } from './evaluation-helpers';
import { chooseOption, goToMenu } from './ui';

/** 民主推荐 / 评选表优: 新建推荐, 推荐设置 (posts, candidates from the roster, 评委类别), 测试模式, the list. */
test.use({ seed: 'demo' });

const goTo = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

/** A 评选表优 (优秀共产党员 ×3) with `count` 班子成员 as candidates and categories A/B/C, through the API. */
async function honourWithCandidates(app: RunningApp, count: number, name = '2025年度评选表优') {
  const created = await callApi(app, 'recommendation.create', { name, year: 2025, date: '2026-01-16', unitTitle: '示范区国防动员办公室', presetKey: 'honour' });
  const people = (await callApi(app, 'people.search', { isLeader: true })).rows.slice(0, count);
  const config = {
    ...created.config,
    posts: created.config.posts.map((p) => ({ ...p, candidates: people.map((x) => ({ personId: x.id, name: x.name, unitName: x.unitName, post: x.post ?? '' })) })),
    categories: created.config.categories.map((c, i) => ({ ...c, expected: [2, 3, 1][i]!, issued: [2, 3, 1][i]! })),
  };
  const event = await callApi(app, 'recommendation.update', { id: created.id, config });
  return { event, people };
}

test('新建推荐 from 评选表优: candidates from the roster for two honours, 评委类别, save, 测试模式, the list', async ({ page, app, consoleProblems: _ }) => {
  await openApp(page, app);
  await goToMenu(page, '民主推荐');
  await expect(page.getByRole('heading', { name: '民主推荐与评选表优' })).toBeVisible();
  await page.getByRole('button', { name: '新建推荐' }).click();
  const dialog = page.locator('.ant-modal').filter({ hasText: '新建推荐' });
  await dialog.locator('.preset-option', { hasText: '评选表优' }).click();
  await dialog.getByLabel('年度', { exact: true }).fill('2025');
  await expect(dialog.getByLabel('名称', { exact: true })).toHaveValue('2025年度评选表优');
  await dialog.getByLabel('单位名称').fill('示范区国防动员办公室');
  await shot(page, 'recommendation-new-dialog');
  await dialog.getByRole('button', { name: /创\s*建/ }).click();

  // the settings page opens on the posts, none with candidates yet
  await expect(page.getByTestId('event-status')).toHaveText('筹备中');
  await expect(page.getByRole('tab', { name: /推荐职位与候选人/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('第1个推荐职位名称')).toHaveValue('优秀共产党员');
  await expect(page.getByLabel('优秀共产党员应推荐人数')).toHaveValue('3');
  await chooseOption(page, page.getByRole('combobox', { name: '班子成员' }), '班子成员：是');
  const rows = page.locator('.posts-picker .ant-table-row');
  await expect(rows.first()).toBeVisible();
  const leaders = await rows.count();
  expect(leaders).toBeGreaterThanOrEqual(4);
  await page.getByRole('button', { name: '全选本页' }).click();
  await page.getByRole('button', { name: /加入候选人/ }).click();
  await expect(page.getByTestId('candidate-count')).toHaveText(String(leaders));
  await expect(rows.first()).toContainText('已加入');
  const names = await page.locator('[data-testid=candidates-table] .ant-table-row td:nth-child(2)').allTextContents();
  // reorder and remove a candidate
  await page.getByRole('button', { name: `下移${names[0]}` }).click();
  await expect(page.locator('[data-testid=candidates-table] .ant-table-row').nth(1)).toContainText(names[0]!);
  await page.getByRole('button', { name: `移除${names[leaders - 1]}` }).click();
  await expect(page.getByTestId('candidate-count')).toHaveText(String(leaders - 1));

  // a second honour, one seat; the same person may stand for it too
  await page.getByRole('button', { name: '添加推荐职位' }).click();
  await page.getByLabel('第2个推荐职位名称').fill('优秀党务工作者');
  await expect(page.getByText('从花名册为「优秀党务工作者」选择候选人')).toBeVisible();
  await expect(page.getByTestId('candidate-count')).toHaveText('0');
  await expect(rows.first()).not.toContainText('已加入');
  await page.getByRole('checkbox', { name: `选择${names[0]}` }).check();
  await page.getByRole('checkbox', { name: `选择${names[1]}` }).check();
  await page.getByRole('button', { name: /加入候选人（2人）/ }).click();
  await expect(page.getByTestId('candidate-count')).toHaveText('2');
  await expect(page.getByRole('tab', { name: /推荐职位与候选人（\d+） \*/ })).toBeVisible();
  await shotBothSizes(page, 'recommendation-setup-posts');

  // 评委类别: 应到 and 发出, weights only when weighted
  await page.getByRole('tab', { name: /评委类别/ }).click();
  await expect(page.getByLabel('领导班子成员权重')).toBeDisabled();
  for (const [category, n] of [['领导班子成员', '3'], ['中层干部', '8'], ['其他干部职工', '20']] as const) {
    await page.getByLabel(`${category}应到人数`).fill(n);
    await page.getByLabel(`${category}发出票数`).fill(n);
  }
  await page.getByRole('switch', { name: '按评委类别加权' }).click();
  await page.getByLabel('领导班子成员权重').fill('30');
  await page.getByLabel('中层干部权重').fill('30');
  await page.getByLabel('其他干部职工权重').fill('40');
  await expect(page.getByTestId('category-weight-total')).toHaveText('100%');
  await chooseOption(page, page.getByRole('combobox', { name: '到会要求' }), '不少于');
  await shotBothSizes(page, 'recommendation-setup-categories');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expectToast(page, '设置已保存');
  await expect(page.getByText('有修改尚未保存')).toHaveCount(0);

  // 基本信息: the ballot's title and 填票说明
  await page.getByRole('tab', { name: '基本信息' }).click();
  await expect(page.getByLabel('推荐票标题')).toHaveValue('2025年度评选表优推荐票');
  await shot(page, 'recommendation-setup-basics');

  // 测试模式, and the 现场推荐 dialog says where it leads
  await page.getByRole('switch', { name: '测试模式' }).click();
  await expect(page.getByTestId('event-status')).toHaveText('测试中');
  await expect(page.getByTestId('test-banner')).toBeVisible();
  await page.getByRole('button', { name: '现场推荐' }).click();
  const kiosk = page.locator('.ant-modal').filter({ hasText: '进入现场推荐' });
  await expect(kiosk).toBeVisible();
  await kiosk.getByRole('button', { name: '取消' }).click();
  await expect(kiosk).toBeHidden();

  // the list of the year
  await page.getByRole('button', { name: '返回推荐列表' }).click();
  const row = page.locator('.ant-table-row', { hasText: '2025年度评选表优' });
  await expect(row).toContainText('推荐票');
  await expect(row).toContainText('2 项');
  await expect(row).toContainText(`${leaders - 1 + 2} 人`);
  await expect(row).toContainText('测试中');
  await shotBothSizes(page, 'recommendation-list');
});

test('settings lock once live ballots exist; 删除 is refused in the server’s words', async ({ page, app, consoleProblems: _ }) => {
  const { event, people } = await honourWithCandidates(app, 4, '2025年度评选表优（已投票）');
  await callApi(app, 'recommendation.setStatus', { id: event.id, status: 'live' });
  const { tickets } = await callApi(app, 'recommendation.issueTickets', { id: event.id, count: 2 });
  await callApi(app, 'recommendation.paperEntry', { id: event.id, ticketNo: tickets[0]!, marks: { category: 'A', posts: { P1: { chosen: [people[0]!.id], writeIns: [], approvals: {} } } }, clerk: '张录入', doubleEntry: false });

  await openApp(page, app);
  await goTo(page, `#/recommendation/setup?id=${event.id}&tab=posts`);
  await expect(page.getByTestId('locked-notice')).toHaveText('已有正式推荐票，设置已锁定');
  await expect(page.getByLabel('第1个推荐职位名称')).toBeDisabled();
  await expect(page.getByRole('button', { name: '保存设置' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /加入候选人/ })).toHaveCount(0);
  await shot(page, 'recommendation-setup-locked');

  await goTo(page, '#/recommendation');
  const row = page.locator('.ant-table-row', { hasText: '（已投票）' });
  await expect(row).toContainText('正式推荐中');
  await expect(row).toContainText('1 张');
  await row.getByRole('button', { name: /^删除/ }).click();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '删除' }).click();
  await expectToast(page, '已有正式推荐票（1张），不能删除');
  await expect(row).toBeVisible();
});

test('candidates by 职级 and from a list already drawn up (the demo’s 优秀共产党员评选)', async ({ page, app, consoleProblems: _ }) => {
  const created = await callApi(app, 'recommendation.create', { name: '2026年度优秀党务工作者评选', year: 2026, date: '2026-12-20', unitTitle: '示范区国防动员办公室', presetKey: 'honour' });
  const sectionChiefs = (await callApi(app, 'people.search', { rank: '正科级' })).rows;
  expect(sectionChiefs.length).toBeGreaterThan(1);
  await openApp(page, app);
  await goTo(page, `#/recommendation/setup?id=${created.id}&tab=posts`);
  const rows = page.locator('.posts-picker .ant-table-row');
  await chooseOption(page, page.getByRole('combobox', { name: '职级' }), '正科级');
  await expect(rows).toHaveCount(sectionChiefs.length);
  await expect(rows.first()).toContainText(sectionChiefs[0]!.name);

  await chooseOption(page, page.getByRole('combobox', { name: '从已有名单加入' }), '优秀共产党员评选 · 优秀共产党员');
  await expectToast(page, '优秀共产党员评选 · 优秀共产党员」加入 6 人');
  await expect(page.getByTestId('candidate-count')).toHaveText('6');
});
