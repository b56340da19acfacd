import type { RosterFieldKey } from '../domain';
import { autoMapColumns, chooseSheetByHeader, normalizeHeader, skipReason, cellText, isBlankCell, strongestHeader, type Cell, type HeaderRule, type SheetGrid } from '../roster-import';
import { cleanCell, cleanName, toHalfWidth, checkIdNumberCell } from '../normalize';
import { quarterGradeLabels, type QuarterGrade } from './rules';
import { quarterName } from './rules';

/**
 * Reading a 平时考核 sheet (people × 第一季度…第四季度) the way offices keep one: a title and a
 * 填报单位 line above the header, the header sometimes on two rows (平时考核等次 merged over the four
 * quarters), 单位 merged down over its people, 合计 and 填表人 lines at the bottom. Pure: the service
 * reads the file (electron/excel/read-table.ts) and matches the rows to the year's participants.
 */

/** How far down the header may sit. */
export const quarterHeaderScanRows = 30;

/**
 * A quarter column header, normalized (see `normalizeHeader`): 第一季度, 一季度, 第1季度, 1季度,
 * 2026年第一季度, 第一季度等次, 第一季度考核结果, Q1.
 */
const quarterHeader = /^(?:\d{4}年度?)?第?([一二三四1-4])季度/;
const quarterShort = /^q([1-4])(?:季度)?$/;
const quarterDigits: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

/** Which quarter a header cell names (1..4), or null. */
export function quarterOfHeader(raw: string): number | null {
  const header = normalizeHeader(raw);
  const m = quarterHeader.exec(header) ?? quarterShort.exec(header);
  return m ? quarterDigits[m[1]!]! : null;
}

export interface QuarterSheetLayout {
  /** 1-based sheet row of the header */
  readonly headerRow: number;
  /** 0-based columns */
  readonly nameColumn: number;
  readonly idColumn: number | undefined;
  readonly unitColumn: number | undefined;
  /** Q1..Q4: the column of each quarter, undefined when the sheet has none for it */
  readonly quarterColumns: readonly (number | undefined)[];
  /** the header row's cells, normalized (row skipping compares repeated headers with them) */
  readonly headers: readonly string[];
}

const headerCells = (row: readonly Cell[]): string[] => row.map((c) => (typeof c === 'string' ? cleanCell(c) : ''));

/** The layout a header row gives, or null when it names no 姓名 or no quarter. */
export function layoutOfHeaderRow(row: readonly Cell[], headerRow: number): QuarterSheetLayout | null {
  const texts = headerCells(row);
  const quarterColumns: (number | undefined)[] = [undefined, undefined, undefined, undefined];
  const rest = texts.map((t, i) => {
    const q = quarterOfHeader(t);
    // the first column naming a quarter takes it; a second one (一季度备注…) is not a grade column
    if (q !== null) {
      if (quarterColumns[q - 1] === undefined) quarterColumns[q - 1] = i;
      return '';
    }
    return t;
  });
  const mapping: (RosterFieldKey | null)[] = autoMapColumns(rest);
  const column = (field: RosterFieldKey) => (mapping.includes(field) ? mapping.indexOf(field) : undefined);
  const nameColumn = column('name');
  if (nameColumn === undefined || quarterColumns.every((c) => c === undefined)) return null;
  return { headerRow, nameColumn, idColumn: column('idNumber'), unitColumn: column('unitName'), quarterColumns, headers: texts.map(normalizeHeader) };
}

const quarterCount = (l: QuarterSheetLayout) => l.quarterColumns.filter((c) => c !== undefined).length;
const quarterHeaderRule: HeaderRule<QuarterSheetLayout> = { layoutOf: layoutOfHeaderRow, strength: quarterCount, scanRows: quarterHeaderScanRows };

/** The header: the row among the first ones naming 姓名 and the most quarters; the upper one wins a tie. */
export const findQuarterHeader = (grid: SheetGrid, scanRows = quarterHeaderScanRows): QuarterSheetLayout | null =>
  strongestHeader(grid, { ...quarterHeaderRule, scanRows });

/**
 * The sheet to read: the visible, non-instruction sheet whose header names the most quarters
 * (then the one with most rows, then the first). Null when no sheet has such a header.
 */
export const chooseQuarterSheet = (grids: readonly SheetGrid[]): { readonly index: number; readonly layout: QuarterSheetLayout } | null =>
  chooseSheetByHeader(grids, quarterHeaderRule);

// ── grades ──────────────────────────────────────────────────────────────

/** How a grade is written: the five names of the regulations, and 不确定 for 不确定等次. Data: add a spelling here. */
export const quarterGradeAliases: Readonly<Record<string, QuarterGrade>> = {
  好: 'good',
  较好: 'fair',
  一般: 'average',
  较差: 'poor',
  不确定等次: 'undetermined',
  不确定: 'undetermined',
};

/** What offices put in a cell that has no grade yet. */
const blankMarks = new Set(['/', '\\', '-', '--', '—', '——', '－', '─']);

const gradeList = Object.values(quarterGradeLabels).join('/');

export type GradeCellResult = { readonly ok: true; readonly grade: QuarterGrade | null } | { readonly ok: false; readonly text: string };

/** A grade cell: a grade, null for an empty cell, or the text that is not a grade. */
export function parseGradeCell(cell: Cell | undefined): GradeCellResult {
  if (isBlankCell(cell)) return { ok: true, grade: null };
  const shown = cleanCell(cellText(cell ?? null));
  const compact = toHalfWidth(shown).replace(/[\s"'“”‘’「」『』]+/g, '');
  if (compact === '' || blankMarks.has(compact)) return { ok: true, grade: null };
  const grade = typeof cell === 'string' ? quarterGradeAliases[compact] : undefined;
  return grade ? { ok: true, grade } : { ok: false, text: shown };
}

export const gradeProblem = (quarter: number, text: string): string => `${quarterName(quarter)}：“${text}”不是有效等次（应为${gradeList}）`;

// ── rows ────────────────────────────────────────────────────────────────

export interface QuarterSheetRow {
  /** 1-based sheet row */
  readonly row: number;
  /** cleaned (张  三 -> 张三); '' when empty */
  readonly name: string;
  /** the ID number when the cell holds a valid one */
  readonly idNumber: string | null;
  /** the 单位 cell, cleaned; '' when empty or without the column */
  readonly unitName: string;
  /** Q1..Q4; null = empty cell or no column for the quarter (the stored grade stays) */
  readonly grades: readonly (QuarterGrade | null)[];
  /** Chinese, each naming its field */
  readonly problems: string[];
}

export interface QuarterSheetRows {
  readonly rows: QuarterSheetRow[];
  readonly skipped: { readonly row: number; readonly reason: string }[];
}

/** The rows under the header: people's rows (checked cell by cell) and the lines skipped on purpose. */
export function readQuarterRows(grid: SheetGrid, layout: QuarterSheetLayout): QuarterSheetRows {
  const out: QuarterSheetRows = { rows: [], skipped: [] };
  const skip = { nameColumn: layout.nameColumn, headers: layout.headers, normalized: new Map<string, string>() };
  for (let i = layout.headerRow; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    const row = i + 1;
    const reason = skipReason(cells, skip);
    if (reason) {
      out.skipped.push({ row, reason });
      continue;
    }
    const name = cleanName(cellText(cells[layout.nameColumn] ?? null));
    const gradeCells = layout.quarterColumns.map((c) => (c === undefined ? null : (cells[c] ?? null)));
    // A line without a name and without grades is a section heading (一、机关科室) or a merged 单位 carried down.
    if (name === '' && gradeCells.every((c) => isBlankCell(c))) {
      out.skipped.push({ row, reason: '姓名和各季度等次均为空，视为分组标题或空白行' });
      continue;
    }
    const problems: string[] = [];
    if (name === '') problems.push('姓名：姓名为空');
    const grades = gradeCells.map((cell, q) => {
      const parsed = parseGradeCell(cell);
      if (parsed.ok) return parsed.grade;
      problems.push(gradeProblem(q + 1, parsed.text));
      return null;
    });
    let idNumber: string | null = null;
    const idCell = layout.idColumn === undefined ? null : (cells[layout.idColumn] ?? null);
    if (typeof idCell === 'number' || (typeof idCell === 'string' && idCell.trim() !== '')) {
      const check = checkIdNumberCell(idCell);
      if (check.ok) idNumber = check.value;
      else problems.push(`身份证号：${check.message}`);
    }
    const unitName = layout.unitColumn === undefined ? '' : cleanCell(cellText(cells[layout.unitColumn] ?? null));
    out.rows.push({ row, name, idNumber, unitName, grades, problems });
  }
  return out;
}
