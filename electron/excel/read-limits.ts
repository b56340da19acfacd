import { AppError } from '../../shared/errors';

/** What an import accepts; larger files are refused before they are parsed. */
export const readLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 50_000,
} as const;

export function assertRowLimit(sheetName: string, rows: number): void {
  if (rows > readLimits.maxRows) {
    throw new AppError(
      'FILE_TOO_MANY_ROWS',
      `工作表「${sheetName}」有 ${rows} 行，超过了一次最多导入 ${readLimits.maxRows} 行的上限。请把花名册拆成几个文件分批导入。`,
    );
  }
}
