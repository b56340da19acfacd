import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { pdfPages, pdfPageTexts, savePagePngs, squeeze, wordsBelow } from '../helpers/print-pdf';
import { callApi } from './evaluation-helpers';
import { expect, openApp, repoRoot, shotBothSizes, test, type RunningApp } from './fixtures';
import { chooseTreeOption, goToSubmenu } from './ui';
import { fangsongFonts, referenceGlyphHeights, savePrintedPdf } from './print-helpers';

// starts from the demo office (built once per run, fixtures.ts `seed`)
test.use({ seed: 'demo' });

const outDir = path.join(repoRoot, 'tests', 'output', 'annual-notices');
const minimumPoints = 8;

/** 按建议等次确认, the tied blocks the bulk action leaves to the committee as 称职, then 确认并锁定年度: through the HTTP API. */
async function lockYear(app: RunningApp, year: number): Promise<void> {
  await callApi(app, 'annual.confirmAsSuggested', { year });
  const open = (await callApi(app, 'annual.composite', { year })).rows.filter((r) => r.confirmed == null);
  if (open.length > 0) await callApi(app, 'annual.confirm', { year, entries: open.map((r) => ({ personId: r.personId, outcome: 'competent' as const, reason: '得分并列，经考核委员会研究确定' })) });
  await callApi(app, 'annual.lock', { year });
}

test('考核结果通知书 of a unit printed to PDF from the locked year, one A4 page each; the 备案表 downloaded', async ({ page, app, consoleProblems: _ }) => {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const year = (await callApi(app, 'annual.years', {}))[0]!.year;
  await lockYear(app, year);
  const participants = await callApi(app, 'annual.participants', { year });
  const composite = await callApi(app, 'annual.composite', { year });

  await openApp(page, app);
  await goToSubmenu(page, '年度考核', '考核结果通知书');
  await expect(page.getByTestId('notices-status')).toContainText('通知书为正式文本');
  await shotBothSizes(page, 'annual-notices-page');

  const card = page.getByRole('region', { name: '打印通知书' });
  await card.getByRole('radio', { name: '按单位' }).check();
  await chooseTreeOption(page, card.getByRole('combobox', { name: '通知书单位' }), '办公室');
  await card.getByRole('button', { name: /打印预览/ }).click();
  await expect(page.locator('.notices-print-root[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  const sheets = await page.getByTestId('notice-page').count();
  expect(sheets).toBeGreaterThan(1);
  await shotBothSizes(page, 'annual-notices-print');

  const pdf = path.join(outDir, 'notices.pdf');
  await savePrintedPdf(page, pdf);
  // the reference: the notice's body font at exactly 8 pt, printed at 100 %
  const heights = await referenceGlyphHeights(page, outDir, fangsongFonts, minimumPoints);

  const pages = pdfPages(pdf);
  const texts = pdfPageTexts(pdf).map(squeeze);
  expect(pages.length).toBe(sheets);
  const ids = await page.getByTestId('notice-page').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-person'))));
  for (const [i, p] of pages.entries()) {
    expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    expect(wordsBelow(p, heights).map((w) => w.text), `page ${p.number}: words under ${minimumPoints} pt`).toEqual([]);
    const person = participants.find((x) => x.personId === ids[i])!;
    const row = composite.rows.find((r) => r.personId === person.personId)!;
    const outcome = row.confirmed === 'undetermined' ? '不定等次' : composite.rules.vocabularies[row.vocabulary].levels[['excellent', 'competent', 'basic', 'fail'].indexOf(row.confirmed!)]!;
    // one person a page: the title, the name, the 等次, the 回执; no 样稿 on a locked year
    expect(texts[i]).toContain(squeeze(`${year}年度考核结果通知书`));
    expect(texts[i]).toContain(squeeze(`${person.name}同志：`));
    expect(texts[i]).toContain(squeeze(`考核结果为：${outcome}。`));
    expect(texts[i]).toContain(squeeze('本人签字'));
    expect(texts[i]).not.toContain('样稿');
  }
  savePagePngs(pdf, outDir, 'notice', { first: 1, last: 2 });

  // the 备案表, from the 年终考核材料 page
  await page.getByRole('button', { name: /返\s*回/ }).click();
  await goToSubmenu(page, '年度考核', '年终考核材料');
  const filing = page.getByRole('group', { name: '年度考核结果备案表' });
  const downloading = page.waitForEvent('download');
  await filing.getByRole('button', { name: '导出备案表' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${year}年度考核结果备案表-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
  const file = path.join(outDir, 'filing.xlsx');
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  expect(book.worksheets.map((s) => s.name)).toEqual(['等次统计', '名册']);
  let total: unknown[] = [];
  book.getWorksheet('等次统计')!.eachRow((r) => {
    const values = (r.values as unknown[]).slice(1);
    if (values[0] === '合计') total = values;
  });
  // 参加考核人数 of the 合计 row: every participant
  expect(total[total.length - 2]).toBe(participants.length);
  expect(book.getWorksheet('名册')!.rowCount).toBeGreaterThanOrEqual(participants.length + 3);
});
