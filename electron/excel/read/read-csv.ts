import { AppError } from '../../../shared/errors';
import type { Cell, SheetGrid } from '../../../shared/roster-import';
import { decodeText } from './decode-text';
import { assertRowLimit, assertTextLineLimit } from './read-limits';

/**
 * CSV (or tab-separated text) -> one sheet of text cells. Quoted fields may hold the delimiter,
 * doubled quotes and line breaks (RFC 4180). Values stay text, so an 18-digit ID number written
 * as text keeps all its digits. `="0123"`, which some systems write to keep a code as text in
 * Excel, becomes `0123`.
 */

const emptyRow: readonly Cell[] = Object.freeze([]);

/** The delimiter: whichever of comma, tab, semicolon is most frequent on the first line outside quotes. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], ['\t', 0], [';', 0]]);
  let quoted = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

const unwrapFormulaText = (s: string) => (s.length >= 3 && s.startsWith('="') && s.endsWith('"') ? s.slice(2, -1).replace(/""/g, '"') : s);

/** Parses delimited text into rows of strings (empty fields as null). */
export function parseDelimited(text: string, delimiter = detectDelimiter(text)): (readonly Cell[])[] {
  const rows: (readonly Cell[])[] = [];
  let row: Cell[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    const value = wasQuoted ? field : unwrapFormulaText(field);
    row.push(value === '' ? null : value);
    field = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row.every((c) => c === null) ? emptyRow : row);
    row = [];
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
      wasQuoted = true;
    } else if (ch === delimiter) endField();
    else if (ch === '\n') endRow();
    else if (ch === '\r') {
      if (text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length > 0 || wasQuoted) endRow();
  while (rows.length > 0 && rows[rows.length - 1] === emptyRow) rows.pop();
  return rows;
}

export function readCsv(bytes: Uint8Array, sheetName: string): { sheets: SheetGrid[]; date1904: boolean } {
  assertTextLineLimit(sheetName, bytes);
  const decoded = decodeText(bytes);
  if (!decoded) {
    throw new AppError('FILE_UNKNOWN_FORMAT', '无法识别该文件的编码：它既不是 UTF-8 也不是 GBK 文本。请选择 Excel 工作簿（.xlsx、.xls）或 CSV 文件。');
  }
  const rows = parseDelimited(decoded.text.replace(/^\ufeff/, ''));
  let used = 0;
  for (const r of rows) if (r !== emptyRow) used++;
  assertRowLimit(sheetName, used);
  return { sheets: [{ name: sheetName, rows, hidden: false }], date1904: false };
}
