import type { EvaluationConfig } from '../../../shared/evaluation/config';
import { redLineEffectProblems } from '../../../shared/evaluation/red-lines';

/**
 * What the schema cannot say about a rule set: codes and keys unique, the form has what it needs,
 * bands from high to low. Chinese messages naming the item; [] = usable.
 */
export function configProblems(config: EvaluationConfig): string[] {
  const problems: string[] = [];
  const duplicates = (values: readonly string[]) => [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];

  for (const code of duplicates(config.categories.map((c) => c.code))) problems.push(`评委类别代码“${code}”重复`);
  for (const name of duplicates(config.categories.map((c) => c.name))) problems.push(`评委类别“${name}”重复`);
  if (config.categories.every((c) => c.weight === 0)) problems.push('评委类别的权重不能全部为0');

  const usesLevels = config.form !== 'score';
  const usesScores = config.form !== 'level';
  if (usesLevels) {
    if (config.levels.length === 0) problems.push('等次票至少需要一个等次');
    for (const code of duplicates(config.levels.map((l) => l.code))) problems.push(`等次代码“${code}”重复`);
    for (const name of duplicates(config.levels.map((l) => l.name))) problems.push(`等次“${name}”重复`);
    for (const key of duplicates(config.levels.map((l) => l.key))) problems.push(`录入键“${key}”被多个等次使用`);
  }
  if (usesScores) {
    if (config.indicators.length === 0) problems.push('评分票至少需要一个评分指标');
    for (const code of duplicates(config.indicators.map((i) => i.code))) problems.push(`评分指标代码“${code}”重复`);
    for (const name of duplicates(config.indicators.map((i) => i.name))) problems.push(`评分指标“${name}”重复`);
    if (config.indicators.length > 0 && config.indicators.every((i) => i.weight === 0)) problems.push('评分指标的权重不能全部为0');
  }
  if (config.form === 'both' && config.formWeights.level + config.formWeights.score === 0) problems.push('等次与评分的权重不能都为0');

  if (config.quorum.numerator > config.quorum.denominator) problems.push('到会比例不能超过应到人数');
  if (config.trimmedMean.enabled && config.trimmedMean.minRaters <= 2 * config.trimmedMean.drop) {
    problems.push('去掉最高分和最低分后须至少剩一个分数：请提高启用人数或减少去掉的分数个数');
  }
  for (let i = 1; i < config.bands.length; i++) {
    if (config.bands[i]!.min >= config.bands[i - 1]!.min) {
      problems.push('建议等次的分数线应从高到低排列');
      break;
    }
  }
  problems.push(...redLineEffectProblems(config));
  return problems;
}
