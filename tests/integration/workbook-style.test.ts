import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addTableSheet, createWorkbook, printLayout, workbookBytes, type TableColumn } from '../../electron/excel/write/workbook-style';
import { rosterColumns } from '../../electron/services/people/roster-workbook';
import { convertWithLibreOffice } from '../helpers/print-pdf';

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

const scoreColumns: TableColumn[] = [
  { header: '序号', width: 6 },
  { header: '姓名', width: 10 },
  { header: '优秀', width: 8, group: '评价意见' },
  { header: '称职', width: 8, group: '评价意见' },
  { header: '基本称职', width: 8, group: '评价意见' },
  { header: '不称职', width: 8, group: '评价意见' },
  { header: '得分', width: 8, numFmt: '0.00' },
  { header: '备注', width: 16, align: 'left', wrap: true },
];

describe('workbook-style', () => {
  it('writes a grouped two-row header: the group merged across its columns, the others down both rows', async () => {
    const workbook = createWorkbook();
    const sheet = addTableSheet(workbook, { sheetName: '民主测评结果统计表', title: '2026年度民主测评结果统计表', columns: scoreColumns, signatureFooter: false });
    expect(sheet.headerRow).toBe(3);
    sheet.addRow([1, '王建国', 25, 3, 0, 0, 95.456, null]);
    sheet.finish();
    const ws = (await read(await workbookBytes(workbook))).getWorksheet('民主测评结果统计表')!;

    expect(ws.getCell('C2').text).toBe('评价意见');
    expect(ws.getCell('F2').master.address).toBe('C2');
    expect(['C3', 'D3', 'E3', 'F3'].map((a) => ws.getCell(a).text)).toEqual(['优秀', '称职', '基本称职', '不称职']);
    expect(ws.getCell('A2').text).toBe('序号');
    expect(ws.getCell('A3').master.address).toBe('A2');
    expect(ws.getCell('H3').master.address).toBe('H2');
    expect(ws.pageSetup.printTitlesRow).toBe('2:3');
    expect(ws.pageSetup.orientation).toBe('portrait');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.headerFooter.oddFooter).toContain('— &P —');
    expect(ws.headerFooter.oddFooter).not.toContain('单位（盖章）');

    expect(ws.getCell('G4').value).toBe(95.456);
    expect(ws.getCell('G4').numFmt).toBe('0.00');
    expect(ws.getCell('E4').value).toBe(0);
    expect(ws.getCell('H4').value).toBeNull();
    expect(ws.getCell('H4').border?.right?.style).toBe('thin');
  });

  it('keeps text exactly: XML special characters, leading zeros, long digit strings, booleans', async () => {
    const workbook = createWorkbook();
    const columns: TableColumn[] = [{ header: '文本', width: 30, numFmt: '@' }, { header: '是否', width: 6 }];
    const sheet = addTableSheet(workbook, { sheetName: '检查', title: '特殊字符', subtitle: { left: '填报单位：A&B <科>', right: '日期："今天"' }, columns });
    const texts = ['A&B <科室> "引号" \'单引号\'', '0012', '420302198003120012', '  前后空格  ', '换行\n第二行', '控制\u0001字符'];
    for (const t of texts) sheet.addRow([t, true]);
    sheet.finish();
    const bytes = await workbookBytes(workbook);
    const ws = (await read(bytes)).getWorksheet('检查')!;
    expect(ws.getCell('A2').text).toBe('填报单位：A&B <科>');
    expect([4, 5, 6, 7, 8].map((r) => ws.getCell(`A${r}`).value)).toEqual(texts.slice(0, 5));
    expect(String(ws.getCell('A9').value)).toContain('控制');
    expect(ws.getCell('B4').value).toBe(true);

    // LibreOffice is stricter than exceljs about the XML: it must open the file and see every row (CSV in UTF-8: filter option 76)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-style-'));
    try {
      fs.writeFileSync(path.join(dir, 'check.xlsx'), bytes);
      const [converted] = convertWithLibreOffice([path.join(dir, 'check.xlsx')], dir, 'csv:Text - txt - csv (StarCalc):44,34,76');
      const csv = fs.readFileSync(converted!, 'utf8');
      expect(csv).toContain('A&B <科室>');
      expect(csv).toContain('420302198003120012');
      expect(csv).toContain('0012');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses rows after finish()', async () => {
    const workbook = createWorkbook();
    const sheet = addTableSheet(workbook, { sheetName: 'x', title: 'x', columns: [{ header: 'a', width: 5 }] });
    sheet.finish();
    expect(() => sheet.addRow(['late'])).toThrow(/finished/);
    await workbookBytes(workbook);
  });

  it('fits a table one page wide only while its text stays 8 pt or more; a wider one goes on pages across repeating its key columns', async () => {
    const narrow: TableColumn[] = Array.from({ length: 10 }, (_x, i) => ({ header: `列${i}`, width: 10 }));
    expect(printLayout(narrow, true)).toEqual({ pagesAcross: 1, repeatedColumns: '' });
    // the same 100 characters are too wide for portrait at a readable size
    expect(printLayout(narrow, false)).toEqual({ pagesAcross: 2, repeatedColumns: 'A:B' });
    // the 16-column roster: two pages across, 序号 and 姓名 on both
    expect(printLayout(rosterColumns, true)).toEqual({ pagesAcross: 2, repeatedColumns: 'A:B' });
    expect(printLayout(rosterColumns, true, 1).repeatedColumns).toBe('A:A');

    const workbook = createWorkbook();
    const sheet = addTableSheet(workbook, { sheetName: '宽表', title: '宽表', subtitle: { left: '填报单位：某办', right: '日期：2026年12月2日' }, columns: [...rosterColumns], landscape: true });
    sheet.addRow(rosterColumns.map((c) => c.header));
    sheet.finish();
    const ws = (await read(await workbookBytes(workbook))).getWorksheet('宽表')!;
    expect(ws.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 2, fitToHeight: 0, printTitlesColumn: 'A:B', pageOrder: 'overThenDown' });
    // the title and the 填报单位/日期 line start after the repeated columns, so no page prints a piece of them
    expect([ws.getCell('A1').text, ws.getCell('C1').text, ws.getCell('C2').text]).toEqual(['', '宽表', '填报单位：某办\u3000\u3000日期：2026年12月2日']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2 });
  });
});
