import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, shot, shotBothSizes, test, type RunningApp } from './fixtures';
import { callApi } from './evaluation-helpers';
import { boardRow, chooseYear, fillDay, gridCell, gridRow, openStarsAt, pastStarYear, tinyPng, toastSeen } from './stars-helpers';
import { chooseOption } from './ui';

/**
 * 双十星 of the 党员干部, 三评一公示 step by step: 星级方案 → 自评 (drawer and keyboard) → 民主测评 →
 * 支部评定 → 公示 → 授星 → 摘星 → 公示榜 and its exports. Each step is its own test, starting from the
 * state the earlier steps leave, seeded through the API, so no test clicks through the others' steps.
 *
 * A past year the demo data leaves alone, so the scheme is created here from the preset and every
 * step may be dated in it (nothing is recorded after today).
 */
const year = pastStarYear();

// every test starts its own app and seeds its own state: the workers may share out the tests of this file
test.describe.configure({ mode: 'parallel' });
// starts from the demo office (built once per run, fixtures.ts `seed`)
test.use({ seed: 'demo' });
const day = (monthDay: string) => `${year}-${monthDay}`;

interface Target { readonly id: number; readonly name: string }
interface Seeded { readonly schemeId: number; readonly first: Target; readonly second: Target }

/** How far the journey has come before the test starts, in order. */
const stages = ['scheme', 'claimed', 'voted', 'decided', 'published', 'awarded', 'removed'] as const;
type Stage = (typeof stages)[number];

/**
 * The demo office, the 党员干部 scheme of `year` from the preset, and the steps up to `upTo` for the
 * first two people of the grid, with the same data and dates the screens record in the tests before:
 * - claimed: 自评 (学习提升星 with its evidence and note, 政治坚定星; the second person 政治坚定星 and
 *   遵规守纪星);
 * - voted: 民主测评, and the second person's 遵规守纪星 refused with a reason;
 * - decided: 支部评定 通过 for the other three claims;
 * - published: 公示 from 03-28 (5 days);
 * - awarded: 授星 on 04-03, the day after the 公示's last day;
 * - removed: the first person's 政治坚定星 removed on 05-10, and the 备注.
 */
async function seed(app: RunningApp, upTo: Stage): Promise<Seeded> {
  const scheme = await callApi(app, 'stars.createScheme', { year, kind: 'person' });
  const inPeriod = { schemeId: scheme.id, period: 1 };
  const grid = await callApi(app, 'stars.grid', { ...inPeriod, includeSubunits: true });
  const [first, second] = grid.rows.slice(0, 2).map((r) => ({ id: r.targetId, name: r.name }));
  if (!first || !second) throw new Error('the demo office has fewer than two 党员');
  const reached = (stage: Stage) => stages.indexOf(stage) <= stages.indexOf(upTo);
  if (reached('claimed')) {
    await callApi(app, 'stars.addEvidence', { ...inPeriod, targetId: first.id, code: 'learning', file: { fileName: '学习笔记.png', bytes: new Uint8Array(tinyPng) }, note: '' });
    await callApi(app, 'stars.selfAssess', {
      ...inPeriod,
      date: day('03-20'),
      entries: [
        { targetId: first.id, claims: [{ code: 'political', note: '' }, { code: 'learning', note: '完成全年理论学习任务' }] },
        { targetId: second.id, claims: [{ code: 'political', note: '' }, { code: 'discipline', note: '' }] },
      ],
    });
  }
  if (reached('voted')) {
    const vote = (code: string, agree: number) => ({ code, agree, disagree: 20 - agree, score: null });
    await callApi(app, 'stars.recordVotes', {
      ...inPeriod,
      date: day('03-20'),
      entries: [
        { targetId: first.id, votes: [vote('learning', 18), vote('political', 19)] },
        { targetId: second.id, votes: [vote('political', 15), vote('discipline', 15)] },
      ],
    });
    await callApi(app, 'stars.decide', { ...inPeriod, date: day('03-22'), entries: [{ targetId: second.id, decisions: [{ code: 'discipline', decision: 'refuse', reason: '本季度缺席组织生活一次' }] }] });
  }
  if (reached('decided')) {
    const award = (code: string) => ({ code, decision: 'award' as const, reason: '' });
    await callApi(app, 'stars.decide', {
      ...inPeriod,
      date: day('03-25'),
      entries: [
        { targetId: first.id, decisions: [award('learning'), award('political')] },
        { targetId: second.id, decisions: [award('political')] },
      ],
    });
  }
  if (reached('published')) await callApi(app, 'stars.startPublicity', { ...inPeriod, start: day('03-28') });
  if (reached('awarded')) await callApi(app, 'stars.award', { ...inPeriod, date: day('04-03') });
  if (reached('removed')) {
    await callApi(app, 'stars.removeStar', { ...inPeriod, targetId: first.id, code: 'political', date: day('05-10'), reason: '列入负面清单' });
    await callApi(app, 'stars.setRemark', { ...inPeriod, targetId: first.id, remark: '摘星后限期整改' });
  }
  return { schemeId: scheme.id, first, second };
}

/** One target's saved review (what the drawer's saves must have written). */
const savedRow = async (app: RunningApp, s: Seeded, target: Target) =>
  (await callApi(app, 'stars.review', { schemeId: s.schemeId, period: 1, targetId: target.id })).row;

async function openReviewGrid(page: Page, app: RunningApp): Promise<void> {
  await openStarsAt(page, app, '评星');
  await chooseYear(page, year);
  await expect(page.getByRole('combobox', { name: '评星期次' })).toBeVisible();
  await expect(page.locator('.star-grid-row').first()).toBeVisible();
}

test('星级方案: the 党员干部 scheme from the preset lists its ten stars, editable', async ({ page, app, consoleProblems: _ }) => {
  await openStarsAt(page, app, '星级方案');
  await chooseYear(page, year);
  const created = toastSeen(page, `已创建：${year}年度十星级党员干部评星方案`);
  await page.getByRole('button', { name: '按预设创建' }).click();
  await created;
  // what lasts: the scheme's editor with its name, stars and rules
  await expect(page.getByLabel('方案名称')).toHaveValue(`${year}年度十星级党员干部评星方案`);
  await expect(page.getByRole('heading', { name: '星目（共 10 颗）' })).toBeVisible();
  await expect(page.getByLabel('第1颗星名称')).toHaveValue('政治坚定星');
  await expect(page.getByLabel('公示天数')).toHaveValue('5');
  await shotBothSizes(page, 'stars-schemes');
});

test('评星 drawer: 自评 with evidence, and the evidence opens with the same bytes', async ({ page, app, consoleProblems: _ }) => {
  const s = await seed(app, 'scheme');
  const { first } = s;
  await openReviewGrid(page, app);
  await expect(page.locator('.star-grid-row').first()).toHaveAttribute('data-target', first.name);

  // 自评 for the first person in the drawer: 学习提升星 needs evidence, so attach a PNG first.
  await gridRow(page, first.name).getByRole('button', { name: first.name }).click();
  // the drawer's own content (its title names the person)
  const drawer = page.locator('.review-body');
  await expect(page.getByRole('dialog').filter({ hasText: `${first.name}\u3000` }).first()).toBeVisible();
  await expect(drawer.getByRole('tab', { name: '自评申报' })).toBeVisible();
  await fillDay(page, drawer, '办理日期', day('03-20'));
  await drawer.locator('.evidence-cell[data-code="learning"] input[type=file]').setInputFiles({ name: '学习笔记.png', mimeType: 'image/png', buffer: tinyPng });
  await expect(drawer.getByRole('button', { name: '学习笔记.png', exact: true })).toBeVisible();
  await drawer.getByLabel('申报学习提升星').check();
  await drawer.getByLabel('学习提升星申报说明').fill('完成全年理论学习任务');
  await drawer.getByLabel('申报政治坚定星').check();
  await drawer.getByRole('button', { name: '保存自评' }).click();
  // saved (not just toasted): the review holds both claims, with the note
  await expect.poll(async () => (await savedRow(app, s, first)).cells.filter((c) => c.claimed).map((c) => `${c.code}:${c.claimNote}`)).toEqual(['political:', 'learning:完成全年理论学习任务']);
  // the evidence opens (a download in browser mode) with the bytes that were attached
  const evidenceDownload = page.waitForEvent('download');
  await drawer.getByRole('button', { name: '学习笔记.png', exact: true }).click();
  const evidence = await evidenceDownload;
  expect(fs.readFileSync(await evidence.path())).toEqual(tinyPng);
  await page.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();
  await expect(gridCell(page, first.name, 'learning')).toHaveAttribute('data-state', 'claimed');
});

test('评星 drawer: 民主测评 by hand, with the share of 同意', async ({ page, app, consoleProblems: _ }) => {
  const s = await seed(app, 'claimed');
  const { first } = s;
  await openReviewGrid(page, app);
  await gridRow(page, first.name).getByRole('button', { name: first.name }).click();
  const drawer = page.locator('.review-body');
  await expect(drawer.getByRole('button', { name: '学习笔记.png', exact: true })).toBeVisible();

  await drawer.getByRole('tab', { name: '民主测评' }).click();
  await drawer.getByLabel('学习提升星同意票').fill('18');
  await drawer.getByLabel('学习提升星不同意票').fill('2');
  await expect(drawer.getByText('90.0%')).toBeVisible();
  await drawer.getByLabel('政治坚定星同意票').fill('19');
  await drawer.getByLabel('政治坚定星不同意票').fill('1');
  await drawer.getByRole('button', { name: '保存测评' }).click();
  // saved (not just toasted)
  await expect.poll(async () => (await savedRow(app, s, first)).cells.filter((c) => c.claimed).map((c) => `${c.code}:${c.agree}/${c.disagree}`)).toEqual(['political:19/1', 'learning:18/2']);
  await drawer.getByRole('tab', { name: '自评申报' }).click();
  await shot(page, 'stars-review-drawer', { ignore: ['学习笔记.png'] });
});

test('评星 grid keys: Space claims and → moves; N before 民主测评 is refused, after it asks for a reason', async ({ page, app, consoleProblems: _ }) => {
  const s = await seed(app, 'scheme');
  const second = s.second.name;
  await openReviewGrid(page, app);

  // 自评 for the second person with the keyboard: click a cell, Space claims, → moves, Space again.
  await gridCell(page, second, 'political').click();
  await page.keyboard.press('Space');
  await expect(gridCell(page, second, 'political')).toHaveAttribute('data-state', 'claimed');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(gridCell(page, second, 'discipline')).toHaveAttribute('data-state', 'claimed');
  await expect(gridCell(page, second, 'political')).toHaveAttribute('data-state', 'claimed');
  // N (or Y) before 民主测评 is refused, naming the missing step: only the toast says so, so it is
  // watched for from before the key press; the cell stays as it was
  const refused = toastSeen(page, `${second}的“遵规守纪星”尚未录入民主测评结果，不能评定`);
  await page.keyboard.press('n');
  await refused;
  await expect(gridCell(page, second, 'discipline')).toHaveAttribute('data-state', 'claimed');
  // 民主测评 for the second person in the drawer, then N on 遵规守纪星 refuses it, with a reason
  await gridRow(page, second).getByRole('button', { name: second }).click();
  const drawer = page.locator('.review-body');
  await drawer.getByRole('tab', { name: '民主测评' }).click();
  for (const star of ['政治坚定星', '遵规守纪星']) {
    await drawer.getByLabel(`${star}同意票`).fill('15');
    await drawer.getByLabel(`${star}不同意票`).fill('5');
  }
  await drawer.getByRole('button', { name: '保存测评' }).click();
  await expect.poll(async () => (await savedRow(app, s, s.second)).cells.filter((c) => c.claimed).map((c) => `${c.code}:${c.agree}/${c.disagree}`)).toEqual(['political:15/5', 'discipline:15/5']);
  await page.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();
  await gridCell(page, second, 'discipline').click();
  await page.keyboard.press('n');
  const refuse = page.locator('.ant-modal').filter({ hasText: '评定不通过' });
  await refuse.getByLabel('不通过原因').fill('本季度缺席组织生活一次');
  await refuse.getByRole('button', { name: '确定' }).click();
  await expect(gridCell(page, second, 'discipline')).toHaveAttribute('data-state', 'refused');
});

test('批量评定 of two people at once: the undecided claims', async ({ page, app, consoleProblems: _ }) => {
  const { first, second } = await seed(app, 'voted');
  await openReviewGrid(page, app);
  await expect(gridCell(page, second.name, 'discipline')).toHaveAttribute('data-state', 'refused');

  // 支部评定 for both at once: select the two rows, 批量评定 通过 (the undecided claims).
  await gridRow(page, first.name).getByRole('checkbox').check();
  await gridRow(page, second.name).getByRole('checkbox').check();
  await expect(page.getByTestId('selected-count')).toHaveText('已选 2 个对象');
  await page.getByRole('button', { name: '批量评定' }).click();
  const batch = page.locator('.ant-modal').filter({ hasText: '批量评定' });
  await fillDay(page, batch, '评定日期', day('03-25'));
  await batch.getByRole('button', { name: '评定 3 颗星' }).click();
  await expect(batch).toBeHidden();
  await expect(gridCell(page, first.name, 'learning')).toHaveAttribute('data-state', 'approved');
  await expect(gridCell(page, first.name, 'political')).toHaveAttribute('data-state', 'approved');
  await expect(gridCell(page, second.name, 'political')).toHaveAttribute('data-state', 'approved');
});

test('公示: its end date follows from the start date (5 days, the posting day not counted)', async ({ page, app, consoleProblems: _ }) => {
  await seed(app, 'decided');
  await openReviewGrid(page, app);
  await page.getByRole('button', { name: '开始公示' }).click();
  const start = page.locator('.ant-modal').filter({ hasText: '公示开始日期' });
  await fillDay(page, start, '公示开始日期', day('03-28'));
  await expect(start.getByTestId('publicity-end-preview')).toContainText(`至 ${day('04-02')} 止；${day('04-03')} 起可授星`);
  await start.getByRole('button', { name: '开始公示' }).click();
  await expect(page.getByTestId('publicity-range')).toHaveText(`公示期：${day('03-28')} 至 ${day('04-02')}（5天）`);
});

test('授星 after the 公示: the dialog lists who gets which stars, from the day after its last day', async ({ page, app, consoleProblems: _ }) => {
  const { first, second } = await seed(app, 'published');
  await openReviewGrid(page, app);

  await page.getByRole('button', { name: '授星' }).click();
  const award = page.locator('.ant-modal').filter({ hasText: '授星日期' });
  await expect(award.getByText(`公示期：${day('03-28')} 至 ${day('04-02')}（含当日），${day('04-03')} 起可授星。`)).toBeVisible();
  await expect(award.getByTestId('award-plan-award')).toContainText(`${first.name}：政治坚定星、学习提升星`);
  await expect(award.getByTestId('award-plan-award')).toContainText(`${second.name}：政治坚定星`);
  await fillDay(page, award, '授星日期', day('04-03'));
  await shotBothSizes(page, 'stars-award-dialog');
  const done = toastSeen(page, '已为 2 个对象授星 3 颗');
  await award.getByRole('button', { name: '确定授星 3 颗' }).click();
  await done;
  await expect(gridCell(page, first.name, 'learning')).toHaveAttribute('data-state', 'held');
  await expect(gridCell(page, second.name, 'political')).toHaveAttribute('data-state', 'held');
  await shotBothSizes(page, 'stars-grid');
});

test('摘星 in the drawer with reason and date; the 备注 is saved', async ({ page, app, consoleProblems: _ }) => {
  const s = await seed(app, 'awarded');
  const { first } = s;
  await openReviewGrid(page, app);

  // 摘星: the first person's 政治坚定星, with reason and date.
  await gridRow(page, first.name).getByRole('button', { name: first.name }).click();
  const drawer = page.locator('.review-body');
  await expect(drawer.getByTestId('review-held')).toHaveText('2');
  await drawer.locator('.ant-table-row', { hasText: '政治坚定星' }).getByRole('button', { name: '摘星' }).click();
  const remove = page.locator('.ant-modal').filter({ hasText: '摘星原因' });
  await remove.getByLabel('摘星原因').fill('列入负面清单');
  await fillDay(page, remove, '摘星日期', day('05-10'));
  await remove.getByRole('button', { name: '确定摘星' }).click();
  await expect(drawer.getByTestId('review-held')).toHaveText('1');
  await drawer.getByLabel('备注').fill('摘星后限期整改');
  await drawer.getByRole('button', { name: '保存备注' }).click();
  await expect.poll(async () => (await savedRow(app, s, first)).remark).toBe('摘星后限期整改');
  await page.locator('.ant-drawer-close').click();
  await expect(gridCell(page, first.name, 'political')).toHaveAttribute('data-state', 'removed');
  const political = (await savedRow(app, s, first)).cells.find((c) => c.code === 'political')!;
  expect([political.removedOn, political.removedReason]).toEqual([day('05-10'), '列入负面清单']);
});

test('星级公示榜: ★ held, ⊘ removed, ✕ refused; 导出公示榜, 导出评星汇总表 and the print view say the same', async ({ page, app, consoleProblems: _ }) => {
  const { first: firstTarget, second: secondTarget } = await seed(app, 'removed');
  const [first, second] = [firstTarget.name, secondTarget.name];

  // The board: ★ held, ⊘ removed, ✕ refused, distinguished at a glance.
  await openStarsAt(page, app, '星级公示榜');
  await chooseYear(page, year);
  await chooseOption(page, page.getByRole('combobox', { name: '评星期次' }), '第一季度');
  await expect(boardRow(page, first).locator('.board-cell[data-state="held"]')).toHaveCount(1);
  await expect(boardRow(page, first).locator('.board-cell[data-state="removed"]')).toHaveCount(1);
  await expect(boardRow(page, second).locator('.board-cell[data-state="refused"]')).toHaveCount(1);
  await expect(page.getByTestId('board-figures')).toContainText(`公示期：${day('03-28')} 至 ${day('04-02')}`);
  await shotBothSizes(page, 'stars-board');

  // 导出公示榜: the cells of the download say the same.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出公示榜' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const ws = wb.worksheets[0]!;
  const sheetRows: string[][] = [];
  ws.eachRow((row) => sheetRows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  const header = sheetRows.find((r) => r.includes('政治坚定星'));
  expect(header, 'the header row names the stars').toBeTruthy();
  const col = (name: string) => header!.indexOf(name);
  const rowOf = (name: string) => sheetRows.find((r) => r.includes(name));
  expect(rowOf(first)?.[col('学习提升星')]).toBe('★');
  expect(rowOf(first)?.[col('政治坚定星')]).not.toBe('★');
  expect(rowOf(second)?.[col('政治坚定星')]).toBe('★');
  expect(rowOf(second)?.[col('遵规守纪星')]).not.toBe('★');
  expect(ws.pageSetup.orientation).toBe('landscape');

  // 导出评星汇总表: the remark is there, on the first person's row.
  const summaryDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出评星汇总表' }).click();
  const summaryBook = new ExcelJS.Workbook();
  await summaryBook.xlsx.readFile(await (await summaryDownload).path());
  const summaryText: string[] = [];
  summaryBook.worksheets[0]!.eachRow((row) => summaryText.push((row.values as unknown[]).map((v) => (v == null ? '' : String(v))).join('|')));
  expect(summaryText.some((line) => line.includes(first) && line.includes('摘星后限期整改'))).toBe(true);

  // Print view: A4 landscape sheet with the same symbols.
  await page.getByRole('button', { name: '打印预览' }).click();
  await expect(page.locator('.board-sheet-title')).toContainText('星级公示榜');
  await expect(page.locator('.board-sheet-table tr', { hasText: first })).toContainText('★');
  await shot(page, 'stars-board-print');
});
