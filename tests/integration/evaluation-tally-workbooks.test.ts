import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutgoingFile } from '../../shared/contract/channel';
import type { EvaluationEvent } from '../../shared/contract/evaluation';
import type { BallotLine, BallotMarks } from '../../shared/evaluation/config';
import type { EvaluationResults } from '../../shared/evaluation/results';
import { createAnnualYear } from '../helpers/annual-app';
import { setUpEvent } from '../helpers/evaluation-app';
import { createTestApp, waitForJob, type TestApp } from '../helpers/test-context';

/**
 * Issue 10 §4 end to end: a 等次 + 评分 event with lines scored but not levelled, and a person with
 * 36 of 45 不称职. Every row of the 民主测评结果统计表 (the event's export and the 年终考核材料 sheet)
 * adds up — levels + 弃权 = 有效 per 评委类别 and in total — read back with exceljs; the 建议等次
 * follows the red line; a closed event frozen by the earlier tally is shown from its frozen counts.
 */

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

/** Scores that are neither identical nor all full marks (so the ballot is valid), varied by `seed`. */
const scoresOf = (seed: number) => ({ de: 70 + (seed % 7), neng: 75 + (seed % 5), qin: 80, ji: 78 + (seed % 3), lian: 85 });

/**
 * 45 ballots: 30 from A, 15 from B. 周立新 gets 36 不称职 + 9 称职 with scores; 黄振华 is scored on
 * every ballot but gets a level only on every third (the rest are 弃权 for the level part); 何丽娟
 * gets 优秀 on every fifth ballot (within the one-优秀 limit) and 称职 otherwise, no scores on even ones.
 */
function ballots(event: EvaluationEvent): BallotMarks[] {
  const [zhou, huang, he] = event.targetList;
  return Array.from({ length: 45 }, (_, b): BallotMarks => {
    const lines: BallotLine[] = [
      { targetId: zhou!.id, level: b < 36 ? 'incompetent' : 'competent', scores: scoresOf(b) },
      { targetId: huang!.id, level: b % 3 === 0 ? 'excellent' : null, scores: scoresOf(b + 1) },
      { targetId: he!.id, level: b % 3 === 0 ? 'competent' : b % 5 === 0 ? 'excellent' : 'competent', scores: b % 2 === 0 ? {} : scoresOf(b + 2) },
    ];
    return { category: b < 30 ? 'A' : 'B', lines };
  });
}

async function liveEvent(): Promise<EvaluationEvent> {
  const event = await setUpEvent(app, {
    preset: 'level-and-score',
    people: 3,
    change: (c) => ({ ...c, rules: { ...c.rules, excellentLimit: { kind: 'count', value: 1 } } }),
  });
  await app.call('evaluation.setStatus', { id: event.id, status: 'live' });
  for (const marks of ballots(event)) await app.call('evaluation.kioskSubmit', { id: event.id, marks });
  return event;
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

/** The results channel: per person and category, level votes + 弃权 = valid. */
function expectResultsAddUp(results: EvaluationResults) {
  for (const t of results.targets) {
    for (const cell of [...t.byCategory, t.total]) {
      const votes = Object.values(cell.votes).reduce((a, b) => a + b, 0);
      expect(votes + cell.abstain, `${t.name} ${cell.category ?? '合计'}`).toBe(cell.valid);
    }
  }
}

/**
 * Reads a 测评结果统计表 back: the summary sheet (合计) and the sheet of each 评委类别 after it, named
 * 「<summary>-<category>」. For every 测评对象 row and every group (each 评委类别 and 合计), Σ level
 * columns + 弃权 against 有效 of that group in the 测评情况 block under the summary. Returns what it read.
 */
function expectSheetAddsUp(book: ExcelJS.Workbook, summaryName: string, levelNames: readonly string[], categoryNames: readonly string[]) {
  const ws = book.getWorksheet(summaryName)!;
  // the 测评情况 block: 评委类别 | … | 有效
  let blockHeader = 0;
  for (let r = 5; r <= ws.rowCount && !blockHeader; r++) if (ws.getRow(r).getCell(1).text === '评委类别') blockHeader = r;
  expect(blockHeader, 'the 测评情况 block').toBeGreaterThan(0);
  let validColumn = 0;
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getRow(blockHeader).getCell(c).text === '有效') validColumn = c;
  const validOf = new Map<string, number>();
  for (let r = blockHeader + 1; ws.getRow(r).getCell(1).text !== ''; r++) validOf.set(ws.getRow(r).getCell(1).text, Number(ws.getRow(r).getCell(validColumn).value));

  const sheets = [ws, ...categoryNames.map((n) => book.getWorksheet(`${summaryName}-${n}`))];
  expect(sheets.every(Boolean), 'a sheet per 评委类别').toBe(true);
  const rows: { name: string; group: string; levels: number; abstain: number; valid: number }[] = [];
  for (const sheet of sheets as ExcelJS.Worksheet[]) {
    const groupRow = sheet.getRow(3);
    const headerRow = sheet.getRow(4);
    for (let r = 5; r <= sheet.rowCount && sheet.getRow(r).getCell(2).text !== '' && sheet.getRow(r).getCell(1).text !== '测评情况'; r++) {
      const row = sheet.getRow(r);
      const groups = new Map<string, { levels: number; abstain: number | null }>();
      for (let c = 1; c <= sheet.columnCount; c++) {
        const group = groupRow.getCell(c).text;
        const header = headerRow.getCell(c).text;
        if (!group || (!levelNames.includes(header) && header !== '弃权')) continue;
        const g = groups.get(group) ?? { levels: 0, abstain: null };
        if (header === '弃权') g.abstain = Number(row.getCell(c).value);
        else g.levels += Number(row.getCell(c).value);
        groups.set(group, g);
      }
      expect([...groups.keys()].length, `${sheet.name}: one group`).toBe(1);
      for (const [group, g] of groups) {
        const category = group === '合计' ? '合计' : categoryNames.find((n) => group.startsWith(n))!;
        const valid = validOf.get(category)!;
        expect(g.levels + g.abstain!, `${row.getCell(2).text} ${group}: levels + 弃权`).toBe(valid);
        rows.push({ name: row.getCell(2).text, group: category, levels: g.levels, abstain: g.abstain!, valid });
      }
    }
  }
  // every 测评对象 in 合计 and in each 评委类别
  const names = new Set(rows.map((r) => r.name));
  expect(rows).toHaveLength(names.size * (categoryNames.length + 1));
  return rows;
}

const cellUnder = (ws: ExcelJS.Worksheet, name: string, header: string) => {
  let col = 0;
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getRow(4).getCell(c).text === header || ws.getRow(3).getCell(c).text === header) col = c;
  for (let r = 5; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(2).text === name) return ws.getRow(r).getCell(col).text;
  throw new Error(`no row ${name}`);
};

const levelNames = ['优秀', '称职', '基本称职', '不称职'];
const categoryNames = ['领导班子成员', '中层干部', '一般干部职工代表'];

describe('民主测评结果统计表: every row adds up, the red line decides', () => {
  it('live results, the exported 统计表 and its 原始票据: levels + 弃权 = 有效; 36 of 45 不称职 is suggested 不称职', async () => {
    const event = await liveEvent();
    const results = await app.call('evaluation.results', { id: event.id });
    expectResultsAddUp(results);
    const huang = results.targets.find((t) => t.name === '黄振华')!;
    // 30 of 45 lines scored without a level: 15 优秀 + 30 弃权 = 45
    expect([huang.total.votes.excellent, huang.total.abstain, huang.total.valid]).toEqual([15, 30, 45]);
    const zhou = results.targets.find((t) => t.name === '周立新')!;
    expect([zhou.scoreLevel, zhou.suggestedLevel, zhou.decidedBy]).toEqual(['基本称职', '不称职', ['highFail']]);

    const book = await open((await app.call('evaluation.exportResults', { id: event.id })).bytes);
    const ws = book.getWorksheet('测评结果统计表')!;
    const rows = expectSheetAddsUp(book, ws.name, levelNames, categoryNames);
    expect(rows.find((r) => r.name === '黄振华' && r.group === '合计')).toEqual({ name: '黄振华', group: '合计', levels: 15, abstain: 30, valid: 45 });
    expect(rows.find((r) => r.name === '黄振华' && r.group === '领导班子成员')).toMatchObject({ levels: 10, abstain: 20, valid: 30 });
    expect(cellUnder(ws, '周立新', '建议等次')).toBe('不称职');
    expect(cellUnder(ws, '周立新', '红线提示')).toBe('优秀、称职票合计低于有效票三分之二（20.00%）；不称职票超过有效票三分之一（80.00%），按规定确定为不称职；按得分为基本称职');
    const notes = Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1).getCell(1).text);
    expect(notes).toContain('建议等次：按综合得分对照分数段得出；按测评票所列规定，优秀、称职票合计低于有效票三分之二的，等次不高于基本称职，不称职票超过有效票三分之一的，确定为不称职。');
    expect(notes.some((n) => n.startsWith('本测评在计票规则更新前'))).toBe(false);

    // 原始票据: a line scored without a level reads 弃权 in its 等次 column
    const raw = book.getWorksheet('原始票据')!;
    let levelColumn = 0;
    for (let c = 1; c <= raw.columnCount; c++) if (raw.getRow(3).getCell(c).text === '黄振华' && raw.getRow(4).getCell(c).text === '等次') levelColumn = c;
    const marks = Array.from({ length: 45 }, (_, i) => raw.getRow(5 + i).getCell(levelColumn).text);
    expect(marks.filter((m) => m === '弃权')).toHaveLength(30);
    expect(marks.filter((m) => m === '优秀')).toHaveLength(15);
  });

  it('the 年终考核材料 民主测评 sheet adds up the same way, and the composite reads the event', async () => {
    const event = await liveEvent();
    const { year } = await createAnnualYear(app, { people: [] });
    await app.call('annual.updateRules', { year: year.year, rules: { ...year.rules, evaluationEventIds: [event.id] } });
    await app.call('evaluation.close', { id: event.id });
    const { jobId } = await app.call('reports.startMaterials', { year: year.year });
    const file: OutgoingFile = await waitForJob(app, 'export', jobId);
    const book = await open(file.bytes);
    const ws = book.worksheets.find((w) => w.name.startsWith('民主测评'))!;
    const rows = expectSheetAddsUp(book, ws.name, levelNames, categoryNames);
    expect(rows.filter((r) => r.group === '合计').map((r) => [r.name, r.levels, r.abstain])).toEqual([['周立新', 45, 0], ['黄振华', 15, 30], ['何丽娟', 45, 0]]);
    expect(cellUnder(ws, '周立新', '建议等次')).toBe('不称职');

    // the 年度考核 reads the frozen score and red lines of the closed event
    const results = await app.call('evaluation.results', { id: event.id });
    const view = await app.call('annual.composite', { year: year.year });
    const zhou = view.rows.find((r) => r.name === '周立新')!;
    expect(zhou.components.evaluation!.raw).toBe(results.targets.find((t) => t.name === '周立新')!.overall);
    expect(zhou.redLines).toHaveLength(2);
  });
});

describe('a closed event frozen by the earlier tally', () => {
  /** Turns the stored results and rules into what the code before issue 10 wrote. */
  function makeLegacy(eventId: number) {
    const db = app.ctx.db;
    const row = db.prepare('SELECT results_json, config_json FROM eval_events WHERE id = ?').get(eventId) as { results_json: string; config_json: string };
    const results = JSON.parse(row.results_json) as Record<string, unknown> & { targets: Record<string, unknown>[] };
    delete results.tallyVersion;
    for (const t of results.targets) {
      // the old 弃权 left out lines with scores; the old suggestion was the score's band
      for (const cell of [...(t.byCategory as Record<string, unknown>[]), t.total as Record<string, unknown>]) {
        if (t.name === '黄振华') cell.abstain = 0;
      }
      t.suggestedLevel = t.scoreLevel;
      delete t.scoreLevel;
      delete t.decidedBy;
    }
    const config = JSON.parse(row.config_json) as { redLines: Record<string, unknown> };
    delete config.redLines.lowApprovalEffect;
    delete config.redLines.highFailEffect;
    db.prepare('UPDATE eval_events SET results_json = ?, config_json = ? WHERE id = ?').run(JSON.stringify(results), JSON.stringify(config), eventId);
  }

  it('is shown from its frozen counts, never re-tallied: 弃权 = 有效 − 等次票, red-flagged people left to the committee, and says so', async () => {
    const event = await liveEvent();
    await app.call('evaluation.close', { id: event.id });
    makeLegacy(event.id);
    // a ballot changed behind the app's back would show in a recount; the frozen figures must not move
    const frozenOverall = (await app.call('evaluation.results', { id: event.id })).targets.map((t) => t.overall);
    app.ctx.db.prepare(`DELETE FROM eval_ballot_slots WHERE event_id = ?`).run(event.id);

    const results = await app.call('evaluation.results', { id: event.id });
    expect(results.targets.map((t) => t.overall)).toEqual(frozenOverall);
    expectResultsAddUp(results);
    expect(results.legacyAdjustments).toEqual(['abstain', 'suggestion']);
    const zhou = results.targets.find((t) => t.name === '周立新')!;
    expect([zhou.scoreLevel, zhou.suggestedLevel]).toEqual(['基本称职', null]);

    const book = await open((await app.call('evaluation.exportResults', { id: event.id })).bytes);
    const ws = book.getWorksheet('测评结果统计表')!;
    expectSheetAddsUp(book, ws.name, levelNames, categoryNames);
    expect(cellUnder(ws, '周立新', '建议等次')).toBe('由考核委员会研究确定');
    const notes = Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1).getCell(1).text);
    expect(notes.find((n) => n.startsWith('本测评在计票规则更新前已结束'))).toContain('未重新计票');
  });
});
