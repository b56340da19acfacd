import type { WeekRule } from './weeks';
import { weeksOf } from './weeks';

/**
 * 周晒 participation of one unit or person over a month or a year (DOMAIN §8): the figure the 月度通报
 * shows per 科室 and the 年度考核 may take as 周晒 participation. Pure: the caller passes the year's
 * rules, the items and the day to count up to.
 *
 * A week is expected when it is at or after the year's first 周晒 week and has ended by `asOf`; a
 * week still running counts only once posted (so posting on Friday is never 「未晒」 on Monday).
 * A week is posted when the target has at least one item in it.
 */

export type WeeklyTarget = { readonly kind: 'unit'; readonly id: number } | { readonly kind: 'person'; readonly id: number };

export interface WeeklyItemFact {
  readonly week: number;
  readonly unitId: number | null;
  readonly personId: number | null;
  readonly mark: 'highlight' | 'shortfall' | null;
  readonly unfinished: boolean;
}

export interface WeeklyPeriod {
  readonly year: number;
  /** 1..12; omitted: the whole year */
  readonly month?: number;
}

export interface WeeklyParticipation {
  readonly weeksExpected: number;
  readonly weeksPosted: number;
  /** expected weeks without a posting, by number */
  readonly missedWeeks: readonly number[];
  readonly items: number;
  readonly highlights: number;
  readonly shortfalls: number;
  readonly unfinished: number;
  /** weeksPosted / weeksExpected; null when nothing was expected yet */
  readonly rate: number | null;
}

export interface ParticipationInput {
  readonly rules: { readonly weekRule: WeekRule; readonly startWeek: number };
  /** the year's items (of any targets; the function picks the target's) */
  readonly items: readonly WeeklyItemFact[];
  /** count up to this day (YYYY-MM-DD), usually today or the period's end */
  readonly asOf: string;
}

const isTargets = (t: WeeklyTarget) => (i: WeeklyItemFact) => (t.kind === 'unit' ? i.unitId === t.id && i.personId == null : i.personId === t.id);

export function weeklyParticipation(input: ParticipationInput, target: WeeklyTarget, period: WeeklyPeriod): WeeklyParticipation {
  const weeks = weeksOf(period.year, input.rules.weekRule, period.month).filter((w) => w.week >= input.rules.startWeek && w.start <= input.asOf);
  const inPeriod = new Set(weeks.map((w) => w.week));
  const own = input.items.filter((i) => inPeriod.has(i.week) && isTargets(target)(i));
  const posted = new Set(own.map((i) => i.week));
  const expected = weeks.filter((w) => w.end <= input.asOf || posted.has(w.week));
  const weeksPosted = expected.filter((w) => posted.has(w.week)).length;
  return {
    weeksExpected: expected.length,
    weeksPosted,
    missedWeeks: expected.filter((w) => !posted.has(w.week)).map((w) => w.week),
    items: own.length,
    highlights: own.filter((i) => i.mark === 'highlight').length,
    shortfalls: own.filter((i) => i.mark === 'shortfall').length,
    unfinished: own.filter((i) => i.unfinished).length,
    rate: expected.length === 0 ? null : weeksPosted / expected.length,
  };
}
