import type ExcelJS from 'exceljs';
import type { EvaluationTarget } from '../../../shared/contract/evaluation';
import { invalidReasonLabels, type BallotLine, type BallotMarks, type EvaluationConfig, type InvalidReason } from '../../../shared/evaluation/config';
import type { EvaluationResults, SessionFigures, TallyCell, TargetResult } from '../../../shared/evaluation/results';
import { addTableSheet, bodyFontName, createWorkbook, displayWidth, safeSheetName, styles, workbookBytes, type CellValue, type StyledWorkbook, type TableColumn } from '../../excel/write';
import { roundingRule } from '../../../shared/numbers';
import { legacyResultsNote } from '../../../shared/evaluation/frozen-results';
import { redLineNotes, redLineRuleTexts, suggestionText } from '../../../shared/evaluation/red-lines';
import { paperDayText } from '../../../shared/date-text';
import { reviewPeriodLabel } from '../../../shared/evaluation/review-period';

/**
 * 民主测评结果统计表 (DOMAIN.md §5): per 测评对象 the votes per level, 弃权 and rates in total, the
 * weighted overall score, rank, suggested level and red-line flags; the session figures (测评范围,
 * 应到 … 无效); the rounding rule; 计票人/监票人/日期. Then a sheet per 评委类别 (its votes, rates,
 * indicator means and score) and one of the indicator means in total: on one sheet they were 45
 * columns printed at 5 pt (issue 14 §8). Last, the raw ballots by 票号 for audit, on pages across. Numbers are written as numbers at full precision; the cell
 * format rounds them for display, so a sum over cells equals the tally. `addEvaluationResultsSheet`
 * puts the 测评结果统计表 into another workbook too (the 年终考核材料).
 */

export const resultsSheetName = '测评结果统计表';
export const ballotsSheetName = '原始票据';
/** The rounding rule, stated on the form (DOMAIN.md §6). */
export const signatureLine = '计票人：                    监票人：                    日期：      年    月    日';

/** an ideographic space, as the office types between figures on a form line */
const gap = '\u3000';
const scoreFormat = '0.00';
const rateFormat = '0.00%';
const countFormat = '0';

export interface EvaluationWorkbookInput {
  readonly event: {
    readonly name: string;
    readonly year: number;
    readonly date: string;
    readonly unitTitle: string;
    readonly config: EvaluationConfig;
    /** a 科室评议's 评议周期 (absent or null: a 述职测评) */
    readonly reviewPeriod?: string | null;
  };
  readonly targets: readonly EvaluationTarget[];
  readonly results: EvaluationResults;
  /** live ballots; written sorted by 票号 whatever order they come in */
  readonly ballots: readonly { readonly ticketNo: string; readonly category: string; readonly valid: boolean; readonly reasons: readonly InvalidReason[]; readonly marks: BallotMarks }[];
}

/** what the 测评结果统计表 needs: everything but the ballots */
export type EvaluationResultsInput = Omit<EvaluationWorkbookInput, 'ballots'>;

interface ResultColumn extends TableColumn {
  value(result: TargetResult, index: number): CellValue;
}

/**
 * What a sheet shows of one tally cell (a 评委类别 or 合计), under its group header: the summary the
 * 合计 votes, 弃权 and rates; a 评委类别's sheet its votes, 弃权, rates, indicator means and the
 * category's score; the indicators sheet the 合计 indicator means.
 */
type CellPart = 'summary' | 'category' | 'indicators';

function cellColumns(config: EvaluationConfig, group: string, cellOf: (r: TargetResult) => TallyCell | undefined, part: CellPart): ResultColumn[] {
  const levels = config.form === 'score' || part === 'indicators' ? [] : config.levels;
  const indicators = config.form === 'level' || part === 'summary' ? [] : config.indicators;
  const columns: ResultColumn[] = levels.map((level) => ({
    header: level.name, width: 5, numFmt: countFormat, group,
    value: (r) => cellOf(r)?.votes[level.code] ?? 0,
  }));
  if (part !== 'indicators') columns.push({ header: '弃权', width: 5, numFmt: countFormat, group, value: (r) => cellOf(r)?.abstain ?? null });
  if (levels.length > 0) {
    columns.push({ header: config.rateLabels.excellent, width: 8, numFmt: rateFormat, group, value: (r) => cellOf(r)?.excellentRate ?? null });
    columns.push({ header: config.rateLabels.approval, width: 8, numFmt: rateFormat, group, value: (r) => cellOf(r)?.approvalRate ?? null });
    if (part === 'summary') columns.push({ header: config.rateLabels.fail, width: 8, numFmt: rateFormat, group, value: (r) => cellOf(r)?.failRate ?? null });
  }
  for (const ind of indicators) {
    columns.push({ header: ind.name, width: 7, numFmt: scoreFormat, group, value: (r) => cellOf(r)?.indicatorMeans[ind.code] ?? null });
  }
  if (part === 'category') columns.push({ header: '得分', width: 7, numFmt: scoreFormat, group, value: (r) => cellOf(r)?.score ?? null });
  return columns;
}

/** 序号, 姓名, 职务 (and 分组): the columns that name a row, on every sheet; a 科室评议's units show their 上级单位. */
function identityColumns(input: EvaluationResultsInput): ResultColumn[] {
  const grouped = input.targets.some((t) => t.group.trim() !== '');
  const review = input.event.reviewPeriod != null;
  const parentOf = new Map(input.targets.map((t) => [t.id, t.unitName]));
  return [
    { header: '序号', width: 6, numFmt: countFormat, value: (_r, i) => i + 1 },
    { header: review ? '科室/单位' : '姓名', width: review ? 14 : 10, value: (r) => r.name },
    review
      ? { header: '上级单位', width: 14, align: 'left', wrap: true, value: (r) => parentOf.get(r.targetId) ?? '' }
      : { header: '职务', width: 14, align: 'left', wrap: true, value: (r) => r.post },
    ...(grouped ? [{ header: '分组', width: 8, wrap: true, value: (r: TargetResult) => r.group } satisfies ResultColumn] : []),
  ];
}

const categoryLabel = (category: EvaluationConfig['categories'][number]) => `${category.name}（权重${category.weight}%）`;

/**
 * The columns of the 测评结果统计表 itself, the sheet users read: per 测评对象 the 合计 votes per
 * level, 弃权 and rates, the weighted overall score, rank, suggested level and red lines. The votes
 * of each 评委类别 and the indicator means are on their own sheets (`categoryColumns`,
 * `indicatorColumns`): all of them on one A4 width printed at 5 pt.
 */
export function resultColumns(input: EvaluationResultsInput): ResultColumn[] {
  const { config } = input.event;
  const grouped = input.targets.some((t) => t.group.trim() !== '');
  const columns = identityColumns(input);
  columns.push(...cellColumns(config, '合计', (r) => r.total, 'summary'));
  columns.push({ header: '综合得分', width: 7, numFmt: scoreFormat, value: (r) => r.overall });
  if (config.normalize.enabled) columns.push({ header: '标准化得分', width: 7, numFmt: scoreFormat, value: (r) => r.normalized });
  columns.push({ header: grouped ? '组内排名' : '排名', width: 5, numFmt: countFormat, value: (r) => r.rank });
  if (config.bands.length > 0) columns.push({ header: '建议等次', width: 9, wrap: true, value: (r) => suggestionText(r) });
  // the red lines crossed, in the ballot's words, and the rule that decided the suggestion
  columns.push({ header: '红线提示', width: 24, align: 'left', wrap: true, value: (r) => redLineNotes(config, r).join('；') });
  return columns;
}

/** One 评委类别's sheet: its votes, 弃权, rates, indicator means and weighted score per 测评对象. */
export function categoryColumns(input: EvaluationResultsInput, categoryCode: string): ResultColumn[] {
  const category = input.event.config.categories.find((c) => c.code === categoryCode)!;
  return [...identityColumns(input), ...cellColumns(input.event.config, categoryLabel(category), (r) => r.byCategory.find((c) => c.category === category.code), 'category')];
}

/** The 合计 indicator means (forms with indicators), beside the overall score they make. */
export function indicatorColumns(input: EvaluationResultsInput): ResultColumn[] {
  return [
    ...identityColumns(input),
    ...cellColumns(input.event.config, '合计', (r) => r.total, 'indicators'),
    { header: '综合得分', width: 7, numFmt: scoreFormat, value: (r) => r.overall },
  ];
}

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const boxed: Partial<ExcelJS.Style> = {
  font: { name: bodyFontName, size: 11 },
  alignment: { horizontal: 'center', vertical: 'middle' },
  border: { top: thin, left: thin, bottom: thin, right: thin },
};
const noteStyle: Partial<ExcelJS.Style> = { font: { name: bodyFontName, size: 11 }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } };

const columnLetter = (n: number): string => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};

/**
 * Below the per-target table: the session figures per 评委类别 and in total, the rounding rule, the
 * session checks, and the 计票人/监票人/日期 line. The streaming writer writes rows top to bottom,
 * so these come after the body rows (through exceljs rows, which it commits at finish).
 */
function writeSessionBlock(worksheet: ExcelJS.Worksheet, firstRow: number, tableWidth: number, tableUnits: number, labelSpan: number, input: EvaluationResultsInput): void {
  const { config } = input.event;
  const { results } = input;
  const width = Math.max(tableWidth, labelSpan + 7);
  let row = firstRow;

  const put = (r: number, c: number, value: CellValue, style: Partial<ExcelJS.Style>) => {
    const cell = worksheet.getRow(r).getCell(c);
    cell.value = value ?? null;
    cell.style = style;
  };
  const labelCell = (r: number, text: string, style: Partial<ExcelJS.Style>) => {
    for (let c = 1; c <= labelSpan; c++) put(r, c, c === 1 ? text : null, style);
    if (labelSpan > 1) worksheet.mergeCells(`A${r}:${columnLetter(labelSpan)}${r}`);
  };
  const note = (text: string) => {
    // a note longer than the table wraps: give it the lines it needs, or the printout cuts it
    worksheet.getRow(row).height = Math.max(20, Math.ceil(displayWidth(text) / Math.max(10, tableUnits - 4)) * 15 + 6);
    put(row, 1, text, noteStyle);
    worksheet.mergeCells(`A${row}:${columnLetter(width)}${row}`);
    row++;
  };

  worksheet.getRow(row).height = 22;
  put(row, 1, '测评情况', { font: { name: bodyFontName, size: 12, bold: true }, alignment: { horizontal: 'left', vertical: 'middle' } });
  row++;
  const headers = ['权重', '应到', '实到', '发出', '收回', '有效', '无效'];
  worksheet.getRow(row).height = 22;
  labelCell(row, '评委类别', styles.header);
  headers.forEach((h, i) => put(row, labelSpan + 1 + i, h, styles.header));
  row++;
  const figures = (r: number, label: string, weight: number | null, s: SessionFigures) => {
    worksheet.getRow(r).height = 20;
    labelCell(r, label, boxed);
    const values: CellValue[] = [weight, s.expected, s.present, s.issued, s.returned, s.valid, s.invalid];
    // the weight is the percent number the office typed (20 -> 20%)
    const weightFormat = weight != null && !Number.isInteger(weight) ? '0.0#"%"' : '0"%"';
    values.forEach((v, i) => put(r, labelSpan + 1 + i, v, { ...boxed, numFmt: i === 0 ? weightFormat : countFormat }));
  };
  for (const category of config.categories) {
    const s = results.session.find((x) => x.category === category.code);
    if (s) figures(row++, category.name, category.weight, s);
  }
  figures(row++, '合计', null, results.sessionTotal);
  row++;

  note(`说明：${roundingRule}。`);
  if (config.form !== 'score') note('弃权：有效票中未对该测评对象划等次的票（只评分、未划等次的也计入），各等次票数与弃权之和等于有效票数。');
  const ruleTexts = config.bands.length > 0 ? redLineRuleTexts(config) : [];
  if (config.bands.length > 0) note(`建议等次：按综合得分对照分数段得出${ruleTexts.length > 0 ? `；按测评票所列规定，${ruleTexts.join('，')}` : ''}。`);
  const legacy = legacyResultsNote(results);
  if (legacy) note(legacy);
  note('综合得分 = Σ 评委类别权重 × 该类别得分，权重按有有效票的评委类别重新折算；排名在同一分组内进行，得分相同者名次并列。');
  const q = config.quorum;
  const t = results.sessionTotal;
  note(`到会情况：应到${t.expected}人，实到${t.present}人；${results.quorumMet ? '达到' : '未达到'}规定的到会比例（实到须${q.inclusive ? '达到' : '超过'}应到的${q.numerator}/${q.denominator}）${results.quorumMet ? '' : '，测评结果不能作为依据'}。`);
  if (results.overReturned) note('收回票数多于发出票数，本次测评无效。');
  const reasons = Object.entries(results.invalidByReason).filter(([, n]) => n > 0);
  if (reasons.length > 0) {
    note(`无效票${t.invalid}张，其中：${reasons.map(([code, n]) => `${invalidReasonLabels[code as InvalidReason] ?? code}${n}张`).join('，')}（一张票可有多项原因）。`);
  }
  row++;
  worksheet.getRow(row).height = 26;
  put(row, 1, signatureLine, { font: { name: bodyFontName, size: 12 }, alignment: { horizontal: 'left', vertical: 'middle' } });
  worksheet.mergeCells(`A${row}:${columnLetter(width)}${row}`);
}

/** Where the 测评结果统计表 goes when it is one sheet among others (the 年终考核材料). */
export interface ResultsSheetPlacement {
  readonly sheetName?: string;
  readonly title?: string;
}

/**
 * Adds the 测评结果统计表 (with its session block and 计票人/监票人 line) to a workbook; by default
 * named and titled as in the event's own export. Its detail sheets (`evaluationDetailSheets`) follow it.
 */
export function addEvaluationResultsSheet(workbook: StyledWorkbook, input: EvaluationResultsInput, placement: ResultsSheetPlacement = {}): void {
  const { event, results } = input;
  const columns = resultColumns(input);
  const t = results.sessionTotal;
  const sheet = addTableSheet(workbook, {
    sheetName: placement.sheetName ?? resultsSheetName,
    title: placement.title ?? resultsTitle(input),
    subtitle: {
      left: `测评范围：${event.config.categories.map((c) => c.name).join('、')}${gap}应到${t.expected}人${gap}实到${t.present}人${gap}发出${t.issued}张${gap}收回${t.returned}张${gap}有效${t.valid}张${gap}无效${t.invalid}张`,
      right: `测评日期：${paperDayText(event.date)}`,
    },
    columns,
    landscape: true,
  });
  results.targets.forEach((r, i) => sheet.addRow(columns.map((c) => c.value(r, i))));
  const labelSpan = columns.findIndex((c) => c.group != null);
  const tableUnits = columns.reduce((sum, c) => sum + c.width, 0);
  writeSessionBlock(sheet.worksheet, sheet.headerRow + results.targets.length + 2, columns.length, tableUnits, Math.max(3, labelSpan), input);
  sheet.finish();
}

/** 「XX单位2026年度干部述职民主测评」 or 「XX单位2026年5月科室评议」: the title's head on every sheet. */
const workbookEventTitle = (event: Pick<EvaluationResultsInput['event'], 'unitTitle' | 'year' | 'reviewPeriod'>): string =>
  event.reviewPeriod == null ? `${event.unitTitle}${event.year}年度干部述职民主测评` : `${event.unitTitle}${reviewPeriodLabel(event.reviewPeriod)}科室评议`;

const resultsTitle = (input: EvaluationResultsInput) => `${workbookEventTitle(input.event)}结果统计表`;

/** A sheet beside the 测评结果统计表: one per 评委类别, and the indicator means when the ballot scores. */
export interface EvaluationDetailSheet {
  /** what it holds, for its sheet name and title: 「领导班子成员」, 「指标得分」 */
  readonly label: string;
  write(workbook: StyledWorkbook, placement?: ResultsSheetPlacement): void;
}

export function evaluationDetailSheets(input: EvaluationResultsInput): EvaluationDetailSheet[] {
  const { event, results } = input;
  const sheet = (label: string, columns: ResultColumn[], figures: string): EvaluationDetailSheet => ({
    label,
    write(workbook, placement = {}) {
      const table = addTableSheet(workbook, {
        sheetName: placement.sheetName ?? `${resultsSheetName}-${label}`,
        title: placement.title ?? `${resultsTitle(input)}（${label}）`,
        subtitle: { left: figures, right: `测评日期：${paperDayText(event.date)}` },
        columns,
        landscape: true,
      });
      results.targets.forEach((r, i) => table.addRow(columns.map((c) => c.value(r, i))));
      table.finish();
    },
  });
  const details = event.config.categories.map((category) => {
    const s = results.session.find((x) => x.category === category.code);
    // the title names the category; this line gives its weight and figures (short enough to leave room for the date)
    const figures = `权重${category.weight}%${s ? `${gap}应到${s.expected}人${gap}实到${s.present}人${gap}有效${s.valid}张${gap}无效${s.invalid}张` : ''}`;
    return sheet(category.name, categoryColumns(input, category.code), figures);
  });
  if (event.config.form !== 'level' && event.config.indicators.length > 0) {
    details.push(sheet('指标得分', indicatorColumns(input), `各项指标为全部评委类别有效票的平均分${gap}综合得分按评委类别权重折算`));
  }
  return details;
}

function writeBallotsSheet(workbook: StyledWorkbook, input: EvaluationWorkbookInput): void {
  const { config } = input.event;
  const levels = config.form === 'score' ? [] : config.levels;
  const indicators = config.form === 'level' ? [] : config.indicators;
  const levelNames = new Map(levels.map((l) => [l.code, l.name]));
  const categoryNames = new Map(config.categories.map((c) => [c.code, c.name]));

  type MarkColumn = TableColumn & { value(line: BallotLine | undefined): CellValue };
  const markColumns: MarkColumn[] = input.targets.flatMap((target): MarkColumn[] => {
    const levelColumn = (header: string, group?: string): MarkColumn => ({
      header, width: 9, ...(group ? { group } : {}),
      // no level on the line is 弃权 for the level part, scores or not (the ballot's key: 0 = 弃权)
      value: (line) => (!line || line.level === null ? '弃权' : (levelNames.get(line.level) ?? line.level)),
    });
    if (indicators.length === 0) return [levelColumn(target.name)];
    const scoreColumns = indicators.map((ind): MarkColumn => ({
      header: ind.name, width: 6, group: target.name, value: (line) => line?.scores[ind.code] ?? null,
    }));
    return levels.length > 0 ? [levelColumn('等次', target.name), ...scoreColumns] : scoreColumns;
  });
  const columns: TableColumn[] = [
    { header: '票号', width: 12, numFmt: '@' },
    { header: '评委类别', width: 18, wrap: true },
    { header: '有效/无效', width: 9 },
    { header: '无效原因', width: 14, wrap: true },
    ...markColumns.map(({ value: _value, ...column }) => column),
  ];
  const sheet = addTableSheet(workbook, {
    sheetName: ballotsSheetName,
    title: `${workbookEventTitle(input.event)}原始票据`,
    subtitle: { left: `测评名称：${input.event.name}`, right: `共${input.ballots.length}张，按票号排列` },
    columns,
    landscape: true,
    signatureFooter: false,
    // one column per mark: pages across, each starting with the 票号
    keyColumns: 1,
  });
  // Sorted by 票号 (random), never in entry order.
  const sorted = [...input.ballots].sort((a, b) => (a.ticketNo < b.ticketNo ? -1 : a.ticketNo > b.ticketNo ? 1 : 0));
  for (const ballot of sorted) {
    const lines = new Map(ballot.marks.lines.map((l) => [l.targetId, l]));
    let m = 0;
    const marks: CellValue[] = [];
    for (const target of input.targets) {
      const line = lines.get(target.id);
      const perTarget = indicators.length === 0 ? 1 : indicators.length + (levels.length > 0 ? 1 : 0);
      for (let k = 0; k < perTarget; k++) marks.push(markColumns[m++]!.value(line));
    }
    sheet.addRow([
      ballot.ticketNo,
      categoryNames.get(ballot.category) ?? ballot.category,
      ballot.valid ? '有效' : '无效',
      ballot.reasons.map((r) => invalidReasonLabels[r]).join('、'),
      ...marks,
    ]);
  }
  sheet.finish();
}

export async function writeEvaluationWorkbook(input: EvaluationWorkbookInput): Promise<Uint8Array> {
  const workbook = createWorkbook();
  const taken = new Set([resultsSheetName, ballotsSheetName]);
  addEvaluationResultsSheet(workbook, input);
  for (const detail of evaluationDetailSheets(input)) detail.write(workbook, { sheetName: safeSheetName(`${resultsSheetName}-${detail.label}`, taken) });
  writeBallotsSheet(workbook, input);
  return workbookBytes(workbook);
}
