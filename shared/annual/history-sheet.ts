import type { RosterFieldKey } from '../domain';
import { autoMapColumns, cellText, chooseSheetByHeader, isBlankCell, normalizeHeader, skipReason, strongestHeader, type Cell, type HeaderRule, type SheetGrid } from '../roster-import';
import { checkIdNumberCell, cleanCell, cleanName, toHalfWidth } from '../normalize';
import type { HistoryOutcome } from './consequences';

/**
 * Reading a sheet of earlier years' 等次 (DOMAIN.md §9) the way offices keep one, in either form:
 *
 * - LONG: one row per person and year — 姓名, 身份证号, 年度, 等次 (the form a 考核结果 register takes);
 * - WIDE: one row per person, a column per year — 姓名, 身份证号, 「2022年度」「2023年度」… (the form of a
 *   历年考核情况 table), often under a merged 「历年考核等次」 header.
 *
 * Title rows, 填报单位 lines, merged cells, 合计/填表人 lines and .xls/.csv are handled by the roster
 * import's parts (shared/roster-import, electron/excel/read). Pure: the service reads the file and
 * matches the rows to the roster (electron/services/annual/history-import.ts).
 */

export const historyHeaderScanRows = 30;

/** Headers of the 年度 column in the long form. Data: add a spelling here. */
export const historyYearHeaders: readonly string[] = ['年度', '考核年度', '年份', '考核年份', '年度考核年度'];
/** Headers of the 等次 column in the long form. */
export const historyOutcomeHeaders: readonly string[] = [
  '等次', '考核等次', '年度考核等次', '考核结果', '年度考核结果', '考核结论', '评定等次', '确定等次', '评定结果',
];

const yearHeaderSet = new Set(historyYearHeaders.map(normalizeHeader));
const outcomeHeaderSet = new Set(historyOutcomeHeaders.map(normalizeHeader));

/** The years a history sheet may hold. */
export const historyYearRange = { min: 1980, max: 2100 } as const;
const inRange = (y: number) => Number.isInteger(y) && y >= historyYearRange.min && y <= historyYearRange.max;

/** A wide-form year column header: 2023, 2023年, 2023年度, 2023年度考核等次, 2023年考核结果. */
const wideYearHeader = /^(\d{4})(?:年度?)?(?:年度)?(?:考核)?(?:等次|结果|情况)?$/;

/** The year a header cell names (wide form), or null. */
export function yearOfHeader(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return inRange(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const m = wideYearHeader.exec(normalizeHeader(cell));
  return m && inRange(Number(m[1])) ? Number(m[1]) : null;
}

export type YearCellResult = { readonly ok: true; readonly year: number } | { readonly ok: false; readonly text: string };

/** A 年度 cell (long form): 2023, '2023', '２０２３', '2023年', '2023年度', '2023年度考核'. */
export function parseYearCell(cell: Cell | undefined): YearCellResult {
  if (typeof cell === 'number') return inRange(cell) ? { ok: true, year: cell } : { ok: false, text: cellText(cell) };
  const shown = cleanCell(cellText(cell ?? null));
  const m = /^(\d{4})(?:年度?)?(?:考核)?$/.exec(toHalfWidth(shown).replace(/\s+/g, ''));
  return m && inRange(Number(m[1])) ? { ok: true, year: Number(m[1]) } : { ok: false, text: shown };
}

/**
 * How a 等次 is written, both vocabularies (公务员 优秀/称职/基本称职/不称职, 事业单位 优秀/合格/基本合格/不合格)
 * and the variants offices use for 不定等次 and 未参加考核. Data: add a spelling here.
 */
export const historyOutcomeAliases: Readonly<Record<string, HistoryOutcome>> = {
  优秀: 'excellent',
  称职: 'competent',
  合格: 'competent',
  基本称职: 'basic',
  基本合格: 'basic',
  不称职: 'fail',
  不合格: 'fail',
  不定等次: 'undetermined',
  不确定等次: 'undetermined',
  未定等次: 'undetermined',
  不定: 'undetermined',
  不确定: 'undetermined',
  不评定等次: 'undetermined',
  未参加: 'absent',
  未参加考核: 'absent',
  未参加年度考核: 'absent',
  未考核: 'absent',
  不参加考核: 'absent',
};

/** What offices put in a cell of a year without a record. */
const blankMarks = new Set(['/', '\\', '-', '--', '—', '——', '－', '─', '无']);

export type OutcomeCellResult =
  | { readonly ok: true; readonly outcome: HistoryOutcome | null; readonly text: string }
  | { readonly ok: false; readonly text: string };

/** A 等次 cell: its code (null for an empty cell), or the text that is no 等次. 「优秀等次」 reads as 优秀. */
export function parseOutcomeCell(cell: Cell | undefined): OutcomeCellResult {
  if (isBlankCell(cell)) return { ok: true, outcome: null, text: '' };
  const shown = cleanCell(cellText(cell ?? null));
  const compact = toHalfWidth(shown).replace(/[\s"'“”‘’「」『』]+/g, '');
  if (compact === '' || blankMarks.has(compact)) return { ok: true, outcome: null, text: '' };
  const outcome = historyOutcomeAliases[compact] ?? historyOutcomeAliases[compact.replace(/(等次|等级)$/, '')];
  return outcome ? { ok: true, outcome, text: compact } : { ok: false, text: shown };
}

export const outcomeWordsHint = '优秀、称职/合格、基本称职/基本合格、不称职/不合格、不定等次、未参加';

// ── layout ──────────────────────────────────────────────────────────────

export interface HistorySheetLayout {
  readonly form: 'long' | 'wide';
  /** 1-based sheet row of the header */
  readonly headerRow: number;
  /** 0-based columns */
  readonly nameColumn: number;
  readonly idColumn: number | undefined;
  readonly unitColumn: number | undefined;
  /** long form */
  readonly yearColumn: number | undefined;
  readonly outcomeColumn: number | undefined;
  /** wide form: a column per year, in sheet order */
  readonly yearColumns: readonly { readonly column: number; readonly year: number }[];
  readonly headers: readonly string[];
}

/** The layout a header row gives, or null when it names no 姓名, or neither 年度+等次 nor any year column. */
export function layoutOfHistoryHeader(row: readonly Cell[], headerRow: number): HistorySheetLayout | null {
  const texts = row.map((c) => (typeof c === 'string' ? cleanCell(c) : ''));
  const headers = texts.map(normalizeHeader);
  let yearColumn: number | undefined;
  let outcomeColumn: number | undefined;
  const yearColumns: { column: number; year: number }[] = [];
  const seenYears = new Set<number>();
  const rest = row.map((cell, i) => {
    const h = headers[i]!;
    if (yearColumn === undefined && yearHeaderSet.has(h)) {
      yearColumn = i;
      return '';
    }
    if (outcomeColumn === undefined && outcomeHeaderSet.has(h)) {
      outcomeColumn = i;
      return '';
    }
    const year = yearOfHeader(cell);
    if (year !== null) {
      // a second column for the same year (2023年度备注) is not a 等次 column
      if (!seenYears.has(year)) yearColumns.push({ column: i, year });
      seenYears.add(year);
      return '';
    }
    return texts[i]!;
  });
  const mapping: (RosterFieldKey | null)[] = autoMapColumns(rest);
  const column = (field: RosterFieldKey) => (mapping.includes(field) ? mapping.indexOf(field) : undefined);
  const nameColumn = column('name');
  if (nameColumn === undefined) return null;
  const base = { headerRow, nameColumn, idColumn: column('idNumber'), unitColumn: column('unitName'), headers };
  if (yearColumn !== undefined && outcomeColumn !== undefined) return { ...base, form: 'long', yearColumn, outcomeColumn, yearColumns: [] };
  if (yearColumns.length > 0) return { ...base, form: 'wide', yearColumn: undefined, outcomeColumn: undefined, yearColumns };
  return null;
}

const strength = (l: HistorySheetLayout) => (l.form === 'long' ? 100 : l.yearColumns.length);

const historyHeader: HeaderRule<HistorySheetLayout> = { layoutOf: layoutOfHistoryHeader, strength, scanRows: historyHeaderScanRows };

/**
 * The header among the first rows: a long-form header beats a wide one; among wide ones the row
 * naming the most years (the lower row of a two-row header); the upper row wins a tie.
 */
export const findHistoryHeader = (grid: SheetGrid, scanRows = historyHeaderScanRows): HistorySheetLayout | null =>
  strongestHeader(grid, { ...historyHeader, scanRows });

/** The visible, non-instruction sheet with the strongest history header (then the most rows). */
export const chooseHistorySheet = (grids: readonly SheetGrid[]): { readonly index: number; readonly layout: HistorySheetLayout } | null =>
  chooseSheetByHeader(grids, historyHeader);

// ── rows ────────────────────────────────────────────────────────────────

/** One person-year as the sheet has it (a wide row gives one per filled year column). */
export interface HistorySheetItem {
  /** 1-based sheet row */
  readonly row: number;
  readonly name: string;
  /** the ID number when the cell holds a valid one */
  readonly idNumber: string | null;
  /** the ID cell's problem, when it holds something that is no valid ID number (the name may still match) */
  readonly idProblem: string | null;
  readonly unitName: string;
  readonly year: number | null;
  readonly outcome: HistoryOutcome | null;
  /** the 等次 as written (优秀, 合格 …) */
  readonly outcomeText: string;
  /** Chinese, each naming its field */
  readonly problems: string[];
}

export interface HistorySheetRows {
  readonly items: HistorySheetItem[];
  readonly skipped: { readonly row: number; readonly reason: string }[];
}

interface Person {
  readonly name: string;
  readonly idNumber: string | null;
  readonly idProblem: string | null;
  readonly unitName: string;
}

function personOf(cells: readonly Cell[], layout: HistorySheetLayout): Person {
  const name = cleanName(cellText(cells[layout.nameColumn] ?? null));
  let idNumber: string | null = null;
  let idProblem: string | null = null;
  const idCell = layout.idColumn === undefined ? null : (cells[layout.idColumn] ?? null);
  if (typeof idCell === 'number' || (typeof idCell === 'string' && idCell.trim() !== '')) {
    const check = checkIdNumberCell(idCell);
    if (check.ok) idNumber = check.value;
    else idProblem = `身份证号：${check.message}`;
  }
  const unitName = layout.unitColumn === undefined ? '' : cleanCell(cellText(cells[layout.unitColumn] ?? null));
  return { name, idNumber, idProblem, unitName };
}

/** The person-years under the header, each checked field by field, and the lines skipped on purpose. */
export function readHistoryRows(grid: SheetGrid, layout: HistorySheetLayout): HistorySheetRows {
  const out: HistorySheetRows = { items: [], skipped: [] };
  const skip = { nameColumn: layout.nameColumn, headers: layout.headers, normalized: new Map<string, string>() };
  for (let i = layout.headerRow; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    const row = i + 1;
    const reason = skipReason(cells, skip);
    if (reason) {
      out.skipped.push({ row, reason });
      continue;
    }
    const person = personOf(cells, layout);
    if (layout.form === 'long') readLongRow(out, row, cells, layout, person);
    else readWideRow(out, row, cells, layout, person);
  }
  return out;
}

function readLongRow(out: HistorySheetRows, row: number, cells: readonly Cell[], layout: HistorySheetLayout, person: Person): void {
  const yearCell = cells[layout.yearColumn!];
  const outcomeCell = cells[layout.outcomeColumn!];
  if (person.name === '' && isBlankCell(yearCell) && isBlankCell(outcomeCell)) {
    out.skipped.push({ row, reason: '姓名、年度和等次均为空，视为分组标题或空白行' });
    return;
  }
  const problems: string[] = [];
  if (person.name === '') problems.push('姓名：姓名为空');
  let year: number | null = null;
  if (isBlankCell(yearCell)) problems.push('年度：年度为空');
  else {
    const parsed = parseYearCell(yearCell);
    if (parsed.ok) year = parsed.year;
    else problems.push(`年度：“${parsed.text}”不是有效年度（应写作2023、2023年或2023年度）`);
  }
  const parsed = parseOutcomeCell(outcomeCell);
  let outcome: HistoryOutcome | null = null;
  let outcomeText = '';
  if (!parsed.ok) problems.push(`等次：“${parsed.text}”不是有效等次（应为${outcomeWordsHint}）`);
  else if (parsed.outcome === null) problems.push('等次：等次为空');
  else ({ outcome, text: outcomeText } = parsed);
  out.items.push({ row, ...person, year, outcome, outcomeText, problems });
}

function readWideRow(out: HistorySheetRows, row: number, cells: readonly Cell[], layout: HistorySheetLayout, person: Person): void {
  const filled = layout.yearColumns.filter((c) => !isBlankCell(cells[c.column]));
  if (person.name === '' && filled.length === 0) {
    out.skipped.push({ row, reason: '姓名和各年度等次均为空，视为分组标题或空白行' });
    return;
  }
  let any = false;
  for (const { column, year } of layout.yearColumns) {
    const parsed = parseOutcomeCell(cells[column]);
    if (parsed.ok && parsed.outcome === null) continue;
    any = true;
    const problems: string[] = [];
    if (person.name === '') problems.push('姓名：姓名为空');
    if (!parsed.ok) problems.push(`${year}年度：“${parsed.text}”不是有效等次（应为${outcomeWordsHint}）`);
    out.items.push({
      row, ...person, year, outcome: parsed.ok ? parsed.outcome : null, outcomeText: parsed.ok ? parsed.text : '', problems,
    });
  }
  if (!any) out.skipped.push({ row, reason: `${person.name}：各年度等次均未填写` });
}
