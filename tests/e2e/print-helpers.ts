import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { pdfPages, pdfPageTexts, referenceHeights, referenceWords, squeeze, wordsBelow, type GlyphKind } from '../helpers/print-pdf';

/** The print view as the print dialog saves it: print media, the page's own @page size (else A4), backgrounds. */
export async function savePrintedPdf(page: Page, file: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
}

/** The serif fonts the print views use, first choice first (Windows names, then the CJK fallback). */
export const songFonts = `'SimSun', '宋体', 'Noto Serif CJK SC', serif`;
export const fangsongFonts = `'FangSong', '仿宋', 'Noto Serif CJK SC', serif`;

/**
 * Glyph heights of the reference words set at exactly `points` in `fonts`, printed at 100 %: what a
 * printed page's words are measured against (`wordsBelow`) to find text under 8 pt.
 */
export async function referenceGlyphHeights(page: Page, outDir: string, fonts: string, points: number, name = 'reference'): Promise<Record<GlyphKind, number>> {
  const reference = await page.context().newPage();
  await reference.setContent(`<p style="font-family: ${fonts}; font-size: ${points}pt">${referenceWords.join('<br>')}</p>`);
  const file = path.join(outDir, `${name}.pdf`);
  await reference.pdf({ path: file, format: 'A4' });
  await reference.close();
  return referenceHeights(pdfPages(file));
}

/**
 * Prints the page to `outDir/<name>.pdf` and checks it is one A4 portrait page with no word under
 * `points` (measured against reference glyphs of `fonts`); returns the page's text, squeezed.
 */
export async function printedOneA4Page(page: Page, outDir: string, name: string, fonts: string, points: number): Promise<string> {
  const pdf = path.join(outDir, `${name}.pdf`);
  await savePrintedPdf(page, pdf);
  const heights = await referenceGlyphHeights(page, outDir, fonts, points);
  const pages = pdfPages(pdf);
  expect(pages).toHaveLength(1);
  expect([Math.round(pages[0]!.width), Math.round(pages[0]!.height)]).toEqual([595, 842]);
  expect(wordsBelow(pages[0]!, heights).map((w) => w.text), `words under ${points} pt`).toEqual([]);
  return squeeze(pdfPageTexts(pdf)[0]!);
}
