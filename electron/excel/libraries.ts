import type ExcelJSModule from 'exceljs';
import type * as SheetJsModule from '@e965/xlsx';
import type IconvLiteModule from 'iconv-lite';

/**
 * The spreadsheet libraries (exceljs, SheetJS, iconv-lite) are most of the main bundle's code, and
 * nothing before the first import or export needs them. Each is required on first use rather than at
 * start, so the app opens without evaluating them (ARCHITECTURE §7). A plain `require` of the package
 * name is what the bundler follows: the library stays inside the bundle, behind a function that runs
 * on the first call (the packaged app ships no node_modules besides better-sqlite3).
 */
/* eslint-disable @typescript-eslint/no-require-imports -- on-demand loading is the point here */
let excelJs: typeof ExcelJSModule | undefined;
let sheetJs: typeof SheetJsModule | undefined;
let iconvLite: typeof IconvLiteModule | undefined;

export const excelJsLibrary = (): typeof ExcelJSModule => (excelJs ??= require('exceljs') as typeof ExcelJSModule);
export const sheetJsLibrary = (): typeof SheetJsModule => (sheetJs ??= require('@e965/xlsx') as typeof SheetJsModule);
export const iconvLibrary = (): typeof IconvLiteModule => (iconvLite ??= require('iconv-lite') as typeof IconvLiteModule);

/** exceljs' XML text encoder, which xml-safe-writer.ts wraps: the bundled copy every exceljs writer calls. */
export const excelJsUtils = (): unknown => require('exceljs/lib/utils/utils.js');
/* eslint-enable @typescript-eslint/no-require-imports */
