import { AppError } from '../../../shared/errors';
import type { ZipEntry } from './zip-entries';

/** What an import accepts; larger files are refused before they are parsed. */
export const readLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 50_000,
  /**
   * What the parts of an .xlsx may add up to once inflated. 50,000 rows of a 30-column roster
   * are about 75 MB of sheet XML, so this leaves room for wide sheets and their shared strings,
   * while a zip bomb (1.6 MB inflating to 5 million rows) is refused from the zip's directory.
   */
  maxUnzippedBytes: 150 * 1024 * 1024,
  /** A large part that inflates more than this many times is not what a spreadsheet program writes. */
  maxCompressionRatio: 200,
  compressionRatioFromBytes: 20 * 1024 * 1024,
} as const;

const mb = (bytes: number) => (Number.isFinite(bytes) ? `${Math.ceil(bytes / 1024 / 1024)} MB` : '无法确定的大小');

export function assertRowLimit(sheetName: string, rows: number): void {
  if (rows > readLimits.maxRows) {
    throw new AppError(
      'FILE_TOO_MANY_ROWS',
      `工作表「${sheetName}」有 ${rows} 行，超过了一次最多导入 ${readLimits.maxRows} 行的上限。请把花名册拆成几个文件分批导入。`,
    );
  }
}

/**
 * Refuses an .xlsx whose parts would inflate past the limits, from the sizes its central directory
 * declares: nothing is inflated, so a zip bomb costs microseconds instead of minutes and gigabytes.
 */
export function assertZipWithinLimits(entries: readonly ZipEntry[]): void {
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const largest = entries.reduce<ZipEntry | undefined>((a, e) => (!a || e.uncompressedSize > a.uncompressedSize ? e : a), undefined);
  if (total > readLimits.maxUnzippedBytes) {
    throw new AppError(
      'FILE_TOO_LARGE_UNZIPPED',
      `该工作簿解压后有 ${mb(total)}${largest ? `（其中「${largest.name}」${mb(largest.uncompressedSize)}）` : ''}，超过了解压后 ${mb(readLimits.maxUnzippedBytes)} 的上限`
        + `（一次最多导入 ${readLimits.maxRows} 行，正常的表格远小于此）。文件可能经过异常压缩，已拒绝，未读取其中的内容。`,
    );
  }
  for (const e of entries) {
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > readLimits.compressionRatioFromBytes && ratio > readLimits.maxCompressionRatio) {
      throw new AppError(
        'FILE_TOO_LARGE_UNZIPPED',
        `该工作簿中「${e.name}」解压后有 ${mb(e.uncompressedSize)}，是压缩后的 ${Math.round(ratio)} 倍，超过了 ${readLimits.maxCompressionRatio} 倍的上限。`
          + '文件可能经过异常压缩，已拒绝，未读取其中的内容。',
      );
    }
  }
}

/**
 * A text file's lines with something in them, counted on the bytes before decoding. Each row of a
 * CSV needs at least one line, so a file with far more lines than the row limit is refused before
 * it is decoded and parsed (a quoted cell may span lines, hence the margin of twice the limit).
 */
export function assertTextLineLimit(sheetName: string, bytes: Uint8Array): void {
  let lines = 0;
  let content = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || b === 0x0d) {
      if (content) lines++;
      content = false;
    } else if (b !== 0x20 && b !== 0x09 && b !== 0x00 && b !== 0x2c && b !== 0x3b) content = true;
  }
  if (content) lines++;
  if (lines > readLimits.maxRows * 2) {
    throw new AppError(
      'FILE_TOO_MANY_ROWS',
      `文件「${sheetName}」有 ${lines} 行，超过了一次最多导入 ${readLimits.maxRows} 行的上限。请把它拆成几个文件分批导入。`,
    );
  }
}
