import { itemsFullMarks } from '../../../shared/annual/item-points';
import type { AnnualRules, ComponentKey } from '../../../shared/annual/rules';
import {
  countYearItems,
  readAdjustmentSums,
  readCompositeEvent,
  readEventPersonTargets,
  readItemPoints,
  type CompositeEventResults,
  type CompositeParticipantRecord,
  type SanctionFactRecord,
} from '../../../db/annual/composite';
import { listItemRecords } from '../../../db/annual/items';
import { getEventRecord } from '../../../db/evaluation';
import type { Db } from '../../../db/open';
import { findStarScheme } from '../../../db/stars';
import { tallyRound } from '../evaluation';
import { yearEndRows } from '../stars';
import { adjustmentsLine, closingLines, evaluationEventLine, itemsLine, leaderLine, quartersLine, redLineTexts } from './composite-sources';
import type { ComponentFacts, SourceFacts } from './composite-rows';

/**
 * The reading steps of the live composite (「综合评定」): each enabled component's raw facts for
 * everybody, with a handful of set-based reads (db/annual/composite.ts), and the 「数据来源」 line
 * it adds. DOMAIN §4 says what each component is.
 */

const enabled = (rules: AnnualRules, key: ComponentKey) => rules.components.some((c) => c.key === key && c.enabled);

/**
 * 述职测评: for each event of `rules.evaluationEventIds` in order, the first in which the person is
 * a 测评对象 gives `normalized ?? overall` (a closed event's frozen results, else the live tally).
 */
function evaluationFacts(db: Db, rules: AnnualRules, lines: string[]): SourceFacts<{ redLines: string[] }> {
  const byPerson: SourceFacts<{ redLines: string[] }>['byPerson'] = new Map();
  if (rules.evaluationEventIds.length === 0) {
    lines.push('述职测评：未选择测评活动（请在「年度考核方案」中选择）');
    return { byPerson, all: '未选择述职测评活动' };
  }
  for (const eventId of rules.evaluationEventIds) {
    const event = readCompositeEvent(db, eventId);
    if (!event) {
      lines.push(`述职测评：所选测评活动（编号${eventId}）已被删除`);
      continue;
    }
    // a closed event's results are frozen; any other is tallied as it stands
    const results: CompositeEventResults = event.frozen ?? tallyRound(db, getEventRecord(db, eventId)!, 'live');
    lines.push(evaluationEventLine(event, results.quorumMet));
    const personOf = readEventPersonTargets(db, event.id);
    for (const target of results.targets) {
      const personId = personOf.get(target.targetId);
      if (personId == null || byPerson.has(personId)) continue;
      const score = target.normalized ?? target.overall;
      byPerson.set(personId, {
        raw: score == null ? { missing: `${event.name}无有效得分` } : { value: score },
        redLines: redLineTexts(event.config, target),
      });
    }
  }
  return { byPerson, all: null };
}

/**
 * 双十星: the year-end figures of the year's 党员干部 scheme. Points are the raw value; a person who
 * took no part in 评星 has none; a 「不得评优」 gate of the scheme that applies bars 优秀, for everyone
 * in the scheme alike (taking no part is 0 stars: the gate's rule, not an exemption).
 */
function starFacts(db: Db, year: number, lines: string[]): SourceFacts<{ bar: string | null }> {
  const byPerson: SourceFacts<{ bar: string | null }>['byPerson'] = new Map();
  const scheme = findStarScheme(db, year, 'person');
  if (!scheme) {
    lines.push(`双十星：未建立${year}年度党员干部评星方案`);
    return { byPerson, all: `未建立${year}年度评星方案` };
  }
  const barring = new Set(scheme.gates.filter((g) => g.effect === 'barred').map((g) => g.label));
  let took = 0;
  for (const row of yearEndRows(db, scheme)) {
    const bars = row.gates.filter((label) => barring.has(label));
    const bar = row.barred && bars.length > 0 ? bars.join('；') : null;
    if (row.participated) took++;
    byPerson.set(row.targetId, { raw: row.participated ? { value: row.points } : { missing: '未参加双十星评星' }, bar });
  }
  lines.push(`双十星：${scheme.name}（${took}人参加评星，得分为年终星数折算分）`);
  return { byPerson, all: null };
}

/** 考核项目: each person's points, whether the year has any item that counts, and the full marks. */
function itemFacts(db: Db, year: number, lines: string[]): Pick<ComponentFacts, 'items' | 'fullMarks'> {
  const counts = countYearItems(db, year);
  // the component's full marks follow the 指标体系, so raising an item's maximum raises them too
  const full = itemsFullMarks(listItemRecords(db, year));
  lines.push(itemsLine(counts, full));
  return {
    items: { points: readItemPoints(db, year), none: counts.person + counts.unitPassed === 0 },
    fullMarks: full === null ? {} : { items: full },
  };
}

function adjustmentFacts(db: Db, rules: AnnualRules, year: number, lines: string[]): ComponentFacts['adjustments'] {
  const sums = readAdjustmentSums(db, year);
  const cap = rules.components.find((c) => c.key === 'adjustments')!.cap;
  lines.push(adjustmentsLine([...sums.values()].reduce((n, a) => n + a.records, 0), cap));
  return sums;
}

/** Everything the year's enabled components draw on, with `lines` filled in the order the page shows them. */
export function gatherFacts(
  db: Db,
  year: number,
  rules: AnnualRules,
  people: { readonly participants: readonly CompositeParticipantRecord[]; readonly quarters: ReadonlyMap<number, unknown>; readonly sanctions: ReadonlyMap<number, readonly SanctionFactRecord[]> },
  lines: string[],
): ComponentFacts {
  const { participants, quarters, sanctions } = people;
  if (enabled(rules, 'quarters')) lines.push(quartersLine(participants.filter((p) => quarters.has(p.personId)).length, rules.quartersRequired));
  const evaluation = enabled(rules, 'evaluation') ? evaluationFacts(db, rules, lines) : null;
  // the scheme is read for its 不得评优 gate even when its points do not count
  const stars = enabled(rules, 'stars') || rules.gates.starsBarExcellent ? starFacts(db, year, lines) : null;
  const leader = enabled(rules, 'leader');
  if (leader) lines.push(leaderLine(participants.filter((p) => p.leaderScore != null).length));
  const { items, fullMarks } = enabled(rules, 'items') ? itemFacts(db, year, lines) : { items: null, fullMarks: {} };
  const adjustments = enabled(rules, 'adjustments') ? adjustmentFacts(db, rules, year, lines) : null;
  lines.push(...closingLines(rules, participants.filter((p) => sanctions.has(p.personId)).length));
  return { evaluation, stars, starsCounted: enabled(rules, 'stars'), leader, items, adjustments, fullMarks };
}
