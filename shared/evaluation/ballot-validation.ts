import type { BallotOutcome } from '../contract/evaluation';
import { invalidReasonLabels, type BallotMarks, type EvaluationConfig, type ExcellentLimit, type InvalidReason } from './config';

/**
 * The checks on one ballot (DOMAIN.md §2). Two layers:
 * - ballotStructureErrors: input that cannot be a ballot of this event at all (unknown category,
 *   target or level, a target missing or twice). The service refuses it; nothing is stored.
 * - validateBallot: the per-ballot rules. A ballot that breaks one is still a ballot — it is stored as
 *   无效票 with reason codes and counts in 收回/无效, never in a score.
 * Targets are named by their 序号 on the ballot (position in `targetIds`, from 1), as on the paper.
 */

export { invalidReasonLabels };

/** At most this many 优秀 per ballot; a percentage of the 测评对象 is rounded down (23 at 20% -> 4). null = no limit. */
export function excellentLimitFor(limit: ExcellentLimit, targetCount: number): number | null {
  switch (limit.kind) {
    case 'none':
      return null;
    case 'count':
      return limit.value;
    case 'percent':
      // the tolerance keeps 15 × 20% = 3 from becoming 2.9999999
      return Math.floor((targetCount * limit.value) / 100 + 1e-9);
  }
}

const seat = (targetIds: readonly number[], targetId: number) => {
  const i = targetIds.indexOf(targetId);
  return i < 0 ? `编号为${targetId}的测评对象` : `第${i + 1}位测评对象`;
};

/** Input errors, in Chinese; [] = well-formed. */
export function ballotStructureErrors(config: EvaluationConfig, targetIds: readonly number[], marks: BallotMarks): string[] {
  const errors: string[] = [];
  if (!config.categories.some((c) => c.code === marks.category)) {
    errors.push(marks.category ? `评委类别“${marks.category}”不在本次测评中` : '请选择评委类别');
  }
  const known = new Set(targetIds);
  const levelCodes = new Set(config.levels.map((l) => l.code));
  const indicatorCodes = new Set(config.indicators.map((i) => i.code));
  const seen = new Set<number>();
  for (const line of marks.lines) {
    if (!known.has(line.targetId)) {
      errors.push(`编号为${line.targetId}的测评对象不在本次测评名单中`);
      continue;
    }
    const who = seat(targetIds, line.targetId);
    if (seen.has(line.targetId)) errors.push(`${who}在本票中出现了两次`);
    seen.add(line.targetId);
    if (line.level !== null) {
      if (config.form === 'score') errors.push(`${who}：本次测评为评分票，不划等次`);
      else if (!levelCodes.has(line.level)) errors.push(`${who}：等次“${line.level}”不在本次测评的等次中`);
    }
    for (const [code, score] of Object.entries(line.scores)) {
      if (score === null) continue;
      if (config.form === 'level') {
        errors.push(`${who}：本次测评为等次票，不评分`);
        break;
      }
      if (!indicatorCodes.has(code)) errors.push(`${who}：评分项“${code}”不在本次测评的指标中`);
      else if (!Number.isFinite(score)) errors.push(`${who}：评分不是有效数字`);
    }
  }
  targetIds.forEach((id, i) => {
    if (!seen.has(id)) errors.push(`第${i + 1}位测评对象未填写（不评请选择弃权）`);
  });
  return errors;
}

/** Every non-null score on the ballot with its max and where it is, for the score rules. */
function scoredMarks(config: EvaluationConfig, marks: BallotMarks) {
  const out: { targetId: number; indicator: string; max: number; score: number }[] = [];
  if (config.form === 'level') return out;
  for (const line of marks.lines) {
    for (const ind of config.indicators) {
      const score = line.scores[ind.code];
      if (score !== null && score !== undefined) out.push({ targetId: line.targetId, indicator: ind.name, max: ind.max, score });
    }
  }
  return out;
}

const formatNumber = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The per-ballot rules on a well-formed ballot. Abstaining lines (no level, no score) never make a
 * ballot invalid; a ballot that abstains everywhere is valid. Every rule is checked and every rule
 * broken is listed: a ballot of identical full marks breaks both 全部满分 and 评分雷同 when both are
 * on, and the rater, the clerk and the 原始票据 sheet see both.
 */
export function validateBallot(config: EvaluationConfig, targetIds: readonly number[], marks: BallotMarks): BallotOutcome {
  const reasons: InvalidReason[] = [];
  const messages: string[] = [];

  const limit = excellentLimitFor(config.rules.excellentLimit, targetIds.length);
  if (limit !== null && config.form !== 'score') {
    const excellentCodes = new Set(config.levels.filter((l) => l.excellent).map((l) => l.code));
    const chosen = marks.lines.filter((line) => line.level !== null && excellentCodes.has(line.level)).length;
    if (chosen > limit) {
      const name = config.levels.find((l) => l.excellent)?.name ?? '优秀';
      reasons.push('EXCESS_EXCELLENT');
      messages.push(`${name}等次不超过${limit}人，本票选了${chosen}人`);
    }
  }

  const scored = scoredMarks(config, marks);
  const outOfRange = scored.filter((s) => s.score < 0 || s.score > s.max);
  if (outOfRange.length > 0) {
    reasons.push('SCORE_OUT_OF_RANGE');
    for (const s of outOfRange) {
      messages.push(`${seat(targetIds, s.targetId)}的“${s.indicator}”评分为${formatNumber(s.score)}分，应在0-${formatNumber(s.max)}分之间`);
    }
  }

  if (scored.length >= 2) {
    const allFull = scored.every((s) => s.score === s.max);
    const first = scored[0]!.score;
    const allSame = scored.every((s) => s.score === first);
    if (config.rules.allFullMarksInvalid && allFull) {
      reasons.push('ALL_FULL_MARKS');
      messages.push('全部满分：所有评分均为满分');
    }
    if (config.rules.identicalScoresInvalid && allSame) {
      reasons.push('IDENTICAL_SCORES');
      messages.push('评分雷同：所有分数相同');
    }
  }

  return { valid: reasons.length === 0, reasons, messages };
}

/** 「无效票（优秀超额、评分雷同）」 style label for a list of reasons. */
export function invalidReasonsText(reasons: readonly InvalidReason[]): string {
  return reasons.map((r) => invalidReasonLabels[r]).join('、');
}
