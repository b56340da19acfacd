import type { EvaluationStatus } from '../../../shared/contract/evaluation';
import { formatRate as rate2, formatScore as score2 } from '../../../shared/numbers';

/** The words and colours of a 测评活动's status, as the office calls them. */
export const statusLabels: Readonly<Record<EvaluationStatus, string>> = {
  setup: '筹备中',
  test: '测试中',
  live: '正式测评中',
  closed: '已结束',
};

export const statusColors: Readonly<Record<EvaluationStatus, string>> = {
  setup: 'default',
  test: 'orange',
  live: 'green',
  closed: 'blue',
};

export const formLabels = { level: '等次票', score: '评分票', both: '等次 + 评分' } as const;

/** The banner on every screen that takes ballots while the event is in 测试模式. */
export const testModeBanner = '测试模式：本轮测评票仅用于演练，正式测评前须清除';

/** The notice over settings once live ballots exist. */
export const lockedNotice = '已有正式测评票，设置已锁定';

/** Rates as percentages with two decimals, rounded as the export rounds (DOMAIN §6); a dash when empty. */
export const formatRate = (rate: number | null | undefined): string => (rate == null ? '—' : rate2(rate));

export const formatScore = (score: number | null | undefined): string => (score == null ? '—' : score2(score));

/** 「2026年度」 */
export const yearLabel = (year: number) => `${year}年度`;

/** The ballot title 「XX单位2026年度干部述职测评票」 (DOMAIN §2). */
export const ballotTitle = (unitTitle: string, year: number) => `${unitTitle}${year}年度干部述职测评票`;

/** The 职务 shown for a 测评对象: a unit assessed as a whole reads 「领导班子」. */
export const targetPost = (t: { readonly post: string; readonly personId: number | null; readonly unitId: number | null }): string =>
  t.post || (t.personId == null && t.unitId != null ? '领导班子' : '');
