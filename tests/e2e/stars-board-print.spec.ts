import fs from 'node:fs';
import path from 'node:path';
import { starLegendText, starSymbols } from '../../shared/stars/symbols';
import { pdfPages, pdfPageTexts, savePagePngs, squeeze, wordsBelow } from '../helpers/print-pdf';
import { expect, openApp, repoRoot, test } from './fixtures';
import { openStarsPage } from './stars-helpers';
import { referenceGlyphHeights, savePrintedPdf, songFonts } from './print-helpers';

/**
 * Issue 14 §7 and §8 for the printed 星级公示榜 (the print view as Chromium prints it to PDF): the
 * unit in the title, the symbols and legend of the .xlsx and the screen, 「— N —」 on every page, the
 * 落款 (unit and date) after the table, and no word under 8 pt, measured against a reference page
 * printed at exactly 8 pt in the same fonts (pdftotext -bbox word boxes).
 */

const outDir = path.join(repoRoot, 'tests', 'output', 'stars-board-print');
const minimumPoints = 8;

test('星级公示榜 printed: unit in the title, shared symbols, page numbers, 落款 and date, nothing under 8 pt', async ({ page, app, consoleProblems: _ }) => {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, app);
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await expect(page.getByTestId('people-count')).toHaveText(/共 \d+ 人/, { timeout: 60_000 });

  await openStarsPage(page, '星级公示榜');
  await page.getByRole('button', { name: '打印预览' }).click();
  const rows = page.locator('.board-sheet-table tbody tr');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  // the demo office's top unit names the board when no unit is chosen
  await expect(page.locator('.board-sheet-title')).toContainText('某市国防动员办公室');

  const pdf = path.join(outDir, 'board.pdf');
  await savePrintedPdf(page, pdf);

  // the reference: the board's body font at exactly 8 pt, printed at 100 %
  const heights = await referenceGlyphHeights(page, outDir, songFonts, minimumPoints);

  const pages = pdfPages(pdf);
  const texts = pdfPageTexts(pdf).map(squeeze);
  expect(pages.length).toBeGreaterThanOrEqual(1);
  for (const p of pages) {
    // A4 landscape
    expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
    expect(wordsBelow(p, heights).map((w) => w.text), `page ${p.number}: words under ${minimumPoints} pt`).toEqual([]);
    expect(texts[p.number - 1], `page ${p.number} number`).toContain(`—${p.number}—`);
  }
  const all = texts.join('');
  // a toast still on screen when printing (「已载入演示数据…」) is not printed
  expect(all).not.toContain(squeeze('已载入演示数据'));
  // the title the .xlsx has too (shared/stars/symbols.ts): never 「2026年年度」 or 「十星级…星级」
  expect(texts[0]).toMatch(/^某市国防动员办公室\d{4}年(度|第.季度|.+月)党员干部星级公示榜/);
  // one legend, the one the .xlsx and the screen use
  expect(all).toContain(squeeze(starLegendText));
  expect(all).not.toContain('已申报/评定通过待授星');
  // the 落款 after the table: the unit and a date, on the last page
  expect(texts[texts.length - 1]).toMatch(/反映。某市国防动员办公室\d{4}年\d{1,2}月\d{1,2}日/);
  // cells show only the shared symbols
  const cellTexts = await page.locator('.board-sheet-table td.c-star').allInnerTexts();
  const allowed = new Set(Object.values(starSymbols));
  expect(cellTexts.filter((t) => !allowed.has(t.trim()))).toEqual([]);

  // for a person to look at
  savePagePngs(pdf, outDir, 'board', { first: 1, last: Math.min(2, pages.length) });
});
