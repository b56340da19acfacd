import type { ScoreCell, ScoreGrid } from '../../../../shared/annual/views';

/**
 * The score grid after one saved entry, so the cell and the row's 合计 change the moment the
 * service answers instead of after a refetch of thousands of rows. `cell` null: the entry was cleared.
 */
export function patchScoreGrid(grid: ScoreGrid, targetId: number, itemId: number, cell: ScoreCell | null, total: number): ScoreGrid {
  const key = String(itemId);
  return {
    ...grid,
    rows: grid.rows.map((row) => {
      if (row.targetId !== targetId) return row;
      const cells = { ...row.cells };
      if (cell) cells[key] = cell;
      else delete cells[key];
      return { ...row, cells, total };
    }),
  };
}

/** One key per cell, for the maps of drafts in flight and refused values. */
export const cellKey = (targetId: number, itemId: number): string => `${targetId}:${itemId}`;

/** A copy of `map` with `key` set to `value`, or without `key` when `value` is undefined. */
export function withEntry<T>(map: ReadonlyMap<string, T>, key: string, value: T | undefined): ReadonlyMap<string, T> {
  const next = new Map(map);
  if (value === undefined) next.delete(key);
  else next.set(key, value);
  return next;
}
