import { gridMove } from '../../../components/grid-navigation';

/**
 * The 评星 grid's keyboard: arrows move the active cell, and single keys act on it, so a clerk can
 * enter a whole 支部's claims and decisions without the mouse. Pure, so it is unit-tested.
 */
export type GridCommand =
  | { kind: 'move'; row: number; col: number }
  | { kind: 'claim' }
  | { kind: 'award' }
  | { kind: 'refuse' }
  | { kind: 'open' }
  | { kind: 'select' };

export interface GridPosition {
  readonly row: number;
  readonly col: number;
}

/** What a key does at `at` in a grid of `rows` × `cols` star cells (null: not ours, let it through). */
export function gridCommand(key: string, at: GridPosition, rows: number, cols: number, pageRows = 10): GridCommand | null {
  if (rows === 0 || cols === 0) return null;
  const to = gridMove(key, at, rows, cols, { pageRows });
  if (to) return { kind: 'move', ...to };
  switch (key) {
    case ' ':
      return { kind: 'claim' };
    case 'y':
    case 'Y':
      return { kind: 'award' };
    case 'n':
    case 'N':
      return { kind: 'refuse' };
    case 'Enter':
      return { kind: 'open' };
    case 'x':
    case 'X':
      return { kind: 'select' };
    default:
      return null;
  }
}

/** The claim set after toggling one star (order kept as in the scheme). */
export function toggledClaims(claimed: readonly string[], code: string, order: readonly string[]): string[] {
  const set = new Set(claimed);
  if (set.has(code)) set.delete(code);
  else set.add(code);
  return order.filter((c) => set.has(c));
}
