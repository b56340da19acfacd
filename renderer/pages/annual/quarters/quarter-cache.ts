import type { QuarterGrade } from '../../../../shared/annual/rules';
import type { QuarterGrid, QuarterQuota } from '../../../../shared/annual/views';

/**
 * Edits of the cached 平时考核 grid, so a keystroke shows at once and the reply of annual.setQuarter
 * corrects it, without reloading 2,000 rows. Pure: only the changed row and quota get new objects,
 * so the memoized rows of the grid that did not change do not render again.
 */

type Row = QuarterGrid['rows'][number];

/** The grid with one cell set; the group's “好” count for that quarter follows. quarter: 1..4 */
export function withGrade(grid: QuarterGrid, personId: number, quarter: number, grade: QuarterGrade | null): QuarterGrid {
  const index = grid.rows.findIndex((r) => r.personId === personId);
  const row = grid.rows[index];
  if (!row) return grid;
  const before = row.grades[quarter - 1] ?? null;
  if (before === grade) return grid;
  const grades = row.grades.map((g, i) => (i === quarter - 1 ? grade : g));
  const rows = grid.rows.slice();
  rows[index] = { ...row, grades } satisfies Row;
  const delta = (grade === 'good' ? 1 : 0) - (before === 'good' ? 1 : 0);
  const quotas = delta === 0 ? grid.quotas : grid.quotas.map((q) => (q.groupId === row.groupId ? withUsedAt(q, quarter, q.used[quarter - 1]! + delta) : q));
  return { rows, quotas };
}

/** The grid with a group's “好” figures for one quarter as the service counted them. */
export function withQuota(grid: QuarterGrid, groupId: number, quarter: number, used: number, quota: number): QuarterGrid {
  const current = grid.quotas.find((q) => q.groupId === groupId);
  if (!current || (current.used[quarter - 1] === used && current.quota === quota)) return grid;
  return { rows: grid.rows, quotas: grid.quotas.map((q) => (q.groupId === groupId ? { ...withUsedAt(q, quarter, used), quota } : q)) };
}

function withUsedAt(q: QuarterQuota, quarter: number, used: number): QuarterQuota {
  return { ...q, used: q.used.map((u, i) => (i === quarter - 1 ? Math.max(0, used) : u)) };
}

/** The quota of the person's group, when its “好” for the quarter are all given. */
export function fullGoodQuota(grid: QuarterGrid, groupId: number, quarter: number): QuarterQuota | null {
  const q = grid.quotas.find((g) => g.groupId === groupId);
  if (!q) return null;
  return q.used[quarter - 1]! >= q.quota ? q : null;
}

/** How many quarters of a row are “好” (the year-end gate: no “好” quarter → not 优秀). */
export const goodQuarters = (grades: readonly (QuarterGrade | null)[]): number => grades.filter((g) => g === 'good').length;

/** 「第一季度」… */
export { quarterNames } from '../../../../shared/annual/rules';

/** Key of one cell, for the saving/refused marks. */
export const cellKey = (personId: number, quarter: number): string => `${personId}:${quarter}`;
