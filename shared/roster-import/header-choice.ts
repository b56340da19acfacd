import { looksLikeInstructionsSheet } from './header-detection';
import type { Cell, SheetGrid } from './sheet-grid';

/**
 * Which row is the header and which sheet to read, for the imports that know their header by what it
 * names (平时考核, 历年等次, 工作任务清单; the roster's own detection is header-detection.ts). Each feature
 * says how to read a row as its header (`layoutOf`, null when the row is not one) and how strong a
 * header is (how many quarters, years or columns it names); the choice is the same for all:
 * - the header is the strongest row among the first `scanRows`; the upper row wins a tie;
 * - the sheet is the visible, non-instruction sheet with the strongest header, then the most rows,
 *   then the first.
 */
export interface HeaderRule<L> {
  readonly layoutOf: (cells: readonly Cell[], rowNumber: number) => L | null;
  readonly strength: (layout: L) => number;
  readonly scanRows: number;
}

export function strongestHeader<L>(grid: SheetGrid, rule: HeaderRule<L>): L | null {
  let best: L | null = null;
  const last = Math.min(grid.rows.length, rule.scanRows);
  for (let i = 0; i < last; i++) {
    const layout = rule.layoutOf(grid.rows[i] ?? [], i + 1);
    if (layout && (best === null || rule.strength(layout) > rule.strength(best))) best = layout;
  }
  return best;
}

export function chooseSheetByHeader<L>(grids: readonly SheetGrid[], rule: HeaderRule<L>): { readonly index: number; readonly layout: L } | null {
  let best: { index: number; layout: L; strength: number; rows: number } | null = null;
  grids.forEach((grid, index) => {
    if (grid.hidden || looksLikeInstructionsSheet(grid.name)) return;
    const layout = strongestHeader(grid, rule);
    if (layout === null) return;
    const strength = rule.strength(layout);
    if (best === null || strength > best.strength || (strength === best.strength && grid.rows.length > best.rows)) {
      best = { index, layout, strength, rows: grid.rows.length };
    }
  });
  if (best === null) return null;
  const { index, layout } = best;
  return { index, layout };
}
