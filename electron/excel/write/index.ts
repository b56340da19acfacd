// The public face of electron/excel/write: what other features import from it. Import this, not the files inside.
export { addTableSheet, bodyFontName, createWorkbook, displayWidth, safeSheetName, styles, workbookBytes } from './workbook-style';
export type { CellValue, StyledWorkbook, TableColumn, TableSheetOptions } from './workbook-style';
export { makeExcelWritesXmlSafe } from './xml-safe-writer';
export { excelJsLibrary } from '../libraries';
