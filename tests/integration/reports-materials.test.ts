import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postRankText } from '../../shared/domain/person';
import { outcomeLabel, undeterminedLabel, type OutcomeCode, type VocabularyKey } from '../../shared/annual/rules';
import type { CompositeRow, CompositeView } from '../../shared/annual/views';
import type { OutgoingFile } from '../../shared/contract/channel';
import { safeSheetName } from '../../electron/excel/write/workbook-style';
import { JobCancelled } from '../../electron/jobs';
import { buildMaterials } from '../../electron/services/reports/materials';
import { createAnnualYear, officeName } from '../helpers/annual-app';
import { setUpSixtyYear, sixtyPeople, year, type SixtyYear } from '../helpers/annual-sixty';
import { createTestApp, waitForJob, type TestApp } from '../helpers/test-context';

/**
 * 「导出年终考核材料」 (issue 6): the one workbook of the 年终考核, opened with exceljs and checked
 * against what the services say (annual.composite, evaluation.results, stars.yearEnd) and against
 * the 60-person year's own data.
 */

async function exportMaterials(app: TestApp, input: { year: number; unitTitle?: string } = { year }): Promise<OutgoingFile> {
  const { jobId } = await app.call('reports.startMaterials', input);
  return waitForJob(app, 'export', jobId);
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

const sheet = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
};

/** 1-based column of a header in the (last) header row */
function column(ws: ExcelJS.Worksheet, header: string, headerRow: number): number {
  const values = ws.getRow(headerRow).values as unknown[];
  const index = values.findIndex((v) => v === header);
  if (index < 1) throw new Error(`no header ${header} in ${ws.name}: ${JSON.stringify(values)}`);
  return index;
}

/** the row whose cell in `col` reads `text` */
function rowWith(ws: ExcelJS.Worksheet, col: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(col).text === text) return r;
  throw new Error(`no row with ${text} in ${ws.name}`);
}

const lastColumn = (ws: ExcelJS.Worksheet) => ws.columns.length;
/** a sheet printed on pages across repeats its key columns on each page: its title starts after them */
const pagesAcross = (ws: ExcelJS.Worksheet) => (ws.pageSetup.fitToWidth ?? 1) > 1;
/** the first filled cell of a title or subtitle row */
const lineCell = (ws: ExcelJS.Worksheet, row: number) => {
  for (let c = 1; c <= lastColumn(ws); c++) if (ws.getCell(row, c).text !== '') return ws.getCell(row, c);
  return ws.getCell(row, 1);
};
const titleOf = (ws: ExcelJS.Worksheet) => lineCell(ws, 1).text;
/** the right part of the subtitle line (its 日期); on pages across both parts are in one cell, on the first page */
const subtitleRight = (ws: ExcelJS.Worksheet) => (pagesAcross(ws) ? lineCell(ws, 2).text.split('\u3000\u3000').pop()! : ws.getCell(2, lastColumn(ws)).text);
/** a row merged across the whole table: its last cell's master is its first filled one */
const mergedAcross = (ws: ExcelJS.Worksheet, row: number) => ws.getCell(row, lastColumn(ws)).master.address === lineCell(ws, row).address;

const labelOf = (view: CompositeView, vocabulary: VocabularyKey, outcome: OutcomeCode | null) =>
  outcome == null ? '' : outcome === 'undetermined' ? undeterminedLabel : outcomeLabel(view.rules.vocabularies[vocabulary], outcome);

const evaluationSheets = ['民主测评-干部述职民主测评', ...['领导班子成员', '中层干部', '一般干部职工代表'].map((c) => `民主测评-干部述职民主测评-${c}`)];
const expectedSheets = ['年度考核结果汇总表', '考核排名表', ...evaluationSheets, '评星汇总-党员干部', '十星级党员干部', '平时考核', '加减分记录', '处分记录', '计分规则说明'];
const landscape = new Set(['年度考核结果汇总表', '考核排名表', ...evaluationSheets, '评星汇总-党员干部', '处分记录']);

describe('年终考核材料 of the 60-person year', () => {
  let app: TestApp;
  let setup: SixtyYear;
  let view: CompositeView;
  let file: OutgoingFile;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    app = await createTestApp();
    setup = await setUpSixtyYear(app);
    view = await app.call('annual.composite', { year });
    file = await exportMaterials(app);
    wb = await open(file.bytes);
  }, 120_000);
  afterAll(() => app.close());

  it('is one workbook with every sheet in order, each titled with the unit and year and 「（未确定）」 while the year is open', () => {
    expect(file.fileName).toMatch(/^2026年终考核材料（未确定）-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(expectedSheets);
    for (const ws of wb.worksheets) {
      const title = titleOf(ws);
      expect(title, ws.name).toMatch(new RegExp(`^${officeName}2026年度.+（未确定）$`));
      expect(mergedAcross(ws, 1), `${ws.name} title merged`).toBe(true);
      expect(lineCell(ws, 1).font?.name).toBe('宋体');
      // the 民主测评 form keeps its own 测评日期 there
      expect(subtitleRight(ws), ws.name).toMatch(ws.name.startsWith('民主测评') ? /^测评日期：2026年12月20日$/ : /^制表日期：\d{4}年\d{1,2}月\d{1,2}日$/);
    }
    expect(titleOf(sheet(wb, '年度考核结果汇总表'))).toBe(`${officeName}2026年度考核结果汇总表（未确定）`);
    expect(sheet(wb, '民主测评-干部述职民主测评').getCell('A1').text).toBe(`${officeName}2026年度干部述职民主测评结果统计表（未确定）`);
    expect(sheet(wb, '民主测评-干部述职民主测评-中层干部').getCell('A1').text).toBe(`${officeName}2026年度干部述职民主测评结果统计表（中层干部）（未确定）`);
    expect(sheet(wb, '计分规则说明').getCell('A1').text).toBe(`${officeName}2026年度考核计分规则说明（未确定）`);
    expect(wb.getWorksheet('原始票据')).toBeUndefined();
  });

  it('prints every sheet on A4, one page wide or on pages across repeating 序号/姓名, header repeated, frozen, numbered — N — from each sheet, with the sign-off footer', () => {
    for (const ws of wb.worksheets) {
      const setup = ws.pageSetup;
      expect(setup.paperSize, ws.name).toBe(9);
      expect(setup.orientation, ws.name).toBe(landscape.has(ws.name) ? 'landscape' : 'portrait');
      expect(setup.fitToPage, ws.name).toBe(true);
      // a table too wide for one page at 8 pt prints on pages across, each starting with the key columns
      if (pagesAcross(ws)) expect([setup.printTitlesColumn, setup.pageOrder], ws.name).toEqual(['A:B', 'overThenDown']);
      else expect(setup.printTitlesColumn, ws.name).toBeUndefined();
      // the 民主测评 summary and its sheet per 评委类别 fit one page wide
      if (ws.name.startsWith('民主测评')) expect(setup.fitToWidth, ws.name).toBe(1);
      expect(setup.fitToHeight, ws.name).toBe(0);
      expect(setup.firstPageNumber, ws.name).toBe(1);
      const [first, last] = String(setup.printTitlesRow).split(':').map(Number);
      expect(first, ws.name).toBe(3);
      expect(ws.getCell(`A${last}`).text, ws.name).toMatch(/^(序号|排名|项目)$/);
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: last, xSplit: pagesAcross(ws) ? 2 : 0 });
      for (const words of ['单位（盖章）', '填表人', '审核人', '日期', '— &P —']) expect(ws.headerFooter.oddFooter, ws.name).toContain(words);
    }
  });

  it('年度考核结果汇总表: every column of DOMAIN §5 and the composite\'s own numbers, by group under merged subtitles', () => {
    const ws = sheet(wb, '年度考核结果汇总表');
    expect(ws.getRow(4).values).toEqual([
      undefined, '序号', '姓名', '性别', '出生年月', '政治面貌', '单位', '职务职级', '人员类别', '一季度', '二季度', '三季度', '四季度',
      '测评得分', '星数', '加减分', '综合得分', '排名', '建议等次', '确定等次', '备注',
    ]);
    expect(ws.getCell('I3').text).toBe('平时考核');
    expect(ws.getCell('L3').master.address).toBe('I3');

    // the group subtitles, merged across, with the group's size and 优秀 quota
    const subtitles = view.groups.map((g, i) => ({ text: `${['一', '二', '三'][i]}、${g.name}（${g.size}人，优秀名额${g.excellentQuota}名）`, group: g }));
    expect(subtitles.map((s) => s.text)).toEqual(['一、班子成员（4人，优秀名额0名）', '二、机关科室（36人，优秀名额7名）', '三、事业单位（20人，优秀名额4名）']);
    const subtitleRows = subtitles.map((s) => rowWith(ws, 1, s.text));
    expect(subtitleRows[0]).toBe(5);
    for (const r of subtitleRows) expect(mergedAcross(ws, r)).toBe(true);

    const col = (h: string) => column(ws, h, 4);
    for (const row of view.rows) {
      const r = rowWith(ws, col('姓名'), row.name);
      const group = view.groups.findIndex((g) => g.id === row.groupId);
      // below its own group's subtitle and above the next one
      expect(r).toBeGreaterThan(subtitleRows[group]!);
      if (group + 1 < subtitleRows.length) expect(r).toBeLessThan(subtitleRows[group + 1]!);
      const cell = (h: string) => ws.getRow(r).getCell(col(h));
      expect(cell('综合得分').value, row.name).toBe(row.composite);
      expect(cell('综合得分').numFmt).toBe('0.00');
      expect(cell('排名').value, row.name).toBe(row.rank);
      expect(cell('排名').numFmt).toBe('0');
      expect(cell('测评得分').value ?? null, row.name).toBe(row.components.evaluation?.missing ? '缺' : row.components.evaluation?.raw ?? null);
      // 星数: a count for those who took part in 评星 (the page's 双十星 figure), 「缺」 for the others, as the page says; never 0
      expect(cell('星数').value, row.name).toBe(row.components.stars?.missing ? '缺' : cell('星数').value);
      if (row.components.stars?.missing) expect(cell('星数').value, row.name).not.toBe(0);
      expect(cell('加减分').value, row.name).toBe(row.components.adjustments?.score);
      expect(cell('建议等次').text, row.name).toBe(labelOf(view, row.vocabulary, row.suggested));
      expect(cell('确定等次').text, row.name).toBe('');
      expect(cell('单位').text).toBe(row.unitName);
    }
    const person = (name: string) => ws.getRow(rowWith(ws, col('姓名'), name));
    expect([9, 10, 11, 12].map((c) => person('王建国').getCell(c).text)).toEqual(['好', '好', '较好', '较好']);
    expect(person('王建国').getCell(col('星数')).value).toBe(10);
    expect(person('王建国').getCell(col('星数')).numFmt).toBe('0');
    expect(person('王建国').getCell(col('测评得分')).value).toBe(92);
    // took no part in 评星 nor in 述职测评: 「缺」 in both, not 0 stars
    expect(['星数', '测评得分'].map((h) => person('职员01').getCell(col(h)).value)).toEqual(['缺', '缺']);
    expect(person('干部36').getCell(col('建议等次')).text).toBe('不定等次');
    expect(person('干部36').getCell(col('备注')).text).toContain('不定等次');
    // 干部06: +3 and +4 capped at +5
    expect(person('干部06').getCell(col('加减分')).value).toBe(5);
    expect(person('职员20').getCell(col('备注')).text).toContain('降级处分期间');
    expect(person('职员20').getCell(col('建议等次')).text).toBe('不合格');

    // totals in words, merged across: per group, then 合计
    const suggested = (rows: readonly CompositeRow[], outcome: OutcomeCode) => rows.filter((r) => r.suggested === outcome).length;
    const total = ws.rowCount;
    expect(mergedAcross(ws, total)).toBe(true);
    const totalText = ws.getCell(`A${total}`).text;
    expect(totalText).toMatch(/^合计：参加考核60人，未确定等次60人（建议等次：/);
    expect(totalText).toContain(`优秀${suggested(view.rows, 'excellent')}人`);
    expect(totalText).toContain(`合格${view.rows.filter((r) => r.vocabulary === 'institution' && r.suggested === 'competent').length}人`);
    expect(totalText).toContain('不定等次1人');
    const office = view.rows.filter((r) => r.groupId === setup.groupIds.get('机关科室'));
    expect(ws.getCell(`A${total - 2}`).text).toContain(`机关科室：参加考核36人，未确定等次36人（建议等次：优秀${suggested(office, 'excellent')}人`);
  });

  it('考核排名表: per group by rank, each component\'s score and part, and the capped 加减分 that add up to the composite', () => {
    const ws = sheet(wb, '考核排名表');
    expect(['E3', 'G3', 'I3', 'K3', 'M3'].map((a) => ws.getCell(a).text)).toEqual(['平时考核（30%）', '述职测评（20%）', '领导评价（20%）', '双十星（10%）', '考核项目（20%）']);
    expect(ws.getRow(4).values).toEqual([undefined, '排名', '姓名', '单位', '综合得分', '得分', '折算分', '得分', '折算分', '得分', '折算分', '得分', '折算分', '得分', '折算分', '加减分（±5）', '备注']);
    expect(ws.getCell('A5').text).toBe('一、班子成员（4人，优秀名额0名）');
    expect(mergedAcross(ws, 5)).toBe(true);

    const keys = ['quarters', 'evaluation', 'leader', 'stars', 'items'] as const;
    let previous: { group: number; rank: number } | null = null;
    for (const row of view.rows) {
      const r = rowWith(ws, 2, row.name);
      const cells = ws.getRow(r);
      expect(cells.getCell(1).value).toBe(row.rank);
      expect(cells.getCell(4).value).toBe(row.composite);
      keys.forEach((key, k) => {
        // a missing figure says 「缺」 as the page does, never 0 or blank
        const figure = row.components[key];
        expect(cells.getCell(5 + 2 * k).value ?? null, `${row.name} ${key}`).toBe(figure?.missing ? '缺' : figure?.score ?? null);
        expect(cells.getCell(6 + 2 * k).value ?? null, `${row.name} ${key}`).toBe(figure?.missing ? '缺' : figure?.part ?? null);
        expect(cells.getCell(6 + 2 * k).numFmt).toBe('0.00');
      });
      expect(cells.getCell(15).value).toBe(row.components.adjustments?.score);
      // what a reader adds up from the printed cells is the printed composite, to the cent
      const cents = (cell: ExcelJS.Cell) => Math.round((Number(cell.value) || 0) * 100);
      const parts = keys.reduce((sum, _key, k) => sum + cents(cells.getCell(6 + 2 * k)), 0) + cents(cells.getCell(15));
      expect(parts, row.name).toBe(cents(cells.getCell(4)));
      expect(Number.isInteger(Math.round(row.composite! * 100 * 1e6) / 1e6)).toBe(true);
      // in group order, then rank
      const group = view.groups.findIndex((g) => g.id === row.groupId);
      // unranked people (不定等次, 数据不足) come last in their group
      const rank = row.rank ?? Number.POSITIVE_INFINITY;
      if (previous && previous.group === group) expect(rank).toBeGreaterThanOrEqual(previous.rank);
      previous = { group, rank };
    }
    expect(ws.getCell(`A${ws.rowCount}`).text).toMatch(/^说明：综合得分 = 各项折算分之和 \+ 加减分/);
  });

  it('民主测评 sheet: the event\'s 测评结果统计表 with the materials\' title, figures as evaluation.results has them', async () => {
    const results = await app.call('evaluation.results', { id: setup.eventId });
    const ws = sheet(wb, '民主测评-干部述职民主测评');
    const overall = column(ws, '综合得分', 4);
    for (const target of results.targets) {
      const r = rowWith(ws, 2, target.name);
      expect(ws.getRow(r).getCell(overall).value, target.name).toBe(target.overall);
    }
    expect(ws.getCell(`B${rowWith(ws, 2, '王建国')}`).text).toBe('王建国');
    expect(ws.getRow(rowWith(ws, 2, '王建国')).getCell(overall).value).toBe(92);
    // the 计票人/监票人 line of the event's own form is kept
    expect(ws.getCell(`A${ws.rowCount}`).text).toMatch(/^计票人：/);
  });

  it('双十星: 评星汇总 has each person × quarter; the 十星级 list is stars.yearEnd\'s 十星级', async () => {
    const yearEnd = await app.call('stars.yearEnd', { year, kind: 'person' });
    const summary = sheet(wb, '评星汇总-党员干部');
    expect(summary.getCell('A1').text).toBe(`${officeName}2026年度党员干部评星汇总表（未确定）`);
    expect(summary.rowCount).toBe(4 + yearEnd.rows.length * 4);
    const wang = rowWith(summary, 2, '王建国') + 3;
    expect(summary.getCell(`D${wang}`).text).toBe('第四季度');
    expect(summary.getCell(`O${wang}`).value).toBe(10);

    const list = sheet(wb, '十星级党员干部');
    const tenStar = yearEnd.rows.filter((r) => r.tenStar);
    expect(tenStar.length).toBe(15);
    expect(list.rowCount).toBe(3 + tenStar.length);
    expect(tenStar.map((_r, i) => list.getCell(`B${4 + i}`).text)).toEqual(tenStar.map((r) => r.name));
    expect(list.getCell('E4').value).toBe(10);
    expect(list.getCell('F4').value).toBe(10);
    expect(list.getCell('F4').numFmt).toBe('0.00');
  });

  it('平时考核: the grades by group and the “好” count per group and quarter against the group\'s quota', async () => {
    const ws = sheet(wb, '平时考核');
    const year2026 = await app.call('annual.year', { year });
    expect(ws.getCell('A5').text).toBe(`一、班子成员（4人，每季度“好”等次名额${year2026.groups[0]!.goodQuota}名）`);
    for (const p of sixtyPeople) {
      const r = rowWith(ws, 2, p.name);
      expect([5, 6, 7, 8].map((c) => ws.getRow(r).getCell(c).text), p.name).toEqual(p.grades.map((g) => ({ good: '好', fair: '较好', average: '一般', poor: '较差', undetermined: '不确定等次' })[g]));
      expect(ws.getRow(r).getCell(9).value).toBe(p.grades.filter((g) => g === 'good').length);
    }
    for (const g of year2026.groups) {
      const r = rowWith(ws, 1, `${g.name}“好”等次人数（每季度名额${g.goodQuota}名）`);
      const goods = [0, 1, 2, 3].map((q) => sixtyPeople.filter((p) => p.group === g.name && p.grades[q] === 'good').length);
      expect([5, 6, 7, 8].map((c) => ws.getRow(r).getCell(c).value), g.name).toEqual(goods);
      expect(ws.getRow(r).getCell(5).numFmt).toBe('0');
      expect(ws.getRow(r).getCell(5).font?.bold).toBe(true);
      expect(ws.getCell(`D${r}`).master.address).toBe(`A${r}`);
    }
    const total = ws.rowCount;
    expect(ws.getCell(`A${total}`).text).toBe('合计“好”等次人数');
    expect(ws.getRow(total).getCell(5).value).toBe(sixtyPeople.filter((p) => p.grades[0] === 'good').length);
  });

  it('加减分 and 处分 records: the records the composite used, each 处分 with what it does to the 等次', () => {
    const adjustments = sheet(wb, '加减分记录');
    expect(adjustments.getRow(3).values).toEqual([undefined, '序号', '姓名', '单位', '类别', '分值', '日期', '事由', '依据']);
    expect([4, 5, 6].map((r) => [adjustments.getCell(`B${r}`).text, adjustments.getCell(`E${r}`).value])).toEqual([['干部06', 3], ['干部06', 4], ['干部09', -2]]);
    expect(adjustments.getCell('E6').numFmt).toBe('0.00');
    expect(adjustments.getCell('A7').text).toBe('合计：3条记录，涉及2人；加分合计+7分，减分合计−2分。每人各条记录的分值相加后计入综合评定，合计不超过±5分（见“考核排名表”）。');
    expect(mergedAcross(adjustments, 7)).toBe(true);

    const sanctions = sheet(wb, '处分记录');
    const byName = new Map(view.rows.map((r) => [r.name, r]));
    for (const [name, type] of [['干部03', '警告'], ['干部31', '记过'], ['职员20', '降级']] as const) {
      const r = rowWith(sanctions, 2, name);
      expect(sanctions.getCell(`D${r}`).text).toBe(type);
      const gate = byName.get(name)!.gates.find((g) => g.code === `sanction:${type}`)!;
      expect(sanctions.getCell(`J${r}`).text).toBe(gate.label);
    }
    expect(sanctions.getCell(`F${rowWith(sanctions, 2, '干部31')}`).value).toBe(12);
    expect(sanctions.getCell(`A${sanctions.rowCount}`).text).toBe('合计：3条记录，涉及3人。处分对等次的限制见“计分规则说明”。');
  });

  it('计分规则说明: the formula, each component, the quota arithmetic per group, the gates and the rounding rule', () => {
    const ws = sheet(wb, '计分规则说明');
    const content = (item: string) => ws.getCell(`B${rowWith(ws, 1, item)}`).text;
    expect(content('综合得分')).toContain('综合得分 = 平时考核得分 × 30% + 述职测评得分 × 20% + 领导评价得分 × 20% + 双十星得分 × 10% + 考核项目得分 × 20% + 加减分（合计不超过±5分）');
    expect(content('考核项目（权重20%）')).toContain('百分制得分 = 原始分 ÷ 65 × 100');
    expect(content('双十星（权重10%）')).toContain('百分制得分 = 原始分 ÷ 10 × 100');
    expect(content('平时考核等次分值')).toBe('好100分，较好85分，一般70分，较差50分；不确定等次的季度不计入平均');
    expect(content('名额：机关科室')).toContain('优秀名额 = 36 × 20% = 7.2，向下取整为7名');
    expect(content('名额：机关科室')).toContain('“好”等次名额 = 36 × 40% = 14.4，向下取整为14名');
    expect(content('名额：班子成员')).toContain('优秀名额 = 4 × 20% = 0.8，向下取整为0名');
    expect(content('缺项处理')).toContain('按本人有得分各项的权重重新折算');
    expect(content('限制：平时考核')).toBe('全年没有“好”等次季度的，不得评为优秀');
    expect(content('限制：警告')).toBe('在考核年度内受警告处分的，当年不得评为优秀');
    expect(content('限制：记过')).toContain('最高为基本称职（基本合格）');
    expect(content('不定等次')).toContain('截至2026-12-31仍在试用期的');
    expect(content('数值修约')).toContain('计算过程保留全部精度，显示和导出保留两位小数（四舍五入）');
    expect(content('本材料包含')).toBe(expectedSheets.join('、'));
    expect(content('未列入的材料')).toBe('党组织评星汇总表和十星级党组织名单：未建立2026年度党组织评星方案');
  });

  it('reports progress per sheet, and stops with no file when cancelled between sheets', async () => {
    const stages: [number, string][] = [];
    const done = await buildMaterials(app.ctx, { year }, (p, stage) => stages.push([p, stage]), new AbortController().signal);
    expect(done.bytes.length).toBeGreaterThan(10_000);
    const sheetStages = stages.filter(([, s]) => s.startsWith('正在生成'));
    expect(sheetStages.map(([, s]) => /“(.+)”/.exec(s)![1])).toEqual(expectedSheets);
    expect(sheetStages[0]![1]).toBe(`正在生成“年度考核结果汇总表”（第1张，共${expectedSheets.length}张）`);
    for (let i = 1; i < stages.length; i++) expect(stages[i]![0]).toBeGreaterThan(stages[i - 1]![0]);

    const controller = new AbortController();
    const seen: string[] = [];
    const cancelled = buildMaterials(app.ctx, { year }, (_p, stage) => {
      seen.push(stage);
      if (stage.includes('考核排名表')) controller.abort();
    }, controller.signal);
    await expect(cancelled).rejects.toBeInstanceOf(JobCancelled);
    expect(seen.some((s) => s.includes('民主测评'))).toBe(false);

    // through the channels: 「取消」 right after 「导出」 ends the job as cancelled, with no file
    const { jobId } = await app.call('reports.startMaterials', { year });
    await app.call('jobs.cancel', { jobId });
    let status = await app.call('jobs.status', { jobId });
    for (let i = 0; i < 100 && status.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = await app.call('jobs.status', { jobId });
    }
    expect(status.state).toBe('cancelled');
    expect(status.result).toBeUndefined();
  });

  it('refuses a year that does not exist at once, naming it', async () => {
    const result = await app.result('reports.startMaterials', { year: 2031 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'ANNUAL_YEAR_NOT_FOUND', message: expect.stringContaining('2031年度') });
  });

  it('uses the given unit title', async () => {
    const named = await open((await exportMaterials(app, { year, unitTitle: '某区人民防空办公室' })).bytes);
    for (const ws of named.worksheets) expect(titleOf(ws), ws.name).toMatch(/^某区人民防空办公室2026年度/);
  });

  // last: locks the year
  it('once the year is locked: final titles, the confirmed 等次 and the reasons, 锁定日期, totals of the confirmed 等次', async () => {
    await app.call('annual.confirmAsSuggested', { year });
    await app.call('annual.confirm', { year, entries: [{ personId: setup.ids.get('干部06')!, outcome: 'competent', reason: '经考核委员会研究调整' }] });
    await app.call('annual.lock', { year });
    const locked = await app.call('annual.composite', { year });
    const final = await exportMaterials(app);
    expect(final.fileName).toBe('2026年终考核材料.xlsx');
    const book = await open(final.bytes);
    for (const ws of book.worksheets) {
      expect(titleOf(ws), ws.name).not.toContain('未确定');
      if (!ws.name.startsWith('民主测评')) expect(subtitleRight(ws), ws.name).toMatch(/^锁定日期：/);
    }
    const ws = sheet(book, '年度考核结果汇总表');
    expect(titleOf(ws)).toBe(`${officeName}2026年度考核结果汇总表`);
    expect(lineCell(ws, 2).text.split('\u3000\u3000')[0]).toBe(`单位：${officeName}\u3000参加考核60人`);
    const col = (h: string) => column(ws, h, 4);
    for (const row of locked.rows) {
      const r = rowWith(ws, col('姓名'), row.name);
      expect(ws.getRow(r).getCell(col('确定等次')).text, row.name).toBe(labelOf(locked, row.vocabulary, row.confirmed));
      expect(ws.getRow(r).getCell(col('综合得分')).value).toBe(row.composite);
    }
    const cadre06 = ws.getRow(rowWith(ws, col('姓名'), '干部06'));
    expect(cadre06.getCell(col('确定等次')).text).toBe('称职');
    expect(cadre06.getCell(col('备注')).text).toContain('调整理由：经考核委员会研究调整');
    const count = (outcome: OutcomeCode, vocabulary: VocabularyKey) => locked.rows.filter((r) => r.confirmed === outcome && r.vocabulary === vocabulary).length;
    const excellent = locked.rows.filter((r) => r.confirmed === 'excellent').length;
    expect(ws.getCell(`A${ws.rowCount}`).text).toBe(
      `合计：参加考核60人，优秀${excellent}人，称职${count('competent', 'civil')}人，合格${count('competent', 'institution')}人，基本称职1人，不合格1人，不定等次1人`,
    );
    expect(sheet(book, '计分规则说明').getCell('B4').text).toMatch(/^2026年度考核，已确定并锁定（锁定日期：/);
  });
});

describe('年终考核材料 of the demo', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    await app.call('demo.load');
  }, 120_000);
  afterAll(() => app.close());

  it('has both 双十星 schemes\' sheets, the roster fields and every composite figure of the demo year', async () => {
    const [summary] = await app.call('annual.years');
    const demoYear = summary!.year;
    const view = await app.call('annual.composite', { year: demoYear });
    const book = await open((await exportMaterials(app, { year: demoYear })).bytes);
    expect(book.worksheets.map((ws) => ws.name)).toEqual([
      '年度考核结果汇总表', '考核排名表', ...[0, 1, 2, 3].map(() => expect.stringMatching(/^民主测评-/)), '评星汇总-党员干部', '评星汇总-党组织', '十星级党员干部', '十星级党组织',
      '平时考核', '加减分记录', '处分记录', '计分规则说明',
    ]);
    const people = new Map((await app.call('people.search', { status: '全部' })).rows.map((p) => [p.id, p]));
    const ws = sheet(book, '年度考核结果汇总表');
    const col = (h: string) => column(ws, h, 4);
    expect(view.rows.length).toBeGreaterThan(50);
    for (const row of view.rows) {
      const r = ws.getRow(rowWith(ws, col('姓名'), row.name));
      const p = people.get(row.personId)!;
      expect([r.getCell(col('性别')).text, r.getCell(col('出生年月')).text, r.getCell(col('政治面貌')).text, r.getCell(col('人员类别')).text])
        .toEqual([p.gender ?? '', p.birth ?? '', p.political ?? '', p.category ?? '']);
      expect(r.getCell(col('出生年月')).numFmt).toBe('@');
      // 职务 and 职级 once each, never 「四级调研员（四级调研员）」 (postRankText, tests/unit/display-text.test.ts)
      expect(r.getCell(col('职务职级')).text).toBe(postRankText(p.post, p.rank));
      expect(r.getCell(col('综合得分')).value, row.name).toBe(row.composite);
    }
    const orgs = await app.call('stars.yearEnd', { year: demoYear, kind: 'org' });
    expect(sheet(book, '十星级党组织').rowCount).toBe(3 + Math.max(1, orgs.rows.filter((r) => r.tenStar).length));
  }, 60_000);
});

describe('年终考核材料 of a year without 述职测评 or 评星方案', () => {
  it('leaves those sheets out and says so in the 计分规则说明; empty records say there are none', async () => {
    const app = await createTestApp();
    try {
      await createAnnualYear(app);
      const book = await open((await exportMaterials(app)).bytes);
      expect(book.worksheets.map((ws) => ws.name)).toEqual(['年度考核结果汇总表', '考核排名表', '平时考核', '加减分记录', '处分记录', '计分规则说明']);
      const rules = sheet(book, '计分规则说明');
      expect(rules.getCell(`B${rowWith(rules, 1, '未列入的材料')}`).text).toBe([
        '民主测评结果统计表：本年度考核规则未选择述职测评活动',
        '党员干部评星汇总表和十星级党员干部名单：未建立2026年度党员干部评星方案',
        '党组织评星汇总表和十星级党组织名单：未建立2026年度党组织评星方案',
      ].join('；'));
      expect(sheet(book, '加减分记录').getCell('A4').text).toMatch(/^本年度参加考核人员无加减分记录。/);
      expect(sheet(book, '处分记录').getCell('A4').text).toBe('本年度参加考核人员无处分期间涉及本年度的处分记录。');
      const summary = sheet(book, '年度考核结果汇总表');
      expect(summary.getCell(`B${rowWith(summary, 2, '王建国')}`).text).toBe('王建国');
      expect(summary.getRow(rowWith(summary, 2, '王建国')).getCell(column(summary, '星数', 4)).value).toBe('缺');
    } finally {
      app.close();
    }
  }, 60_000);
});

describe('safeSheetName', () => {
  it('drops what Excel forbids, keeps 31 characters and numbers clashes', () => {
    const taken = new Set<string>();
    expect(safeSheetName('民主测评-2026/年度[述职]:测评*?', taken)).toBe('民主测评-2026 年度 述职 测评');
    expect(safeSheetName('民主测评-2026/年度[述职]:测评*?', taken)).toBe('民主测评-2026 年度 述职 测评（2）');
    expect(safeSheetName('评星\\汇总', taken)).toBe('评星 汇总');
    const long = safeSheetName('测'.repeat(40), taken);
    expect(long).toBe('测'.repeat(31));
    expect(safeSheetName('测'.repeat(35), taken)).toBe(`${'测'.repeat(28)}（2）`);
  });
});
