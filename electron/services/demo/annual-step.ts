import { vocabularyFor, defaultGroupFor, annualCategoryPresets, annualRulesPreset, quarters, quotaFor, type AnnualRules, type QuarterGrade, type RoundingRule } from '../../../shared/annual';
import type { ItemTarget } from '../../../shared/annual';
import type { Db } from '../../../db/open';
import { getPersonRow } from '../../../db/people';
import { insertAdjustment, insertGroupRow, insertItem, insertItemCategory, insertParticipantRow, insertSanction, setParticipantNotesRow, insertYearRow, listYearEvaluationEvents, setLeaderScore, upsertQuarterGrade, upsertScoreEntry, type ItemFields } from '../../../db/annual';
import { demoDuties } from './org-data';
import { between, seededRandom, seedOf, type Random } from './random';
import type { DemoEnv, DemoStep } from './steps';

/**
 * 年度考核 of the demo office: the 考核年度 of the demo's 述职测评 and 双十星, its rules pointing at
 * that 述职测评, three 考核分组, a small 指标体系 with entries (one unit item passed on to the
 * people), four quarters of 平时考核 within each group's “好” quota, 领导评价 for everyone, two
 * 加减分 records and one 警告 — so 「综合评定」 shows a full composite ready for the committee,
 * with nothing confirmed yet. Drawn from seeded streams: the same on every machine.
 */

/** The annual 述职 and 年终考核 meet at the turn of the year: loaded in January or February it is last year's. */
export const demoYear = (now: Date) => (now.getUTCMonth() < 2 ? now.getUTCFullYear() - 1 : now.getUTCFullYear());

const clerk = '考核办';

interface DemoGroup { readonly name: string; readonly excellentShare: number; readonly goodShare: number; readonly rounding: RoundingRule }

/** 班子成员 are four: 20% rounded to nearest gives them one 优秀 place (rounded down it would be none). */
const demoGroups: readonly DemoGroup[] = [
  { name: '班子成员', excellentShare: 0.2, goodShare: 0.4, rounding: 'round' },
  { name: '机关科室', excellentShare: 0.2, goodShare: 0.4, rounding: 'floor' },
  { name: '事业单位', excellentShare: 0.2, goodShare: 0.4, rounding: 'floor' },
];

/**
 * The weights of the demo: every component counts, 考核项目 too; only the 10 cadres of the 述职测评
 * have its score, so a missing component re-weights over the present ones instead of leaving most
 * of the office without a composite; someone missing three parts would have 「数据不足」 and no suggestion.
 */
function demoRules(eventId: number | null): AnnualRules {
  const weights = { quarters: 30, evaluation: 20, leader: 20, stars: 10, items: 20 } as const;
  return {
    ...annualRulesPreset,
    components: annualRulesPreset.components.map((c) =>
      // 能力作风 (DOMAIN §8.7) stays off: the demo office's 考核项目 take typed scores
      c.key === 'adjustments' || c.key === 'conduct' ? c : { ...c, enabled: true, weight: weights[c.key], full: c.key === 'items' ? itemsFull : c.full }),
    evaluationEventIds: eventId == null ? [] : [eventId],
    missingPolicy: 'reweight',
    // three of the five weighted parts make a rank and a suggestion (most of the office has no 述职测评 score)
    suggestionMinComponents: 3,
  };
}

/** An item as db/annual stores it, under a preset category named, not yet numbered. */
interface DemoItem extends Omit<ItemFields, 'categoryId' | 'source' | 'sourceCampaignId' | 'sourceFull' | 'sourceZero'> {
  readonly category: (typeof annualCategoryPresets)[number];
}

/** the demo's items take typed scores (DOMAIN §8.7 自动取数 is left for the office to set up) */
const noSource = { source: 'none', sourceCampaignId: null, sourceFull: 100, sourceZero: 0 } as const;

const demoItems: readonly DemoItem[] = [
  { category: '主责业绩', name: '岗位职责履行', description: '按岗位职责清单逐项评分', appliesTo: 'person', method: 'score', maxPoints: 40, stepPoints: null, passToPeople: false },
  { category: '重点任务', name: '年度重点任务', description: '承担的年度重点任务按期完成', appliesTo: 'person', method: 'done', maxPoints: 20, stepPoints: null, passToPeople: false },
  { category: '重点任务', name: '信息宣传采用', description: '信息、稿件被市级以上采用，每篇加0.5分，最多加5分', appliesTo: 'person', method: 'bonus', maxPoints: 5, stepPoints: 0.5, passToPeople: false },
  { category: '党建绩效', name: '支部党建工作', description: '所在支部（科室）党建工作考核得分，计入本单位每名干部', appliesTo: 'unit', method: 'score', maxPoints: 20, stepPoints: null, passToPeople: true },
  { category: '作风建设', name: '作风纪律扣分', description: '违反作风纪律被查实的，每次扣2分，最多扣10分', appliesTo: 'person', method: 'deduct', maxPoints: 10, stepPoints: 2, passToPeople: false },
];
/** what counts as 100 for 考核项目: every item's full points (deductions take away from it) */
const itemsFull = 85;

/** 加减分 and the 警告 of the demo, tied to what the 双十星 and 述职测评 steps already show. */
const demoAdjustments = [
  { name: '林建峰', kind: '表彰奖励', points: 2, monthDay: '01-20', reason: '被市委市政府评为年度重点工作先进个人', evidence: '市委市政府表彰文件' },
  { name: '袁志华', kind: '通报批评', points: -1, monthDay: '02-10', reason: '违反工作纪律受到通报批评', evidence: '机关党委通报' },
] as const;
const demoWarning = { name: '许振宇', monthDay: '02-24', documentNo: '国动党〔DEMO〕3号', reason: '工程验收中把关不严，造成不良影响' } as const;
/** 作风纪律扣分 entries: occurrences */
const demoDeductions: ReadonlyMap<string, number> = new Map([['袁志华', 1], ['许振宇', 1]]);

/** How well each person tends to do, 0..1, from their own stream (so adding a person changes no one else). */
export const abilityOf = (name: string): number => seededRandom(seedOf(`kaoping-demo:年度考核:${name}`))();

interface Member { readonly id: number; readonly name: string; readonly unitId: number; readonly groupId: number; readonly recruit: boolean; readonly ability: number }

/** 好 for the best of each group within its quota, 较好 for most others, 一般 for the weakest; recruits 不确定等次. */
function gradeQuarters(db: Db, year: number, members: readonly Member[], quotaOf: ReadonlyMap<number, number>, at: string): number {
  let written = 0;
  for (const q of quarters) {
    const merit = new Map(members.map((m) => [m.id, m.ability * 0.5 + seededRandom(seedOf(`kaoping-demo:平时考核:${m.name}:${q}`))() * 0.6]));
    for (const [groupId, quota] of quotaOf) {
      const ranked = members.filter((m) => m.groupId === groupId && !m.recruit).sort((a, b) => merit.get(b.id)! - merit.get(a.id)! || a.id - b.id);
      ranked.forEach((m, i) => {
        const score = merit.get(m.id)!;
        const grade: QuarterGrade = i < quota ? 'good' : score < 0.2 ? 'average' : 'fair';
        upsertQuarterGrade(db, year, m.id, q, grade, clerk, at);
        written++;
      });
    }
    for (const m of members.filter((x) => x.recruit)) {
      upsertQuarterGrade(db, year, m.id, q, 'undetermined', clerk, at);
      written++;
    }
  }
  return written;
}

function writeItems(db: Db, year: number, members: readonly Member[], unitIds: readonly number[], day: string, at: string): void {
  const categoryIds = new Map<string, number>();
  annualCategoryPresets.forEach((name, i) => {
    categoryIds.set(name, insertItemCategory(db, year, name, i + 1));
  });
  const itemIds = new Map<string, number>();
  // in the order listed: insertItem numbers each item after the year's last
  for (const { category, ...fields } of demoItems) itemIds.set(fields.name, insertItem(db, year, { ...noSource, ...fields, categoryId: categoryIds.get(category)! }));
  const entry = (appliesTo: ItemTarget) => (item: string, targetId: number, value: number, evidence: string) =>
    upsertScoreEntry(db, year, appliesTo, { itemId: itemIds.get(item)!, targetId, value, date: day, evidence, enteredBy: clerk, enteredAt: at });
  const personEntry = entry('person');
  const unitEntry = entry('unit');
  for (const m of members) {
    const random: Random = seededRandom(seedOf(`kaoping-demo:考核项目:${m.name}`));
    // 岗位职责履行: 30..40 in half points, the able nearer the top
    personEntry('岗位职责履行', m.id, Math.min(40, 30 + Math.round((m.ability * 8 + random() * 2) * 2) / 2), '岗位职责清单及年度工作总结');
    personEntry('年度重点任务', m.id, m.recruit || random() < 0.9 ? 1 : 0, '重点任务台账');
    if (random() < 0.4) personEntry('信息宣传采用', m.id, between(random, 1, 6), '稿件采用通知');
    const deductions = demoDeductions.get(m.name);
    if (deductions != null) personEntry('作风纪律扣分', m.id, deductions, '作风纪律检查通报');
  }
  for (const unitId of unitIds) {
    const random = seededRandom(seedOf(`kaoping-demo:支部党建:${unitId}`));
    unitEntry('支部党建工作', unitId, 15 + Math.round(random() * 10) / 2, '机关党委年度党建考核');
  }
}

export const demoAnnualStep: DemoStep = {
  label: '年度考核',
  run(env: DemoEnv) {
    const { db, now } = env;
    const year = demoYear(now);
    const at = now.toISOString();
    const day = at.slice(0, 10);
    // the demo's 述职测评 step made one event in the year
    const event = listYearEvaluationEvents(db, year)[0];
    const rules = demoRules(event?.id ?? null);
    insertYearRow(db, year, `${year}年度考核`, rules, now);

    const groups = demoGroups.map((g, i) => ({
      ...g,
      id: insertGroupRow(db, year, g, i + 1),
    }));

    const members: Member[] = [...env.personIds].map(([name, id]) => {
      const person = getPersonRow(db, id)!;
      const vocabulary = vocabularyFor(rules, person.category);
      const group = defaultGroupFor(groups, person, vocabulary)!;
      insertParticipantRow(db, year, id, group.id, vocabulary);
      const duties = demoDuties[name];
      if (duties) setParticipantNotesRow(db, year, id, duties, '');
      return { id, name, unitId: person.unitId, groupId: group.id, recruit: person.probationEnd != null, ability: abilityOf(name) };
    });
    const sizes = new Map(groups.map((g) => [g.id, members.filter((m) => m.groupId === g.id).length]));
    const goodQuota = new Map(groups.map((g) => [g.id, quotaFor(g.goodShare, sizes.get(g.id)!, g.rounding)]));
    gradeQuarters(db, year, members, goodQuota, at);

    // 领导评价: 80..98 in half points
    for (const m of members) {
      const random = seededRandom(seedOf(`kaoping-demo:领导评价:${m.name}`));
      setLeaderScore(db, year, m.id, Math.round((80 + m.ability * 14 + random() * 4) * 2) / 2);
    }

    writeItems(db, year, members, [...env.unitIds.values()], day, at);

    for (const a of demoAdjustments) {
      insertAdjustment(db, {
        year, personId: env.personIds.get(a.name)!, kind: a.kind, points: a.points, date: `${year}-${a.monthDay}`, reason: a.reason, evidence: a.evidence, enteredBy: clerk, enteredAt: at,
      });
    }
    insertSanction(db, {
      personId: env.personIds.get(demoWarning.name)!, type: '警告', decidedOn: `${year}-${demoWarning.monthDay}`, months: rules.sanctionMonths['警告'] ?? null,
      documentNo: demoWarning.documentNo.replace('DEMO', String(year)), reason: demoWarning.reason, enteredBy: clerk, enteredAt: at,
    });

    return `${year}年度考核（${members.length} 名参加人员、${groups.length} 个考核分组、${demoItems.length} 个考核项目）`;
  },
};
