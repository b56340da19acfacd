import type { RosterFieldKey } from '../domain';
import { matchHeader } from './column-aliases';
import { isBlankCell, type Cell, type SheetGrid } from './sheet-grid';

/**
 * Finding the roster in a workbook: which sheet, and which row is the header. Offices put a
 * title, a 填报单位/日期 line and sometimes a blank line above the header, and often a 填表说明
 * sheet before the roster, so both are found by scoring rather than assumed.
 */

/** How far down a header may sit. */
export const headerScanRows = 30;

export interface HeaderScore {
  /** distinct import fields the row names */
  readonly fields: number;
  /** other known roster headers (序号, 民族, …) */
  readonly others: number;
  readonly hasName: boolean;
  readonly score: number;
}

export function scoreHeaderRow(row: readonly Cell[]): HeaderScore {
  const seen = new Set<RosterFieldKey>();
  let others = 0;
  for (const cell of row) {
    if (typeof cell !== 'string') continue;
    const m = matchHeader(cell);
    if (m?.kind === 'field') seen.add(m.field);
    else if (m?.kind === 'other') others++;
  }
  return { fields: seen.size, others, hasName: seen.has('name'), score: seen.size * 2 + others };
}

/** A header row names the person and at least one more field, or three fields without 姓名. */
const isHeaderLike = (s: HeaderScore) => (s.hasName && s.fields >= 2) || s.fields >= 3;

export interface HeaderGuess {
  /** 1-based sheet row */
  readonly headerRow: number;
  readonly score: HeaderScore;
}

/** The best-scoring header-like row among the first rows; the upper one wins a tie. */
export function findHeaderRow(grid: SheetGrid, scanRows = headerScanRows): HeaderGuess | null {
  let best: HeaderGuess | null = null;
  const last = Math.min(grid.rows.length, scanRows);
  for (let i = 0; i < last; i++) {
    const score = scoreHeaderRow(grid.rows[i] ?? []);
    if (!isHeaderLike(score)) continue;
    if (!best || score.score > best.score.score) best = { headerRow: i + 1, score };
  }
  return best;
}

/** Sheets that explain how to fill in the form, or hold code lists for drop-downs. */
const instructionSheetName = /说明|填表|填报要求|注意事项|填写示例|字典|代码表|下拉|选项|参数|readme|instruction/i;

export const looksLikeInstructionsSheet = (name: string): boolean => instructionSheetName.test(name);

export interface SheetGuess {
  readonly name: string;
  readonly rowCount: number;
  readonly looksLikeRoster: boolean;
  readonly header: HeaderGuess | null;
}

export function describeSheet(grid: SheetGrid): SheetGuess {
  const header = findHeaderRow(grid);
  const looksLikeRoster = !grid.hidden && !looksLikeInstructionsSheet(grid.name) && header !== null && header.score.hasName && hasRowsBelow(grid, header.headerRow);
  return { name: grid.name, rowCount: grid.rows.length, looksLikeRoster, header };
}

/** Whether anything is written under the header (an empty template is not the roster). */
function hasRowsBelow(grid: SheetGrid, headerRow: number): boolean {
  for (let i = headerRow; i < grid.rows.length; i++) if ((grid.rows[i] ?? []).some((c) => !isBlankCell(c))) return true;
  return false;
}

/**
 * The sheet to start with: the roster-like sheet with the best header (then the most rows, then
 * the first); if none looks like a roster, the first visible sheet that has anything in it.
 */
export function chooseRosterSheet(sheets: readonly SheetGuess[], grids: readonly SheetGrid[]): number {
  let best = -1;
  sheets.forEach((s, i) => {
    if (!s.looksLikeRoster) return;
    const b = sheets[best];
    if (!b || s.header!.score.score > b.header!.score.score || (s.header!.score.score === b.header!.score.score && s.rowCount > b.rowCount)) best = i;
  });
  if (best >= 0) return best;
  const firstUsed = grids.findIndex((g) => !g.hidden && g.rows.length > 0);
  return firstUsed >= 0 ? firstUsed : 0;
}
