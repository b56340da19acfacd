import { AppError } from '../../shared/errors';
import type { SheetGrid } from '../../shared/roster/sheet-grid';
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
