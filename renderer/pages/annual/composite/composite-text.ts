import { componentLabels, roundingLabels, type AnnualRules, type CompositeComponent, type RoundingRule } from '../../../../shared/annual/rules';
import { formatScore, round2 } from '../../../../shared/numbers';

/** Words of the 综合评定 page that are computed from the year's rules. */

const percent = (n: number) => `${round2(n)}%`;

/** the enabled components, in the rules' order: the score columns of the table */
export const enabledComponents = (rules: AnnualRules): CompositeComponent[] => rules.components.filter((c) => c.enabled);

/** column heading under the component name: 「40%」 or 「±5分」 */
export function componentNote(c: CompositeComponent): string {
  if (c.mode === 'weighted') return c.normalize ? `${percent(c.weight)}·组内折算` : percent(c.weight);
  return c.cap === null ? '不设上限' : `±${round2(c.cap)}分`;
}

/** 「综合得分 = 平时考核×40% + 述职测评×30% + 领导评价×20% + 双十星×10% + 加减分（±5分）」 */
export function formulaText(rules: AnnualRules): string {
  const parts = enabledComponents(rules).map((c) => (c.mode === 'weighted' ? `${componentLabels[c.key]}×${percent(c.weight)}` : `${componentLabels[c.key]}（${componentNote(c)}）`));
  const missing = rules.missingPolicy === 'exclude' ? '缺少任一计权部分的，暂不计算综合得分' : '缺少的部分不计入，其余部分权重按比例折算';
  return `综合得分 = ${parts.join(' + ')}。各部分先折合为百分制；${missing}。`;
}

/** 「30人 × 20%，向下取整」 for the 优秀名额 figure */
export function quotaBasis(size: number, share: number, rounding: RoundingRule): string {
  return `${size}人×${percent(share * 100)}，${roundingLabels[rounding]}`;
}

/** a 加减分 figure with its sign: +2.00, -1.50, 0.00 */
export function signedScore(value: number): string {
  const text = formatScore(value);
  return round2(value) > 0 ? `+${text}` : text;
}
