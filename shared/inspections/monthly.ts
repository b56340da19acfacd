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
  /** of those done, done within the month */
  readonly doneInMonth: number;
  readonly praise: number;
  readonly criticism: number;
}

const empty = (unitId: number): { -readonly [K in keyof MonthlyInspectionFigures]: MonthlyInspectionFigures[K] } => ({
  unitId, inspections: 0, open: 0, overdue: 0, done: 0, doneInMonth: 0, praise: 0, criticism: 0,
});

/**
 * Figures of `year`-`month` for each of `unitIds` (in that order; units without any 督查 get zeros).
 * `today` bounds the month's end, so a running month counts overdue as of today.
 */
export function monthlyInspectionFigures(input: {
  readonly year: number;
  readonly month: number;
  readonly today: string;
  readonly unitIds: readonly number[];
  readonly records: readonly MonthlyInspectionFact[];
  readonly notices: readonly MonthlyNoticeFact[];
}): MonthlyInspectionFigures[] {
  const prefix = `${input.year}-${String(input.month).padStart(2, '0')}-`;
  const end = monthEnd(input.year, input.month);
  const asOf = input.today < end ? input.today : end;
  const byUnit = new Map(input.unitIds.map((id) => [id, empty(id)]));
  for (const r of input.records) {
    const f = byUnit.get(r.unitId);
    if (!f || r.date > asOf) continue;
    if (r.date.startsWith(prefix)) f.inspections += 1;
    const { state } = rectificationState(r, asOf);
    if (state === 'none') continue;
    f[state] += 1;
    if (state === 'done' && r.doneOn!.startsWith(prefix)) f.doneInMonth += 1;
  }
  for (const n of input.notices) {
    if (!n.date.startsWith(prefix) || n.date > asOf) continue;
    for (const unitId of new Set(n.unitIds)) {
      const f = byUnit.get(unitId);
      if (f) f[n.kind] += 1;
    }
  }
  return [...byUnit.values()];
}
