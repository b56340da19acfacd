import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { periodCount } from '../../../shared/stars/periods';
import type { StarTier } from '../../../shared/stars/scheme';
import { stateOfLetter, type StarCellState } from '../../../shared/stars/states';
import type { BoardRow, StarBoard, StarTarget } from '../../../shared/stars/views';
import { heldPeriodCount, isTenStar, starHeldAtYearEnd, type StarAward } from '../../../shared/stars/year-end';
import type { Db } from '../../../db/open';
import { readDisqualifications, readReviewStates } from '../../../db/stars/board';
import type { StarSchemeRecord } from '../../../db/stars/schemes';
import type { AppContext } from '../../context';
import { requirePeriod, requireScheme, schemeTargets, type TargetFilter } from './common';
import { publicityView } from './grid-build';

export interface BoardQuery extends TargetFilter {
  /** null: the year, under the scheme's year-end rule */
  readonly period: number | null;
  readonly tier?: StarTier | undefined;
}

/**
 * The 星级公示榜: targets × stars for a period (each star's state) or the year (held at year end,
 * removed, or not), with counts per star and per unit. The tier filter narrows the columns; a row's
 * `held` and `tenStar` always count every star of the scheme.
 */
export function buildBoard(db: Db, scheme: StarSchemeRecord, query: BoardQuery): StarBoard {
  const period = query.period == null ? null : requirePeriod(scheme, query.period);
  const targets = schemeTargets(db, scheme, query);
  const allCodes = scheme.items.map((i) => i.code);
  const shown = scheme.items.flatMap((item, i) => (!query.tier || item.tier === query.tier ? [i] : []));

  // Disqualifications: per target, the reason (a period) or the periods and reasons (the year).
  const disqualified = new Map<number, string>();
  for (const d of readDisqualifications(db, scheme.id, scheme.kind, query.period)) {
    const text = period || scheme.cycle === 'yearly' ? d.reason : `${requirePeriod(scheme, d.period).label}${d.reason}`;
    const before = disqualified.get(d.targetId);
    disqualified.set(d.targetId, before ? `${before}；${text}` : text);
  }

  // Per target: a state per star (all stars, in scheme order), and for the year the held periods.
  const states = new Map<number, StarCellState[]>();
  const heldPeriods = new Map<number, number[]>();
  const claimedEver = new Map<number, boolean[]>();
  const reviews = readReviewStates(db, scheme.id, scheme.kind, query.period);
  if (period) {
    for (const [, targetId, json] of reviews) {
      if (json === '{}') continue;
      const letters = JSON.parse(json) as Record<string, string>;
      const row: StarCellState[] = allCodes.map((code) => stateOfLetter[letters[code] ?? 'n'] ?? 'none');
      states.set(targetId, row);
    }
  } else {
    const awards = new Map<number, StarAward[][]>();
    for (const [p, targetId, json] of reviews) {
      if (json === '{}') continue;
      const letters = JSON.parse(json) as Record<string, string>;
      let claimed = claimedEver.get(targetId);
      if (!claimed) claimedEver.set(targetId, (claimed = allCodes.map(() => false)));
      let perCode = awards.get(targetId);
      for (let i = 0; i < allCodes.length; i++) {
        const letter = letters[allCodes[i]!];
        if (letter === undefined || letter === 'n') continue;
        claimed[i] = true;
        if (letter !== 'h' && letter !== 'x') continue;
        if (!perCode) awards.set(targetId, (perCode = allCodes.map(() => [])));
        perCode[i]!.push({ period: p, removed: letter === 'x' });
      }
    }
    const last = periodCount(scheme.cycle);
    for (const [targetId, perCode] of awards) {
      states.set(targetId, perCode.map((list) => {
        if (starHeldAtYearEnd(scheme.yearEndRule, last, list)) return 'held';
        let latest: StarAward | undefined;
        for (const a of list) if (!latest || a.period > latest.period) latest = a;
        return latest?.removed ? 'removed' : 'none';
      }));
      heldPeriods.set(targetId, perCode.map(heldPeriodCount));
    }
  }

  const noStates: StarCellState[] = allCodes.map(() => 'none');
  const noPeriods = allCodes.map(() => 0);
  const perStar = shown.map((i) => ({ code: allCodes[i]!, held: 0, claimed: 0, approved: 0, refused: 0, removed: 0 }));
  const perUnit = new Map<string, { unitId: number | null; unitName: string; targets: number; stars: number; tenStar: number; disqualified: number }>();
  const rows: BoardRow[] = targets.map((t: StarTarget) => {
    const all = states.get(t.targetId) ?? noStates;
    let held = 0;
    const heldCodes = new Set<string>();
    all.forEach((s, i) => {
      if (s === 'held') {
        held++;
        heldCodes.add(allCodes[i]!);
      }
    });
    const tenStar = isTenStar(scheme.items, heldCodes);
    const claimed = claimedEver.get(t.targetId);
    shown.forEach((i, k) => {
      const s = all[i]!;
      const c = perStar[k]!;
      if (s !== 'none' || claimed?.[i]) c.claimed++;
      if (s === 'held') c.held++;
      else if (s === 'approved') c.approved++;
      else if (s === 'refused') c.refused++;
      else if (s === 'removed') c.removed++;
    });
    const d = disqualified.get(t.targetId) ?? null;
    const key = `${t.unitId ?? ''}`;
    let u = perUnit.get(key);
    if (!u) perUnit.set(key, (u = { unitId: t.unitId, unitName: t.unitName, targets: 0, stars: 0, tenStar: 0, disqualified: 0 }));
    u.targets++;
    u.stars += held;
    if (tenStar) u.tenStar++;
    if (d) u.disqualified++;
    const hp = period ? null : heldPeriods.get(t.targetId) ?? noPeriods;
    return { ...t, disqualified: d, states: shown.map((i) => all[i]!), heldPeriods: hp && shown.map((i) => hp[i]!), held, tenStar };
  });

  return {
    schemeId: scheme.id,
    year: scheme.year,
    kind: scheme.kind,
    period: period && { ...period },
    items: shown.map((i) => scheme.items[i]!),
    publicity: period ? publicityView(db, scheme, period.no) : null,
    rows,
    perStar,
    perUnit: [...perUnit.values()],
  };
}

export const starBoard = (ctx: AppContext, input: ParsedInput<'stars.board'>): ChannelOutput<'stars.board'> =>
  buildBoard(ctx.db, requireScheme(ctx.db, input.schemeId), input);
