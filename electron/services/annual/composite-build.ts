import { computeComposite, type CompositeOutput, type CompositePersonInput, type RawComponent } from '../../../shared/annual/composite';
import { itemsFullMarks, pointsText } from '../../../shared/annual/item-points';
import { componentLabels, type AnnualRules, type ComponentKey } from '../../../shared/annual/rules';
import { effectiveUndetermined, undeterminedFromRoster } from '../../../shared/annual/undetermined';
import type { CompositeRow, CompositeView } from '../../../shared/annual/views';
import type { EvaluationConfig } from '../../../shared/evaluation';
import {
  countYearItems,
  readAdjustmentSums,
  readCompositeEvent,
  readCompositeParticipants,
  readEventPersonTargets,
  readItemPoints,
  readYearSanctions,
  type CompositeEventResults,
  type CompositeParticipantRecord,
} from '../../../db/annual/composite';
import { listItemRecords } from '../../../db/annual/items';
import { quarterGradesOf } from '../../../db/annual/quarters';
import { listGroupRecords, type AnnualGroupRecord, type AnnualYearRecord } from '../../../db/annual/years';
import { getEventRecord } from '../../../db/evaluation';
import type { Db } from '../../../db/open';
import { findStarScheme } from '../../../db/stars';
import { tallyRound } from '../evaluation';
import { yearEndRows } from '../stars';

/**
 * The live composite of an open year (「综合评定」): gathers every component's raw facts with a
 * handful of set-based reads (db/annual/composite.ts), hands them to the pure `computeComposite`,
 * and merges names, units, 等次 confirmations, 述职测评 red lines and the sources of each figure.
 */

/** What the composite says about each source, for everybody at once (Chinese, shown under the table). */
interface SourceFacts {
  readonly lines: string[];
  /** per component: the raw facts per person; a component missing for everybody has `all` */
  readonly evaluation: { readonly byPerson: Map<number, { raw: RawComponent; redLines: string[] }>; readonly all: string | null };
  readonly stars: { readonly byPerson: Map<number, { raw: RawComponent; bar: string | null }>; readonly all: string | null };
}

const eventStatusLabels = { setup: '尚未开始', test: '测试中', live: '正在测评，按当前计票', closed: '已结束' } as const;

const percentText = (share: number) => `${Math.round(share * 10000) / 100}%`;

/** 「述职测评称职及以上率偏低（58.33%，应不低于66.67%）」, in the event's own words for the rates. */
function redLineTexts(config: EvaluationConfig, result: CompositeEventResults['targets'][number]): string[] {
  const out: string[] = [];
  const { approvalRate, failRate } = result.total;
  if (result.redLines.lowApproval) {
    out.push(`述职测评${config.rateLabels.approval}偏低（${approvalRate == null ? '' : `${percentText(approvalRate)}，`}应不低于${percentText(config.redLines.minApprovalRate)}）`);
  }
  if (result.redLines.highFail) {
    out.push(`述职测评${config.rateLabels.fail}偏高（${failRate == null ? '' : `${percentText(failRate)}，`}应不高于${percentText(config.redLines.maxFailRate)}）`);
  }
  return out;
}

/**
 * 述职测评: for each event of `rules.evaluationEventIds` in order, the first in which the person is
 * a 测评对象 gives `normalized ?? overall` (a closed event's frozen results, else the live tally).
 */
function evaluationFacts(db: Db, rules: AnnualRules, lines: string[]): SourceFacts['evaluation'] {
  const byPerson = new Map<number, { raw: RawComponent; redLines: string[] }>();
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
    const quorum = results.quorumMet ? '' : '，实到人数未达到规定比例';
    lines.push(`述职测评：${event.name}（${eventStatusLabels[event.status]}${quorum}）`);
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
function starFacts(db: Db, year: number, lines: string[]): SourceFacts['stars'] {
  const byPerson = new Map<number, { raw: RawComponent; bar: string | null }>();
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
    if (!row.participated) {
      byPerson.set(row.targetId, { raw: { missing: '未参加双十星评星' }, bar });
      continue;
    }
    took++;
    byPerson.set(row.targetId, { raw: { value: row.points }, bar });
  }
  lines.push(`双十星：${scheme.name}（${took}人参加评星，得分为年终星数折算分）`);
  return { byPerson, all: null };
}

export interface LiveComposite {
  readonly view: CompositeView;
  readonly participants: readonly CompositeParticipantRecord[];
  readonly groups: readonly AnnualGroupRecord[];
  readonly output: CompositeOutput;
  /** personId -> index in `participants` and `output.rows` */
  readonly indexOf: ReadonlyMap<number, number>;
  /** personId -> is 不定等次 (override, else roster) */
  readonly undetermined: ReadonlyMap<number, boolean>;
}

const enabled = (rules: AnnualRules, key: ComponentKey) => rules.components.some((c) => c.key === key && c.enabled);

export function buildLiveComposite(db: Db, record: AnnualYearRecord, now = new Date()): LiveComposite {
  const { year, rules } = record;
  const participants = readCompositeParticipants(db, year);
  const groups = listGroupRecords(db, year);
  const quarters = quarterGradesOf(db, year);
  const sanctions = readYearSanctions(db, year);
  const lines: string[] = [];

  const noGrades = [null, null, null, null] as const;
  if (enabled(rules, 'quarters')) {
    const graded = participants.filter((p) => quarters.has(p.personId)).length;
    lines.push(graded > 0 ? `平时考核：${graded}人已录入季度等次（按${rules.quartersRequired}个季度计）` : '平时考核：尚未录入季度等次');
  }
  const evaluation = enabled(rules, 'evaluation') ? evaluationFacts(db, rules, lines) : null;
  const stars = enabled(rules, 'stars') || rules.gates.starsBarExcellent ? starFacts(db, year, lines) : null;
  const leaderEnabled = enabled(rules, 'leader');
  if (leaderEnabled) {
    const scored = participants.filter((p) => p.leaderScore != null).length;
    lines.push(scored > 0 ? `领导评价：${scored}人已录入评价分` : '领导评价：尚未录入');
  }
  let items: ReturnType<typeof readItemPoints> | null = null;
  let noItems = false;
  const fullMarks: Partial<Record<ComponentKey, number>> = {};
  if (enabled(rules, 'items')) {
    const counts = countYearItems(db, year);
    noItems = counts.person + counts.unitPassed === 0;
    items = readItemPoints(db, year);
    // the component's full marks follow the 指标体系, so raising an item's maximum raises them too
    const full = itemsFullMarks(listItemRecords(db, year));
    if (full !== null) fullMarks.items = full;
    lines.push(noItems
      ? '考核项目：本年度未设置计入个人的考核项目'
      : `考核项目：${counts.person}个个人考核项目，${counts.unitPassed}个单位考核项目计入单位人员${full === null ? '' : `，满分${pointsText(full)}分（按指标体系各项目分值合计）`}`);
  }
  const adjustmentsEnabled = enabled(rules, 'adjustments');
  const adjustments = adjustmentsEnabled ? readAdjustmentSums(db, year) : null;
  if (adjustments) {
    const cap = rules.components.find((c) => c.key === 'adjustments')!.cap;
    const records = [...adjustments.values()].reduce((n, a) => n + a.records, 0);
    lines.push(`加减分：${records}条记录${cap == null ? '' : `，每人合计不超过±${cap}分`}`);
  }
  for (const c of rules.components) if (!c.enabled) lines.push(`${componentLabels[c.key]}：本年度不计入综合评定`);
  const sanctioned = participants.filter((p) => sanctions.has(p.personId)).length;
  if (sanctioned > 0) lines.push(`处分：${sanctioned}人有处分期间涉及本年度的处分记录`);

  const undetermined = new Map<number, boolean>();
  const people: CompositePersonInput[] = participants.map((p) => {
    const computed = undeterminedFromRoster({ hireDate: p.hireDate, probationEnd: p.probationEnd }, rules.undetermined, year);
    const effective = effectiveUndetermined(computed, p.undeterminedOverride, p.undeterminedReason);
    undetermined.set(p.personId, effective.effective);
    const raw: Partial<Record<ComponentKey, RawComponent>> = {};
    if (evaluation) raw.evaluation = evaluation.all != null ? { missing: evaluation.all } : evaluation.byPerson.get(p.personId)?.raw ?? { missing: '未参加述职测评' };
    if (stars && enabled(rules, 'stars')) raw.stars = stars.all != null ? { missing: stars.all } : stars.byPerson.get(p.personId)?.raw ?? { missing: '未参加双十星评星' };
    if (leaderEnabled) raw.leader = p.leaderScore == null ? { missing: '未录入领导评价' } : { value: p.leaderScore };
    if (items) {
      const figure = items.get(p.personId);
      raw.items = noItems ? { missing: '本年度未设置考核项目' } : figure ? { value: figure.total } : { missing: '未录入考核项目得分' };
    }
    if (adjustments) raw.adjustments = { value: adjustments.get(p.personId)?.points ?? 0 };
    return {
      personId: p.personId,
      groupId: p.groupId,
      vocabulary: p.vocabulary,
      raw,
      quarters: quarters.get(p.personId) ?? noGrades,
      sanctions: sanctions.get(p.personId) ?? [],
      starsBar: stars?.byPerson.get(p.personId)?.bar ?? null,
      undetermined: effective.reason,
    };
  });

  const output = computeComposite({ year, rules, fullMarks, groups: groups.map((g) => ({ id: g.id, excellentShare: g.excellentShare, rounding: g.rounding })), people });

  const indexOf = new Map(participants.map((p, i) => [p.personId, i]));
  const groupOrder = new Map(groups.map((g, i) => [g.id, i]));
  const order = participants.map((_p, i) => i);
  const rankKey = (i: number) => output.rows[i]!.rank ?? Number.MAX_SAFE_INTEGER;
  order.sort((a, b) => (groupOrder.get(participants[a]!.groupId) ?? 0) - (groupOrder.get(participants[b]!.groupId) ?? 0) || rankKey(a) - rankKey(b) || a - b);

  const rows: CompositeRow[] = order.map((i) => {
    const p = participants[i]!;
    const figure = output.rows[i]!;
    return {
      personId: p.personId,
      name: p.name,
      unitName: p.unitName,
      post: p.post,
      groupId: p.groupId,
      vocabulary: p.vocabulary,
      components: figure.components,
      composite: figure.composite,
      missing: [...figure.missing],
      rank: figure.rank,
      gates: [...figure.gates],
      cap: figure.cap,
      redLines: evaluation?.byPerson.get(p.personId)?.redLines ?? [],
      suggested: figure.suggested,
      note: figure.note,
      committee: figure.committee,
      insufficient: figure.insufficient,
      confirmed: p.confirmed,
      confirmReason: p.confirmReason,
      overrideReason: p.overrideReason,
      confirmedBy: p.confirmedBy,
      confirmedAt: p.confirmedAt,
    };
  });

  const byGroup = new Map(output.groups.map((g) => [g.id, g]));
  const view: CompositeView = {
    year,
    status: record.status,
    rules,
    fullMarks,
    groups: groups.map((g) => {
      const figure = byGroup.get(g.id);
      return {
        id: g.id,
        name: g.name,
        size: figure?.size ?? 0,
        quotaBase: figure?.quotaBase ?? 0,
        excellentQuota: figure?.excellentQuota ?? 0,
        excellentSuggested: figure?.excellentSuggested ?? 0,
        excellentConfirmed: participants.filter((p) => p.groupId === g.id && p.confirmed === 'excellent').length,
      };
    }),
    rows,
    sources: lines,
    unconfirmed: participants.filter((p) => p.confirmed == null).length,
    computedAt: now.toISOString(),
  };
  return { view, participants, groups, output, indexOf, undetermined };
}
