import type { EvaluationConfig } from '../../../../shared/evaluation/config';
import { redLineEffectProblems } from '../../../../shared/evaluation/red-lines';

/**
 * What must hold before the settings are sent, in the office's words (the service checks again).
 * Empty = fine.
 */
export function configProblems(config: EvaluationConfig): string[] {
  const problems: string[] = [];
  const dupes = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);

  if (config.categories.length === 0) problems.push('至少需要一个评委类别');
  config.categories.forEach((c, i) => {
    if (!c.code.trim()) problems.push(`第${i + 1}个评委类别没有代码`);
    if (!c.name.trim()) problems.push(`第${i + 1}个评委类别没有名称`);
    if (c.issued < 0 || c.expected < 0) problems.push(`评委类别“${c.name}”的人数不能为负数`);
  });
  for (const code of new Set(dupes(config.categories.map((c) => c.code.trim().toUpperCase())))) problems.push(`评委类别代码“${code}”重复`);
  if (config.categories.length > 0 && config.categories.every((c) => c.weight === 0)) problems.push('评委类别的权重不能全部为0');

  if (config.form !== 'score') {
    if (config.levels.length < 2) problems.push('等次票至少需要两个等次');
    config.levels.forEach((l, i) => {
      if (!l.name.trim()) problems.push(`第${i + 1}个等次没有名称`);
      if (!/^[1-9]$/.test(l.key)) problems.push(`等次“${l.name || i + 1}”的录入键应为 1-9 的数字`);
    });
    for (const key of new Set(dupes(config.levels.map((l) => l.key)))) problems.push(`录入键“${key}”被多个等次使用`);
    for (const name of new Set(dupes(config.levels.map((l) => l.name.trim())))) problems.push(`等次“${name}”重复`);
  }
  if (config.form !== 'level') {
    if (config.indicators.length === 0) problems.push('评分票至少需要一个评分指标');
    config.indicators.forEach((ind, i) => {
      if (!ind.name.trim()) problems.push(`第${i + 1}个评分指标没有名称`);
      if (!(ind.max > 0)) problems.push(`评分指标“${ind.name || i + 1}”的满分应大于0`);
    });
    for (const name of new Set(dupes(config.indicators.map((i) => i.name.trim())))) problems.push(`评分指标“${name}”重复`);
    if (config.indicators.length > 0 && config.indicators.every((i) => i.weight === 0)) problems.push('评分指标的权重不能全部为0');
  }
  if (config.form === 'both' && config.formWeights.level + config.formWeights.score === 0) problems.push('等次与评分的占比不能都为0');
  if (config.quorum.numerator >= config.quorum.denominator) problems.push('到会要求的比例应小于1，例如 1/2、2/3');
  config.bands.forEach((b, i) => {
    if (!b.name.trim()) problems.push(`第${i + 1}个分数段没有建议等次名称`);
  });
  problems.push(...redLineEffectProblems(config));
  return problems;
}

/** A code not yet used in the list: L1, L2, … (levels and indicators keep internal codes). */
export function freshCode(prefix: string, used: readonly string[]): string {
  for (let n = used.length + 1; ; n++) {
    const code = `${prefix}${n}`;
    if (!used.includes(code)) return code;
  }
}

/** Replaces one entry of a list. */
export const replaceAt = <T>(list: readonly T[], index: number, patch: Partial<T>): T[] => list.map((x, i) => (i === index ? { ...x, ...patch } : x));

export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_x, i) => i !== index);

/** Bands are applied highest first; keep them so whatever order they were typed in. */
export const sortBands = (config: EvaluationConfig): EvaluationConfig => ({ ...config, bands: [...config.bands].sort((a, b) => b.min - a.min) });
