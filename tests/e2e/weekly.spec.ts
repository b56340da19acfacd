import fs from 'node:fs';
import path from 'node:path';
import { savePagePngs, squeeze } from '../helpers/print-pdf';
import { callApi } from './evaluation-helpers';
import { expect, expectToast, openApp, repoRoot, shotBothSizes, test, type RunningApp } from './fixtures';
import { goToSubmenu } from './ui';
import { printedOneA4Page, songFonts } from './print-helpers';

/**
 * 周晒成绩 (DOMAIN §8) on the demo office: a clerk posts a week for two 科室 in the grid by keyboard
 * and a leader marks an item 亮点; a normal week (15 units × 3 items) prints 「一周工作晒评」 on one
 * A4 page, every unit named, no word under 8 pt. Other postings come in through the API.
 */

test.use({ seed: 'demo' });

const outDir = path.join(repoRoot, 'tests', 'output', 'weekly-print');
const minimumPoints = 8;

async function thisWeek(app: RunningApp) {
  const years = await callApi(app, 'annual.years', {});
  const year = years.find((y) => y.status !== 'locked')!.year;
  return callApi(app, 'weekly.week', { year });
}

test('周晒录入: two 科室 typed in the grid are saved, 亮点 marked with a comment, the 未晒 list follows', async ({ page, app, consoleProblems: _ }) => {
  const week = await thisWeek(app);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, app);
  await goToSubmenu(page, '能力作风建设', '周晒成绩');
  await expect(page.getByTestId('weekly-not-posted')).toContainText(`本周未晒（${week.targets.length}/${week.targets.length}）`, { timeout: 30_000 });

  const [first, second] = week.targets;
  const line = (unit: string, n: number) => page.getByRole('textbox', { name: `${unit}第${n}条`, exact: true });
  await line(first!.name, 1).click();
  await page.keyboard.type('完成全市人防工程安全检查');
  await page.keyboard.press('Tab');
  await page.keyboard.type('检查 36处');
  await line(first!.name, 1).press('Enter');
  await page.keyboard.type('起草宣传月活动方案');
  await page.getByRole('checkbox', { name: `${first!.name}第2条未完成` }).check();
  // ↓ from the last line goes on to the next 科室
  await line(first!.name, 3).click();
  await page.keyboard.press('ArrowDown');
  await expect(line(second!.name, 1)).toBeFocused();
  await page.keyboard.type('组织国防教育进校园活动');
  await page.keyboard.press('Tab');
  await page.keyboard.type('覆盖学生 1200人');

  // every key reached the database, in order
  await expect.poll(async () => {
    const w = await callApi(app, 'weekly.week', { year: week.year, week: week.week });
    return w.targets.slice(0, 2).map((t) => t.items.map((i) => `${i.text}|${i.figure ? `${i.figure.label}${i.figure.value}${i.figure.unit}` : ''}|${i.unfinished}`));
  }, { timeout: 30_000 }).toEqual([
    ['完成全市人防工程安全检查|检查36处|false', '起草宣传月活动方案||true'],
    ['组织国防教育进校园活动|覆盖学生1200人|false'],
  ]);
  await expect(page.getByTestId('weekly-not-posted')).toContainText(`本周未晒（${week.targets.length - 2}/${week.targets.length}）`);
  await expect(page.getByTestId('weekly-not-posted')).not.toContainText(first!.name);
  await shotBothSizes(page, 'weekly-entry');

  await page.getByRole('tab', { name: '点评' }).click();
  const review = page.getByTestId(`weekly-review-${first!.name}`);
  await review.locator('li', { hasText: '完成全市人防工程安全检查' }).getByRole('button', { name: '亮点' }).click();
  await page.getByRole('textbox', { name: '点评意见' }).fill('检查全覆盖，隐患当场整改');
  await page.getByRole('button', { name: '保存' }).click();
  await expectToast(page, '已保存点评');
  await expect(review).toContainText('亮点：检查全覆盖，隐患当场整改');
  await shotBothSizes(page, 'weekly-review');

  // the year's rules: per 科室 or per person, the units, the week rule
  await page.getByRole('button', { name: '周晒设置' }).click();
  const dialog = page.getByRole('dialog', { name: `${week.year}年度周晒设置` });
  await expect(dialog.getByRole('radio', { name: '按科室（单位）晒' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: '跨年的周归周四所在的年份（与国际标准周次一致）' })).toBeChecked();
  await shotBothSizes(page, 'weekly-settings');
  await dialog.getByRole('button', { name: '取消' }).click();
});

test('一周工作晒评 prints on one A4 page: 15 units × 3 items at 9 pt or more, every unit named, nothing under 8 pt', async ({ page, app, consoleProblems: _ }) => {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  let week = await thisWeek(app);
  const settings = (await callApi(app, 'weekly.settings', { year: week.year })).settings;
  // the demo office has 9 科室 and 事业单位; eight more make a full week of 15 posting and 2 not
  const office = (await callApi(app, 'units.list', {})).find((u) => u.parentId == null)!;
  const extra = [];
  for (const name of ['宣传教育科', '信息化建设科', '财务审计科', '人事科', '督查室', '应急保障中心', '物资储备站', '技术服务中心']) {
    extra.push((await callApi(app, 'units.create', { name, parentId: office.id })).id);
  }
  await callApi(app, 'weekly.setSettings', { year: week.year, settings: { ...settings, unitIds: [...settings.unitIds, ...extra] } });
  week = await callApi(app, 'weekly.week', { year: week.year, week: week.week });
  expect(week.targets).toHaveLength(17);
  // a normal week: three items of one line each, one with a figure, one still open
  const texts = ['完成辖区人防工程安全隐患排查，整改问题', '召开国防动员潜力调查工作推进会', '起草年度国防教育工作总结（初稿）'];
  // two units post nothing (listed under the table)
  for (const t of week.targets.slice(0, 15)) {
    const items = await callApi(app, 'weekly.saveItems', {
      year: week.year, week: week.week, target: { kind: t.kind, id: t.id },
      items: texts.map((text, n) => ({ text, figure: n === 0 ? '12处' : '', unfinished: n === 2 })),
    });
    if (t === week.targets[0]) await callApi(app, 'weekly.mark', { id: items[0]!.id, mark: 'highlight', comment: '推进有力，报告质量高' });
    if (t === week.targets[1]) await callApi(app, 'weekly.mark', { id: items[1]!.id, mark: 'shortfall', comment: '整改进度偏慢' });
  }

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${app.url}#/conduct/weekly/print?year=${week.year}&week=${week.week}`);
  await expect(page.getByTestId('weekly-sheet')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('print-count')).toContainText('一页');
  expect(Number(await page.getByTestId('weekly-sheet').getAttribute('data-font-pt'))).toBeGreaterThanOrEqual(9);
  await shotBothSizes(page, 'weekly-print');

  const text = await printedOneA4Page(page, outDir, 'board', songFonts, minimumPoints);
  expect(text).toContain(squeeze(`${office.name}一周工作晒评`));
  expect(text).toContain(`${week.year}年第${week.week}周`);
  for (const t of week.targets.slice(0, 15)) expect(text, t.name).toContain(squeeze(t.name));
  expect(text).toContain(squeeze(`本周未晒（2个）：${week.targets[15]!.name}、${week.targets[16]!.name}`));
  expect(text).toContain('★亮点：推进有力，报告质量高');
  expect(text).toContain('▲不足：整改进度偏慢');
  savePagePngs(path.join(outDir, 'board.pdf'), outDir, 'board', { first: 1, last: 1 });

  // a week too full even at 8 pt is said on screen before printing
  for (const t of week.targets.slice(15)) {
    await callApi(app, 'weekly.saveItems', { year: week.year, week: week.week, target: { kind: t.kind, id: t.id }, items: Array.from({ length: 30 }, (_, n) => ({ text: `第${n + 1}项：${texts[0]}，并形成书面报告报办公会审议` })) });
  }
  await page.goto(`${app.url}#/conduct/weekly?week=${week.week}`);
  await expect(page.getByText('缩至最小字号（8磅）仍超出一页A4，将打印为2页')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: '打印晒评榜' }).click();
  await expect(page.getByTestId('print-count')).toContainText('缩至8磅仍需2页');
});
