import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { RecommendationEvent } from '../../shared/contract/recommendation';
import { pdfPages, pdfPageTexts, savePagePngs, squeeze, wordsBelow } from '../helpers/print-pdf';
import { expect as baseExpect, repoRoot, shot, shotBothSizes, test, type RunningApp } from './fixtures';
import { callApi } from './evaluation-helpers';
import { referenceGlyphHeights, savePrintedPdf, songFonts } from './print-helpers';

// starts from the demo office (built once per run, fixtures.ts `seed`)
test.use({ seed: 'demo' });

/**
 * 评选表优 / 民主推荐 ballots (issue 11): the printed 推荐票, 现场推荐 at the kiosk, and 推荐票录入 with
 * 双人录入, each checked against the results the API gives.
 */
const expect = baseExpect.configure({ timeout: 30_000 });
const goTo = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
const outDir = path.join(repoRoot, 'tests', 'output', 'recommendation-ballots');

/** A 评选表优 event: one post 优秀共产党员, 3 candidates from the demo roster, 2 seats, 另推荐 allowed; categories A and B. */
async function prepareHonour(app: RunningApp, status: 'test' | 'live'): Promise<{ event: RecommendationEvent; names: string[]; others: string[] }> {
  const people = (await callApi(app, 'people.search', {})).rows;
  const chosen = people.slice(0, 3);
  const created = await callApi(app, 'recommendation.create', { name: '2025年度优秀共产党员评选', year: 2025, date: '2026-01-16', unitTitle: '示范区国防动员办公室', presetKey: 'honour' });
  const config = {
    ...created.config,
    posts: [{ code: 'P1', name: '优秀共产党员', seats: 2, writeIns: true, candidates: chosen.map((p) => ({ personId: p.id, name: p.name, unitName: '', post: '' })) }],
    categories: [
      { code: 'A', name: '领导班子成员', weight: 0, expected: 3, issued: 3 },
      { code: 'B', name: '中层干部', weight: 0, expected: 5, issued: 5 },
    ],
  };
  await callApi(app, 'recommendation.update', { id: created.id, config });
  const event = await callApi(app, 'recommendation.setStatus', { id: created.id, status });
  return { event, names: chosen.map((p) => p.name), others: people.slice(3, 6).map((p) => p.name) };
}

const votesOf = async (app: RunningApp, id: number, round: 'live' | 'test') =>
  Object.fromEntries((await callApi(app, 'recommendation.results', { id, round })).posts[0]!.candidates.map((c) => [c.name, c.votes]));

test('推荐票 printed: one A4 ballot per 票号 with its QR, the post with 「限推荐2人」 and its candidates, nothing under 8 pt', async ({ page, app, consoleProblems: _ }) => {
  const { event, names } = await prepareHonour(app, 'test');
  const { tickets } = await callApi(app, 'recommendation.issueTickets', { id: event.id, count: 3 });
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  await page.goto(app.url);
  await goTo(page, `#/recommendation/ballots?id=${event.id}`);
  const sheets = page.locator('section.ballot-page');
  await expect(sheets).toHaveCount(3);
  await expect(page.getByTestId('print-count')).toHaveText('共 3 张推荐票（A4 纵向）');
  for (const [i, ticket] of [...tickets].sort().entries()) {
    const sheet = sheets.nth(i);
    await expect(sheet.locator('.ballot-ticket-no')).toHaveText(ticket);
    await expect(sheet.locator('svg.qr-code')).toBeVisible();
    await expect(sheet.locator('.rec-post-title')).toContainText('优秀共产党员（限推荐2人，多推无效');
    for (const name of names) await expect(sheet.locator('.rec-table')).toContainText(name);
  }
  await expect(sheets.first().locator('.ballot-title')).toHaveText('示范区国防动员办公室2025年度评选表优推荐票');
  await shot(page, 'recommendation-ballots-print', { ignore: tickets });

  const pdf = path.join(outDir, 'ballots.pdf');
  await savePrintedPdf(page, pdf);
  const heights = await referenceGlyphHeights(page, outDir, songFonts, 8);
  const pages = pdfPages(pdf);
  expect(pages).toHaveLength(3);
  const texts = pdfPageTexts(pdf).map(squeeze);
  for (const p of pages) {
    expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    // the 票号 is set in a monospace face (13 pt) whose glyph boxes are lower than the serif reference's
    expect(wordsBelow(p, heights).map((w) => w.text).filter((w) => !tickets.includes(w)), `page ${p.number}: words under 8 pt`).toEqual([]);
    expect(texts[p.number - 1]).toContain('限推荐2人，多推无效');
    expect(texts[p.number - 1]).toContain('另推荐人选');
  }
  savePagePngs(pdf, outDir, 'ballot', { first: 1, last: 1 });
});

test('现场推荐: a third tick is refused with 「限推荐2人」, keys tick and submit, 另推荐 by search; results count; the password ends it', async ({ page, app, consoleProblems: _ }) => {
  const { event, names, others } = await prepareHonour(app, 'test');
  await callApi(app, 'settings.setAdminPassword', { next: 'kp2025' });
  await callApi(app, 'evaluation.kioskStart', { id: event.id, category: null });
  await page.goto(app.url);
  await expect(page.getByText('请选择您的评委类别')).toBeVisible();
  await expect(page.getByTestId('test-banner')).toContainText('测试模式');
  await expect(page.getByTestId('kiosk-browser-note')).toContainText('浏览器模式下的现场推荐不是锁定的终端');
  await page.getByRole('button', { name: '领导班子成员' }).click();

  // rater 1 by mouse: two ticks, the third refused and left unticked
  await page.getByRole('checkbox', { name: `${names[0]} 推荐` }).click();
  await page.getByRole('checkbox', { name: `${names[1]} 推荐` }).click();
  await page.getByRole('checkbox', { name: `${names[2]} 推荐` }).click();
  await expect(page.getByTestId('post-refused-P1')).toHaveText('「优秀共产党员」限推荐2人，请先取消一人再选');
  await expect(page.getByRole('checkbox', { name: `${names[2]} 推荐` })).toHaveAttribute('aria-checked', 'false');
  await shotBothSizes(page, 'recommendation-kiosk-refused');
  await page.getByRole('button', { name: '提交推荐票' }).click();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '确定提交' }).click();
  await expect(page.getByText('已提交，谢谢！')).toBeVisible();
  await expect(page.getByText('请选择您的评委类别')).toBeVisible();

  // rater 2 by keyboard: 3 ticks the third candidate, 另推荐 one more by search, Enter submits
  await page.getByRole('button', { name: '中层干部' }).click();
  await expect(page.getByTestId('rec-row-P1-1')).toBeFocused();
  await page.keyboard.press('3');
  await expect(page.getByRole('checkbox', { name: `${names[2]} 推荐` })).toHaveAttribute('aria-checked', 'true');
  await page.getByLabel('优秀共产党员 另推荐').fill(others[0]!);
  await page.locator('.ant-select-item-option', { hasText: others[0]! }).first().click();
  await expect(page.getByTestId('writein-P1-1')).toContainText(others[0]!);
  await shot(page, 'recommendation-kiosk-writein');
  await page.getByTestId('rec-row-P1-3').focus();
  await page.keyboard.press('Enter');
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '确定提交' }).click();
  await expect(page.getByText('已提交，谢谢！')).toBeVisible();

  await expect(page.getByText('请选择您的评委类别')).toBeVisible();
  await page.getByRole('button', { name: '退出现场推荐' }).click();
  const exit = page.locator('.ant-modal').filter({ hasText: '退出现场推荐' });
  await exit.getByLabel('管理员密码').fill('wrong-one');
  await exit.getByRole('button', { name: '退出' }).click();
  await expect(exit.getByTestId('kiosk-exit-error')).toHaveText('管理员密码不正确');
  await exit.getByLabel('管理员密码').fill('kp2025');
  await exit.getByRole('button', { name: '退出' }).click();
  await expect(page.locator('.shell-sider')).toBeVisible();
  expect(await callApi(app, 'evaluation.kioskSession', {})).toBeNull();
  // the session holds every other channel: the results are read after it
  expect(await votesOf(app, event.id, 'test')).toEqual({ [names[0]!]: 1, [names[1]!]: 1, [names[2]!]: 1, [others[0]!]: 1 });
});

/** Types one paper ballot: 票号 + Enter, the category key, the candidates' numbers, Enter. */
async function typeBallot(page: Page, ticket: string, category: string, numbers: string) {
  await expect(page.getByLabel('票号', { exact: true })).toBeFocused();
  await page.keyboard.type(ticket);
  await page.keyboard.press('Enter');
  await page.keyboard.type(category);
  await expect(page.getByLabel('优秀共产党员 录入')).toBeFocused();
  await page.keyboard.type(numbers);
  await page.keyboard.press('Enter');
}

test('推荐票录入 with 双人录入: verdicts in words, one mismatch settled against the paper; results agree', async ({ page, app, consoleProblems: _ }) => {
  const { event, names } = await prepareHonour(app, 'live');
  const { tickets } = await callApi(app, 'recommendation.issueTickets', { id: event.id, count: 3 });
  const [t1, t2, t3] = tickets as [string, string, string];
  await page.goto(app.url);
  await goTo(page, `#/recommendation/entry?id=${event.id}`);
  await expect(page.getByTestId('event-status')).toHaveText('正式推荐中');
  await page.getByLabel('录入人').fill('张录入');
  await expect(page.getByRole('switch', { name: '双人录入' })).toBeChecked();
  await page.getByLabel('票号', { exact: true }).focus();

  // first clerk, typed fast: three ballots, one over 应推荐人数
  await typeBallot(page, t1, 'A', '1 3');
  await typeBallot(page, t2, 'B', '2');
  await typeBallot(page, t3, 'B', '123');
  await expect(page.getByTestId('entered-count')).toHaveText('3');
  await expect(page.getByTestId('entry-notice')).toContainText(`票号 ${t3} 第一遍已录入`);

  // second clerk: t1 and t3 agree, t2 differs
  await page.getByLabel('录入人').fill('李复核');
  await page.getByLabel('票号', { exact: true }).focus();
  await typeBallot(page, t1, 'A', '1 3');
  await expect(page.getByTestId('entry-notice')).toContainText(`票号 ${t1} 两遍录入一致，已计票`);
  await expect(page.getByTestId('entry-notice')).toContainText(`优秀共产党员：${names[0]}、${names[2]}各计一票`);
  await typeBallot(page, t3, 'B', '1 2 3');
  await expect(page.getByTestId('entry-notice')).toContainText('优秀共产党员：作废，超过应推荐人数');
  await typeBallot(page, t2, 'B', '3');
  await expect(page.getByTestId('entry-notice')).toContainText(`票号 ${t2} 两遍录入不一致`);
  await expect(page.getByTestId('counted-count')).toHaveText('2');
  await shotBothSizes(page, 'recommendation-entry', { ignore: [t2, 'Esc'] });

  // 录入不一致: both entries side by side; the paper says the second candidate
  await page.getByRole('tab', { name: /录入不一致/ }).click();
  const item = page.getByTestId(`mismatch-${t2}`);
  await expect(item.locator('.mismatch-compare .row-differs')).toContainText(names[1]!);
  await expect(item.locator('.mismatch-compare .row-differs')).toContainText(names[2]!);
  await expect(item.getByRole('checkbox', { name: `${names[1]} 推荐` })).toHaveAttribute('aria-checked', 'false');
  await item.getByRole('checkbox', { name: `${names[1]} 推荐` }).click();
  await shot(page, 'recommendation-entry-mismatch', { ignore: [t2] });
  await item.getByRole('button', { name: '核定并计票' }).click();
  await expect(page.getByText('没有录入不一致的推荐票')).toBeVisible();

  expect(await votesOf(app, event.id, 'live')).toEqual({ [names[0]!]: 1, [names[1]!]: 1, [names[2]!]: 1 });
  const results = await callApi(app, 'recommendation.results', { id: event.id, round: 'live' });
  expect(results.posts[0]).toMatchObject({ cast: 3, valid: 2, void: 1 });
});

test('a long candidate list flows onto a second page of the same ballot, its 票号 and the table header repeated there', async ({ page, app, consoleProblems: _ }) => {
  const people = (await callApi(app, 'people.search', {})).rows.slice(0, 40);
  const created = await callApi(app, 'recommendation.create', { name: '2026年度优秀共产党员评选（全员）', year: 2026, date: '2026-12-20', unitTitle: '示范区国防动员办公室', presetKey: 'honour' });
  const config = {
    ...created.config,
    posts: [{ code: 'P1', name: '优秀共产党员', seats: 5, writeIns: false, candidates: people.map((p) => ({ personId: p.id, name: p.name, unitName: '', post: '' })) }],
  };
  await callApi(app, 'recommendation.update', { id: created.id, config });
  const [ticket] = (await callApi(app, 'recommendation.issueTickets', { id: created.id, count: 1 })).tickets;
  await page.goto(app.url);
  await goTo(page, `#/recommendation/ballots?id=${created.id}`);
  await expect(page.locator('section.ballot-page')).toHaveCount(1);
  await expect(page.locator('.rec-table tbody tr')).toHaveCount(40);

  fs.mkdirSync(outDir, { recursive: true });
  const pdf = path.join(outDir, 'long-list.pdf');
  await savePrintedPdf(page, pdf);
  const texts = pdfPageTexts(pdf).map(squeeze);
  expect(texts).toHaveLength(2);
  // every candidate printed once, in order, across the two pages
  const all = texts.join('');
  let at = 0;
  for (const p of people) {
    const next = all.indexOf(squeeze(p.name), at);
    expect(next, `${p.name} printed after the one before`).toBeGreaterThanOrEqual(at);
    at = next;
  }
  // the second page starts with the ballot's 票号 and the table's header row again, so it cannot be taken for another ballot's
  expect(texts[1]).toMatch(new RegExp(`^${squeeze(`票号：${ticket}序号姓名单位职务`)}`));
  savePagePngs(pdf, outDir, 'long-list', { first: 1, last: 2 });
});
