import { clampCell, gridMove } from '../../../components/grid-navigation';

/**
 * The 考核项目 score grid's keyboard, as a pure function so it is unit-tested: arrows move the active
 * cell; typing a number starts a draft shown in the cell; Enter (or Tab, or an arrow) saves the
 * draft and moves on; Escape drops it; Delete clears the entry; Space toggles 完成/未完成.
 */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

export type ScoreKeyCommand =
  | { kind: 'move'; to: CellPosition }
  /** the new draft text of the active cell */
  | { kind: 'draft'; draft: string }
  /** save the draft, then make `to` active */
  | { kind: 'commit'; draft: string; to: CellPosition }
  | { kind: 'cancel' }
  /** remove the entry of the active cell */
  | { kind: 'clear' }
  /** 完成/未完成 items: flip the entry */
  | { kind: 'toggle' }
  /** Enter or F2 on a cell without a draft: edit its current value */
  | { kind: 'edit' };

export interface ScoreKeyState {
  readonly at: CellPosition;
  /** the text being typed into the active cell; null when not editing */
  readonly draft: string | null;
  readonly rows: number;
  readonly cols: number;
  /** the active column is a 完成/未完成 item */
  readonly toggles: boolean;
  /** rows per PageUp/PageDown */
  readonly pageRows?: number;
}

const numberChar = /^[0-9.]$/;

/** A draft may hold digits and at most one decimal point. */
export function appendToDraft(draft: string, char: string): string {
  if (!numberChar.test(char)) return draft;
  if (char === '.' && draft.includes('.')) return draft;
  if (draft.length >= 12) return draft;
  return draft + char;
}

/**
 * What a key does (null: not ours, let the browser have it). `shift` with Enter/Tab goes back,
 * as in a spreadsheet. Tab without a draft is left to the browser so focus can leave the grid.
 */
export function scoreGridKey(key: string, state: ScoreKeyState, shift = false): ScoreKeyCommand | null {
  const { at, draft, rows, cols, toggles, pageRows = 10 } = state;
  if (rows === 0 || cols === 0) return null;
  const clamp = (row: number, col: number): CellPosition => clampCell(row, col, rows, cols);
  const arrow = (): CellPosition | null => (key.startsWith('Arrow') ? gridMove(key, at, rows, cols) : null);

  if (draft !== null) {
    if (key === 'Enter') return { kind: 'commit', draft, to: clamp(at.row + (shift ? -1 : 1), at.col) };
    if (key === 'Tab') return { kind: 'commit', draft, to: clamp(at.row, at.col + (shift ? -1 : 1)) };
    const to = arrow();
    if (to) return { kind: 'commit', draft, to };
    if (key === 'Escape') return { kind: 'cancel' };
    if (key === 'Backspace') return { kind: 'draft', draft: draft.slice(0, -1) };
    if (key.length === 1 && numberChar.test(key)) return { kind: 'draft', draft: appendToDraft(draft, key) };
    // other printable keys would otherwise reach the page; swallow them while editing
    if (key.length === 1) return { kind: 'draft', draft };
    return null;
  }

  const to = gridMove(key, at, rows, cols, { pageRows });
  if (to) return { kind: 'move', to };
  switch (key) {
    case 'Enter':
    case 'F2':
      return { kind: 'edit' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    case ' ':
      return toggles ? { kind: 'toggle' } : null;
    default:
      if (key.length === 1 && numberChar.test(key)) return { kind: 'draft', draft: appendToDraft('', key) };
      return null;
  }
}

/**
 * The number a draft stands for: undefined when there is nothing to save (empty), NaN when it is
 * not a number (a lone 「.」).
 */
export function draftValue(draft: string): number | undefined {
  const text = draft.trim();
  if (text === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && text !== '.' ? value : Number.NaN;
}

/** The value after Space on a 完成/未完成 cell: empty or 未完成 → 完成, 完成 → 未完成. */
export function toggledDone(value: number | null | undefined): 0 | 1 {
  return value === 1 ? 0 : 1;
}
