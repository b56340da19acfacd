import path from 'node:path';
import type { Page } from '@playwright/test';
import { pdfPages, referenceHeights, referenceWords, type GlyphKind } from '../helpers/print-pdf';

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
