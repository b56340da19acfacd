import { itemEntryPoints, itemsFullMarks } from '../../../shared/annual/item-points';
import { conductWeightsText, itemSourceLabels, sourceMappingText, sourceTarget } from '../../../shared/annual/item-sources';
import { itemMethodLabels, type CompositeItemEntry, type CompositeItemInfo, type ItemBasisFigure } from '../../../shared/annual/views';
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
import { listItemRecords, listScoreEntries } from '../../../db/annual/items';
import { getEventRecord } from '../../../db/evaluation';
import type { Db } from '../../../db/open';
import { findStarScheme } from '../../../db/stars';
import { tallyRound } from '../evaluation';
import { yearEndRows } from '../stars';
import { itemEntryText } from '../audit';
import { itemFigureReader, weeklyModeOf } from './item-figures';
import { adjustmentsLine, autoItemsLine, closingLines, evaluationEventLine, itemsLine, leaderLine, quartersLine, redLineTexts } from './composite-sources';
import type { ComponentFacts, PersonConduct, PersonItems, SourceFacts } from './composite-rows';

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

/**
 * 考核项目: each person's points, whether the year has any item that counts, and the full marks. Typed
 * entries count as they are; a 自动取数 item's points come from its figure (item-figures.ts), and a
 * missing figure makes the component missing for the person, with the reason (DOMAIN §8.7).
 */
function itemFacts(db: Db, year: number, participants: readonly CompositeParticipantRecord[], today: string, lines: string[]): Pick<ComponentFacts, 'items' | 'fullMarks'> {
  const counts = countYearItems(db, year);
  const items = listItemRecords(db, year);
  // the component's full marks follow the 指标体系, so raising an item's maximum raises them too
  const full = itemsFullMarks(items);
  lines.push(itemsLine(counts, full));
  const counting = items.filter((i) => i.appliesTo === 'person' || i.passToPeople);
  const autoItems = counting.filter((i) => i.source !== 'none');
  if (autoItems.length > 0) lines.push(autoItemsLine(autoItems));
  const infos: CompositeItemInfo[] = counting.map((i) => ({
    itemId: i.id, name: i.name, source: i.source, maxPoints: i.maxPoints, fromUnit: i.appliesTo === 'unit',
    rule: i.source === 'none' ? `${itemMethodLabels[i.method]}` : `${itemSourceLabels[i.source]}（自动取数），${sourceMappingText(i.source, i)}`,
  }));
  const typed = { person: entryValues(db, year, 'person'), unit: entryValues(db, year, 'unit') };
  const reader = itemFigureReader(db, year, today);
  const figures = new Map<string, ItemBasisFigure>();
  const byPerson = new Map<number, PersonItems>();
  for (const p of participants) {
    const entries: CompositeItemEntry[] = [];
    let autoTotal = 0;
    const missing: string[] = [];
    for (const item of counting) {
      const targetId = item.appliesTo === 'unit' ? p.unitId : p.personId;
      if (item.source === 'none') {
        const value = typed[item.appliesTo].get(`${item.id}:${targetId}`);
        entries.push({ itemId: item.id, points: value === undefined ? null : itemEntryPoints(item, value), typed: value === undefined ? '未录入' : `录入${itemEntryText(item, value)}`, figureKey: null });
        continue;
      }
      const f = reader.figure(item, targetId);
      figures.set(f.key, f);
      entries.push({ itemId: item.id, points: f.points, typed: null, figureKey: f.key });
      if (f.points === null) missing.push(`${item.name}：${f.missing ?? '无数据'}`);
      else autoTotal += f.points;
    }
    byPerson.set(p.personId, { entries, autoTotal, autoCount: autoItems.length, missing });
  }
  return {
    items: { points: readItemPoints(db, year), none: counts.person + counts.unitPassed === 0, byPerson, infos, figures: [...figures.values()] },
    fullMarks: full === null ? {} : { items: full },
  };
}

/**
 * 能力作风 (DOMAIN §8.7): per person the weighted mean of the figures the rules weigh — 任务按时完成率 and
 * 科室评议平均得分 of their unit, 周晒参与率 of their unit or themselves (the year's 晒报方式), the chosen
 * 专项活动's 任务完成率 of themselves. A missing figure makes the component missing, with its reason.
 */
function conductFacts(db: Db, year: number, rules: AnnualRules, participants: readonly CompositeParticipantRecord[], today: string, lines: string[]): NonNullable<ComponentFacts['conduct']> {
  const weighted = (['tasks', 'weekly', 'review', 'campaign'] as const).filter((s) => rules.conduct.weights[s] > 0);
  const mode = weeklyModeOf(db, year);
  const reader = itemFigureReader(db, year, today);
  const figures = new Map<string, ItemBasisFigure>();
  const byPerson = new Map<number, PersonConduct>();
  const total = weighted.reduce((sum, s) => sum + rules.conduct.weights[s], 0);
  for (const p of participants) {
    const entries: PersonConduct['entries'][number][] = [];
    const missing: string[] = [];
    let sum = 0;
    for (const source of weighted) {
      const target = sourceTarget(source, mode);
      const f = reader.sourceFigure(source, target, target === 'unit' ? p.unitId : p.personId, rules.conduct.campaignId);
      figures.set(f.key, f);
      entries.push({ source, weight: rules.conduct.weights[source], figureKey: f.key });
      if (f.value == null) missing.push(`${itemSourceLabels[source]}：${f.missing ?? '无数据'}`);
      else sum += rules.conduct.weights[source] * f.value;
    }
    const raw = weighted.length === 0 ? { missing: '未设置能力作风取数' } : missing.length > 0 ? { missing: missing.join('；') } : { value: sum / total };
    byPerson.set(p.personId, { raw, entries });
  }
  lines.push(`能力作风：${conductWeightsText(rules.conduct)}的加权平均（百分制）；点击能力作风得分可查看取数明细`);
  return { byPerson, figures: [...figures.values()] };
}

/** A year's score entries of one kind: `${itemId}:${targetId}` -> value. */
function entryValues(db: Db, year: number, kind: 'person' | 'unit'): Map<string, number> {
  return new Map(listScoreEntries(db, year, kind).map((e) => [`${e.itemId}:${e.targetId}`, e.value]));
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
  today: string,
): ComponentFacts {
  const { participants, quarters, sanctions } = people;
  if (enabled(rules, 'quarters')) lines.push(quartersLine(participants.filter((p) => quarters.has(p.personId)).length, rules.quartersRequired));
  const evaluation = enabled(rules, 'evaluation') ? evaluationFacts(db, rules, lines) : null;
  // the scheme is read for its 不得评优 gate even when its points do not count
  const stars = enabled(rules, 'stars') || rules.gates.starsBarExcellent ? starFacts(db, year, lines) : null;
  const leader = enabled(rules, 'leader');
  if (leader) lines.push(leaderLine(participants.filter((p) => p.leaderScore != null).length));
  const { items, fullMarks } = enabled(rules, 'items') ? itemFacts(db, year, participants, today, lines) : { items: null, fullMarks: {} };
  const conduct = enabled(rules, 'conduct') ? conductFacts(db, year, rules, participants, today, lines) : null;
  const adjustments = enabled(rules, 'adjustments') ? adjustmentFacts(db, rules, year, lines) : null;
  lines.push(...closingLines(rules, participants.filter((p) => sanctions.has(p.personId)).length));
  return { evaluation, stars, starsCounted: enabled(rules, 'stars'), leader, items, adjustments, conduct, fullMarks };
}
