import { monthEnd, rectificationState, type RectificationFacts } from './status';
import type { NoticeKind } from './settings';

/**
 * The 督查 figures of one month per unit (DOMAIN §8.6), for the 月度通报: 督查 held that month, the
 * 整改 state of every record held by then as of the month's end (or today, if the month is not
 * over), and the 通报表扬 / 通报批评 of the month. A 通报 of people counts once for each unit of
 * its people. Pure: the caller passes the year's rows.
 */
export interface MonthlyInspectionFact extends RectificationFacts {
  readonly unitId: number;
  readonly date: string;
}

export interface MonthlyNoticeFact {
  readonly kind: NoticeKind;
  readonly date: string;
  /** the 通报's unit, or its people's units */
  readonly unitIds: readonly number[];
}

export interface MonthlyInspectionFigures {
  readonly unitId: number;
  /** 督查 held in the month */
  readonly inspections: number;
  /** 整改 of records held by the month's end: still open (期限 not passed), overdue, done (by then) */
  readonly open: number;
  readonly overdue: number;
  readonly done: number;
  /** of those done, done within the period */
  readonly doneInPeriod: number;
  readonly praise: number;
  readonly criticism: number;
}

const empty = (unitId: number): { -readonly [K in keyof MonthlyInspectionFigures]: MonthlyInspectionFigures[K] } => ({
  unitId, inspections: 0, open: 0, overdue: 0, done: 0, doneInPeriod: 0, praise: 0, criticism: 0,
});

interface FiguresInput {
  readonly today: string;
  readonly unitIds: readonly number[];
  readonly records: readonly MonthlyInspectionFact[];
  readonly notices: readonly MonthlyNoticeFact[];
}

/**
 * Figures of `year`-`month` for each of `unitIds` (in that order; units without any 督查 get zeros).
 * `today` bounds the month's end, so a running month counts overdue as of today.
 */
export function monthlyInspectionFigures(input: FiguresInput & { readonly year: number; readonly month: number }): MonthlyInspectionFigures[] {
  const from = `${input.year}-${String(input.month).padStart(2, '0')}-01`;
  return inspectionFigures({ ...input, from, to: monthEnd(input.year, input.month) });
}

/** The same figures over any period `from`..`to` (YYYY-MM-DD, inclusive): a whole year for the 按单位 view. */
export function inspectionFigures(input: FiguresInput & { readonly from: string; readonly to: string }): MonthlyInspectionFigures[] {
  const { from, to } = input;
  const within = (day: string) => day >= from && day <= to;
  const asOf = input.today < to ? input.today : to;
  const byUnit = new Map(input.unitIds.map((id) => [id, empty(id)]));
  for (const r of input.records) {
    const f = byUnit.get(r.unitId);
    if (!f || r.date > asOf) continue;
    if (within(r.date)) f.inspections += 1;
    const { state } = rectificationState(r, asOf);
    if (state === 'none') continue;
    f[state] += 1;
    if (state === 'done' && within(r.doneOn!)) f.doneInPeriod += 1;
  }
  for (const n of input.notices) {
    if (!within(n.date) || n.date > asOf) continue;
    for (const unitId of new Set(n.unitIds)) {
      const f = byUnit.get(unitId);
      if (f) f[n.kind] += 1;
    }
  }
  return [...byUnit.values()];
}
