import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personStarPreset } from '../../shared/stars/presets';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { createPersonScheme, runQuarter, setUpStarUnit, type StarUnit } from '../helpers/stars-app';

/**
 * Five people, two quarters: 周立新 holds all ten, 黄振华 nine (创新争先星 refused), 何丽娟 has
 * 廉洁自律星 removed in Q2, 郭志强 is 不得参评 in Q2, 吴明远 claims three stars.
 */

const codes = personStarPreset.map((s) => s.code);
const names = personStarPreset.map((s) => s.name);
let app: TestApp;
let unit: StarUnit;
let schemeId: number;

beforeEach(async () => {
  app = await createTestApp();
  unit = await setUpStarUnit(app, 5);
  schemeId = (await createPersonScheme(app)).id;
  const [zhou, huang, he, guo, wu] = unit.people as [number, number, number, number, number];
  for (const q of [1, 2]) {
    if (q === 2) await app.call('stars.disqualify', { schemeId, period: 2, targetId: guo, reason: '受审查', note: '', date: '2026-05-10' });
    await runQuarter(app, schemeId, q, [
      { targetId: zhou, claims: codes },
      { targetId: huang, claims: codes, refuse: ['innovation'] },
      { targetId: he, claims: codes },
      ...(q === 1 ? [{ targetId: guo, claims: codes.slice(0, 5) }] : []),
      { targetId: wu, claims: codes.slice(0, 3) },
    ]);
  }
  await app.call('stars.removeStar', { schemeId, period: 2, targetId: he, code: 'integrity', date: '2026-07-15', reason: '列入负面清单' });
  await app.call('stars.setRemark', { schemeId, period: 2, targetId: wu, remark: '新任职' });
});
afterEach(() => app.close());

async function sheetsOf(bytes: Uint8Array): Promise<ExcelJS.Worksheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets;
}
const rowValues = (sheet: ExcelJS.Worksheet, row: number, from = 1, to = sheet.columnCount) =>
  Array.from({ length: to - from + 1 }, (_x, i) => sheet.getRow(row).getCell(from + i).text);

describe('双十星 exports', () => {
  it('星级公示榜 for a quarter: title, 公示期, the screen\'s symbols per star (★ 已授星, ⊘ 已摘星, blank 未申报), counts, 不得参评, A4 landscape in 宋体', async () => {
    const file = await app.call('stars.exportBoard', { schemeId, period: 2 });
    expect(file.fileName).toBe('星级公示榜-2026第二季度-党员干部.xlsx');
    const [sheet, ...others] = await sheetsOf(file.bytes);
    expect(others).toEqual([]);
    expect(sheet!.name).toBe('星级公示榜');
    expect(sheet!.getCell('A1').text).toBe('某区国防动员办公室2026年第二季度党员干部星级公示榜');
    expect(sheet!.getRow(2).getCell(1).text).toBe('公示期：2026年6月27日至2026年7月2日');
    // one symbol per meaning, as on the screen and the print view (issue 14 §7)
    expect(sheet!.getRow(2).values).toContain('★ 已授星　✓ 评定通过待授星　☆ 已申报　✕ 未通过　⊘ 已摘星　— 不得参评');
    // two header rows: 「星 级」 over the star names
    expect(rowValues(sheet!, 3, 5, 5)).toEqual(['星　级']);
    expect(rowValues(sheet!, 4, 5, 14)).toEqual(names);
    expect(rowValues(sheet!, 3, 1, 4)).toEqual(['序号', '姓名', '单位', '职务']);
    expect(rowValues(sheet!, 3, 15, 17)).toEqual(['星数', '十星级', '备注']);
    const body = (i: number) => rowValues(sheet!, 5 + i);
    expect(body(0)).toEqual(['1', '周立新', '机关党支部', '支部书记', ...codes.map(() => '★'), '10', '是', '']);
    expect(body(1).slice(4, 14)).toEqual(codes.map((c) => (c === 'innovation' ? '✕' : '★')));
    expect(body(1).slice(14, 16)).toEqual(['9', '']);
    expect(body(2).slice(4, 14)).toEqual(codes.map((c) => (c === 'integrity' ? '⊘' : '★')));
    expect(body(3)).toEqual(['4', '郭志强', '机关党支部', '科员', ...codes.map(() => ''), '—', '', '不得参评：受审查']);
    // 未申报 is a blank cell, as on the printed board
    expect(body(4).slice(4, 14)).toEqual(['★', '★', '★', ...codes.slice(3).map(() => '')]);
    expect(sheet!.rowCount).toBe(9);
    expect(sheet!.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(sheet!.getCell('E5').font?.name).toBe('宋体');
  });

  it('星级公示榜 for the year applies the year-end rule and says so', async () => {
    const [sheet] = await sheetsOf((await app.call('stars.exportBoard', { schemeId, period: null, unitTitle: '机关党委' })).bytes);
    expect(sheet!.getCell('A1').text).toBe('机关党委2026年度党员干部星级公示榜');
    expect(sheet!.getRow(2).getCell(1).text).toMatch(/^年终认定：以最后一期获星为准\u3000制表日期：\d{4}年\d{1,2}月\d{1,2}日$/);
    // held at year end = held in the last period (第四季度 not run yet): nobody
    expect(rowValues(sheet!, 5, 15, 15)).toEqual(['0']);
    await app.call('stars.updateScheme', { id: schemeId, settings: { yearEndRule: { kind: 'min-periods', periods: 2 } } });
    const [again] = await sheetsOf((await app.call('stars.exportBoard', { schemeId, period: null })).bytes);
    expect(rowValues(again!, 5, 5, 16)).toEqual([...codes.map(() => '★'), '10', '是']);
    expect(rowValues(again!, 7, 5, 14)).toEqual(codes.map((c) => (c === 'integrity' ? '⊘' : '★')));
    expect(rowValues(again!, 8, 17, 17)).toEqual(['不得参评：第二季度受审查']);
  });

  it('评星汇总表: every person × quarter with each star\'s state, the count and the remarks', async () => {
    const file = await app.call('stars.exportSummary', { schemeId });
    const [sheet] = await sheetsOf(file.bytes);
    expect(sheet!.getCell('A1').text).toBe('某区国防动员办公室2026年度党员干部评星汇总表');
    expect(rowValues(sheet!, 3, 1, 4)).toEqual(['序号', '姓名', '单位', '评星期次']);
    expect(rowValues(sheet!, 4, 5, 14)).toEqual(names);
    // 5 people × 4 quarters
    expect(sheet!.rowCount).toBe(4 + 20);
    const body = (i: number) => rowValues(sheet!, 5 + i);
    expect(body(0).slice(1, 4)).toEqual(['周立新', '机关党支部', '第一季度']);
    expect(body(2)).toEqual(['3', '周立新', '机关党支部', '第三季度', ...codes.map(() => ''), '0', '']);
    expect(body(5).slice(4, 16)).toEqual([...codes.map((c) => (c === 'innovation' ? '未通过' : '★')), '9', '创新争先星未通过：本期未达到评星标准']);
    expect(body(9).slice(4, 16)).toEqual([...codes.map((c) => (c === 'integrity' ? '摘星' : '★')), '9', '廉洁自律星2026年7月15日摘星：列入负面清单']);
    expect(body(13).slice(14, 16)).toEqual(['—', '不得参评：受审查']);
    expect(body(17).slice(14, 16)).toEqual(['3', '新任职']);
  });

  it('十星级名单: only those holding all ten stars at year end, with points and gates', async () => {
    await app.call('stars.updateScheme', { id: schemeId, settings: { yearEndRule: { kind: 'min-periods', periods: 2 } } });
    const file = await app.call('stars.exportTenStar', { year: 2026 });
    expect(file.fileName).toBe('十星级名单-2026年度.xlsx');
    const [sheet, ...others] = await sheetsOf(file.bytes);
    expect(others).toEqual([]);
    expect(sheet!.name).toBe('十星级党员干部');
    expect(sheet!.getCell('A1').text).toBe('某区国防动员办公室2026年度十星级党员干部名单');
    expect(rowValues(sheet!, 3)).toEqual(['序号', '姓名', '单位', '职务', '获星数', '星级积分', '备注']);
    expect(rowValues(sheet!, 4)).toEqual(['1', '周立新', '机关党支部', '支部书记', '10', '10', '十星 优先评优']);
    expect(sheet!.rowCount).toBe(4);
  });
});
