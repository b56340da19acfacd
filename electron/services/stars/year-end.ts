import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { periodCount } from '../../../shared/stars/periods';
import { starSchemeKinds, type StarSchemeKind } from '../../../shared/stars/scheme';
import type { StarTarget, YearEndResult } from '../../../shared/stars/views';
import { yearEndFigureFor, type StarAward } from '../../../shared/stars/year-end';
import type { Db } from '../../../db/open';
import { readReviewStates, reviewedTargetIds } from '../../../db/stars/board';
import { findStarScheme, listStarSchemeSummaries, type StarSchemeRecord } from '../../../db/stars/schemes';
import type { AppContext } from '../../context';
import { schemeTargets } from './common';

/**
 * Awards of every target × star of a scheme over the year: targetId -> code -> awards by period.
 * Read from the per-review state letters (one row per review); the year board and the year-end
 * figures both start here.
 */
export function schemeAwards(db: Db, scheme: Pick<StarSchemeRecord, 'id' | 'kind'>): Map<number, Map<string, StarAward[]>> {
  const out = new Map<number, Map<string, StarAward[]>>();
  for (const [period, targetId, json] of readReviewStates(db, scheme.id, scheme.kind)) {
    if (json === '{}') continue;
    const letters = JSON.parse(json) as Record<string, string>;
    let byCode = out.get(targetId);
    for (const code in letters) {
      const letter = letters[code];
      if (letter !== 'h' && letter !== 'x') continue;
      if (!byCode) out.set(targetId, (byCode = new Map()));
      let list = byCode.get(code);
      if (!list) byCode.set(code, (list = []));
      list.push({ period, removed: letter === 'x' });
    }
  }
  return out;
}

const noAwards: ReadonlyMap<string, readonly StarAward[]> = new Map();

/**
 * The year-end figures of every target of a scheme (all units), in board order. One rule for
 * everyone in the scheme: the gates (「少于5星 不得评优」, 「十星 优先评优」) apply to each target by its
 * stars held at year end, whether it took part in 评星 or not (no review at all is 0 stars).
 */
export function yearEndRows(db: Db, scheme: StarSchemeRecord, targets: readonly StarTarget[] = schemeTargets(db, scheme)): YearEndResult['rows'] {
  const awards = schemeAwards(db, scheme);
  const reviewed = reviewedTargetIds(db, scheme.id, scheme.kind);
  const rules = { items: scheme.items, yearEndRule: scheme.yearEndRule, points: scheme.points, gates: scheme.gates, periodCount: periodCount(scheme.cycle) };
  return targets.map((t) => ({ ...t, kind: scheme.kind, participated: reviewed.has(t.targetId), ...yearEndFigureFor(rules, awards.get(t.targetId) ?? noAwards) }));
}

export function yearEndFor(db: Db, year: number, kind: StarSchemeKind): YearEndResult {
  const scheme = findStarScheme(db, year, kind);
  if (!scheme) return { year, kind, scheme: null, rows: [] };
  const summary = listStarSchemeSummaries(db, year).find((s) => s.id === scheme.id)!;
  return { year, kind, scheme: summary, rows: yearEndRows(db, scheme) };
}

/**
 * What the 年终考核 reads: per kind, each target's stars held at year end, 十星级, points and gates,
 * under the rules of that year's scheme. A kind without a scheme has no rows.
 */
export function yearEndStars(ctx: Pick<AppContext, 'db'>, input: { readonly year: number }): Record<StarSchemeKind, YearEndResult> {
  const [org, person] = starSchemeKinds.map((kind) => yearEndFor(ctx.db, input.year, kind)) as [YearEndResult, YearEndResult];
  return { org, person };
}

export const yearEndStarsChannel = (ctx: AppContext, input: ParsedInput<'stars.yearEnd'>): ChannelOutput<'stars.yearEnd'> => yearEndFor(ctx.db, input.year, input.kind);
