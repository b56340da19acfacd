import { normalizeHeader } from './column-aliases';
import { cellText, isBlankCell, type Cell } from './sheet-grid';

/**
 * Lines under the header that are not people and are skipped on purpose (and listed as such):
 * blank rows, 合计/小计/共N人 lines, the header repeated (printed rosters repeat it on every
 * page), a row of column numbers (1 2 3 … under the header of official forms), and the
 * 填表人/审核人 line at the bottom.
 */

const totalLine = /^(合计|小计|总计|共计|总人数|人数合计|本页合计|本页小计)|^共\d+(人|名)/;
const footerLine = /^(填表人|制表人|审核人|审核|负责人|单位负责人|填报人|联系人|联系电话|填表日期|制表日期|单位\(盖章\)|单位（盖章）|注[:：]|说明[:：]|备注[:：])/;

const compact = (cell: Cell | undefined) => cellText(cell).replace(/[\s\u3000\u00a0]+/g, '');

export interface SkipContext {
  /** 0-based column of 姓名, when mapped */
  readonly nameColumn: number | undefined;
  /** the header row's cells, normalized (see `normalizeHeader`) */
  readonly headers: readonly string[];
  /** normalized texts seen so far: a column repeats the same few values, each is normalized once */
  readonly normalized?: Map<string, string>;
}

/** Cheap test before normalizing: could this cell repeat a header? (short text, no digits) */
const headerLike = (cell: Cell | undefined): cell is string => typeof cell === 'string' && cell.length <= 24 && !/\d/.test(cell);

/** Why a row is skipped, or null when it is a person's row to validate. */
export function skipReason(row: readonly Cell[], ctx: SkipContext): string | null {
  const filled: number[] = [];
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) filled.push(i);
  if (filled.length === 0) return '空行';

  const name = ctx.nameColumn === undefined ? '' : compact(row[ctx.nameColumn]);
  const first = compact(row[filled[0]!]);
  // A total line names itself in its first cell or in the 姓名 cell, and has no real name.
  if ((totalLine.test(first) || totalLine.test(name)) && (name === '' || totalLine.test(name))) return '合计行';
  if ((footerLine.test(first) || footerLine.test(name)) && (name === '' || footerLine.test(name))) return '表尾签名或说明行';

  let sameAsHeader = 0;
  let headerCells = 0;
  for (const i of filled) {
    const header = ctx.headers[i];
    if (!header) continue;
    headerCells++;
    const cell = row[i];
    if (headerLike(cell) && normalizedOnce(cell, ctx.normalized) === header) sameAsHeader++;
  }
  if (headerCells > 0 && sameAsHeader >= 2 && sameAsHeader * 2 >= filled.length) return '重复的表头行';

  // 1, 2, 3, … across the columns: the column-number row of an official form.
  if (filled.length >= 3 && isColumnNumberRow(row, filled)) return '列序号行';
  return null;
}

function normalizedOnce(text: string, cache: Map<string, string> | undefined): string {
  let n = cache?.get(text);
  if (n === undefined) {
    n = normalizeHeader(text);
    if (cache && cache.size < 10_000) cache.set(text, n);
  }
  return n;
}

function isColumnNumberRow(row: readonly Cell[], filled: readonly number[]): boolean {
  let k = 0;
  for (const col of filled) {
    const v = compact(row[col]);
    if (k === 0 && v === '栏次') continue;
    if (v !== String(++k)) return false;
  }
  return k >= 3;
}
