import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

/**
 * Exports as the office prints them: LibreOffice converts the .xlsx files (all in one soffice call,
 * ~5–10 s each start), poppler reads the PDF back (text per page, page sizes, word boxes). The tools
 * are required: a test without them fails, it never skips.
 */

/** fails (never skips) when a tool is missing */
export function requireTools(...names: readonly string[]): void {
  for (const name of names) {
    try {
      execFileSync('which', [name], { stdio: 'pipe' });
    } catch {
      throw new Error(`${name} is required for this test (Debian: apt-get install libreoffice-calc-nogui poppler-utils)`);
    }
  }
}

/** pdftotext keeps the words but not the spacing between CJK characters: compare without spaces */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');

/**
 * Converts files with LibreOffice in ONE soffice run (it starts slowly) into `outDir`, with a private
 * profile so tests and the user's own soffice can run side by side. `format` is soffice's
 * --convert-to argument ('pdf', or e.g. 'csv:Text - txt - csv (StarCalc):44,34,76'). Returns the
 * converted files' paths in the order given.
 */
export function convertWithLibreOffice(files: readonly string[], outDir: string, format = 'pdf', timeoutMs = 600_000): string[] {
  requireTools('soffice');
  const profile = path.join(os.tmpdir(), `kaoping-lo-${randomUUID()}`);
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, ...files], { stdio: 'pipe', timeout: timeoutMs });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const extension = format.split(':')[0]!;
  return files.map((f) => {
    const out = path.join(outDir, `${path.basename(f, path.extname(f))}.${extension}`);
    if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${path.basename(f)}`);
    return out;
  });
}

export interface PdfPage {
  /** 1-based */
  readonly number: number;
  /** in PDF points (1/72 inch) */
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
}

export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  /** yMax − yMin: poppler's box of the word's font (ascent to descent) at its printed size, in points */
  readonly height: number;
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every page of a PDF with its size and its words' boxes (`pdftotext -bbox`). */
export function pdfPages(pdf: string): PdfPage[] {
  requireTools('pdftotext');
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const [i, m] of [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].entries()) {
    const words = [...m[3]!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((w): PdfWord => {
      const [xMin, yMin, xMax, yMax] = [w[1], w[2], w[3], w[4]].map(Number) as [number, number, number, number];
      return { text: unescapeXml(w[5]!), xMin, yMin, xMax, yMax, height: yMax - yMin };
    });
    pages.push({ number: i + 1, width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}

/** The text of each page, laid out (`pdftotext -layout`). */
export function pdfPageTexts(pdf: string): string[] {
  requireTools('pdftotext');
  // pages are separated by form feeds
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/**
 * Glyphs of a CJK font, of a Latin one and symbols (✓ ✕ ⊘, from whatever fallback font has them)
 * have boxes of different heights at the same size: words are compared with reference words of
 * their own kind.
 */
export type GlyphKind = 'cjk' | 'latin' | 'symbol';
export const glyphKind = (text: string): GlyphKind =>
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(text) ? 'cjk' : /[\p{L}\p{N}]/u.test(text) ? 'latin' : 'symbol';
/** what a reference page prints: a word of each kind (the symbols those of the star boards) */
export const referenceWords = ['参照文字八磅', '8888 2026.12 0.00%', '★ ☆ ✓ ✕ ⊘ —'] as const;

/**
 * The reference heights: the smallest word box of each kind on a reference page printed at exactly
 * `points` pt and at 100 %. A word on another page whose box is lower than its kind's reference is
 * printed smaller than `points`.
 */
export function referenceHeights(pages: readonly PdfPage[]): Record<GlyphKind, number> {
  const words = pages.flatMap((p) => p.words);
  const of = (kind: GlyphKind) => Math.min(...words.filter((w) => glyphKind(w.text) === kind).map((w) => w.height));
  const heights = { cjk: of('cjk'), latin: of('latin'), symbol: of('symbol') };
  if (!Object.values(heights).every(Number.isFinite)) throw new Error('the reference page lacks a CJK, a Latin or a symbol word');
  return heights;
}

/** The words printed smaller than the reference (with 2 % for rounding in the PDF). */
export function wordsBelow(page: PdfPage, reference: Record<GlyphKind, number>): PdfWord[] {
  return page.words.filter((w) => w.height < reference[glyphKind(w.text)] * 0.98);
}

/** PNGs of the pages at 60 dpi for a person to look at (tests/output is not committed). */
export function savePagePngs(pdf: string, dir: string, prefix: string, pages?: { readonly first: number; readonly last: number }): void {
  requireTools('pdftoppm');
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', ...(pages ? ['-f', String(pages.first), '-l', String(pages.last)] : []), pdf, path.join(dir, prefix)]);
}

/**
 * A workbook whose only page prints a CJK and a Latin word at exactly `points` pt, at 100 %, in the
 * exports' font: converted with the exports, it gives the word heights they are held to.
 */
export async function writeReferenceWorkbook(file: string, points: number, fontName: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('参照', { pageSetup: { paperSize: 9, orientation: 'portrait', scale: 100, fitToPage: false } });
  sheet.getColumn(1).width = 40;
  referenceWords.forEach((text, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = text;
    cell.font = { name: fontName, size: points };
  });
  await workbook.xlsx.writeFile(file);
}
