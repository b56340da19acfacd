import path from 'node:path';
import type { Page } from '@playwright/test';
import { callApi, prepareEvent } from './evaluation-helpers';
import { expect, picture, sharedFixtures, shot, test, type RunningApp } from './fixtures';

/**
 * Issue 14 §6: every page fits an office laptop (1280×720, 1366×768). On each page the primary
 * actions are inside the window without scrolling, the columns the office reads are not hidden
 * behind a sideways scroll, and the page itself never scrolls sideways. Data comes in through the
 * API (the demo office, a 述职测评 still in setup, a locked 考核年度); one test per group of pages,
 * soft checks, so a failure names every page and element at once.
 */

interface Visit {
  readonly name: string;
  readonly path: string;
  /** wait for this text before measuring (the page's data is in) */
  readonly ready: string;
  /** buttons (by name; an icon adds its own word to the accessible name) that must be fully inside the window */
  readonly buttons?: readonly (string | RegExp)[];
  /** column headers (or other texts) that must be fully inside the window */
  readonly texts?: readonly string[];
  /** table rows (antd tables and the keyboard grids) that must be visible at once, at least */
  readonly rows?: number;
  /** text on screen that may hold Latin letters (the data folder); `false`: a print view with 票号 (no word check) */
  readonly words?: readonly string[] | false;
}

// starts from the demo office (built once per run, fixtures.ts `seed`), but for the import's steps
test.use({ seed: 'demo' });

const sizes = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
] as const;

/** The part of a box outside the window, in px (0 when inside). */
async function overflow(page: Page, box: { x: number; y: number; width: number; height: number } | null): Promise<string | null> {
  const size = page.viewportSize()!;
  if (!box) return 'not rendered';
  const right = box.x + box.width - size.width;
  const bottom = box.y + box.height - size.height;
  if (box.x < -1 || box.y < -1 || right > 1 || bottom > 1) return `at x ${Math.round(box.x)}…${Math.round(box.x + box.width)}, y ${Math.round(box.y)}…${Math.round(box.y + box.height)}`;
  return null;
}

async function checkPage(page: Page, app: RunningApp, visit: Visit): Promise<void> {
  await openPath(page, app, visit.path);
  await measure(page, visit);
}

/**
 * The page at `path`: the first time by loading the app, after that by changing the hash as the menu does,
 * so each visit draws one page instead of reloading the whole app. Resolves once the router has handled
 * the change (React renders a hash change synchronously), so no check reads the page before.
 */
async function openPath(page: Page, app: RunningApp, path: string): Promise<void> {
  if (!page.url().startsWith(new URL(app.url).origin)) {
    await page.goto(`${app.url}#${path}`);
    return;
  }
  await page.evaluate(
    (to) =>
      new Promise<void>((resolve) => {
        if (window.location.hash === `#${to}`) return resolve();
        window.addEventListener('hashchange', () => setTimeout(resolve, 0), { once: true });
        window.location.hash = to;
      }),
    path,
  );
}

/**
 * The checks on the page as it is now, at each office screen size in turn: one app and one set of
 * data serve both sizes, which halves the time this spec takes.
 */
async function measure(page: Page, visit: Visit): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await measureAt(page, visit);
  }
}

async function measureAt(page: Page, visit: Visit): Promise<void> {
  const size = page.viewportSize()!;
  const label = `${visit.name} (${size.width}×${size.height})`;
  await expect(page.getByText(visit.ready).first(), `${label}: page shows ${visit.ready}`).toBeVisible();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  const file = `fit-${visit.path.replace(/[/?=&,]+/g, '-').replace(/^-/, '')}-${size.width}`;
  if (visit.words === false) await picture(page, file);
  else await shot(page, file, { ignore: visit.words ?? [] });

  const sideways = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect.soft(sideways.scroll, `${label}: the page scrolls sideways`).toBeLessThanOrEqual(sideways.inner);

  // every visible primary button of the page, then the ones named for it
  for (const button of await page.locator('.ant-btn-primary:visible').all()) {
    const name = (await button.innerText()).trim();
    expect.soft(await overflow(page, await button.boundingBox()), `${label}: primary button 「${name}」 outside the window`).toBeNull();
  }
  for (const name of visit.buttons ?? []) {
    const button = page.locator('button:visible', { hasText: name }).first();
    expect.soft(await overflow(page, await button.boundingBox({ timeout: 5_000 }).catch(() => null)), `${label}: button 「${String(name)}」 outside the window`).toBeNull();
  }
  for (const text of visit.texts ?? []) {
    const cell = page.getByText(text, { exact: true }).filter({ visible: true }).first();
    expect.soft(await overflow(page, await cell.boundingBox({ timeout: 5_000 }).catch(() => null)), `${label}: 「${text}」 outside the window`).toBeNull();
  }
  if (visit.rows) {
    const shown = await page.locator('.ant-table-row:visible, .qg-row:visible, .star-grid-row:visible, .tt-row:visible, .campaign-grid-row:visible').evaluateAll((rows) => rows.filter((r) => { const b = r.getBoundingClientRect(); return b.height > 0 && b.bottom <= window.innerHeight && b.top >= 0; }).length);
    expect.soft(shown, `${label}: table rows visible at once`).toBeGreaterThanOrEqual(visit.rows);
  }
}

async function visitAll(page: Page, app: RunningApp, visits: readonly Visit[]): Promise<void> {
  for (const visit of visits) await checkPage(page, app, visit);
}

/** The demo office the file's tests start from (fixtures.ts `seed`): its 述职测评 and 考核年度. */
async function demo(app: RunningApp) {
  const events = await callApi(app, 'evaluation.list', {});
  const years = await callApi(app, 'annual.years', {});
  return { event: events[0]!, year: years[0]!.year };
}

{
  const at = sizes.map((size) => `${size.width}×${size.height}`).join('、');

  test(`fits: 人员花名册, 操作日志, 设置 (${at})`, async ({ page, app, consoleProblems: _ }) => {
    await demo(app);
    // the app opens on 工作台
    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible({ timeout: 30_000 });
    await visitAll(page, app, [
      { name: '工作台', path: '/home', ready: '年度考核进度', texts: ['能力作风建设（截至今日）', '年度锁定后打印'] },
      { name: '人员', path: '/people', ready: '共 60', buttons: ['新增人员', '导入花名册'], texts: ['单位/科室', '职务', '职级', '状态', '操作'], rows: 8 },
      { name: '单位', path: '/units', ready: '单位' },
      { name: '操作日志', path: '/audit', ready: '操作日志' },
      { name: '数据与备份', path: '/settings/data', ready: '数据与备份', words: [app.dataDir, 'kaoping.sqlite'] },
      { name: '管理员密码', path: '/settings/admin-password', ready: '管理员密码' },
      { name: '操作员', path: '/settings/operator', ready: '操作员' },
    ]);
  });

  test.describe('an empty database', () => {
    test.use({ seed: 'none' });
    test(`fits: 导入花名册, each step (${at})`, async ({ page, app, consoleProblems: _ }) => {
      await page.goto(`${app.url}#/import`);
      await measure(page, { name: '导入花名册：选择文件', path: '/import-1', ready: '选择文件' });
      await page.locator('input[type=file]').setInputFiles(path.join(sharedFixtures, '花名册-示例.xlsx'));
      await expect(page.getByRole('columnheader', { name: '导入为' })).toBeVisible();
      await measure(page, { name: '导入花名册：核对表头', path: '/import-2', ready: '导入为', buttons: ['下一步：预览'], words: ['花名册-示例.xlsx'] });
      await page.getByRole('button', { name: '下一步：预览' }).click();
      await expect(page.getByTestId('import-counts')).toBeVisible();
      await measure(page, { name: '导入花名册：预览', path: '/import-3', ready: '无变化', buttons: ['确认导入', '上一步'], rows: 5, words: ['花名册-示例.xlsx'] });
    });
    });

    test(`fits: 述职测评 (${at})`, async ({ page, app, consoleProblems: _ }) => {
      // the demo office with a live 述职测评 (for 纸质票录入) besides the demo's finished one
      const live = await prepareEvent(app, { targets: 4, excellentMax: 2, status: 'live', name: '2026年度班子成员述职测评' });
      const finished = (await callApi(app, 'evaluation.list', {})).find((e) => e.status === 'closed')!;
      const setup = await callApi(app, 'evaluation.create', { name: '2026年度中层干部述职测评', year: 2026, date: '2026-12-02', unitTitle: '示范区国防动员办公室', presetKey: 'civil-servant-level' });
      await visitAll(page, app, [
        { name: '述职测评', path: '/evaluation', ready: '述职测评', buttons: ['新建测评'] },
        { name: '测评设置（新建）', path: `/evaluation/setup?id=${setup.id}&tab=targets`, ready: '从花名册选择', buttons: ['加入测评对象', '开始正式测评'] },
        { name: '测评设置', path: `/evaluation/setup?id=${finished.id}`, ready: '测评设置' },
        { name: '打印测评票', path: `/evaluation/print?id=${live.id}`, ready: '测评票' },
        { name: '纸质票录入', path: `/evaluation/entry?id=${live.id}`, ready: '票号', buttons: ['保存（回车）'] },
        { name: '测评结果', path: `/evaluation/results?id=${finished.id}`, ready: '测评结果', rows: 5 },
        { name: '测评票打印预览', path: `/evaluation/ballots?id=${finished.id}&from=1&to=2`, ready: '测评', words: false },
      ]);
      // 新建测评: the dialog's 创建 is in view without scrolling
      await openPath(page, app, '/evaluation');
      await page.getByRole('button', { name: '新建测评' }).click();
      await measure(page, { name: '新建测评', path: '/evaluation-new', ready: '测评方案', buttons: [/^创\s*建$/] });
    });

    test(`fits: 民主推荐 (${at})`, async ({ page, app, consoleProblems: _ }) => {
      // the demo's two closed events, a new one in 准备中 and one taking paper ballots
      const [honour] = await callApi(app, 'recommendation.list', {});
      const fresh = await callApi(app, 'recommendation.create', { name: '2026年度科级干部民主推荐', year: 2026, date: '2026-12-02', unitTitle: '示范区国防动员办公室', presetKey: 'meeting' });
      const demoEvent = await callApi(app, 'recommendation.get', { id: honour!.id });
      const live = await callApi(app, 'recommendation.create', { name: '2026年度优秀共产党员评选（正式）', year: 2026, date: '2026-12-02', unitTitle: '示范区国防动员办公室', presetKey: 'honour' });
      await callApi(app, 'recommendation.update', { id: live.id, config: { ...live.config, posts: demoEvent.config.posts } });
      await callApi(app, 'recommendation.issueTickets', { id: live.id, count: 5 });
      await callApi(app, 'recommendation.setStatus', { id: live.id, status: 'live' });
      await visitAll(page, app, [
        { name: '民主推荐', path: '/recommendation', ready: '民主推荐与评选表优', buttons: ['新建推荐'] },
        { name: '推荐设置（新建）', path: `/recommendation/setup?id=${fresh.id}&tab=posts`, ready: fresh.name, buttons: ['保存设置'] },
        { name: '推荐设置（已结束）', path: `/recommendation/setup?id=${honour!.id}`, ready: honour!.name },
        { name: '打印推荐票', path: `/recommendation/print?id=${live.id}`, ready: live.name },
        { name: '推荐票录入', path: `/recommendation/entry?id=${live.id}`, ready: '票号', buttons: ['保存（回车）'] },
        { name: '推荐结果', path: `/recommendation/results?id=${honour!.id}`, ready: honour!.name },
        { name: '推荐票打印预览', path: `/recommendation/ballots?id=${live.id}`, ready: '推荐', words: false },
      ]);
    });

    test(`fits: 双十星 (${at})`, async ({ page, app, consoleProblems: _ }) => {
      await demo(app);
      const scheme = (await callApi(app, 'stars.schemes', {}))[0]!;
      await visitAll(page, app, [
        { name: '星级方案', path: '/stars/schemes', ready: '星目', buttons: ['保存方案'] },
        { name: '评星', path: '/stars/review', ready: '评星' },
        { name: '星级公示榜', path: '/stars/board', ready: '公示' },
        { name: '星级公示榜打印预览', path: `/stars/print?schemeId=${scheme.id}&period=year`, ready: '公示' },
        { name: '年终认定', path: '/stars/year-end', ready: '年终认定' },
      ]);
    });

    test(`fits: 年度考核 and 工作任务清单 (${at})`, async ({ page, app, consoleProblems: _ }) => {
      const { year } = await demo(app);
      const participants = await callApi(app, 'annual.participants', { year });
      const someone = participants.slice(0, 2).map((p) => p.personId);
      // the demo's 能力作风建设 (demo.load): a year of tasks with 滞后 nodes, 督查 with a 整改 overdue (in red) and
      // 通报 with their 加减分, a 解放思想大讨论 with overdue 心得体会
      const campaign = await callApi(app, 'campaigns.get', { id: (await callApi(app, 'campaigns.list', { year }))[0]!.id });
      const reflectionDue = campaign.plan.duties.at(-1)!.due;
      await visitAll(page, app, [
        { name: '年度考核方案', path: '/annual/scheme', ready: '年度考核方案' },
        { name: '考核项目评分', path: '/annual/items', ready: '考核项目评分' },
        { name: '平时考核', path: '/annual/quarters', ready: '平时考核', rows: 8 },
        { name: '评价与奖惩', path: '/annual/records', ready: '评价与奖惩' },
        { name: '综合评定', path: '/annual/composite', ready: '综合评定', buttons: ['按建议等次确认', '确认并锁定年度'], texts: ['确定等次', '理由/说明'], rows: 4 },
        { name: '优秀公示', path: '/annual/publicity', ready: '公示内容', buttons: ['生成公示'], texts: ['异议登记（0件）'] },
        { name: '综合评定表打印预览', path: `/annual/composite-print?year=${year}&paper=A4&group=all`, ready: '综合评定表' },
        { name: '年终考核材料', path: '/annual/reports', ready: '年终考核材料' },
        { name: '年度考核登记表打印预览', path: `/annual/register-print?year=${year}&personIds=${someone.join(',')}`, ready: '登记表' },
        { name: '年终考核汇总报告', path: `/annual/summary-print?year=${year}`, ready: '汇总' },
        { name: '周晒成绩', path: '/conduct/weekly', ready: '本周未晒', buttons: ['复制上周未完成', '打印晒评榜', '周晒设置'], texts: ['本周工作成效（每行一条，回车换下一条）', '未完成'] },
        { name: '一周工作晒评打印预览', path: `/conduct/weekly/print?year=${year}&week=1`, ready: '一周工作晒评' },
        { name: '科室评议', path: '/conduct/reviews', ready: '科室评议', buttons: ['新建科室评议'], texts: ['评议周期', '评议对象'] },
        { name: '督查督办', path: '/conduct/inspections', ready: '市委督查室', buttons: ['通报计分设置', '登记督查'], texts: ['整改期限', '整改状态', '整改完成'] },
        { name: '专项活动', path: `/conduct/campaigns?id=${campaign.id}`, ready: '回车：日期', buttons: ['从预设新建', '打印进展情况', '全部标记完成'], texts: ['姓名', `${Number(reflectionDue.slice(5, 7))}月${Number(reflectionDue.slice(8))}日前`], rows: 8 },
        { name: '专项活动进展情况打印预览', path: `/conduct/campaigns/print?id=${campaign.id}`, ready: '逾期未完成人员' },
        { name: '考核结果通知书', path: '/annual/notices', ready: '考核结果通知书', buttons: ['保存通知书内容', '打印样稿'] },
        { name: '工作任务清单', path: '/conduct/tasks', ready: '国防动员能力明显提升', buttons: [/新增目标/, /从Excel导入/, /导出Excel/], texts: ['完成时限', '完成情况'], rows: 4 },
        { name: '月度通报', path: '/conduct/bulletins', ready: '点击一行查看明细', buttons: ['保存草稿', '打印预览', '导出Excel', '通报设置'], texts: ['逾期未完成', '排名分'] },
        { name: '月度通报打印预览', path: `/conduct/bulletins/print?year=${year}&month=3`, ready: '工作完成情况的通报' },
      ]);
    });

    test(`fits: a locked 考核年度 (${at})`, async ({ page, app, consoleProblems: _ }) => {
      const { year } = await demo(app);
      await callApi(app, 'campaigns.create', { year, preset: 'emancipation' });
      const view = await callApi(app, 'annual.composite', { year });
      // the committee's 等次 for everyone: the suggestion where there is one, else 称职 with its reason
      const entries = view.rows.map((r) => (r.suggested && !r.committee ? { personId: r.personId, outcome: r.suggested } : { personId: r.personId, outcome: 'competent' as const, reason: '经考核委员会研究确定' }));
      await callApi(app, 'annual.confirm', { year, entries });
      await callApi(app, 'annual.lock', { year });
      await visitAll(page, app, [
        { name: '综合评定（已锁定）', path: '/annual/composite', ready: '已锁定', texts: ['确定等次', '理由/说明'], rows: 4 },
        { name: '平时考核（已锁定）', path: '/annual/quarters', ready: '已锁定', rows: 8 },
        { name: '年度考核方案（已锁定）', path: '/annual/scheme', ready: '已锁定' },
        { name: '周晒成绩（已锁定）', path: '/conduct/weekly', ready: '已锁定', buttons: ['打印晒评榜'] },
        { name: '督查督办（已锁定）', path: '/conduct/inspections', ready: '已锁定', buttons: ['通报计分设置'] },
        { name: '专项活动（已锁定）', path: '/conduct/campaigns', ready: '已锁定', buttons: ['打印进展情况'] },
        { name: '月度通报（已锁定）', path: '/conduct/bulletins', ready: '已锁定', buttons: ['打印预览', '导出Excel'] },
        { name: '考核结果通知书（已锁定）', path: '/annual/notices', ready: '通知书为正式文本', buttons: ['打印预览 / 导出PDF'] },
        { name: '考核结果通知书打印预览', path: `/annual/notices-print?year=${year}&personIds=${view.rows.slice(0, 2).map((r) => r.personId).join(',')}`, ready: '通知书' },
      ]);
    });
  }
