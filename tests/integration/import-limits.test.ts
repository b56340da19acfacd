import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectFormat } from '../../electron/excel/read/detect-format';
import { readLimits } from '../../electron/excel/read/read-limits';
import { zipEntries } from '../../electron/excel/read/zip-entries';
import { createAnnualYear } from '../helpers/annual-app';
import { createTestApp, waitForJob, type TestApp } from '../helpers/test-context';
import { xlsxBomb } from '../helpers/zip-bomb';

/** Hostile files are refused before they cost minutes and gigabytes, with the limit in the message. */

// exceljs' own XLSX class (the same module instance exceljs uses), to see whether anything inflates.
const ExcelXlsx = createRequire(__filename)('exceljs/lib/xlsx/xlsx.js') as { prototype: { load: () => unknown } };

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => {
  app.close();
  vi.restoreAllMocks();
});

const limitMb = readLimits.maxUnzippedBytes / 1024 / 1024;

describe('an .xlsx zip bomb (under 1 MB, 5 million rows once inflated)', () => {
  const bomb = xlsxBomb(5_000_000);

  it('is what it claims: a small file whose directory declares hundreds of MB', () => {
    expect(bomb.bytes.length).toBeLessThan(2 * 1024 * 1024);
    const sheet = zipEntries(bomb.bytes)!.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    expect(sheet.uncompressedSize).toBeGreaterThan(250 * 1024 * 1024);
  });

  it('is refused by the roster import from the zip directory, before anything is inflated', async () => {
    const load = vi.spyOn(ExcelXlsx.prototype, 'load');
    const memoryBefore = process.memoryUsage().arrayBuffers;
    const { jobId } = await app.call('roster.importStart', { fileName: '花名册.xlsx', bytes: bomb.bytes });
    const refused = await waitForJob(app, 'roster-import', jobId).then(() => null, (e: { payload?: { code: string; message: string } }) => e.payload);
    expect(refused?.code).toBe('FILE_TOO_LARGE_UNZIPPED');
    expect(refused?.message).toContain(`超过了解压后 ${limitMb} MB 的上限`);
    expect(refused?.message).toContain('xl/worksheets/sheet1.xml');
    expect(refused?.message).toContain('未读取其中的内容');
    expect(load).not.toHaveBeenCalled();
    // nothing near the 265 MB of XML was ever held
    expect(process.memoryUsage().arrayBuffers - memoryBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('is refused by the 平时考核 import the same way', async () => {
    await createAnnualYear(app, { year: 2026 });
    const load = vi.spyOn(ExcelXlsx.prototype, 'load');
    const result = await app.result('annual.importQuarters', { year: 2026, file: { fileName: '平时考核.xlsx', bytes: bomb.bytes }, commit: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE_UNZIPPED' } });
    expect(load).not.toHaveBeenCalled();
  });

  it('a smaller bomb that stays under the size limit is refused for its compression ratio', () => {
    const small = xlsxBomb(2_000_000);
    const sheet = zipEntries(small.bytes)!.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    expect(sheet.uncompressedSize).toBeLessThan(readLimits.maxUnzippedBytes);
    expect(() => detectFormat(small.bytes)).toThrow(new RegExp(`超过了 ${readLimits.maxCompressionRatio} 倍的上限`));
  });
});

describe('a CSV with millions of lines', () => {
  it('is refused before it is decoded and parsed, naming the limit', async () => {
    const lines = Buffer.from('张三,男\n'.repeat(readLimits.maxRows * 2 + 10), 'utf8');
    const { jobId } = await app.call('roster.importStart', { fileName: '花名册.csv', bytes: lines });
    const refused = await waitForJob(app, 'roster-import', jobId).then(() => null, (e: { payload?: { code: string; message: string } }) => e.payload);
    expect(refused?.code).toBe('FILE_TOO_MANY_ROWS');
    expect(refused?.message).toContain(`超过了一次最多导入 ${readLimits.maxRows} 行的上限`);
  });
});
