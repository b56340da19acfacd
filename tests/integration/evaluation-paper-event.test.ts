import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationEvent } from '../../shared/contract/evaluation';
import type { EvaluationResults } from '../../shared/evaluation/results';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { levelBallot, setUpEvent } from '../helpers/evaluation-app';
import { roundingRule } from '../../shared/numbers/rounding';

/**
 * The integration test: a 30-ballot paper event, 双人录入, two disagreements settled against
 * the paper, one ballot over the 优秀 limit -> exact counts per level and category, valid/invalid,
 * rates; the exported 民主测评结果统计表 holds the same numbers. Expected figures were counted by hand
 * from the ballots below (1 优秀 100, 2 称职 80, 3 基本称职 60, 4 不称职 40, 0 弃权; 优秀 at most 2).
 */
const paper: Record<'A' | 'B' | 'C', string[]> = {
  A: ['1122', '1212', '1222', '2122', '1223', '1122'],
  // the 9th has three 优秀: 无效票 (优秀超额)
  B: ['1222', '1122', '2212', '1232', '2122', '1224', '1122', '2222', '1211', '1222', '2132', '1220'],
  C: ['2222', '1222', '1232', '2122', '2223', '1224', '2212', '1122', '3222', '2242', '1202', '2222'],
};
/** What the second clerk mistyped: category, position in the category, typed keys. */
const typos = [
  { category: 'B', index: 1, typed: '1123' },
  { category: 'C', index: 4, typed: '2232' },
] as const;

let app: TestApp;
let event: EvaluationEvent;
let results: EvaluationResults;
let ticketOf: Map<string, string>;
const secondStates: string[] = [];

beforeAll(async () => {
  app = await createTestApp();
  event = await setUpEvent(app, {
    people: 4,
    change: (c) => ({
      ...c,
      rules: { ...c.rules, excellentLimit: { kind: 'count', value: 2 } },
      categories: c.categories.map((x) => ({ ...x, ...{ A: { expected: 6, issued: 6 }, B: { expected: 13, issued: 12 }, C: { expected: 14, issued: 13 } }[x.code] })),
    }),
  });
  const { tickets } = await app.call('evaluation.issueTickets', { id: event.id, count: 31 });
  await app.call('evaluation.setStatus', { id: event.id, status: 'live' });
  await app.call('evaluation.setAttendance', { id: event.id, attendance: { A: 6, B: 12, C: 13 } });

  ticketOf = new Map();
  let next = 0;
  for (const [category, ballots] of Object.entries(paper)) ballots.forEach((_, i) => ticketOf.set(`${category}${i}`, tickets[next++]!));
  // First clerk enters every ballot, then the second, blind.
  for (const [category, ballots] of Object.entries(paper)) {
    for (const [i, keys] of ballots.entries()) {
      const r = await app.call('evaluation.paperEntry', { id: event.id, ticketNo: ticketOf.get(`${category}${i}`)!, marks: levelBallot(event, category, keys), clerk: '王录入', doubleEntry: true });
      expect(r).toEqual({ state: 'awaiting-second', outcome: null });
    }
  }
  for (const [category, ballots] of Object.entries(paper)) {
    for (const [i, keys] of ballots.entries()) {
      const typed = typos.find((t) => t.category === category && t.index === i)?.typed ?? keys;
      const r = await app.call('evaluation.paperEntry', { id: event.id, ticketNo: ticketOf.get(`${category}${i}`)!, marks: levelBallot(event, category, typed), clerk: '李录入', doubleEntry: true });
      secondStates.push(`${r.state}${r.outcome?.valid === false ? ':invalid' : ''}`);
    }
  }
  const mismatches = await app.call('evaluation.mismatches', { id: event.id });
  expect(mismatches.map((m) => m.ticketNo).sort()).toEqual(typos.map((t) => ticketOf.get(`${t.category}${t.index}`)!).sort());
  for (const m of mismatches) {
    const typo = typos.find((t) => ticketOf.get(`${t.category}${t.index}`) === m.ticketNo)!;
    expect(m.second).toEqual(levelBallot(event, typo.category, typo.typed));
    await app.call('evaluation.settleMismatch', { id: event.id, ticketNo: m.ticketNo, marks: levelBallot(event, typo.category, paper[typo.category][typo.index]!), clerk: '赵核对' });
  }
  results = await app.call('evaluation.results', { id: event.id });
});
afterAll(() => app.close());

const cell = (target: number, category: string | null) => {
  const t = results.targets[target]!;
  return category === null ? t.total : t.byCategory.find((c) => c.category === category)!;
};

describe('a 30-ballot paper event with 双人录入', () => {
  it('counts 27 ballots on the second entry, one of them invalid, and holds two mismatches until settled', () => {
    expect(secondStates.filter((s) => s === 'counted')).toHaveLength(27);
    expect(secondStates.filter((s) => s === 'counted:invalid')).toHaveLength(1);
    expect(secondStates.filter((s) => s === 'mismatch')).toHaveLength(2);
  });

  it('has the exact session figures per category and in total', () => {
    expect(results.session).toEqual([
      { category: 'A', expected: 6, present: 6, issued: 6, returned: 6, valid: 6, invalid: 0 },
      { category: 'B', expected: 13, present: 12, issued: 12, returned: 12, valid: 11, invalid: 1 },
      { category: 'C', expected: 14, present: 13, issued: 13, returned: 12, valid: 12, invalid: 0 },
    ]);
    expect(results.sessionTotal).toEqual({ category: null, expected: 33, present: 31, issued: 31, returned: 30, valid: 29, invalid: 1 });
    expect(results.quorumMet).toBe(true);
    expect(results.overReturned).toBe(false);
    expect(results.invalidByReason.EXCESS_EXCELLENT).toBe(1);
  });

  it('has the exact votes per level and category, 弃权, rates and scores', () => {
    expect(cell(0, 'A').votes).toEqual({ excellent: 5, competent: 1, basic: 0, incompetent: 0 });
    expect(cell(0, 'B').votes).toEqual({ excellent: 7, competent: 4, basic: 0, incompetent: 0 });
    expect(cell(0, 'C').votes).toEqual({ excellent: 5, competent: 6, basic: 1, incompetent: 0 });
    expect(cell(0, null)).toMatchObject({ valid: 29, votes: { excellent: 17, competent: 11, basic: 1, incompetent: 0 }, abstain: 0 });
    expect(cell(0, null).excellentRate).toBeCloseTo(17 / 29, 12);
    expect(cell(0, null).approvalRate).toBeCloseTo(28 / 29, 12);
    expect(cell(0, 'A').score).toBeCloseTo(580 / 6, 12);
    expect(cell(0, 'B').score).toBeCloseTo(1020 / 11, 12);
    expect(results.targets[0]!.overall).toBeCloseTo(1002 / 11, 10); // 91.09

    expect(cell(2, 'C')).toMatchObject({ valid: 12, votes: { excellent: 1, competent: 8, basic: 1, incompetent: 1 }, abstain: 1 });
    expect(cell(2, 'C').score).toBeCloseTo(840 / 11, 12); // abstentions are not votes cast
    expect(cell(2, null).failRate).toBeCloseTo(1 / 29, 12);
    expect(cell(3, null)).toMatchObject({ votes: { excellent: 0, competent: 24, basic: 2, incompetent: 2 }, abstain: 1 });
    expect(results.targets.map((t) => t.overall)).toEqual([1002 / 11, 2846 / 33, 2590 / 33, 1136 / 15].map((x) => expect.closeTo(x, 10)));
    expect(results.targets.map((t) => [t.rank, t.suggestedLevel])).toEqual([[1, '优秀'], [2, '称职'], [3, '称职'], [4, '称职']]);
  });

  describe('the exported 民主测评结果统计表', () => {
    let book: ExcelJS.Workbook;
    let fileName: string;
    beforeAll(async () => {
      const file = await app.call('evaluation.exportResults', { id: event.id });
      fileName = file.fileName;
      book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
    });

    /** Column number by its group header (row 3) and header (row 4); ungrouped headers span both rows. */
    const column = (sheet: ExcelJS.Worksheet, group: string, header: string) => {
      for (let c = 1; c <= sheet.columnCount; c++) {
        if (String(sheet.getRow(3).getCell(c).value) === group && String(sheet.getRow(4).getCell(c).value) === header) return c;
      }
      throw new Error(`no column ${group}/${header}`);
    };

    it('is titled, landscape, with numbers as numbers in 0.00 / 0.00% format', () => {
      expect(fileName).toBe('2026年度干部述职民主测评-民主测评结果统计表.xlsx');
      // the summary, a sheet per 评委类别 (all on one sheet they printed at 5 pt), the raw ballots
      expect(book.worksheets.map((s) => s.name)).toEqual(['测评结果统计表', ...['领导班子成员', '中层干部', '一般干部职工代表'].map((c) => `测评结果统计表-${c}`), '原始票据']);
      const sheet = book.getWorksheet('测评结果统计表')!;
      expect(sheet.getCell('A1').value).toBe('某市国防动员办公室2026年度干部述职民主测评结果统计表');
      expect(sheet.pageSetup.orientation).toBe('landscape');
      expect(String(sheet.getCell('A2').value)).toContain('测评范围：领导班子成员、中层干部、一般干部职工代表');
      expect(String(sheet.getCell('A2').value)).toContain('有效29张　无效1张');

      const row = sheet.getRow(5); // 周立新
      expect(row.getCell(column(sheet, '姓名', '姓名')).value).toBe('周立新');
      // each 评委类别 on its own sheet, rows in the same order
      const categorySheet = (name: string) => book.getWorksheet(`测评结果统计表-${name}`)!;
      const leaders = categorySheet('领导班子成员');
      const middle = categorySheet('中层干部');
      const general = categorySheet('一般干部职工代表');
      expect(leaders.getRow(5).getCell(column(leaders, '领导班子成员（权重20%）', '优秀')).value).toBe(5);
      expect(middle.getRow(5).getCell(column(middle, '中层干部（权重40%）', '优秀')).value).toBe(7);
      expect(row.getCell(column(sheet, '合计', '优秀')).value).toBe(17);
      expect(row.getCell(column(sheet, '合计', '称职')).value).toBe(11);
      expect(row.getCell(column(sheet, '合计', '基本称职')).value).toBe(1);
      const rate = row.getCell(column(sheet, '合计', '优秀率'));
      expect(rate.value).toBeCloseTo(17 / 29, 12);
      expect(rate.numFmt).toBe('0.00%');
      expect(row.getCell(column(sheet, '合计', '称职及以上率')).value).toBeCloseTo(28 / 29, 12);
      const score = middle.getRow(5).getCell(column(middle, '中层干部（权重40%）', '得分'));
      expect(score.value).toBeCloseTo(1020 / 11, 12);
      expect(score.numFmt).toBe('0.00');
      const overall = row.getCell(column(sheet, '综合得分', '综合得分'));
      expect(overall.value).toBeCloseTo(1002 / 11, 10);
      expect(overall.numFmt).toBe('0.00');
      expect(row.getCell(column(sheet, '排名', '排名')).value).toBe(1);
      expect(row.getCell(column(sheet, '建议等次', '建议等次')).value).toBe('优秀');

      const third = sheet.getRow(7); // 何丽娟
      expect(general.getRow(7).getCell(2).value).toBe('何丽娟');
      expect(general.getRow(7).getCell(column(general, '一般干部职工代表（权重40%）', '弃权')).value).toBe(1);
      expect(general.getRow(7).getCell(column(general, '一般干部职工代表（权重40%）', '不称职')).value).toBe(1);
      expect(third.getCell(column(sheet, '合计', '不称职率')).value).toBeCloseTo(1 / 29, 12);
      expect(sheet.getRow(8).getCell(column(sheet, '综合得分', '综合得分')).value).toBeCloseTo(1136 / 15, 10);
    });

    it('has the session block, the rounding rule and the 计票人/监票人/日期 line', () => {
      const sheet = book.getWorksheet('测评结果统计表')!;
      const rows: unknown[][] = [];
      sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
      const figures = (label: string) => {
        const r = rows.find((values) => values[0] === label)!;
        // label merged over 序号/姓名/职务, then 权重 应到 实到 发出 收回 有效 无效
        return r.slice(3, 10);
      };
      expect(figures('领导班子成员')).toEqual([20, 6, 6, 6, 6, 6, 0]);
      expect(figures('中层干部')).toEqual([40, 13, 12, 12, 12, 11, 1]);
      expect(figures('一般干部职工代表')).toEqual([40, 14, 13, 13, 12, 12, 0]);
      expect(figures('合计').slice(1)).toEqual([33, 31, 31, 30, 29, 1]);
      const texts = rows.map((values) => String(values[0] ?? ''));
      expect(texts).toContain(`说明：${roundingRule}。`);
      expect(texts.some((t) => t.startsWith('计票人：') && t.includes('监票人：') && t.includes('日期：'))).toBe(true);
      expect(texts.some((t) => t.startsWith('无效票1张，其中：优秀超额1张'))).toBe(true);
    });

    it('lists the raw ballots by 票号 with category, validity, reason and marks', () => {
      const sheet = book.getWorksheet('原始票据')!;
      const header = (sheet.getRow(3).values as unknown[]).slice(1);
      expect(header).toEqual(['票号', '评委类别', '有效/无效', '无效原因', '周立新', '黄振华', '何丽娟', '郭志强']);
      const body: unknown[][] = [];
      for (let r = 4; r <= sheet.rowCount; r++) body.push((sheet.getRow(r).values as unknown[]).slice(1));
      expect(body).toHaveLength(30);
      const tickets = body.map((r) => r[0] as string);
      expect(tickets).toEqual([...tickets].sort());
      const over = body.find((r) => r[0] === ticketOf.get('B8'))!;
      expect(over).toEqual([ticketOf.get('B8'), '中层干部', '无效', '优秀超额', '优秀', '称职', '优秀', '优秀']);
      const settled = body.find((r) => r[0] === ticketOf.get('C4'))!;
      expect(settled).toEqual([ticketOf.get('C4'), '一般干部职工代表', '有效', undefined, '称职', '称职', '称职', '基本称职']);
      const abstaining = body.find((r) => r[0] === ticketOf.get('C10'))!;
      expect(abstaining.slice(4)).toEqual(['优秀', '称职', '弃权', '称职']);
    });
  });
});
