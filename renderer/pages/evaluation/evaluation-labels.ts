import { ballotStatusColors, ballotStatusLabels, lockedNoticeFor, rateOrDash, testModeBannerFor } from '../../components/ballot-event-labels';
import { formatScore as score2 } from '../../../shared/numbers';
import { reviewPeriodLabel } from '../../../shared/evaluation';

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

interface TitledEvent {
  readonly unitTitle: string;
  readonly year: number;
  readonly reviewPeriod: string | null;
}

/** What the event is called on the kiosk: 「XX单位2026年度干部述职测评」, 「XX单位2026年5月科室评议」 (DOMAIN §2, §8.4). */
export const eventTitle = (e: TitledEvent): string =>
  e.reviewPeriod == null ? `${e.unitTitle}${e.year}年度干部述职测评` : `${e.unitTitle}${reviewPeriodLabel(e.reviewPeriod)}科室评议`;

/** The ballot title 「XX单位2026年度干部述职测评票」 or 「XX单位2026年5月科室评议票」. */
export const ballotTitle = (e: TitledEvent): string => `${eventTitle(e)}票`;


/**
 * The words of one event: a 科室评议 (it has a 评议周期) says 评议 where a 述职测评 says 测评, and its
 * 评议对象 are 科室/单位 shown with their 上级单位 where people show their 职务 (DOMAIN §8.4).
 */
export function eventWords(e: { readonly reviewPeriod: string | null }) {
  const review = e.reviewPeriod != null;
  return {
    review,
    noun: review ? '评议' : '测评',
    targets: review ? '评议对象' : '测评对象',
    count: review ? '个' : '人',
    nameHead: review ? '科室/单位' : '姓名',
    postHead: review ? '上级单位' : '职务',
    postOf: (t: { readonly post: string; readonly personId: number | null; readonly unitId: number | null; readonly unitName: string }) => (review ? t.unitName : targetPost(t)),
  };
}
export type EventWords = ReturnType<typeof eventWords>;

/** The 职务 shown for a 测评对象: a unit assessed as a whole reads 「领导班子」. */
export const targetPost = (t: { readonly post: string; readonly personId: number | null; readonly unitId: number | null }): string =>
  t.post || (t.personId == null && t.unitId != null ? '领导班子' : '');
