import type ExcelJS from 'exceljs';
import { excelJsLibrary } from '../libraries';
import { excelSerialToDate } from '../../../shared/normalize';
import type { Cell, SheetGrid } from '../../../shared/roster-import';
import { corruptError, encryptedError } from './detect-format';
import { assertRowLimit } from './read-limits';

/**
 * .xlsx -> sheets of resolved cells (exceljs). Formula cells give their cached result, rich text
 * and hyperlinks their text, error values (#N/A) their code. A cell merged down over several
 * rows (a 部门 written once for its people) repeats its value on every row of the merge; a merge
 * across columns (a title) keeps the value in its first column only.
 */

type ExcelValue = ExcelJS.CellValue;

/** A number format that shows a date (yyyy-mm-dd, yyyy"年"m"月", …), ignoring quoted text and [colour] codes. */
const isDateFormat = (numFmt: string | undefined): boolean =>
  !!numFmt && numFmt !== 'General' && /[ymd]/i.test(numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

function resolveValue(value: ExcelValue, cell: ExcelJS.Cell, date1904: boolean): Cell {
  if (value == null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    // A formula's cached result is stored as a plain number even when the cell shows a date.
    if (typeof result === 'number' && isDateFormat(cell.numFmt)) return excelSerialToDate(result, date1904);
    if (result instanceof Date || typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return result;
    if (result && typeof result === 'object' && 'error' in result) return String((result as { error: unknown }).error);
    return null;
  }
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && 'richText' in text) return (text as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    return value.hyperlink;
  }
  if ('error' in value) return String(value.error);
  return null;
}

const emptyRow: readonly Cell[] = Object.freeze([]);

function sheetGrid(worksheet: ExcelJS.Worksheet, date1904: boolean): SheetGrid {
  const rows: (readonly Cell[])[] = [];
  let lastUsed = 0;
  let used = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    let any = false;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged cell other than the top-left one reports the top-left value; keep it only
      // below the top-left cell (fill down), not beside it.
      if (cell.isMerged && cell.master !== cell && cell.master.col !== cell.col) return;
      const value = resolveValue(cell.value, cell, date1904);
      if (value === null || value === '') return;
      cells[col - 1] = value;
      any = true;
    });
    if (!any) return;
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
    lastUsed = rowNumber;
    used++;
  });
  assertRowLimit(worksheet.name, used);
  rows.length = lastUsed;
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = emptyRow;
  return { name: worksheet.name, rows, hidden: worksheet.state === 'hidden' || worksheet.state === 'veryHidden' };
}

export async function readXlsx(bytes: Uint8Array): Promise<{ sheets: SheetGrid[]; date1904: boolean }> {
  const workbook = new (excelJsLibrary().Workbook)();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    const message = (error as Error)?.message ?? '';
    if (/encrypt|password/i.test(message)) throw encryptedError();
    throw corruptError(message ? `无法解析工作簿：${message.slice(0, 80)}` : undefined);
  }
  const date1904 = workbook.properties?.date1904 === true;
  return { sheets: workbook.worksheets.map((ws) => sheetGrid(ws, date1904)), date1904 };
}
