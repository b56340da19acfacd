import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { expect, openApp, shot, shotBothSizes, test } from './fixtures';
import { chooseYear, fillDay, gridCell, gridRow, openStarsPage, pastStarYear, quiet, tinyPng } from './stars-helpers';
import { chooseOption } from './ui';

// A past year the demo data leaves alone, so the scheme is created here from the preset and every
// step may be dated in it (nothing is recorded after today).
const year = pastStarYear();

test('双十星: scheme from the preset, claims with evidence, 三评一公示 to 授星, 摘星, board and export', async ({ page, app, consoleProblems: _ }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, app);
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await expect(page.getByTestId('people-count')).toHaveText(/共 \d+ 人/, { timeout: 60_000 });

  // 星级方案: create the 党员干部 scheme from the preset; its ten stars are listed and editable.
  await openStarsPage(page, '星级方案');
  await chooseYear(page, year);
  await page.getByRole('button', { name: '按预设创建' }).click();
  await expect(page.getByText(`已创建：${year}年度十星级党员干部评星方案`)).toBeVisible();
  await expect(page.getByRole('heading', { name: '星目（共 10 颗）' })).toBeVisible();
  await expect(page.getByLabel('第1颗星名称')).toHaveValue('政治坚定星');
  await expect(page.getByLabel('公示天数')).toHaveValue('5');
  await quiet(page);
  await shotBothSizes(page, 'stars-schemes');

  // 评星, 第一季度: the grid lists the roster.
  await openStarsPage(page, '评星');
  await expect(page.getByRole('combobox', { name: '评星期次' })).toBeVisible();
  const rows = page.locator('.star-grid-row');
  await expect(rows.first()).toBeVisible();
  const first = (await rows.nth(0).getAttribute('data-target'))!;
  const second = (await rows.nth(1).getAttribute('data-target'))!;
  expect(first).not.toEqual(second);

  // 自评 for the first person in the drawer: 学习提升星 needs evidence, so attach a PNG first.
  await gridRow(page, first).getByRole('button', { name: first }).click();
  // the drawer's own content (its title names the person)
  const drawer = page.locator('.review-body');
  await expect(page.getByRole('dialog').filter({ hasText: `${first}\u3000` }).first()).toBeVisible();
  await expect(drawer.getByRole('tab', { name: '自评申报' })).toBeVisible();
  await fillDay(page, drawer, '办理日期', `${year}-03-20`);
  await drawer.locator('.evidence-cell[data-code="learning"] input[type=file]').setInputFiles({ name: '学习笔记.png', mimeType: 'image/png', buffer: tinyPng });
  await expect(drawer.getByRole('button', { name: '学习笔记.png', exact: true })).toBeVisible();
  await drawer.getByLabel('申报学习提升星').check();
  await drawer.getByLabel('学习提升星申报说明').fill('完成全年理论学习任务');
  await drawer.getByLabel('申报政治坚定星').check();
  await drawer.getByRole('button', { name: '保存自评' }).click();
  await expect(page.getByText('已保存自评')).toBeVisible();
  // the evidence opens (a download in browser mode) with the bytes that were attached
  const evidenceDownload = page.waitForEvent('download');
  await drawer.getByRole('button', { name: '学习笔记.png', exact: true }).click();
  const evidence = await evidenceDownload;
  expect(fs.readFileSync(await evidence.path())).toEqual(tinyPng);

  // 民主测评 by hand.
  await drawer.getByRole('tab', { name: '民主测评' }).click();
  await drawer.getByLabel('学习提升星同意票').fill('18');
  await drawer.getByLabel('学习提升星不同意票').fill('2');
  await expect(drawer.getByText('90.0%')).toBeVisible();
  await drawer.getByLabel('政治坚定星同意票').fill('19');
  await drawer.getByLabel('政治坚定星不同意票').fill('1');
  await drawer.getByRole('button', { name: '保存测评' }).click();
  await expect(page.getByText('已保存民主测评')).toBeVisible();
  await drawer.getByRole('tab', { name: '自评申报' }).click();
  await quiet(page);
  await shot(page, 'stars-review-drawer', { ignore: ['学习笔记.png'] });
  await page.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();
  await expect(gridCell(page, first, 'learning')).toHaveAttribute('data-state', 'claimed');

  // 自评 for the second person with the keyboard: click a cell, Space claims, → moves, Space again.
  await gridCell(page, second, 'political').click();
  await page.keyboard.press('Space');
  await expect(gridCell(page, second, 'political')).toHaveAttribute('data-state', 'claimed');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(gridCell(page, second, 'discipline')).toHaveAttribute('data-state', 'claimed');
  await expect(gridCell(page, second, 'political')).toHaveAttribute('data-state', 'claimed');
  // N (or Y) before 民主测评 is refused, naming the missing step
  await page.keyboard.press('n');
  await expect(page.getByText(`${second}的“遵规守纪星”尚未录入民主测评结果，不能评定`)).toBeVisible();
  await expect(gridCell(page, second, 'discipline')).toHaveAttribute('data-state', 'claimed');
  // 民主测评 for the second person in the drawer, then N on 遵规守纪星 refuses it, with a reason
  await gridRow(page, second).getByRole('button', { name: second }).click();
  await drawer.getByRole('tab', { name: '民主测评' }).click();
  for (const star of ['政治坚定星', '遵规守纪星']) {
    await drawer.getByLabel(`${star}同意票`).fill('15');
    await drawer.getByLabel(`${star}不同意票`).fill('5');
  }
  await drawer.getByRole('button', { name: '保存测评' }).click();
  await expect(page.getByText('已保存民主测评')).toBeVisible();
  await page.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();
  await gridCell(page, second, 'discipline').click();
  await page.keyboard.press('n');
  const refuse = page.locator('.ant-modal').filter({ hasText: '评定不通过' });
  await refuse.getByLabel('不通过原因').fill('本季度缺席组织生活一次');
  await refuse.getByRole('button', { name: '确定' }).click();
  await expect(gridCell(page, second, 'discipline')).toHaveAttribute('data-state', 'refused');

  // 支部评定 for both at once: select the two rows, 批量评定 通过 (the undecided claims).
  await gridRow(page, first).getByRole('checkbox').check();
  await gridRow(page, second).getByRole('checkbox').check();
  await expect(page.getByTestId('selected-count')).toHaveText('已选 2 个对象');
  await page.getByRole('button', { name: '批量评定' }).click();
  const batch = page.locator('.ant-modal').filter({ hasText: '批量评定' });
  await fillDay(page, batch, '评定日期', `${year}-03-25`);
  await batch.getByRole('button', { name: '评定 3 颗星' }).click();
  await expect(batch).toBeHidden();
  await expect(gridCell(page, first, 'learning')).toHaveAttribute('data-state', 'approved');
  await expect(gridCell(page, first, 'political')).toHaveAttribute('data-state', 'approved');
  await expect(gridCell(page, second, 'political')).toHaveAttribute('data-state', 'approved');

  // 公示: the end date follows from the start date (5 days, the posting day not counted).
  await page.getByRole('button', { name: '开始公示' }).click();
  const start = page.locator('.ant-modal').filter({ hasText: '公示开始日期' });
  await fillDay(page, start, '公示开始日期', `${year}-03-28`);
  await expect(start.getByTestId('publicity-end-preview')).toContainText(`至 ${year}-04-02 止；${year}-04-03 起可授星`);
  await start.getByRole('button', { name: '开始公示' }).click();
  await expect(page.getByTestId('publicity-range')).toHaveText(`公示期：${year}-03-28 至 ${year}-04-02（5天）`);

  // 授星: the dialog lists who gets which stars; the day after the 公示's last day is the first day it may be dated.
  await page.getByRole('button', { name: '授星' }).click();
  const award = page.locator('.ant-modal').filter({ hasText: '授星日期' });
  await expect(award.getByText(`公示期：${year}-03-28 至 ${year}-04-02（含当日），${year}-04-03 起可授星。`)).toBeVisible();
  await expect(award.getByTestId('award-plan-award')).toContainText(`${first}：政治坚定星、学习提升星`);
  await expect(award.getByTestId('award-plan-award')).toContainText(`${second}：政治坚定星`);
  await fillDay(page, award, '授星日期', `${year}-04-03`);
  await quiet(page);
  await shotBothSizes(page, 'stars-award-dialog');
  await award.getByRole('button', { name: '确定授星 3 颗' }).click();
  await expect(page.getByText('已为 2 个对象授星 3 颗')).toBeVisible();
  await expect(gridCell(page, first, 'learning')).toHaveAttribute('data-state', 'held');
  await expect(gridCell(page, second, 'political')).toHaveAttribute('data-state', 'held');
  await page.getByRole('button', { name: '取消选择' }).click();
  await quiet(page);
  await shotBothSizes(page, 'stars-grid');

  // 摘星: the first person's 政治坚定星, with reason and date.
  await gridRow(page, first).getByRole('button', { name: first }).click();
  await expect(drawer.getByTestId('review-held')).toHaveText('2');
  await drawer.locator('.ant-table-row', { hasText: '政治坚定星' }).getByRole('button', { name: '摘星' }).click();
  const remove = page.locator('.ant-modal').filter({ hasText: '摘星原因' });
  await remove.getByLabel('摘星原因').fill('列入负面清单');
  await fillDay(page, remove, '摘星日期', `${year}-05-10`);
  await remove.getByRole('button', { name: '确定摘星' }).click();
  await expect(drawer.getByTestId('review-held')).toHaveText('1');
  await drawer.getByLabel('备注').fill('摘星后限期整改');
  await drawer.getByRole('button', { name: '保存备注' }).click();
  await expect(page.getByText('已保存备注')).toBeVisible();
  await page.locator('.ant-drawer-close').click();
  await expect(gridCell(page, first, 'political')).toHaveAttribute('data-state', 'removed');

  // The board: ★ held, ⊘ removed, ✕ refused, distinguished at a glance.
  await openStarsPage(page, '星级公示榜');
  await chooseOption(page, page.getByRole('combobox', { name: '评星期次' }), '第一季度');
  const boardRow = (name: string) => page.locator('.ant-table-row', { has: page.getByText(name, { exact: true }) });
  await expect(boardRow(first).locator('.board-cell[data-state="held"]')).toHaveCount(1);
  await expect(boardRow(first).locator('.board-cell[data-state="removed"]')).toHaveCount(1);
  await expect(boardRow(second).locator('.board-cell[data-state="refused"]')).toHaveCount(1);
  await expect(page.getByTestId('board-figures')).toContainText(`公示期：${year}-03-28 至 ${year}-04-02`);
  await quiet(page);
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
  await quiet(page);
  await shot(page, 'stars-board-print');
});
