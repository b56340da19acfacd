import { AppError } from '../../../shared/errors';
import { assertZipWithinLimits, readLimits } from './read-limits';
import { zipEntries } from './zip-entries';
import { sheetJsLibrary } from '../libraries';

/**
 * Which reader a file needs, decided by its bytes, never by its extension: offices rename files,
 * and old systems save HTML tables as .xls. Everything unreadable is refused here with a message
 * that says what the file is and what to do.
 */
export type TableFormat =
  /** Office Open XML workbook (exceljs) */
  | 'xlsx'
  /** Excel 97-2003 BIFF in an OLE2 container (SheetJS) */
  | 'xls'
  /** an HTML table or SpreadsheetML 2003 saved as .xls by some systems (SheetJS) */
  | 'markup'
  | 'csv';

const ole2Magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

export const passwordMessage = '文件设置了打开密码，请在 Excel 中取消密码后再导入';
export const encryptedError = () => new AppError('FILE_ENCRYPTED', passwordMessage);
export const corruptError = (detail?: string) =>
  new AppError('FILE_CORRUPT', `文件已损坏，无法读取${detail ? `（${detail}）` : ''}。请在 Excel 中打开它，确认内容完好后另存为 .xlsx 再导入。`);
const notWorkbook = (what: string) => new AppError('FILE_NOT_WORKBOOK', `该文件不是 Excel 工作簿（${what}）`);
const unknownFormat = () =>
  new AppError('FILE_UNKNOWN_FORMAT', '无法识别该文件的格式。请选择 Excel 工作簿（.xlsx、.xls）或逗号分隔的 CSV 文件。');

function classifyZip(bytes: Uint8Array): TableFormat {
  const entries = zipEntries(bytes);
  if (!entries) throw corruptError('压缩结构不完整，可能没有下载或复制完整');
  const names = entries.map((e) => e.name);
  const has = (name: string) => names.includes(name);
  if (has('xl/workbook.xml')) {
    // before exceljs or SheetJS inflates anything (readXlsxOrFallback may try both)
    assertZipWithinLimits(entries);
    return 'xlsx';
  }
  if (has('xl/workbook.bin')) throw new AppError('FILE_NOT_WORKBOOK', '这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再导入');
  if (has('word/document.xml')) throw notWorkbook('可能是 Word 文档改了扩展名');
  if (has('ppt/presentation.xml')) throw notWorkbook('可能是 PowerPoint 演示文稿改了扩展名');
  if (has('content.xml') && has('mimetype')) throw new AppError('FILE_NOT_WORKBOOK', '这是 WPS/LibreOffice 的 .ods 表格，请另存为 .xlsx 后再导入');
  throw notWorkbook('是一个压缩包，不是 .xlsx');
}

/** The part of SheetJS' bundled CFB (OLE2 compound file) reader used here; it ships untyped. */
interface CompoundFileApi {
  read(data: Uint8Array, options: { type: 'buffer' }): unknown;
  find(container: unknown, path: string): unknown;
}
const compoundFile = (): CompoundFileApi => sheetJsLibrary().CFB;

function classifyOle2(bytes: Uint8Array): TableFormat {
  let container: unknown;
  try {
    container = compoundFile().read(bytes, { type: 'buffer' });
  } catch {
    throw corruptError();
  }
  const has = (name: string) => compoundFile().find(container, name) != null;
  // A password-protected .xlsx is an OLE2 container holding the encrypted zip.
  if (has('EncryptedPackage') || has('EncryptionInfo')) throw encryptedError();
  if (has('Workbook') || has('Book')) return 'xls';
  if (has('WordDocument')) throw notWorkbook('可能是 Word 文档改了扩展名');
  if (has('PowerPoint Document')) throw notWorkbook('可能是 PowerPoint 演示文稿改了扩展名');
  throw notWorkbook('是其他 Office 文件');
}

/** Text files: no control characters other than tab, line breaks and form feed. */
function looksLikeText(sample: Uint8Array): boolean {
  for (const b of sample) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) return false;
  return true;
}

const isUtf16Bom = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

export function detectFormat(bytes: Uint8Array): TableFormat {
  if (bytes.length === 0) throw new AppError('FILE_EMPTY', '文件是空的（0 字节），请检查是否选错了文件。');
  if (bytes.length > readLimits.maxBytes) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new AppError('FILE_TOO_LARGE', `文件有 ${mb} MB，超过了 20 MB 的上限。请删去无关的工作表或把花名册拆成几个文件分批导入。`);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return classifyZip(bytes);
  if (startsWith(bytes, ole2Magic)) return classifyOle2(bytes);
  if (startsWith(bytes, [0x09, 0x08]) || startsWith(bytes, [0x09, 0x04]) || startsWith(bytes, [0x09, 0x02])) return 'xls'; // bare BIFF stream
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw notWorkbook('是 PDF 文件');
  if (isUtf16Bom(bytes)) return 'csv';
  const sample = bytes.subarray(0, 8192);
  if (!looksLikeText(sample)) throw unknownFormat();
  // Markup is ASCII at the start whatever the encoding; skip a UTF-8 BOM and leading blanks.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 65536)).replace(/^\u00ef\u00bb\u00bf/, '').trimStart().toLowerCase();
  if (head.startsWith('<') && /<table|<html|urn:schemas-microsoft-com:office:spreadsheet/.test(head)) return 'markup';
  return 'csv';
}
