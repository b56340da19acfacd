import type { EvaluationStatus } from '../../shared/contract/evaluation';
import { formatRate as rate2 } from '../../shared/numbers';

/**
 * The words and colours both kinds of ballot event (述职测评 and 民主推荐) share: their status, the
 * 测试模式 banner, the lock notice, the year and the 到会要求. `noun` is 测评 or 推荐.
 */

/** 筹备中 → 测试中 → 正式测评中 / 正式推荐中 → 已结束 */
export const ballotStatusLabels = (noun: string): Readonly<Record<EvaluationStatus, string>> => ({
  setup: '筹备中',
  test: '测试中',
  live: `正式${noun}中`,
  closed: '已结束',
});

export const ballotStatusColors: Readonly<Record<EvaluationStatus, string>> = {
  setup: 'default',
  test: 'orange',
  live: 'green',
  closed: 'blue',
};

/** The banner on every screen that takes ballots while the event is in 测试模式. */
export const testModeBannerFor = (noun: string) => `测试模式：本轮${noun}票仅用于演练，正式${noun}前须清除`;

/** The notice over settings once live ballots exist. */
export const lockedNoticeFor = (noun: string) => `已有正式${noun}票，设置已锁定`;

/** 「2026年度」 */
export const yearLabel = (year: number) => `${year}年度`;

/** Rates as percentages with two decimals, rounded as the export rounds (DOMAIN §6); a dash when empty. */
export const rateOrDash = (rate: number | null | undefined): string => (rate == null ? '—' : rate2(rate));

const fractionNames: Readonly<Record<string, string>> = { '1/2': '二分之一', '2/3': '三分之二', '3/4': '四分之三', '4/5': '五分之四' };

/** The shares of 应到 the office uses as 到会要求. */
export const quorumChoices = Object.entries(fractionNames).map(([value, label]) => ({ value, label }));

/** The quorum's share as one select value: '2/3'. */
export const quorumValue = (q: { readonly numerator: number; readonly denominator: number }) => `${q.numerator}/${q.denominator}`;

/** '2/3' -> the quorum's numerator and denominator. */
export function quorumOf(value: string): { numerator: number; denominator: number } {
  const [numerator, denominator] = value.split('/').map(Number);
  return { numerator: numerator!, denominator: denominator! };
}

/** 「超过应到人数的三分之二」 */
export const quorumText = (q: { numerator: number; denominator: number; inclusive: boolean }) =>
  `${q.inclusive ? '不少于' : '超过'}应到人数的${fractionNames[quorumValue(q)] ?? quorumValue(q)}`;
