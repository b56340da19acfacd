import type { RosterFieldKey } from '../domain';
import { normalizeHeader } from './column-aliases';
import { skipReason } from './row-skipping';
import { validateRosterRow, type RowValidationContext, type ValidatedRow } from './row-validation';
import { cellText, isBlankCell, type Cell, type SheetGrid } from './sheet-grid';

/**
 * The data rows under the header of one sheet: each skipped (with its reason) or validated.
 * Pure; the caller may run it in chunks (`from`/`to`) to report progress in between.
 */

export interface SkippedRow {
  readonly sheetRow: number;
  readonly reason: string;
}

export interface SheetRows {
  readonly rows: ValidatedRow[];
  readonly skipped: SkippedRow[];
}

export interface SheetRowsPlan {
  readonly grid: SheetGrid;
  /** 1-based sheet row of the header */
  readonly headerRow: number;
  readonly mapping: readonly (RosterFieldKey | null)[];
  readonly validation: RowValidationContext;
}

/** 0-based indexes of the sheet rows below the header: [first, end). */
export const dataRowRange = (plan: SheetRowsPlan): { readonly first: number; readonly end: number } => ({
  first: plan.headerRow,
  end: Math.max(plan.headerRow, plan.grid.rows.length),
});

export function classifySheetRows(plan: SheetRowsPlan, out: SheetRows = { rows: [], skipped: [] }, from?: number, to?: number): SheetRows {
  const range = dataRowRange(plan);
  const start = Math.max(from ?? range.first, range.first);
  const end = Math.min(to ?? range.end, range.end);
  const headerCells = plan.grid.rows[plan.headerRow - 1] ?? [];
  const headers = headerCells.map((c) => (typeof c === 'string' ? normalizeHeader(c) : ''));
  const nameColumn = plan.mapping.indexOf('name');
  const skip = { nameColumn: nameColumn >= 0 ? nameColumn : undefined, headers, normalized: new Map<string, string>() };
  for (let i = start; i < end; i++) {
    const cells = plan.grid.rows[i] ?? [];
    const sheetRow = i + 1;
    const reason = skipReason(cells, skip) ?? loneCellReason(cells, skip.nameColumn);
    if (reason) out.skipped.push({ sheetRow, reason });
    else out.rows.push(validateRosterRow(cells, sheetRow, plan.validation));
  }
  return out;
}

/**
 * A row with no name and a single filled cell is not a person: a pre-numbered empty template
 * line (only 序号), a section heading (一、机关科室), or a merged 部门 carried into an empty line.
 */
function loneCellReason(cells: readonly Cell[], nameColumn: number | undefined): string | null {
  if (nameColumn === undefined || !isBlankCell(cells[nameColumn])) return null;
  let filled = 0;
  let text = '';
  for (const c of cells) {
    if (isBlankCell(c)) continue;
    filled++;
    text = cellText(c);
    if (filled > 1) return null;
  }
  return filled === 1 ? `只有「${text.trim().slice(0, 20)}」一项且姓名为空，视为分组标题或空白行` : null;
}
