import { z } from 'zod';
import { levelCode, outcomeCode, vocabularyKey, type OutcomeCode, type VocabularyKey } from './codes';

/**
 * 考核结果运用 (DOMAIN.md §9): what follows from a person's 等次, as data the office edits per 考核年度
 * (「年度考核方案 → 结果运用」). Two kinds of rule:
 *
 * - an **outcome rule**: what follows from this year's 等次 alone, in the plain words the 考核结果通知书
 *   prints (优秀 -> 「给予嘉奖…」), and the award it brings, if any (嘉奖);
 * - a **run rule**: what follows from the same kind of 等次 several years running (优秀 three years
 *   running -> 记三等功; 不称职 two years running -> 辞退). Years run only when they are consecutive
 *   calendar years: a gap or another 等次 breaks the run (优秀, 称职, 优秀 is not three running). With
 *   `countOnce`, years that already made a run are not counted again, so the next run starts after it.
 *
 * Either kind may hold for one vocabulary only (公务员 辞退 / 事业单位 解除聘用合同). Among the run rules
 * of the same `kind`, the first that fires wins, so 「不称职两年 -> 辞退」 placed before 「基本称职以下两年
 * -> 调整职务」 is the one a 不称职, 不称职 person gets.
 */

const words = z.string().trim().max(200, '不超过200字');
const awardName = z.string().trim().min(1, '奖励名称不能为空').max(20, '奖励名称不超过20字');

export const outcomeRule = z.object({
  outcome: outcomeCode,
  /** null: both vocabularies */
  vocabulary: vocabularyKey.nullable(),
  /** what the 通知书 says follows, e.g. 给予嘉奖 */
  consequence: words,
  /** the award this 等次 brings that year (嘉奖), or null */
  award: awardName.nullable(),
});
export type OutcomeRule = z.infer<typeof outcomeRule>;

export const runRule = z.object({
  /** 'award': creates an award record (记三等功); 'flag': a consequence the office acts on (调整职务) */
  kind: z.enum(['award', 'flag']),
  /** 等次 that count toward the run (优秀; or 基本称职 and 不称职 together) */
  outcomes: z.array(levelCode).min(1, '至少选择一个等次'),
  years: z.number().int().min(2, '连续年数至少为2').max(10, '连续年数不超过10'),
  vocabulary: vocabularyKey.nullable(),
  /** e.g. 记三等功 / 予以辞退 */
  consequence: words.min(1, '请填写结果运用的内容'),
  /** the award record's name for kind 'award' (记三等功) */
  award: awardName.nullable(),
  /** years already used by this rule are not counted again (common practice for 记三等功) */
  countOnce: z.boolean(),
});
export type RunRule = z.infer<typeof runRule>;

export const consequenceRules = z.object({
  outcomes: z.array(outcomeRule),
  runs: z.array(runRule),
});
export type ConsequenceRules = z.infer<typeof consequenceRules>;

const promotion = '本年度计算为晋升职务职级的考核年限';
const noPromotion = '本年度不计算为晋升职务职级的考核年限';

/** 《公务员考核规定》 and 《事业单位工作人员考核规定》 as defaults (DOMAIN §9). */
export const consequenceRulesPreset: ConsequenceRules = {
  outcomes: [
    { outcome: 'excellent', vocabulary: null, consequence: `给予嘉奖；${promotion}；享受年度考核奖金`, award: '嘉奖' },
    { outcome: 'competent', vocabulary: null, consequence: `${promotion}；享受年度考核奖金`, award: null },
    { outcome: 'basic', vocabulary: 'civil', consequence: `对本人进行诫勉谈话，限期改进；${noPromotion}；不享受年度考核奖金`, award: null },
    { outcome: 'basic', vocabulary: 'institution', consequence: '对本人进行诫勉谈话，限期改进；本年度不计算为晋升岗位等级的考核年限；不享受年度考核奖金', award: null },
    { outcome: 'fail', vocabulary: 'civil', consequence: `降低一个职务或者职级层次任职；${noPromotion}；不享受年度考核奖金`, award: null },
    { outcome: 'fail', vocabulary: 'institution', consequence: '调整其岗位或者降低岗位等级；本年度不计算为晋升岗位等级的考核年限；不享受年度考核奖金', award: null },
    { outcome: 'undetermined', vocabulary: null, consequence: '本年度参加年度考核，不确定等次', award: null },
  ],
  runs: [
    { kind: 'award', outcomes: ['excellent'], years: 3, vocabulary: null, consequence: '连续三年考核优秀，记三等功', award: '记三等功', countOnce: true },
    { kind: 'flag', outcomes: ['fail'], years: 2, vocabulary: 'civil', consequence: '连续两年年度考核不称职，予以辞退', award: null, countOnce: false },
    { kind: 'flag', outcomes: ['fail'], years: 2, vocabulary: 'institution', consequence: '连续两年年度考核不合格，解除聘用合同', award: null, countOnce: false },
    { kind: 'flag', outcomes: ['basic', 'fail'], years: 2, vocabulary: 'civil', consequence: '连续两年年度考核基本称职以下，调整其职务或职级', award: null, countOnce: false },
    { kind: 'flag', outcomes: ['basic', 'fail'], years: 2, vocabulary: 'institution', consequence: '连续两年年度考核基本合格以下，调整其岗位', award: null, countOnce: false },
  ],
};

/** One year of a person's history, whatever its source. 'absent' is 未参加考核. */
export type HistoryOutcome = OutcomeCode | 'absent';
export interface HistoryYear {
  readonly year: number;
  readonly outcome: HistoryOutcome;
}

export interface FiredRun {
  readonly rule: RunRule;
  /** the years that make the run, oldest first */
  readonly years: readonly number[];
}

export interface YearConsequences {
  /** the outcome rule for this year's 等次 (null: none written for it) */
  readonly outcome: OutcomeRule | null;
  /** run rules that fire in this year: every 'award' rule that fires, and the first 'flag' rule */
  readonly runs: readonly FiredRun[];
}

const appliesTo = (vocabulary: VocabularyKey | null, person: VocabularyKey): boolean => vocabulary == null || vocabulary === person;

/**
 * The years of a run that ends in `year`, oldest first, or null when the rule does not fire there.
 * Walks the whole history from its first year so that `countOnce` knows which years an earlier run
 * already used.
 */
export function runEndingIn(rule: RunRule, history: readonly HistoryYear[], year: number): number[] | null {
  const byYear = new Map(history.map((h) => [h.year, h.outcome]));
  const counts = (y: number): boolean => {
    const outcome = byYear.get(y);
    return outcome != null && (rule.outcomes as readonly string[]).includes(outcome);
  };
  if (!counts(year)) return null;
  const first = Math.min(...history.map((h) => h.year));
  let run: number[] = [];
  for (let y = first; y <= year; y += 1) {
    if (!counts(y)) {
      run = [];
      continue;
    }
    run.push(y);
    if (run.length >= rule.years) {
      if (y === year) return run.slice(-rule.years);
      if (rule.countOnce) run = [];
    }
  }
  return null;
}

/** What follows in `year` for a person of `vocabulary` with this history (which includes `year`). */
export function consequencesIn(rules: ConsequenceRules, history: readonly HistoryYear[], year: number, vocabulary: VocabularyKey): YearConsequences {
  const current = history.find((h) => h.year === year)?.outcome;
  const outcome = current == null || current === 'absent'
    ? null
    : rules.outcomes.find((r) => r.outcome === current && appliesTo(r.vocabulary, vocabulary)) ?? null;
  const runs: FiredRun[] = [];
  let flagged = false;
  for (const rule of rules.runs) {
    if (!appliesTo(rule.vocabulary, vocabulary)) continue;
    if (rule.kind === 'flag' && flagged) continue;
    const years = runEndingIn(rule, history, year);
    if (years == null) continue;
    runs.push({ rule, years });
    if (rule.kind === 'flag') flagged = true;
  }
  return { outcome, runs };
}

/** The outcomes of the `count` years up to and including `year`, oldest first (null: no record). */
export function recentOutcomes(history: readonly HistoryYear[], year: number, count = 3): Array<{ year: number; outcome: HistoryOutcome | null }> {
  const byYear = new Map(history.map((h) => [h.year, h.outcome]));
  return Array.from({ length: count }, (_, i) => {
    const y = year - count + 1 + i;
    return { year: y, outcome: byYear.get(y) ?? null };
  });
}


