/**
 * Cursor movement shared by the keyboard grids (评星, 平时考核, 考核项目评分): arrows move one cell,
 * PageUp/PageDown a page of rows, Home/End to the row's first/last cell and, with Ctrl, to the
 * grid's first/last cell — as in a spreadsheet. Always inside the grid. Pure, so it is unit-tested.
 */
export interface GridCell {
  readonly row: number;
  readonly col: number;
}

/** Keeps a position inside a `rows` × `cols` grid. */
export const clampCell = (row: number, col: number, rows: number, cols: number): GridCell => ({
  row: Math.min(rows - 1, Math.max(0, row)),
  col: Math.min(cols - 1, Math.max(0, col)),
});

/** Where `key` moves the cursor from `at`; null when the key is not a movement key. */
export function gridMove(key: string, at: GridCell, rows: number, cols: number, options: { readonly pageRows?: number; readonly ctrl?: boolean } = {}): GridCell | null {
  const { pageRows = 10, ctrl = false } = options;
  const to = (row: number, col: number) => clampCell(row, col, rows, cols);
  switch (key) {
    case 'ArrowUp':
      return to(at.row - 1, at.col);
    case 'ArrowDown':
      return to(at.row + 1, at.col);
    case 'ArrowLeft':
      return to(at.row, at.col - 1);
    case 'ArrowRight':
      return to(at.row, at.col + 1);
    case 'PageUp':
      return to(at.row - pageRows, at.col);
    case 'PageDown':
      return to(at.row + pageRows, at.col);
    case 'Home':
      return ctrl ? to(0, 0) : to(at.row, 0);
    case 'End':
      return ctrl ? to(rows - 1, cols - 1) : to(at.row, cols - 1);
    default:
      return null;
  }
}
