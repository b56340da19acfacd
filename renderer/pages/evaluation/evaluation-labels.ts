import { ballotStatusColors, ballotStatusLabels, lockedNoticeFor, rateOrDash, testModeBannerFor } from '../../components/ballot-event-labels';
import { formatScore as score2 } from '../../../shared/numbers';

export { yearLabel } from '../../components/ballot-event-labels';

/** The words and colours of a 测评活动's status, as the office calls them. */
export const statusLabels = ballotStatusLabels('测评');
export const statusColors = ballotStatusColors;

export const formLabels = { level: '等次票', score: '评分票', both: '等次 + 评分' } as const;

/** The banner on every screen that takes ballots while the event is in 测试模式. */
export const testModeBanner = testModeBannerFor('测评');

/** The notice over settings once live ballots exist. */
export const lockedNotice = lockedNoticeFor('测评');

/** Rates as percentages with two decimals (DOMAIN §6); a dash when empty. */
export const formatRate = rateOrDash;

export const formatScore = (score: number | null | undefined): string => (score == null ? '—' : score2(score));

/** The ballot title 「XX单位2026年度干部述职测评票」 (DOMAIN §2). */
export const ballotTitle = (unitTitle: string, year: number) => `${unitTitle}${year}年度干部述职测评票`;

/** The 职务 shown for a 测评对象: a unit assessed as a whole reads 「领导班子」. */
export const targetPost = (t: { readonly post: string; readonly personId: number | null; readonly unitId: number | null }): string =>
  t.post || (t.personId == null && t.unitId != null ? '领导班子' : '');
