import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfPages, pdfPageTexts, requireTools, savePagePngs, squeeze } from '../helpers/print-pdf';
import { createTestApp, waitForJob } from '../helpers/test-context';

/**
 * The 年终考核材料 as LibreOffice prints them: converted to PDF with soffice and read back per page
 * with pdftotext. Each page must carry its sheet's header row (the title on the sheet's first
 * page only), its own page number counted from the sheet's first page, the sign-off footer, and
 * — on a sheet fitted to one page wide — the header of the last column; a sheet too wide for one
 * page at 8 pt prints on pages across, each with 序号/姓名. Landscape sheets print landscape.
 * LibreOffice and poppler are required: without them this test fails.
 */

const outputDir = path.resolve(__dirname, '../output/reports-materials');

interface SheetFacts {
  readonly name: string;
  readonly title: string;
  readonly firstHeader: string;
  readonly lastHeader: string;
  readonly landscape: boolean;
  /** 1 = fitted to one page wide; more = pages across, each repeating the key columns */
  readonly pagesAcross: number;
}

/** the first filled cell of a row: a title on pages across starts after the repeated key columns */
const firstText = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).find((v): v is string => typeof v === 'string' && v !== '') ?? '';

describe('年终考核材料 printed with LibreOffice', () => {
  it('every page carries its sheet\'s header row, page number and footer; each sheet one landscape page wide or on pages across', async () => {
    requireTools('soffice', 'pdftotext', 'pdftoppm');

    const app = await createTestApp();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-materials-pdf-'));
    try {
      await app.call('demo.load');
      const [summary] = await app.call('annual.years');
      const { jobId } = await app.call('reports.startMaterials', { year: summary!.year });
      const file = await waitForJob(app, 'export', jobId);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
      const sheets: SheetFacts[] = workbook.worksheets.map((ws) => {
        const headerRow = Number(String(ws.pageSetup.printTitlesRow).split(':')[1]);
        const headers = (ws.getRow(headerRow).values as unknown[]).filter((v): v is string => typeof v === 'string' && v !== '');
        return {
          name: ws.name, title: squeeze(firstText(ws, 1)), firstHeader: squeeze(headers[0]!), lastHeader: squeeze(headers[headers.length - 1]!),
          landscape: ws.pageSetup.orientation === 'landscape', pagesAcross: ws.pageSetup.fitToWidth ?? 1,
        };
      });
      expect(sheets.length).toBeGreaterThanOrEqual(9);

      const xlsx = path.join(dir, 'materials.xlsx');
      fs.writeFileSync(xlsx, file.bytes);
      const [pdf] = convertWithLibreOffice([xlsx], dir);
      const pages = pdfPages(pdf!);
      const texts = pdfPageTexts(pdf!).map(squeeze);
      expect(texts).toHaveLength(pages.length);

      // which sheet each page belongs to: a sheet starts on the page that carries its title
      let current = -1;
      let pageInSheet = 0;
      const pagesOf = sheets.map(() => 0);
      const lastHeaderSeen = sheets.map(() => 0);
      for (const [i, text] of texts.entries()) {
        const starts = sheets.findIndex((s, k) => k > current && text.includes(s.title));
        if (starts >= 0) {
          expect(starts, `page ${i + 1} starts ${sheets[starts]!.name} right after ${sheets[current]?.name ?? 'nothing'}`).toBe(current + 1);
          current = starts;
          pageInSheet = 0;
        }
        expect(current, `page ${i + 1} belongs to no sheet`).toBeGreaterThanOrEqual(0);
        pageInSheet++;
        pagesOf[current]!++;
        const sheet = sheets[current]!;
        const where = `page ${i + 1} (${sheet.name}, its page ${pageInSheet})`;
        if (pageInSheet > 1) expect(text, where).not.toContain(sheet.title);
        // the first header: the header row repeated, and on pages across the key columns too
        expect(text, where).toContain(sheet.firstHeader);
        if (text.includes(sheet.lastHeader)) lastHeaderSeen[current]!++;
        // fitted to one page wide: the last column is on every page
        if (sheet.pagesAcross === 1) expect(text, where).toContain(sheet.lastHeader);
        expect(text, where).toContain(`—${pageInSheet}—`);
        for (const words of ['单位（盖章）', '填表人', '审核人']) expect(text, where).toContain(words);
        const { width, height } = pages[i]!;
        expect(Math.round(Math.min(width, height)), where).toBe(595); // A4
        expect(width > height, `${where} landscape`).toBe(sheet.landscape);
      }
      expect(current, 'every sheet printed').toBe(sheets.length - 1);
      expect(pagesOf.every((n) => n >= 1)).toBe(true);
      // on pages across, the last column is on the last page of each band of rows
      for (const [k, sheet] of sheets.entries()) {
        if (sheet.pagesAcross > 1) expect(lastHeaderSeen[k], sheet.name).toBe(Math.ceil(pagesOf[k]! / sheet.pagesAcross));
      }
      // the 60-person 汇总表 runs over pages, so its header row is seen repeated
      expect(pagesOf[0]).toBeGreaterThanOrEqual(2);
      expect(texts[0]).toContain('一、班子成员');
      expect(texts.some((t) => t.includes('合计：参加考核'))).toBe(true);

      // for a person to look at (tests/output is not committed)
      fs.rmSync(outputDir, { recursive: true, force: true });
      fs.mkdirSync(outputDir, { recursive: true });
      fs.copyFileSync(pdf!, path.join(outputDir, 'materials.pdf'));
      savePagePngs(pdf!, outputDir, 'page');
      console.log(`年终考核材料: ${pages.length} pages, PNGs in ${outputDir}`);
    } finally {
      app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
