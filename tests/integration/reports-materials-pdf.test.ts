import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestApp, waitForJob } from '../helpers/test-context';

/**
 * The 年终考核材料 as LibreOffice prints them: converted to PDF with soffice and read back per page
 * with pdftotext. Each page must carry its sheet's header row (the title on the sheet's first
 * page only), its own page number counted from the sheet's first page, the sign-off footer, and
 * — the sheet being fitted to one page wide — the header of the last column; landscape sheets
 * print landscape. LibreOffice and poppler are required: without them this test fails.
 */

const outputDir = path.resolve(__dirname, '../output/reports-materials');

/** fails (never skips) when a tool is missing */
function requireTool(name: string): void {
  try {
    execFileSync('which', [name], { stdio: 'pipe' });
  } catch {
    throw new Error(`${name} is required for this test (Debian: apt-get install libreoffice-calc poppler-utils)`);
  }
}

/** pdftotext keeps the words but not the spacing between CJK characters: compare without spaces */
const squeeze = (text: string) => text.replace(/\s+/g, '');

interface SheetFacts {
  readonly name: string;
  readonly title: string;
  readonly firstHeader: string;
  readonly lastHeader: string;
  readonly landscape: boolean;
}

describe('年终考核材料 printed with LibreOffice', () => {
  it('every page carries its sheet\'s header row, page number and footer; wide sheets fit one landscape page wide', async () => {
    requireTool('soffice');
    requireTool('pdftotext');
    requireTool('pdfinfo');
    requireTool('pdftoppm');

    const app = await createTestApp();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-materials-pdf-'));
    try {
      await app.call('demo.load');
      const [summary] = await app.call('annual.years');
      const { jobId } = await app.call('reports.startMaterials', { year: summary!.year });
      const file = await waitForJob(() => app.call('reports.exportStatus', { jobId }));

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
      const sheets: SheetFacts[] = workbook.worksheets.map((ws) => {
        const headerRow = Number(String(ws.pageSetup.printTitlesRow).split(':')[1]);
        const headers = (ws.getRow(headerRow).values as unknown[]).filter((v): v is string => typeof v === 'string' && v !== '');
        return { name: ws.name, title: squeeze(ws.getCell('A1').text), firstHeader: squeeze(headers[0]!), lastHeader: squeeze(headers[headers.length - 1]!), landscape: ws.pageSetup.orientation === 'landscape' };
      });
      expect(sheets.length).toBeGreaterThanOrEqual(9);

      const xlsx = path.join(dir, 'materials.xlsx');
      fs.writeFileSync(xlsx, file.bytes);
      // a private LibreOffice profile, so tests and the user's own soffice can run side by side
      const profile = `file://${path.join(os.tmpdir(), `lo-${randomUUID()}`)}`;
      try {
        execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'pipe', timeout: 180_000 });
      } finally {
        fs.rmSync(new URL(profile), { recursive: true, force: true });
      }
      const pdf = path.join(dir, 'materials.pdf');
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      const sizes = [...execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], { encoding: 'utf8' }).matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/g)]
        .map((m) => ({ width: Number(m[2]), height: Number(m[3]) }));
      expect(sizes).toHaveLength(pages);
      const texts = Array.from({ length: pages }, (_x, i) => squeeze(execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' })));

      // which sheet each page belongs to: a sheet starts on the page that carries its title
      let current = -1;
      let pageInSheet = 0;
      const pagesOf = sheets.map(() => 0);
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
        expect(text, where).toContain(sheet.firstHeader);
        // fitted to one page wide: the last column is on every page
        expect(text, where).toContain(sheet.lastHeader);
        expect(text, where).toContain(`—${pageInSheet}—`);
        for (const words of ['单位（盖章）', '填表人', '审核人']) expect(text, where).toContain(words);
        const { width, height } = sizes[i]!;
        expect(Math.round(Math.min(width, height)), where).toBe(595); // A4
        expect(width > height, `${where} landscape`).toBe(sheet.landscape);
      }
      expect(current, 'every sheet printed').toBe(sheets.length - 1);
      expect(pagesOf.every((n) => n >= 1)).toBe(true);
      // the 60-person 汇总表 runs over pages, so its header row is seen repeated
      expect(pagesOf[0]).toBeGreaterThanOrEqual(2);
      expect(texts[0]).toContain('一、班子成员');
      expect(texts.some((t) => t.includes('合计：参加考核'))).toBe(true);

      // for a person to look at (tests/output is not committed)
      fs.mkdirSync(outputDir, { recursive: true });
      fs.copyFileSync(pdf, path.join(outputDir, 'materials.pdf'));
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(outputDir, 'page')]);
      console.log(`年终考核材料: ${pages} pages, PNGs in ${outputDir}`);
    } finally {
      app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
