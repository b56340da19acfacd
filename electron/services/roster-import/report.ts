import type { OutgoingFile } from '../../../shared/contract/channel';
import type { RosterFieldKey } from '../../../shared/domain';
import { cellText, type Cell } from '../../../shared/roster-import/sheet-grid';
import { addTableSheet, createWorkbook, displayWidth, workbookBytes, type CellValue, type TableColumn } from '../../excel/write';
import { dayText } from '../../../shared/date-text';

/**
 * The error rows of an import as .xlsx: the sheet row number, the row as it was (same columns,
 * same header), and a 错误原因 column. The user fixes the rows in it and imports it again, so
 * the 身份证号 column is formatted as text.
 */

export interface ErrorReportInput {
  readonly fileName: string;
  readonly sheetName: string;
  readonly headers: readonly string[];
  readonly mapping: readonly (RosterFieldKey | null)[];
  readonly rows: readonly { readonly sheetRow: number; readonly cells: readonly Cell[]; readonly reasons: readonly string[] }[];
}


/** Numbers stay numbers except those Excel cannot hold exactly (a mangled ID number): those become its text. */
const reportValue = (cell: Cell | undefined): CellValue => {
  if (cell == null) return null;
  if (typeof cell === 'number') return Math.abs(cell) >= 1e15 ? cellText(cell) : cell;
  if (typeof cell === 'string') return cell;
  return cellText(cell);
};

export async function buildErrorReport(input: ErrorReportInput): Promise<OutgoingFile> {
  const originalColumns: TableColumn[] = input.headers.map((header, i) => {
    const widest = Math.max(displayWidth(header), ...input.rows.slice(0, 200).map((r) => displayWidth(cellText(r.cells[i] ?? null))));
    return {
      header: header || `第${i + 1}列`,
      width: Math.min(30, Math.max(6, widest + 2)),
      ...(input.mapping[i] === 'idNumber' || input.mapping[i] === 'staffNo' ? { numFmt: '@' } : {}),
      ...(input.mapping[i] === 'unitName' || input.mapping[i] === 'note' ? { align: 'left' as const } : {}),
    };
  });
  const columns: TableColumn[] = [
    { header: '原表行号', width: 9 },
    ...originalColumns,
    { header: '错误原因', width: 60, align: 'left', wrap: true },
  ];
  const workbook = createWorkbook();
  const sheet = addTableSheet(workbook, {
    sheetName: '错误行',
    title: '花名册导入错误行',
    subtitle: { left: `原文件：${input.fileName}（工作表「${input.sheetName}」）`, right: `共${input.rows.length}行\u3000${dayText(new Date())}` },
    columns,
    landscape: true,
    signatureFooter: false,
  });
  for (const row of input.rows) {
    sheet.addRow([
      row.sheetRow,
      ...input.headers.map((_h, i) => reportValue(row.cells[i])),
      row.reasons.map((r, k) => (row.reasons.length > 1 ? `${k + 1}. ${r}` : r)).join('；'),
    ]);
  }
  sheet.finish();
  const base = input.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return { fileName: `花名册导入错误行-${base}.xlsx`, bytes: await workbookBytes(workbook) };
}
