import type { EvaluationConfig, RedLineEffect } from './config';
import { formatRate } from '../numbers';
import type { TargetResult } from './results';

/**
 * The red lines of a 述职测评 (DOMAIN.md §2) and what they do to the 建议等次. One source for three
 * readers: the 填票说明 on the ballot (rules-text.ts), the tally's suggestion (tally.ts) and the
 * sentence shown beside a suggestion on the results page and in the 统计表, so what the ballot
 * promised is what the result does.
 */

export type RedLineKey = 'lowApproval' | 'highFail';
export const redLineKeys: readonly RedLineKey[] = ['lowApproval', 'highFail'];

const fractions: readonly [number, string][] = [
  [1 / 2, '二分之一'], [1 / 3, '三分之一'], [2 / 3, '三分之二'], [1 / 4, '四分之一'], [3 / 4, '四分之三'],
  [1 / 5, '五分之一'], [2 / 5, '五分之二'], [3 / 5, '五分之三'], [4 / 5, '五分之四'],
];

/** 2/3 -> 三分之二 (as the office writes its rules); any other share as a percentage. */
export function fractionText(rate: number): string {
  return fractions.find(([v]) => Math.abs(v - rate) < 1e-9)?.[1] ?? formatRate(rate);
}

const effectOf = (config: Pick<EvaluationConfig, 'redLines'>, key: RedLineKey): RedLineEffect =>
  key === 'lowApproval' ? config.redLines.lowApprovalEffect : config.redLines.highFailEffect;

/** 「优秀、称职票合计」 / 「不称职票」: the votes a line counts, by the levels' own names. */
function votesName(config: Pick<EvaluationConfig, 'levels'>, key: RedLineKey): string {
  const names = config.levels.filter((l) => (key === 'lowApproval' ? l.approval : l.fail)).map((l) => l.name);
  return names.length > 1 ? `${names.join('、')}票合计` : `${names[0] ?? ''}票`;
}

/** 「不称职票超过有效票三分之一」: the condition of one red line. */
export function redLineCondition(config: Pick<EvaluationConfig, 'levels' | 'redLines'>, key: RedLineKey): string {
  return key === 'lowApproval'
    ? `${votesName(config, key)}低于有效票${fractionText(config.redLines.minApprovalRate)}`
    : `${votesName(config, key)}超过有效票${fractionText(config.redLines.maxFailRate)}`;
}

/** 「确定为不称职」 / 「建议等次不高于基本称职」 / 「由考核委员会研究确定等次」 */
export function redLineConsequence(effect: RedLineEffect): string {
  switch (effect.kind) {
    case 'set':
      return `确定为${effect.level}`;
    case 'atMost':
      return `等次不高于${effect.level}`;
    case 'committee':
      return '由考核委员会研究确定等次';
  }
}

/** Whether a red line can be crossed and a suggestion exists for it to change (levels counted, bands set). */
function redLineApplies(config: Pick<EvaluationConfig, 'form' | 'levels' | 'bands'>, key: RedLineKey): boolean {
  if (config.form === 'score' || config.bands.length === 0) return false;
  return config.levels.some((l) => (key === 'lowApproval' ? l.approval : l.fail));
}

/**
 * The 填票说明 sentences of the red lines, e.g. 「不称职票超过有效票三分之一的，确定为不称职」. None when
 * the event suggests no level (no score bands) or the ballot has no levels.
 */
export function redLineRuleTexts(config: Pick<EvaluationConfig, 'form' | 'levels' | 'bands' | 'redLines'>): string[] {
  return redLineKeys.filter((key) => redLineApplies(config, key)).map((key) => `${redLineCondition(config, key)}的，${redLineConsequence(effectOf(config, key))}`);
}

/**
 * A red line that sets or caps the 建议等次 must name a level the bands suggest; Chinese messages
 * naming the line, [] = fine.
 */
export function redLineEffectProblems(config: Pick<EvaluationConfig, 'form' | 'levels' | 'bands' | 'redLines' | 'rateLabels'>): string[] {
  const bandNames = config.bands.map((b) => b.name);
  const problems: string[] = [];
  for (const key of redLineKeys) {
    const effect = effectOf(config, key);
    if (!redLineApplies(config, key) || effect.kind === 'committee' || bandNames.includes(effect.level)) continue;
    const label = key === 'lowApproval' ? config.rateLabels.approval : config.rateLabels.fail;
    problems.push(`${label}红线所定的等次“${effect.level}”不在建议等次的分数段中（${bandNames.join('、')}）`);
  }
  return problems;
}

export interface Suggestion {
  /** the 建议等次; null when there is no score or band, or the committee decides */
  readonly level: string | null;
  /** the red lines that decided or changed it, in config order */
  readonly decidedBy: RedLineKey[];
}

/**
 * The 建议等次 from the score's band and the red lines crossed, exactly as the ballot's rules say:
 * - no line crossed: the band;
 * - a crossed line whose effect is 'committee': no level (the committee decides);
 * - a crossed 'set' line: its level (the lowest, when two set different levels);
 * - a crossed 'atMost' line: the level above, but no higher than its level.
 * So 36 of 45 不称职 (also below the approval line) is 不称职, whatever the score. Levels rank by
 * the bands (highest minimum first); a level not among them ranks below all.
 */
export function suggestLevel(
  config: Pick<EvaluationConfig, 'form' | 'levels' | 'bands' | 'redLines'>,
  scoreLevel: string | null,
  crossed: Readonly<Record<RedLineKey, boolean>>,
): Suggestion {
  const lines = redLineKeys.filter((key) => crossed[key] && redLineApplies(config, key));
  if (lines.length === 0) return { level: scoreLevel, decidedBy: [] };
  const committee = lines.filter((key) => effectOf(config, key).kind === 'committee');
  if (committee.length > 0) return { level: null, decidedBy: committee };

  const order = [...config.bands].sort((a, b) => b.min - a.min).map((b) => b.name);
  const rank = (name: string) => {
    const i = order.indexOf(name);
    return i < 0 ? order.length : i;
  };
  const lowest = (names: readonly string[]) => names.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  const levelsOf = (kind: 'set' | 'atMost') =>
    lines.map((key) => effectOf(config, key)).flatMap((e) => (e.kind === kind ? [e.level] : []));

  const sets = levelsOf('set');
  let level = sets.length > 0 ? lowest(sets) : scoreLevel;
  // a cap needs a level to cap: without a score (and no 'set') nothing is suggested
  if (level !== null) for (const cap of levelsOf('atMost')) if (rank(level) < rank(cap)) level = cap;

  const decidedBy = lines.filter((key) => {
    const e = effectOf(config, key);
    if (e.kind === 'set') return e.level === level;
    return e.kind === 'atMost' && e.level === level && scoreLevel !== level;
  });
  return { level, decidedBy };
}

/**
 * What the red lines say about one result, in the words of the ballot, for the page and the 统计表:
 * each line crossed with the rate behind it and, where it decided the suggestion, the rule applied;
 * then the score's own level when the suggestion differs from it, e.g.
 * 「不称职票超过有效票三分之一（80.00%），按规定确定为不称职」「按得分为基本称职」. [] when no line is crossed.
 */
export function redLineNotes(
  config: Pick<EvaluationConfig, 'levels' | 'redLines'>,
  result: Pick<TargetResult, 'redLines' | 'decidedBy' | 'scoreLevel' | 'suggestedLevel'> & { readonly total: Pick<TargetResult['total'], 'approvalRate' | 'failRate'> },
): string[] {
  const rates: Record<RedLineKey, number | null> = { lowApproval: result.total.approvalRate, highFail: result.total.failRate };
  const notes = redLineKeys
    .filter((key) => result.redLines[key])
    .map((key) => {
      const rate = rates[key];
      const decided = result.decidedBy.includes(key) ? `，按规定${redLineConsequence(effectOf(config, key))}` : '';
      return `${redLineCondition(config, key)}${rate === null ? '' : `（${formatRate(rate)}）`}${decided}`;
    });
  if (result.decidedBy.length > 0 && result.scoreLevel !== null && result.scoreLevel !== result.suggestedLevel) notes.push(`按得分为${result.scoreLevel}`);
  return notes;
}

/** The 建议等次 as printed: the level, or 「由考核委员会研究确定」 when a red line leaves it to the committee. */
export function suggestionText(result: Pick<TargetResult, 'suggestedLevel' | 'decidedBy'>): string | null {
  if (result.suggestedLevel !== null) return result.suggestedLevel;
  return result.decidedBy.length > 0 ? '由考核委员会研究确定' : null;
}
