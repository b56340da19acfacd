import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvaluationEvent } from '../../shared/contract/evaluation';
import type { BallotMarks } from '../../shared/evaluation/config';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { setUpEvent } from '../helpers/evaluation-app';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

async function exported(event: EvaluationEvent) {
  const file = await app.call('evaluation.exportResults', { id: event.id });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
  return book;
}

const scored = (event: EvaluationEvent, category: string, rows: readonly (readonly number[])[]): BallotMarks => ({
  category,
  lines: event.targetList.map((t, i) => ({ targetId: t.id, level: null, scores: Object.fromEntries(event.config.indicators.map((ind, k) => [ind.code, rows[i]![k]!])) })),
});

describe('民主测评结果统计表 for other ballot forms', () => {
  it('德能勤绩廉 评分票: indicator means in 合计, the weighted score per category, raw scores per indicator', async () => {
    const event = await setUpEvent(app, { preset: 'de-neng-qin-ji-lian', people: 2 });
    await app.call('evaluation.setStatus', { id: event.id, status: 'live' });
    await app.call('evaluation.kioskSubmit', { id: event.id, marks: scored(event, 'A', [[90, 85, 95, 90, 100], [80, 80, 70, 75, 90]]) });
    const book = await exported(event);
    // the summary users read; the weighted score of each 评委类别 and the indicator means on sheets of their own
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '测评结果统计表', '测评结果统计表-领导班子成员', '测评结果统计表-中层干部', '测评结果统计表-一般干部职工代表', '测评结果统计表-指标得分', '原始票据',
    ]);
    const sheet = book.getWorksheet('测评结果统计表')!;
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual(expect.arrayContaining(['弃权', '综合得分']));
    expect((sheet.getRow(4).values as unknown[]).slice(1)).not.toContain('优秀率');
    const cell = (name: string, group: string, header: string) => {
      const ws = book.getWorksheet(name)!;
      for (let c = 1; c <= ws.columnCount; c++) if (ws.getRow(3).getCell(c).value === group && ws.getRow(4).getCell(c).value === header) return ws.getRow(5).getCell(c).value;
      throw new Error(`${name}: ${group}/${header}`);
    };
    expect((book.getWorksheet('测评结果统计表-领导班子成员')!.getRow(4).values as unknown[]).slice(1)).toEqual(expect.arrayContaining(['德', '能', '勤', '绩', '廉', '得分']));
    // DOMAIN.md §6: 90/85/95/90/100 at 15/10/30/30/15% -> 92.50
    expect(cell('测评结果统计表-领导班子成员', '领导班子成员（权重20%）', '得分')).toBeCloseTo(92.5, 10);
    expect(cell('测评结果统计表-领导班子成员', '领导班子成员（权重20%）', '勤')).toBe(95);
    expect(cell('测评结果统计表', '综合得分', '综合得分')).toBeCloseTo(92.5, 10);
    expect(cell('测评结果统计表-指标得分', '合计', '勤')).toBe(95);
    expect(cell('测评结果统计表-指标得分', '综合得分', '综合得分')).toBeCloseTo(92.5, 10);
    const raw = book.getWorksheet('原始票据')!;
    expect(String(raw.getRow(3).getCell(5).value)).toBe('周立新');
    expect((raw.getRow(4).values as unknown[]).slice(5, 15)).toEqual(['德', '能', '勤', '绩', '廉', '德', '能', '勤', '绩', '廉']);
    expect((raw.getRow(5).values as unknown[]).slice(5, 15)).toEqual([90, 85, 95, 90, 100, 80, 80, 70, 75, 90]);
  });

  it('an event without ballots exports empty figures, not errors', async () => {
    const event = await setUpEvent(app, { preset: 'satisfaction', people: 3 });
    const book = await exported(event);
    const sheet = book.getWorksheet('测评结果统计表')!;
    expect(sheet.getCell('A1').value).toBe('某市国防动员办公室2026年度干部述职民主测评结果统计表');
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual(expect.arrayContaining(['满意', '基本满意', '满意率', '满意度']));
    expect(sheet.getRow(5).getCell(2).value).toBe('周立新');
    expect(book.getWorksheet('原始票据')!.rowCount).toBe(3);
  });
});
