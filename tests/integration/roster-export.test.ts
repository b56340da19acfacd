import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIdNumber, personInput } from '../helpers/people-input';
import { convertWithLibreOffice, pdfPages, pdfPageTexts, savePagePngs, squeeze } from '../helpers/print-pdf';
import { createTestApp, waitForJob, type TestApp } from '../helpers/test-context';

const outputDir = path.resolve(__dirname, '../output');
const expectedHeaders = ['序号', '姓名', '性别', '出生年月', '身份证号', '人员编号', '政治面貌', '单位/科室', '职务', '职级', '任现职时间', '人员类别', '是否班子成员', '入职时间', '试用期满', '民族', '籍贯', '学历', '参加工作时间', '入党时间', '备注'];
const officeName = '某某区国防动员办公室';

// the first 男 sequence number whose check character is X: Excel users lose these most often
const idWithX = Array.from({ length: 500 }, (_, i) => makeIdNumber('420302', '19800312', String(2 * i + 1).padStart(3, '0'))).find((id) => id.endsWith('X'))!;

let app: TestApp;
let units: { office: number; general: number; engineering: number };

beforeEach(async () => {
  app = await createTestApp();
  const office = (await app.call('units.create', { name: officeName, parentId: null })).id;
  const general = (await app.call('units.create', { name: '综合科', parentId: office })).id;
  const engineering = (await app.call('units.create', { name: '人防工程管理科', parentId: office })).id;
  units = { office, general, engineering };
  await app.call('people.create', personInput(office, {
    name: '王建国', idNumber: idWithX, staffNo: '0001', political: '中共党员', post: '党组书记、主任', rank: '正处级',
    postSince: '2019.03', category: '公务员', isLeader: true, hireDate: '2003-07-01',
  }));
  await app.call('people.create', personInput(general, {
    name: '李秀英', idNumber: makeIdNumber('420303', '19900203', '246'), staffNo: '0102', political: '中共党员', post: '科长', rank: '一级主任科员',
    postSince: '2021.09', category: '公务员', hireDate: '2012-08-15',
  }));
  await app.call('people.create', personInput(engineering, {
    name: '欧阳明', idNumber: makeIdNumber('420302', '19981105', '013'), political: '共青团员', post: '科员', category: '事业',
    hireDate: '2025-09-01', probationEnd: '2026-08-31',
    note: '2025年公开招聘，试用期一年；现借调至区应急管理局参与人防工程专项检查工作，借调期间考核由原单位负责。',
  }));
});
afterEach(() => app.close());

async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

const rowTexts = (sheet: ExcelJS.Worksheet, row: number) => expectedHeaders.map((_h, i) => sheet.getRow(row).getCell(i + 1).text);

const today = () => {
  const d = new Date();
  return { iso: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`, zh: `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日` };
};

/** Adds `n` more people with valid, distinct ID numbers, spread over the two 科室. */
async function addPeople(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const birth = `19${70 + (i % 30)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`;
    await app.call('people.create', personInput(i % 2 ? units.general : units.engineering, {
      name: `测试人员${i + 1}`, idNumber: makeIdNumber('110105', birth, String(100 + i).padStart(3, '0')), political: '群众', post: '科员', category: '事业',
      // the roster fields of migration 011 travel out and back in too
      ethnicity: i % 3 ? '汉' : '土家族', nativePlace: '湖北十堰', education: i % 2 ? '大学本科' : '研究生', workStart: `20${10 + (i % 10)}.07`,
      partySince: i % 4 ? null : `20${12 + (i % 10)}.06`,
    }));
  }
}

describe('roster.export', () => {
  it('writes the 人员花名册 the office prints: title, 填报单位/日期, headers, text ID numbers, A4 landscape setup', async () => {
    const file = await app.call('roster.export', {});
    expect(file.fileName).toBe(`人员花名册-${today().iso}.xlsx`);
    const sheet = await openWorkbook(file.bytes);

    expect(sheet.name).toBe('人员花名册');
    // printed on two pages across that repeat 序号 and 姓名 (columns A:B), the title starts after them
    expect(sheet.getCell('C1').text).toBe(`${officeName}人员花名册`);
    expect(sheet.getCell('P1').isMerged && sheet.getCell('P1').master.address).toBe('C1');
    expect(sheet.getCell('C1').font).toMatchObject({ bold: true, name: '宋体' });
    expect(sheet.getCell('C2').text).toBe(`填报单位：${officeName}\u3000\u3000日期：${today().zh}`);
    expect(rowTexts(sheet, 3)).toEqual(expectedHeaders);
    expect(sheet.getCell('B3').font).toMatchObject({ bold: true });
    expect(sheet.getCell('B3').border?.bottom?.style).toBe('thin');

    // people in unit-tree order: the office first, then 综合科, then 人防工程管理科
    expect(rowTexts(sheet, 4)).toEqual(['1', '王建国', '男', '1980.03', idWithX, '0001', '中共党员', officeName, '党组书记、主任', '正处级', '2019.03', '公务员', '是', '2003-07-01', '', '', '', '', '', '', '']);
    expect(rowTexts(sheet, 5).slice(1, 5)).toEqual(['李秀英', '女', '1990.02', makeIdNumber('420303', '19900203', '246')]);
    expect(sheet.getCell('M5').text).toBe('否');
    expect(sheet.getCell('O6').text).toBe('2026-08-31');
    expect(sheet.actualRowCount).toBe(6);

    // ID numbers are text cells formatted as text: Excel must never show 4.20302E+17
    for (const row of [4, 5, 6]) {
      const id = sheet.getCell(`E${row}`);
      expect(typeof id.value).toBe('string');
      expect(id.numFmt).toBe('@');
    }
    expect(sheet.getCell('E4').value).toMatch(/X$/);
    // body: 宋体 with thin borders, also on empty cells
    expect(sheet.getCell('B4').font).toMatchObject({ name: '宋体', size: 11 });
    expect(sheet.getCell('O4').border?.left?.style).toBe('thin');
    // the long 备注 (the last column) wraps and its row is tall enough for it
    expect(sheet.getCell('U6').alignment?.wrapText).toBe(true);
    expect(sheet.getRow(6).height).toBeGreaterThan(sheet.getRow(5).height!);

    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 2, fitToHeight: 0, printTitlesRow: '3:3', printTitlesColumn: 'A:B', pageOrder: 'overThenDown' });
    expect(sheet.headerFooter.oddFooter).toContain('— &P —');
    expect(sheet.headerFooter.oddFooter).toContain('单位（盖章）');
    expect(sheet.headerFooter.oddFooter).toContain('填表人');
    expect(sheet.headerFooter.oddFooter).toContain('审核人');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 2 });
  });

  it('exports only the people the query matches, titled after the chosen unit or the given title', async () => {
    const general = await openWorkbook((await app.call('roster.export', { unitId: units.general })).bytes);
    expect(general.getCell('C1').text).toBe('综合科人员花名册');
    expect(general.getCell('C2').text).toMatch(new RegExp(`^填报单位：${officeName}\u3000`));
    expect(general.actualRowCount).toBe(4);
    expect(general.getCell('B4').text).toBe('李秀英');

    const leaders = await openWorkbook((await app.call('roster.export', { isLeader: true, unitTitle: '某某区国防动员办公室领导班子' })).bytes);
    expect(leaders.getCell('C1').text).toBe('某某区国防动员办公室领导班子人员花名册');
    expect(leaders.actualRowCount).toBe(4);
    expect(leaders.getCell('B4').text).toBe('王建国');

    const nobody = await openWorkbook((await app.call('roster.export', { text: '查无此人' })).bytes);
    expect(rowTexts(nobody, 3)).toEqual(expectedHeaders);
    expect(nobody.actualRowCount).toBe(3);
  });

  it('prints with LibreOffice: two pages across, each with 序号/姓名 and the header, title once, pages numbered — N —', async () => {
    await addPeople(197);
    const file = await app.call('roster.export', {});
    fs.mkdirSync(outputDir, { recursive: true });
    const xlsx = path.join(outputDir, 'roster-export.xlsx');
    fs.writeFileSync(xlsx, file.bytes);
    const [pdf] = convertWithLibreOffice([xlsx], outputDir);
    const pages = pdfPages(pdf!);
    const texts = pdfPageTexts(pdf!).map(squeeze);
    expect(texts).toHaveLength(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(6);
    // landscape A4 (842 × 595 pt)
    for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);

    // 16 columns do not fit one page wide at 8 pt: the rows print on two pages side by side
    // (across first), each starting with 序号 and 姓名
    const first = texts[0]!;
    expect(first).toContain(`${officeName}人员花名册`);
    expect(first).toContain('身份证号');
    expect(first).not.toContain('备注');
    expect(texts[1]).toContain('备注');
    expect(texts[1]).not.toContain('身份证号');
    expect(texts[1]).toContain('测试人员1'); // the names repeat on the page across
    for (const [i, text] of texts.entries()) {
      for (const header of ['序号', '姓名']) expect(text, `page ${i + 1}`).toContain(header);
      if (i > 0) expect(text, `page ${i + 1}`).not.toContain('人员花名册'); // the title prints once
      expect(text, `page ${i + 1}`).toContain(`—${i + 1}—`);
      expect(text, `page ${i + 1}`).toContain('审核人');
    }
    // the last person is on the last two pages
    expect(texts[pages.length - 1]).toContain('测试人员197');
    expect(texts[pages.length - 2]).toContain('测试人员197');

    // for a person to look at (tests/output is not committed)
    savePagePngs(pdf!, outputDir, 'roster-export', { first: 1, last: 2 });
  }, 180_000);

  it('imports back as 无变化 for everyone', async () => {
    await addPeople(20);
    const before = app.ctx.db.prepare('SELECT * FROM people ORDER BY id').all();
    const file = await app.call('roster.export', {});

    const { jobId } = await app.call('roster.importStart', { fileName: file.fileName, bytes: file.bytes });
    const session = await waitForJob(app, 'roster-import', jobId);
    expect(session.sheetName).toBe('人员花名册');
    expect(session.headerRow).toBe(3);
    expect(session.columns.filter((c) => c.field).map((c) => c.header)).toEqual(expectedHeaders.slice(1));
    const preview = await app.call('roster.importPreview', { sessionId: session.sessionId });
    expect(preview.rows.filter((r) => r.status !== 'same').map((r) => `${r.sheetRow} ${r.name} ${r.status} ${[...r.errors, ...r.warnings, ...r.changes.map((c) => c.label)].join('；')}`)).toEqual([]);
    expect(preview.counts).toMatchObject({ new: 0, update: 0, error: 0, same: 23 });
    expect(preview.newUnits).toEqual([]);
    const result = await app.call('roster.importCommit', { sessionId: session.sessionId });
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 23, rejected: 0, unitsCreated: 0 });
    expect(app.ctx.db.prepare('SELECT * FROM people ORDER BY id').all()).toEqual(before);
  });
});
