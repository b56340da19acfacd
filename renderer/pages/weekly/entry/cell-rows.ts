import { figureText, isFigureError, parseFigure, type WeeklyItem } from '../../../../shared/weekly';

/**
 * One grid cell of 周晒 entry (DOMAIN §8): a target's items for the week as rows being typed. A row has
 * a key of its own (its item id comes back from the first save); the last row is always empty, for
 * the next item.
 */
export interface CellRow {
  readonly key: string;
  readonly text: string;
  readonly figure: string;
  readonly unfinished: boolean;
}

let nextKey = 0;
export const newRowKey = (): string => `row-${++nextKey}`;
const emptyRow = (): CellRow => ({ key: newRowKey(), text: '', figure: '', unfinished: false });

export const isBlank = (r: Pick<CellRow, 'text' | 'figure'>): boolean => r.text.trim() === '' && r.figure.trim() === '';

/** Rows ending in exactly one empty row. */
export function withTrailingRow(rows: readonly CellRow[]): CellRow[] {
  const out = [...rows];
  while (out.length > 1 && isBlank(out[out.length - 1]!) && isBlank(out[out.length - 2]!)) out.pop();
  if (out.length === 0 || !isBlank(out[out.length - 1]!)) out.push(emptyRow());
  return out;
}

/** The saved items as rows; `ids` learns which row is which item. */
export function rowsFromItems(items: readonly WeeklyItem[], ids: Map<string, number>): CellRow[] {
  return withTrailingRow(
    items.map((i) => {
      const key = newRowKey();
      ids.set(key, i.id);
      return { key, text: i.text, figure: figureText(i.figure), unfinished: i.unfinished };
    }),
  );
}

/** The figure's error, for the input's red outline and its tip; null when it reads. */
export function figureError(figure: string): string | null {
  const f = parseFigure(figure);
  return isFigureError(f) ? f.error : null;
}

/**
 * What a save sends: the rows with text, in order, with the ids known so far. A figure that does not
 * read yet is left out (the row is saved without it and the cell shows why), so typing never makes a
 * save fail. Rows left out forget their id: the service removes their item.
 */
export function draftsOf(rows: readonly CellRow[], ids: Map<string, number>): { keys: string[]; items: { id?: number; text: string; figure: string; unfinished: boolean }[] } {
  const keys: string[] = [];
  const items = [];
  for (const r of rows) {
    if (r.text.trim() === '') {
      ids.delete(r.key);
      continue;
    }
    keys.push(r.key);
    const id = ids.get(r.key);
    items.push({ ...(id === undefined ? {} : { id }), text: r.text.trim(), figure: figureError(r.figure) ? '' : r.figure.trim(), unfinished: r.unfinished });
  }
  return { keys, items };
}
