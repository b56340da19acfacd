import { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { excelJsLibrary } from '../libraries';
import { makeExcelWritesXmlSafe } from './xml-safe-writer';

/**
 * The one look every exported table shares (花名册, 民主测评结果统计表, 星级公示榜, 年度考核结果汇总表 …):
 * a merged title, a 填报单位/日期 line, a bold bordered header repeated on every printed page,
 * 宋体 body with thin borders, A4 fitted to one page wide, `— 1 —` page numbers and the
 * 单位（盖章）/填表人/审核人/日期 line in the page footer.
 *
 * It writes with exceljs' streaming writer. Title and header go through exceljs; body rows, which
 * are all alike (one style per column), are serialized here straight into the sheet stream (see
 * `bodyRowXml`), because exceljs builds a Row and Cell objects per cell and a 10,000-person roster
 * must export within 1.5× of a bare exceljs streaming write. The price of streaming is the order of
 * calls: set everything up in `addTableSheet`, add rows top to bottom, `finish()`.
 *
 *   const workbook = createWorkbook();
 *   const sheet = addTableSheet(workbook, { sheetName: '人员花名册', title: '某办人员花名册', columns });
 *   for (const p of people) sheet.addRow([ … ]);
 *   sheet.finish();
 *   const bytes = await workbookBytes(workbook);
 *
 * Inside the body, `addMergedRow` writes a row merged across the table (a group subtitle, a total
 * in words) and `addTotalRow` a bold total in the table's own columns; both stream like body rows.
 * Several sheets go into one workbook one after the other: finish a sheet before adding the next,
 * name them with `safeSheetName`, and number each sheet's pages from — 1 — with
 * `createWorkbook({ pagesPerSheet: true })` when they are separate forms printed as one packet.
 */

/** Body values. Dates go in as the text the office writes (1985.06, 2026-11-25), not as date cells. */
export type CellValue = string | number | boolean | null | undefined;

export interface TableColumn {
  readonly header: string;
  /** width in Excel characters (a CJK character counts about 2) */
  readonly width: number;
  /** e.g. '@' for text that must stay text (身份证号), '0.00' for scores */
  readonly numFmt?: string;
  /** default 'center' (office tables center short values); use 'left' for names of units, 备注 … */
  readonly align?: 'left' | 'center' | 'right';
  /** wrap long text (row heights are estimated so wrapped text is not cut when printed) */
  readonly wrap?: boolean;
  /**
   * Consecutive columns with the same group get a merged group header above their own headers
   * (e.g. 评价意见 over 优秀/称职/基本称职/不称职); the other headers then span both header rows.
   */
  readonly group?: string;
}

export interface TableSheetOptions {
  readonly sheetName: string;
  /** the merged title, e.g. 「某某办公室人员花名册」 */
  readonly title: string;
  /** the line under the title: 填报单位 on the left, 日期 on the right */
  readonly subtitle?: { readonly left?: string; readonly right?: string };
  readonly columns: readonly TableColumn[];
  /** A4 landscape for wide tables (default: portrait) */
  readonly landscape?: boolean;
  /** the page footer with 单位（盖章）/填表人/审核人/日期 and `— 1 —` (default true); false keeps only the page number */
  readonly signatureFooter?: boolean;
  /**
   * How many leading columns name a row (序号, 姓名 …; default 2): a table too wide for one page at a
   * readable size prints on several pages across, each repeating these columns (see `printLayout`).
   */
  readonly keyColumns?: number;
}

export interface TableSheet {
  readonly worksheet: ExcelJS.Worksheet;
  /** 1-based sheet row of the header (the last header row when grouped) */
  readonly headerRow: number;
  /** appends one body row; values in column order; returns its 1-based sheet row */
  addRow(values: readonly CellValue[]): number;
  /**
   * Merges one column's cells from `fromRow` to `toRow` (1-based sheet rows already added), as office
   * lists merge a 目标 over its tasks; the value stays the top cell's.
   */
  mergeDown(column: number, fromRow: number, toRow: number): void;
  /**
   * Appends a row merged across the table: a group subtitle (「一、班子成员（4人，优秀名额1名）」,
   * 'section'), a closing line in words (「合计：优秀7人，称职40人」, 'total'), or an unboxed 'note'.
   */
  addMergedRow(text: string, kind?: MergedRowKind): void;
  /**
   * Appends a total row in the table's own columns: `label` merged over the first `labelSpan`
   * columns, then `values` for the columns after it, in bold with the columns' number formats
   * (or `numFmt` for all of them: counts under columns of words).
   */
  addTotalRow(label: string, labelSpan: number, values: readonly CellValue[], numFmt?: string): void;
  /** writes the sheet out; no rows may be added afterwards */
  finish(): void;
}

/** What a merged row is for; each has its own style (see `styles`). */
export type MergedRowKind = 'section' | 'total' | 'note';

export interface StyledWorkbook {
  readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  readonly chunks: Buffer[];
  /** every sheet's pages are numbered from — 1 — (a workbook of separate forms); otherwise numbering runs on across sheets when printed together */
  readonly pagesPerSheet: boolean;
}

export interface WorkbookOptions {
  /** number each sheet's printed pages from — 1 —: for a workbook of forms printed as one packet */
  readonly pagesPerSheet?: boolean;
}

/** Windows ships 宋体; LibreOffice and other systems substitute a CJK serif. */
export const bodyFontName = '宋体';
/** The text size of every table's header, body and notes; the title is bigger. */
export const bodyFontSize = 11;
const titleFontSize = 18;

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const allBorders: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const styles = {
  title: { font: { name: bodyFontName, size: titleFontSize, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  subtitleLeft: { font: { name: bodyFontName, size: bodyFontSize }, alignment: { horizontal: 'left', vertical: 'middle' } },
  subtitleRight: { font: { name: bodyFontName, size: bodyFontSize }, alignment: { horizontal: 'right', vertical: 'middle' } },
  header: {
    font: { name: bodyFontName, size: bodyFontSize, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: allBorders,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } },
  },
  /** merged rows inside a table (group subtitles, totals in words) and notes under it */
  section: { font: { name: bodyFontName, size: bodyFontSize, bold: true }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true, indent: 1 }, border: allBorders },
  total: { font: { name: bodyFontName, size: bodyFontSize, bold: true }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true, indent: 1 }, border: allBorders },
  note: { font: { name: bodyFontName, size: bodyFontSize }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } },
  totalLabel: { font: { name: bodyFontName, size: bodyFontSize, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: allBorders },
} as const satisfies Record<string, Partial<ExcelJS.Style>>;

// a wrapped line of 11 pt text takes about 15 pt in Excel and LibreOffice, plus the cell's margins
const rowHeights = { title: 36, subtitle: 22, header: 24, groupedHeader: 20, body: 20, bodyLine: 15 };

/** No printed word may be smaller than this (issue 14 §8: papers read at arm's length). */
export const minimumPrintedPoints = 8;
/**
 * Printed width of one Excel width unit, in points, at 100 %: LibreOffice measures columns with the
 * workbook's default font, which it may not have (no Calibri on Linux), and then takes ~6.8 pt where
 * Excel takes ~5.3. The larger is used, so a table judged to fit does so in either program.
 */
const pointsPerWidthUnit = 6.8;
/** A4 (595 × 842 pt) less the 0.5-inch left and right margins set below */
const printableWidth = { portrait: 595 - 72, landscape: 842 - 72 };
/** a little above the minimum: the estimate of LibreOffice's scale is not exact */
const targetScale = (minimumPrintedPoints + 0.5) / bodyFontSize;

export interface PrintLayout {
  /** pages across: 1 = fitted to one page wide, as before */
  readonly pagesAcross: number;
  /** columns repeated on the left of every page across ('' when one page wide) */
  readonly repeatedColumns: string;
}

/**
 * How a table prints on A4 with every word at 8 pt or more: fitted to one page wide when that scale
 * keeps the body text readable, otherwise on as many pages across as it needs, each repeating the
 * key columns (序号, 姓名) so a page on its own still says whose figures it holds, pages numbered
 * across first (the two halves of the same rows are consecutive). Fit-to-width would otherwise print
 * a 40-column table at 5 pt.
 */
export function printLayout(columns: readonly Pick<TableColumn, 'width'>[], landscape: boolean, keyColumns = 2): PrintLayout {
  const width = (cols: readonly Pick<TableColumn, 'width'>[]) => cols.reduce((sum, c) => sum + c.width, 0) * pointsPerWidthUnit;
  const printable = printableWidth[landscape ? 'landscape' : 'portrait'];
  const table = width(columns);
  if (table * targetScale <= printable) return { pagesAcross: 1, repeatedColumns: '' };
  const keys = Math.max(1, Math.min(keyColumns, columns.length - 1));
  // every page after the first repeats the key columns: they take part of its width
  const room = printable - width(columns.slice(0, keys)) * targetScale;
  const pagesAcross = 1 + Math.ceil((table * targetScale - printable) / room);
  return { pagesAcross, repeatedColumns: `A:${columnLetter(keys)}` };
}

/** The page footer: the sign-off line the office fills in by hand, and `— 1 —` under it. */
export function pageFooter(signature = true): string {
  const font = `&"${bodyFontName},常规"&11`;
  const signLine = '单位（盖章）：                填表人：                审核人：                日期：      年    月    日';
  return signature ? `&C${font}${signLine}\n— &P —` : `&C${font}— &P —`;
}

export function createWorkbook(options: WorkbookOptions = {}): StyledWorkbook {
  makeExcelWritesXmlSafe();
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new (excelJsLibrary().stream.xlsx.WorkbookWriter)({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = '干部考核测评系统';
  workbook.created = new Date();
  return { workbook, chunks, pagesPerSheet: options.pagesPerSheet ?? false };
}

/** Display width in Excel characters: CJK and full-width forms count 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

/**
 * A sheet name Excel accepts: none of [ ] : * ? / \, at most 31 characters, not used yet in `taken`
 * (compared case-insensitively, as Excel does); a clash gets 「（2）」, 「（3）」… The name is added to `taken`.
 */
export function safeSheetName(text: string, taken: Set<string>): string {
  const limit = 31;
  const base = text.replace(/[[\]:*?/\\]+/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, limit) || '工作表';
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, limit - String(n).length - 2)}（${n}）`;
  taken.add(name);
  return name;
}

const columnLetter = (n: number): string => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};

export function addTableSheet(target: StyledWorkbook, options: TableSheetOptions): TableSheet {
  const { columns } = options;
  const lastColumn = columnLetter(columns.length);
  const grouped = columns.some((c) => c.group);
  const titleRow = 1;
  const subtitleRow = options.subtitle ? 2 : 0;
  const firstHeaderRow = (subtitleRow || titleRow) + 1;
  const headerRow = firstHeaderRow + (grouped ? 1 : 0);

  const layout = printLayout(columns, options.landscape ?? false, options.keyColumns);
  // a table printed on pages across keeps its key columns in view on screen too
  const split = layout.pagesAcross > 1;
  const xSplit = split ? Math.max(1, Math.min(options.keyColumns ?? 2, columns.length - 1)) : 0;
  const worksheet = target.workbook.addWorksheet(options.sheetName, {
    views: [{ state: 'frozen', xSplit, ySplit: headerRow, topLeftCell: `${columnLetter(xSplit + 1)}${headerRow + 1}`, activeCell: `A${headerRow + 1}`, showGridLines: false }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: options.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: layout.pagesAcross,
      fitToHeight: 0, // as many pages tall as needed
      printTitlesRow: `${firstHeaderRow}:${headerRow}`,
      ...(layout.repeatedColumns ? { printTitlesColumn: layout.repeatedColumns, pageOrder: 'overThenDown' as const } : {}),
      ...(target.pagesPerSheet ? { firstPageNumber: 1 } : {}),
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.9, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: pageFooter(options.signatureFooter ?? true), differentFirst: false, differentOddEven: false },
  });
  worksheet.columns = columns.map((c) => ({ width: c.width }));

  // Title and subtitle: merged across the table.
  const title = worksheet.getRow(titleRow);
  // a title wider than a narrow table wraps (centred over it, it would be cut at both edges)
  const titleSpan = columns.slice(split ? xSplit : 0).reduce((sum, c) => sum + c.width, 0);
  const titleLines = Math.max(1, Math.ceil((displayWidth(options.title) * titleFontSize) / bodyFontSize / Math.max(10, titleSpan - 2)));
  title.height = titleLines > 1 ? titleLines * 24 + 8 : rowHeights.title;
  // On pages across, a title centred over the whole table would print cut in two: it starts on the
  // first page, after the repeated key columns (whose cells every page repeats, title rows included).
  const titleColumn = split ? xSplit + 1 : 1;
  const titleFrom = `${columnLetter(titleColumn)}`;
  title.getCell(titleColumn).value = options.title;
  title.getCell(titleColumn).style = split ? { ...styles.title, alignment: { ...styles.title.alignment, horizontal: 'left' } } : styles.title;
  worksheet.mergeCells(`${titleFrom}${titleRow}:${lastColumn}${titleRow}`);

  if (options.subtitle && split) {
    // likewise the 填报单位/日期 line: both on the first page
    const row = worksheet.getRow(subtitleRow);
    row.height = rowHeights.subtitle;
    row.getCell(titleColumn).value = [options.subtitle.left, options.subtitle.right].filter(Boolean).join('\u3000\u3000');
    row.getCell(titleColumn).style = styles.subtitleLeft;
    worksheet.mergeCells(`${titleFrom}${subtitleRow}:${lastColumn}${subtitleRow}`);
  } else if (options.subtitle) {
    const row = worksheet.getRow(subtitleRow);
    row.height = rowHeights.subtitle;
    // the left text gets the columns it needs (a long 测评范围 line), the right text the rest
    let needed = 0;
    for (let w = 0; needed < columns.length && w < displayWidth(options.subtitle.left ?? '') + 2; needed++) w += columns[needed]!.width;
    const half = Math.max(1, Math.min(columns.length - 1, Math.max(needed, Math.ceil(columns.length / 2))));
    row.getCell(1).value = options.subtitle.left ?? '';
    row.getCell(1).style = styles.subtitleLeft;
    if (half > 1) worksheet.mergeCells(`A${subtitleRow}:${columnLetter(half)}${subtitleRow}`);
    row.getCell(half + 1).value = options.subtitle.right ?? '';
    row.getCell(half + 1).style = styles.subtitleRight;
    if (half + 1 < columns.length) worksheet.mergeCells(`${columnLetter(half + 1)}${subtitleRow}:${lastColumn}${subtitleRow}`);
  }

  // Header: one row, or two when some columns are grouped.
  // A header too long for its column wraps: give its row the lines it needs.
  const headerLines = Math.max(1, ...columns.map((c) => Math.ceil(displayWidth(c.header) / Math.max(2, c.width - 1))));
  for (let r = firstHeaderRow; r <= headerRow; r++) {
    const row = worksheet.getRow(r);
    const height = grouped ? rowHeights.groupedHeader : rowHeights.header;
    row.height = headerLines > 1 && r === headerRow ? Math.max(height, headerLines * rowHeights.bodyLine + 6) : height;
    columns.forEach((_c, i) => (row.getCell(i + 1).style = styles.header));
  }
  columns.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    if (!grouped) {
      worksheet.getCell(`${letter}${headerRow}`).value = c.header;
    } else if (!c.group) {
      worksheet.getCell(`${letter}${firstHeaderRow}`).value = c.header;
      worksheet.mergeCells(`${letter}${firstHeaderRow}:${letter}${headerRow}`);
    } else {
      worksheet.getCell(`${letter}${headerRow}`).value = c.header;
      if (columns[i - 1]?.group !== c.group) {
        let end = i;
        while (columns[end + 1]?.group === c.group) end++;
        worksheet.getCell(`${letter}${firstHeaderRow}`).value = c.group;
        if (end > i) worksheet.mergeCells(`${letter}${firstHeaderRow}:${columnLetter(end + 1)}${firstHeaderRow}`);
      }
    }
  });
  worksheet.getRow(headerRow).commit();

  // One style per column, shared by every body cell of that column.
  const bodyStyles: Partial<ExcelJS.Style>[] = columns.map((c) => ({
    font: { name: bodyFontName, size: bodyFontSize },
    // left-aligned text gets an indent so it does not touch the border when printed
    alignment: { horizontal: c.align ?? 'center', vertical: 'middle', wrapText: c.wrap ?? false, ...(c.align === 'left' ? { indent: 1 } : {}) },
    border: allBorders,
    numFmt: c.numFmt ?? 'General',
  }));
  const internals = streamingInternals(worksheet, target.workbook);
  const styleIds = bodyStyles.map((style) => internals.addStyle(style));
  const letters = columns.map((_c, i) => columnLetter(i + 1));
  // Characters that fit on one line of a wrapped column (a little padding for the cell margins).
  const lineCapacity = columns.map((c) => Math.max(2, c.width - 1));
  const wrapped = columns.flatMap((c, i) => (c.wrap ? [i] : []));
  // Merged and total rows: their styles are added on first use, so plain tables stay as they were.
  const tableWidth = columns.reduce((sum, c) => sum + c.width, 0);
  const mergedStyleIds = new Map<MergedRowKind, number>();
  // by number format ('' = the columns' own): the label's style, then one per column
  const totalStyleIds = new Map<string, number[]>();

  let nextRow = headerRow + 1;
  let finished = false;
  const writable = () => {
    if (finished) throw new Error(`sheet ${options.sheetName} is already finished`);
  };
  const mergeAcross = (row: number, from: number, to: number) => {
    if (to > from) internals.merge(`${letters[from - 1]}${row}:${letters[to - 1]}${row}`);
  };
  return {
    worksheet,
    headerRow,
    addMergedRow(text, kind = 'section') {
      writable();
      let styleId = mergedStyleIds.get(kind);
      if (styleId === undefined) mergedStyleIds.set(kind, (styleId = internals.addStyle(styles[kind])));
      const lines = Math.max(1, Math.ceil(displayWidth(text) / Math.max(2, tableWidth - 4)));
      const height = Math.max(rowHeights.body + 2, lines * rowHeights.bodyLine + 8);
      const row = nextRow++;
      internals.write(bodyRowXml(row, height, [text], letters, letters.map(() => styleId), internals.sharedString));
      mergeAcross(row, 1, letters.length);
    },
    addTotalRow(label, labelSpan, values, numFmt) {
      writable();
      const span = Math.max(1, Math.min(labelSpan, letters.length));
      const key = numFmt ?? '';
      let ids = totalStyleIds.get(key);
      if (!ids) {
        const labelId = internals.addStyle(styles.totalLabel);
        ids = bodyStyles.map((style) => internals.addStyle({ ...style, font: { ...style.font, bold: true }, ...(numFmt ? { numFmt } : {}) }));
        ids.unshift(labelId);
        totalStyleIds.set(key, ids);
      }
      const [labelId, ...boldIds] = ids;
      const cellIds = boldIds.map((id, i) => (i < span ? labelId! : id));
      const row = nextRow++;
      internals.write(bodyRowXml(row, rowHeights.body, [label, ...new Array<CellValue>(span - 1).fill(null), ...values], letters, cellIds, internals.sharedString));
      mergeAcross(row, 1, span);
    },
    addRow(values) {
      writable();
      // Printed rows must show all of a wrapped cell: estimate its line count (Excel does not
      // re-measure rows on open, and LibreOffice only sometimes).
      let lines = 1;
      for (const i of wrapped) {
        const v = values[i];
        // a string of n characters is at most 2n wide: most cells are skipped without measuring
        if (typeof v === 'string' && v.length * 2 > lineCapacity[i]!) lines = Math.max(lines, Math.ceil(displayWidth(v) / lineCapacity[i]!));
      }
      const height = lines > 1 ? Math.max(rowHeights.body, lines * rowHeights.bodyLine + 6) : rowHeights.body;
      const row = nextRow++;
      internals.write(bodyRowXml(row, height, values, letters, styleIds, internals.sharedString));
      return row;
    },
    mergeDown(column, fromRow, toRow) {
      writable();
      if (toRow > fromRow) internals.merge(`${letters[column - 1]}${fromRow}:${letters[column - 1]}${toRow}`);
    },
    finish() {
      if (finished) return;
      finished = true;
      worksheet.commit();
    },
  };
}

/** One body row of SpreadsheetML: every cell carries its column's style, so empty cells keep their borders. */
export function bodyRowXml(
  rowNumber: number, height: number, values: readonly CellValue[], letters: readonly string[], styleIds: readonly number[],
  sharedString: (text: string) => number,
): string {
  let xml = `<row r="${rowNumber}" spans="1:${letters.length}" ht="${height}" customHeight="1">`;
  for (let i = 0; i < letters.length; i++) {
    const ref = `${letters[i]}${rowNumber}`;
    const v = values[i];
    if (v === null || v === undefined || v === '') xml += `<c r="${ref}" s="${styleIds[i]}"/>`;
    else if (typeof v === 'number') xml += Number.isFinite(v) ? `<c r="${ref}" s="${styleIds[i]}"><v>${v}</v></c>` : `<c r="${ref}" s="${styleIds[i]}"/>`;
    else if (typeof v === 'boolean') xml += `<c r="${ref}" s="${styleIds[i]}" t="b"><v>${v ? 1 : 0}</v></c>`;
    else xml += `<c r="${ref}" s="${styleIds[i]}" t="s"><v>${sharedString(v)}</v></c>`;
  }
  return `${xml}</row>`;
}

/**
 * The parts of exceljs 4.4's streaming writer the body-row path uses (exceljs is pinned; the
 * export tests read every file back with exceljs and LibreOffice). Checked here so an upgrade that
 * moves them fails loudly instead of writing a broken file.
 */
interface StreamingInternals {
  addStyle(style: Partial<ExcelJS.Style>): number;
  sharedString(text: string): number;
  write(xml: string): void;
  /** records a merged range of rows already written as XML (exceljs' own mergeCells would re-create those rows) */
  merge(range: string): void;
}

function streamingInternals(worksheet: ExcelJS.Worksheet, workbook: ExcelJS.stream.xlsx.WorkbookWriter): StreamingInternals {
  const sheet = worksheet as unknown as { _write?: (xml: string) => void; startedData?: boolean; useSharedStrings?: boolean; _merges?: unknown[] };
  const book = workbook as unknown as { styles?: { addStyleModel?: (style: unknown, type: number) => number }; sharedStrings?: { add?: (text: string) => number } };
  const addStyleModel = book.styles?.addStyleModel;
  const add = book.sharedStrings?.add;
  // the title's merge is the first; its class (exceljs' Range) is what the sheet's merge list holds
  const merges = sheet._merges;
  const Range = merges?.[0]?.constructor as (new (range: string) => unknown) | undefined;
  if (typeof sheet._write !== 'function' || typeof addStyleModel !== 'function' || typeof add !== 'function' || sheet.startedData !== true || sheet.useSharedStrings !== true
    || !Array.isArray(merges) || typeof Range !== 'function' || typeof (merges[0] as { intersects?: unknown }).intersects !== 'function') {
    throw new Error('workbook-style: the exceljs streaming writer changed; update bodyRowXml/streamingInternals for it');
  }
  const stringType = 3; // ExcelJS.ValueType.String; irrelevant here since every body style names its numFmt
  return {
    addStyle: (style) => addStyleModel.call(book.styles, style, stringType),
    sharedString: (text) => add.call(book.sharedStrings, text),
    write: (xml) => sheet._write!.call(worksheet, xml),
    merge: (range) => void merges.push(new Range(range)),
  };
}

/** Finishes the workbook and returns the .xlsx bytes. Call after every sheet's `finish()`. */
export async function workbookBytes(target: StyledWorkbook): Promise<Uint8Array> {
  await target.workbook.commit();
  return new Uint8Array(Buffer.concat(target.chunks));
}
