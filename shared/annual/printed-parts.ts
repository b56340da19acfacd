import { round2 } from '../numbers';

/**
 * The composite's rounding rule (「计分规则说明」, DOMAIN §6): the 折算分 printed on the 考核排名表 and
 * the 加减分 add up to the printed 综合得分 to the cent, and that printed figure is the one ranked.
 *
 * - roundEach (rules.roundParts): each part is rounded to 2 decimals (half away from zero) and the
 *   composite is the sum of the rounded parts.
 * - otherwise: the composite is the exact sum rounded to 2 decimals, and its cents are shared out
 *   among the parts by largest remainder (each part gets its exact value rounded down to the cent,
 *   the cents still missing go to the parts with the largest remainders, the earlier part first on
 *   a tie), so no part moves by more than 0.01 from its exact value.
 *
 * Both work in whole cents, so the parts and the total are k / 100 exactly and adding the printed
 * figures gives the printed total.
 */

export const roundEachRuleText = '各项折算分先四舍五入保留两位小数，综合得分为各项折算分与加减分之和';
export const largestRemainderRuleText =
  '综合得分按未舍入的各项之和四舍五入保留两位小数；各项折算分按最大余数法分配到0.01分（先各取舍去尾数后的值，所差的0.01分依次补给尾数最大的项），使各项之和等于综合得分';
export const rankingRuleText = '排名和建议等次按保留两位小数后的综合得分确定，得分相同者名次并列';

/** the rule in words, for the page and the 计分规则说明 sheet */
export const partsRuleText = (roundEach: boolean): string => `${roundEach ? roundEachRuleText : largestRemainderRuleText}；${rankingRuleText}`;

/** x × 100 without float noise (38.74 × 100 = 3873.9999999999995 -> 3874) */
const scaled = (x: number): number => Number((x * 100).toPrecision(12));
const cents = (x: number): number => Math.round(round2(x) * 100);
/** + 0 turns -0 into 0: a part that rounds to nothing prints as 0.00, not -0.00 */
const fromCents = (c: number): number => c / 100 + 0;

export function printedParts(exact: readonly number[], roundEach: boolean): { parts: number[]; total: number } {
  if (roundEach) {
    const partCents = exact.map(cents);
    return { parts: partCents.map(fromCents), total: fromCents(partCents.reduce((a, b) => a + b, 0)) };
  }
  const totalCents = cents(exact.reduce((a, b) => a + b, 0));
  const base = exact.map((x) => Math.floor(scaled(x)));
  const order = exact
    .map((x, index) => ({ index, remainder: scaled(x) - base[index]! }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  // 0 ≤ missing ≤ parts (the remainders are each below one cent); clamped against float noise
  let missing = Math.max(0, Math.min(exact.length, totalCents - base.reduce((a, b) => a + b, 0)));
  for (const { index } of order) {
    if (missing === 0) break;
    base[index] = base[index]! + 1;
    missing--;
  }
  return { parts: base.map(fromCents), total: fromCents(totalCents) };
}
