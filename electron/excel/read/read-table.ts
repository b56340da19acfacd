import { AppError } from '../../../shared/errors';
import { stripXmlIllegal } from '../../../shared/normalize';
import type { SheetGrid } from '../../../shared/roster-import';
import { detectFormat } from './detect-format';
import { readCsv } from './read-csv';
import { readWithSheetJs } from './read-xls';
import { readXlsx } from './read-xlsx';

/**
 * Any table file a user picks -> sheets of resolved cells. The format comes from the bytes
 * (see detect-format.ts); every refusal is an AppError with a Chinese message. Nothing here
 * touches the database.
 */
export interface ReadTable {
  readonly format: 'xlsx' | 'xls' | 'csv';
  readonly sheets: SheetGrid[];
  /** dates in the workbook count from 1904 (old Mac files): serial numbers need it */
  readonly date1904: boolean;
}

const baseName = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || '工作表1';

export async function readTable(bytes: Uint8Array, fileName: string): Promise<ReadTable> {
  const table = await readAnyFormat(bytes, fileName);
  return { ...table, sheets: table.sheets.map(withoutXmlIllegal) };
}

async function readAnyFormat(bytes: Uint8Array, fileName: string): Promise<ReadTable> {
  const format = detectFormat(bytes);
  switch (format) {
    case 'xlsx':
      return { format, ...(await readXlsxOrFallback(bytes)) };
    case 'xls':
      return { format, ...readWithSheetJs(bytes, false) };
    case 'markup':
      return { format: 'xls', ...readWithSheetJs(bytes, true) };
    case 'csv':
      return { format, ...readCsv(bytes, baseName(fileName)) };
  }
}

/**
 * Every import (花名册, 平时考核, …) reads through here, so this is where cells lose the characters
 * no .xlsx may hold (U+FFFE in a CSV, control characters from an old system's .xls): what is
 * imported can always be exported again.
 */
function withoutXmlIllegal(sheet: SheetGrid): SheetGrid {
  let changed = false;
  const rows = sheet.rows.map((row) => {
    if (!row.some((c) => typeof c === 'string' && stripXmlIllegal(c) !== c)) return row;
    changed = true;
    return row.map((c) => (typeof c === 'string' ? stripXmlIllegal(c) : c));
  });
  const name = stripXmlIllegal(sheet.name);
  return changed || name !== sheet.name ? { ...sheet, name, rows } : sheet;
}

/**
 * exceljs is strict about the XML it reads; workbooks from some office suites trip it. SheetJS
 * reads those too, so it gets a second try before the file is called corrupt.
 */
async function readXlsxOrFallback(bytes: Uint8Array): Promise<{ sheets: SheetGrid[]; date1904: boolean }> {
  try {
    return await readXlsx(bytes);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'FILE_CORRUPT') throw error;
    try {
      return readWithSheetJs(bytes, false);
    } catch (second) {
      if (second instanceof AppError && second.code !== 'FILE_CORRUPT') throw second;
      throw error;
    }
  }
}
