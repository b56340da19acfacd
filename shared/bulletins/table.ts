import type { BulletinFigures, BulletinRow } from './views';

/**
 * The 月度通报's table, once (DOMAIN §8.5): the print view and the .xlsx export write these columns
 * and cells. Widths are Excel width units (the print view scales them to millimetres).
 */
export const bulletinColumns = [
  { key: 'no', header: '序号', width: 5 },
  { key: 'unitName', header: '科室（单位）', width: 18 },
  { key: 'due', header: '应完成节点', width: 7 },
  { key: 'onTime', header: '按时完成', width: 7 },
  { key: 'doneLate', header: '逾期完成', width: 7 },
  { key: 'overdue', header: '逾期未完成', width: 7 },
  { key: 'weekly', header: '周晒（已晒/应晒周）', width: 9 },
  { key: 'review', header: '评议得分', width: 7 },
  { key: 'praise', header: '督查表扬', width: 6 },
  { key: 'criticism', header: '督查批评', width: 6 },
  { key: 'score', header: '排名分', width: 7 },
  { key: 'rank', header: '排名', width: 5 },
] as const;

const score = (n: number | null): string => (n === null ? '—' : n.toFixed(2));

/** The rows as printed: by rank, units without a 排名分 last, ties in unit-tree order. */
export const rankedRows = <R extends Pick<BulletinRow, 'rank'>>(rows: readonly R[]): R[] =>
  rows.map((r, i) => ({ r, i })).sort((a, b) => (a.r.rank ?? Infinity) - (b.r.rank ?? Infinity) || a.i - b.i).map((x) => x.r);

/** One row's cells, in `bulletinColumns` order, `index` its 0-based place; 「—」 where there is no figure (never 0). */
export function bulletinRowCells(r: BulletinRow, index: number): (string | number)[] {
  return [
    index + 1,
    r.unitName,
    r.due,
    r.onTime,
    r.doneLate,
    r.overdue,
    r.weeksExpected === 0 ? '—' : `${r.weeksPosted}/${r.weeksExpected}`,
    score(r.reviewScore),
    r.praise,
    r.criticism,
    score(r.score),
    r.rank ?? '—',
  ];
}

/**
 * The notes under the table: the month's (no 科室评议 this month) and each re-weighting once with the
 * units it applies to (「综合计划科、规划科无任务按时完成率，按…折算」), 「各单位均…」 when it is all of them.
 */
export function figureNotes(f: Pick<BulletinFigures, 'note' | 'rows'>): string[] {
  const groups = new Map<string, string[]>();
  for (const r of rankedRows(f.rows)) if (r.note) groups.set(r.note, [...(groups.get(r.note) ?? []), r.unitName]);
  const lines = [...groups].map(([note, names]) => (names.length === f.rows.length ? `各单位均${note}` : `${names.join('、')}${note}`));
  return f.note && !(groups.size === 1 && lines[0]!.startsWith('各单位均')) ? [f.note, ...lines] : lines;
}
