import { excelScientific } from '../normalize';

/**
 * A sheet as the importer sees it, whatever file it came from (.xlsx, .xls, .csv): rows of cells
 * whose values are already resolved (formula results, rich text as plain text, merged cells
 * filled down). Readers produce it; header detection and row validation consume it.
 */

/**
 * One cell. A `Date` holds a calendar date in its UTC fields (that is how both exceljs and
 * SheetJS hand out date cells), so normalizers read `getUTCFullYear()` and friends, never the
 * local ones, and the result does not depend on the machine's time zone.
 */
export type Cell = string | number | boolean | Date | null;

export interface SheetGrid {
  readonly name: string;
  /** rows[0] is sheet row 1; an empty row is `[]` so row numbers stay as the user sees them */
  readonly rows: readonly (readonly Cell[])[];
  /** hidden sheets are listed but never picked automatically */
  readonly hidden: boolean;
}

export const isBlankCell = (cell: Cell | undefined): boolean =>
  cell == null || (typeof cell === 'string' && cell.trim() === '');

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a date cell (UTC fields, see `Cell`). */
export const dateCellText = (d: Date): string => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;

/**
 * A cell as text, the way a user would read it back: numbers without float noise, huge numbers
 * (an ID number Excel turned into a number) in Excel's own scientific form, dates as YYYY-MM-DD.
 */
export function cellText(cell: Cell | undefined): string {
  if (cell == null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : dateCellText(cell);
  if (!Number.isFinite(cell)) return '';
  if (Math.abs(cell) >= 1e15) return excelScientific(cell);
  return String(Number(cell.toPrecision(15)));
}
