import type { StarGate, StarItem, StarPoints, YearEndRule } from './scheme';

/**
 * Year-end rules (DOMAIN.md §3): which stars a target holds at year end, whether that makes it
 * 十星级, and the figure the 年终考核 reads (points and gates).
 */

/** One period in which a star was awarded (授星), and whether it was later removed (摘星). */
export interface StarAward {
  readonly period: number;
  readonly removed: boolean;
}

/**
 * Whether a star is held at year end.
 * - A removal after the latest award counts: a star removed in the latest period it was awarded
 *   in is not held, whatever the rule.
 * - 'last-period': awarded (and not removed) in the last period of the year.
 * - 'min-periods': held (awarded and not removed) in at least K periods.
 */
export function starHeldAtYearEnd(rule: YearEndRule, lastPeriod: number, awards: readonly StarAward[]): boolean {
  if (awards.length === 0) return false;
  let latest = awards[0]!;
  for (const a of awards) if (a.period > latest.period) latest = a;
  if (latest.removed) return false;
  if (rule.kind === 'last-period') return latest.period === lastPeriod;
  let held = 0;
  for (const a of awards) if (!a.removed) held++;
  return held >= rule.periods;
}

/** Periods in which a star was held (awarded, not removed). */
export const heldPeriodCount = (awards: readonly StarAward[]): number => awards.filter((a) => !a.removed).length;

/** 十星级: every star of the scheme held. 9 of 10 is not; an empty scheme makes nobody 十星级. */
export function isTenStar(items: readonly Pick<StarItem, 'code'>[], heldCodes: ReadonlySet<string>): boolean {
  return items.length > 0 && items.every((item) => heldCodes.has(item.code));
}

/** stars × perStar, capped at cap (two decimals: half points are common). */
export function starPointsFor(points: StarPoints, stars: number): number {
  return Math.round(Math.min(points.cap, stars * points.perStar) * 100) / 100;
}

export function gateApplies(gate: StarGate, stars: number, tenStar: boolean): boolean {
  switch (gate.when.kind) {
    case 'all':
      return tenStar;
    case 'at-least':
      return stars >= gate.when.stars;
    case 'below':
      return stars < gate.when.stars;
  }
}

export interface YearEndFigureCore {
  readonly stars: number;
  readonly heldCodes: string[];
  readonly tenStar: boolean;
  readonly points: number;
  readonly gates: string[];
  readonly priority: boolean;
  readonly barred: boolean;
}

export interface YearEndSchemeRules {
  readonly items: readonly Pick<StarItem, 'code'>[];
  readonly yearEndRule: YearEndRule;
  readonly points: StarPoints;
  readonly gates: readonly StarGate[];
  /** number of periods of the year under the scheme's cycle */
  readonly periodCount: number;
}

/**
 * The year-end figure of one target from its awards per star code. Stars no longer in the scheme
 * are ignored; codes come out in the scheme's star order.
 */
export function yearEndFigureFor(rules: YearEndSchemeRules, awardsByCode: ReadonlyMap<string, readonly StarAward[]>): YearEndFigureCore {
  const heldCodes = rules.items.filter((item) => starHeldAtYearEnd(rules.yearEndRule, rules.periodCount, awardsByCode.get(item.code) ?? [])).map((i) => i.code);
  const stars = heldCodes.length;
  const tenStar = isTenStar(rules.items, new Set(heldCodes));
  const applied = rules.gates.filter((g) => gateApplies(g, stars, tenStar));
  return {
    stars,
    heldCodes,
    tenStar,
    points: starPointsFor(rules.points, stars),
    gates: applied.map((g) => g.label),
    priority: applied.some((g) => g.effect === 'priority'),
    barred: applied.some((g) => g.effect === 'barred'),
  };
}
