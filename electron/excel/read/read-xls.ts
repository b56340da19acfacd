import type * as XLSX from '@e965/xlsx';
import { excelSerialToDate } from '../../../shared/normalize';
import type { Cell, SheetGrid } from '../../../shared/roster-import';
import { corruptError, encryptedError } from './detect-format';
import { decodeText } from './decode-text';
import { sheetJsLibrary } from '../libraries';
import { assertRowLimit, readLimits } from './read-limits';

/**
 * .xls (Excel 97-2003), and the HTML tables / SpreadsheetML some systems save as .xls, read with
 * SheetJS. Same result as the .xlsx reader: resolved values, merges filled down.
 */

const emptyRow: readonly Cell[] = Object.freeze([]);

function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean): Cell {
  if (!cell || cell.v == null) return null;
  switch (cell.t) {
    case 's':
      return String(cell.v);
    case 'n':
      return typeof cell.v === 'number' ? cell.v : Number(cell.v);
    case 'b':
      return Boolean(cell.v);
    case 'd':
      // SheetJS hands out the non-existent 1900-02-29 (serial 60) as a bare number.
      return cell.v instanceof Date ? cell.v : typeof cell.v === 'number' ? excelSerialToDate(cell.v, date1904) : null;
    case 'e':
      return cell.w ?? null;
    default:
      return null;
  }
}

function sheetGrid(name: string, sheet: XLSX.WorkSheet, hidden: boolean, date1904: boolean): SheetGrid {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: (readonly Cell[])[] = [];
  let lastUsed = 0;
  let used = 0;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    if (!source) continue;
    const cells: Cell[] = [];
    let any = false;
    for (let c = 0; c < source.length; c++) {
      const v = cellValue(source[c], date1904);
      cells.push(v === '' ? null : v);
      if (v !== null && v !== '') any = true;
    }
    if (!any) continue;
    rows[r] = cells;
    lastUsed = r + 1;
    used++;
  }
  // Fill merges down: the top-left value repeats on each row of the merge, in its first column.
  for (const m of sheet['!merges'] ?? []) {
    const top = rows[m.s.r]?.[m.s.c] ?? null;
    if (top === null) continue;
    for (let r = m.s.r + 1; r <= m.e.r; r++) {
      const row = rows[r] && rows[r] !== emptyRow ? [...rows[r]!] : [];
      while (row.length <= m.s.c) row.push(null);
      row[m.s.c] = top;
      rows[r] = row;
      if (r + 1 > lastUsed) lastUsed = r + 1;
    }
  }
  assertRowLimit(name, used);
  rows.length = lastUsed;
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = emptyRow;
  return { name, rows, hidden };
}

export function readWithSheetJs(bytes: Uint8Array, markup: boolean): { sheets: SheetGrid[]; date1904: boolean } {
  let workbook: XLSX.WorkBook;
  try {
    workbook = sheetJsLibrary().read(markup ? decodeMarkup(bytes) : bytes, {
      type: markup ? 'string' : 'buffer',
      // HTML cells are text: without this SheetJS would turn an 18-digit ID into a rounded number.
      raw: markup,
      cellDates: true,
      dense: true,
      cellHTML: false,
      cellFormula: false,
      cellStyles: false,
      // One row over the limit is enough to refuse the file without reading all of a huge one.
      sheetRows: readLimits.maxRows + 1000,
    });
  } catch (error) {
    const message = (error as Error)?.message ?? '';
    if (/password|encrypt/i.test(message)) throw encryptedError();
    throw corruptError(message ? `无法解析工作簿：${message.slice(0, 80)}` : undefined);
  }
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const sheets = workbook.SheetNames.map((name, i) => {
    const hidden = (workbook.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
    return sheetGrid(name, workbook.Sheets[name]!, hidden, date1904);
  });
  return { sheets, date1904 };
}

/** HTML saved as .xls is UTF-8 or GBK. */
const decodeMarkup = (bytes: Uint8Array): string => decodeText(bytes)?.text ?? '';
