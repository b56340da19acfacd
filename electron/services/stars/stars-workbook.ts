import type { StarCellState } from '../../../shared/stars/states';
import type { StarItem } from '../../../shared/stars/scheme';
import { starLegendText, starSymbols } from '../../../shared/stars/symbols';
import { addTableSheet, createWorkbook, workbookBytes, type CellValue, type StyledWorkbook, type TableColumn } from '../../excel/write';

/**
 * The 双十星 workbooks: 星级公示榜, 评星汇总表 and 十星级名单, in the shared table style (宋体, A4,
 * repeated header, sign-off footer), with the star symbols of the screen and the print view. Each
 * sheet has an add…Sheet function, so the 年终考核材料 can put them into its own workbook; the
 * write…Workbook functions wrap them as single files.
 */

/** What a board cell prints: the symbols of the screen and the print view (shared/stars/symbols), blank for 未申报. */
export const boardSymbols = starSymbols;
export const boardLegend = starLegendText;

/** What a 评星汇总表 cell says: the state in a word (★ as everywhere). */
export const summaryWords: Readonly<Record<StarCellState, string>> = { held: starSymbols.held, approved: '通过', removed: '摘星', none: '', claimed: '申报', refused: '未通过' };
export const summaryLegend = '★ 已授星　通过 评定通过待授星　未通过 评定未通过　申报 已申报待评定　摘星 已摘星';

const starColumns = (items: readonly StarItem[]): TableColumn[] => items.map((i) => ({ header: i.name, width: 7, wrap: true, group: '星　级' }));

export interface BoardSheetInput {
  readonly title: string;
  /** e.g. 「公示期：2026年4月1日至2026年4月6日」 */
  readonly subtitleLeft: string;
  /** 党组织 boards call the name column 党组织 */
  readonly nameHeader: string;
  readonly unitHeader: string;
  readonly items: readonly StarItem[];
  readonly rows: readonly { readonly name: string; readonly unitName: string; readonly post: string; readonly states: readonly StarCellState[]; /** 获星数, or 「—」 for 不得参评 */ readonly held: number | string; readonly tenStar: boolean; readonly remark: string }[];
  /** person boards show 职务 */
  readonly withPost: boolean;
}

export function boardColumns(input: Pick<BoardSheetInput, 'nameHeader' | 'unitHeader' | 'items' | 'withPost'>): TableColumn[] {
  return [
    { header: '序号', width: 6 },
    { header: input.nameHeader, width: input.withPost ? 10 : 20, align: input.withPost ? 'center' : 'left', wrap: true },
    { header: input.unitHeader, width: 18, align: 'left', wrap: true },
    ...(input.withPost ? [{ header: '职务', width: 12, wrap: true } satisfies TableColumn] : []),
    ...starColumns(input.items),
    { header: '星数', width: 6 },
    { header: '十星级', width: 8 },
    { header: '备注', width: 16, align: 'left', wrap: true },
  ];
}

/** One 星级公示榜 row in column order. */
export function boardRowCells(row: BoardSheetInput['rows'][number], index: number, withPost: boolean): CellValue[] {
  return [
    index + 1, row.name, row.unitName, ...(withPost ? [row.post] : []),
    ...row.states.map((s) => boardSymbols[s]),
    row.held, row.tenStar ? '是' : '', row.remark,
  ];
}

/** 星级公示榜: A4 landscape. */
export function addBoardSheet(workbook: StyledWorkbook, input: BoardSheetInput, placement: SheetPlacement = {}): void {
  const sheet = addTableSheet(workbook, {
    sheetName: placement.sheetName ?? '星级公示榜',
    title: input.title,
    subtitle: { left: input.subtitleLeft, right: boardLegend },
    columns: boardColumns(input),
    landscape: true,
  });
  input.rows.forEach((row, i) => sheet.addRow(boardRowCells(row, i, input.withPost)));
  sheet.finish();
}

export async function writeBoardWorkbook(input: BoardSheetInput): Promise<Uint8Array> {
  const workbook = createWorkbook();
  addBoardSheet(workbook, input);
  return workbookBytes(workbook);
}

export interface SummarySheetInput {
  readonly title: string;
  readonly subtitleLeft: string;
  /** e.g. 「制表日期：2026年12月31日」 */
  readonly subtitleRight?: string;
  readonly nameHeader: string;
  readonly items: readonly StarItem[];
  readonly rows: readonly { readonly name: string; readonly unitName: string; readonly period: string; readonly states: readonly StarCellState[]; /** 获星数, or 「—」 for 不得参评 */ readonly held: number | string; readonly remark: string }[];
}

/** Where a sheet goes when it is one among others (the 年终考核材料); by default as in its own file. */
export interface SheetPlacement {
  readonly sheetName?: string;
}

/** 评星汇总表: target × period, each star's state, 星数, 备注. */
export function addSummarySheet(workbook: StyledWorkbook, input: SummarySheetInput, placement: SheetPlacement = {}): void {
  const sheet = addTableSheet(workbook, {
    sheetName: placement.sheetName ?? '评星汇总表',
    title: input.title,
    subtitle: { left: input.subtitleLeft, right: input.subtitleRight ?? '' },
    columns: [
      { header: '序号', width: 6, numFmt: '0' },
      { header: input.nameHeader, width: 12, wrap: true },
      { header: '单位', width: 16, align: 'left', wrap: true },
      { header: '评星期次', width: 10 },
      ...starColumns(input.items),
      { header: '获星数', width: 7, numFmt: '0' },
      { header: '备注', width: 22, align: 'left', wrap: true },
    ],
    landscape: true,
  });
  input.rows.forEach((r, i) => sheet.addRow([i + 1, r.name, r.unitName, r.period, ...r.states.map((s) => summaryWords[s]), r.held, r.remark]));
  sheet.finish();
}

export async function writeSummaryWorkbook(input: SummarySheetInput): Promise<Uint8Array> {
  const workbook = createWorkbook();
  addSummarySheet(workbook, input);
  return workbookBytes(workbook);
}

export interface TenStarList {
  readonly sheetName: string;
  readonly title: string;
  readonly nameHeader: string;
  readonly withPost: boolean;
  readonly rows: readonly { readonly name: string; readonly unitName: string; readonly post: string; readonly stars: number; readonly points: number; readonly gates: string }[];
}

export interface TenStarListInput {
  readonly subtitleLeft: string;
  readonly lists: readonly TenStarList[];
}

/** One 十星级 名单 sheet, portrait; `emptyNote` is written as a row when the list is empty. */
export function addTenStarSheet(
  workbook: StyledWorkbook, list: TenStarList, subtitleLeft: string, options: SheetPlacement & { readonly emptyNote?: string; readonly subtitleRight?: string } = {},
): void {
  const sheet = addTableSheet(workbook, {
    sheetName: options.sheetName ?? list.sheetName,
    title: list.title,
    subtitle: { left: subtitleLeft, right: options.subtitleRight ?? '' },
    columns: [
      { header: '序号', width: 6, numFmt: '0' },
      { header: list.nameHeader, width: list.withPost ? 12 : 26, align: list.withPost ? 'center' : 'left', wrap: true },
      { header: '单位', width: 24, align: 'left', wrap: true },
      ...(list.withPost ? [{ header: '职务', width: 14, wrap: true } satisfies TableColumn] : []),
      { header: '获星数', width: 8, numFmt: '0' },
      { header: '星级积分', width: 9, numFmt: '0.00' },
      { header: '备注', width: 18, align: 'left', wrap: true },
    ],
  });
  list.rows.forEach((r, i) => sheet.addRow([i + 1, r.name, r.unitName, ...(list.withPost ? [r.post] : []), r.stars, r.points, r.gates]));
  if (list.rows.length === 0 && options.emptyNote) sheet.addMergedRow(options.emptyNote, 'total');
  sheet.finish();
}

/** 十星级党组织 / 十星级党员干部 名单: one sheet each, portrait. */
export async function writeTenStarWorkbook(input: TenStarListInput): Promise<Uint8Array> {
  const workbook = createWorkbook();
  for (const list of input.lists) addTenStarSheet(workbook, list, input.subtitleLeft);
  return workbookBytes(workbook);
}
