import { ballotStatusColors, ballotStatusLabels, lockedNoticeFor, rateOrDash, testModeBannerFor } from '../../../components/ballot-event-labels';
import type { RecommendationKind } from '../../../../shared/recommendation';

export { quorumText, yearLabel } from '../../../components/ballot-event-labels';

/** The words and colours of a 民主推荐's status, as the office calls them. */
export const statusLabels = ballotStatusLabels('推荐');
export const statusColors = ballotStatusColors;

/** The banner on every screen that takes ballots while the event is in 测试模式. */
export const testModeBanner = testModeBannerFor('推荐');

/** The notice over settings once live ballots exist. */
export const lockedNotice = lockedNoticeFor('推荐');

/** 推荐票, or 赞成票 for the approval kind. */
export const ballotNoun = (kind: RecommendationKind) => (kind === 'approval' ? '赞成票' : '推荐票');

/** 「推荐职位」 on a 推荐票, 「拟任职务」 on a 赞成票: what one entry of `config.posts` is called. */
export const postWord = (kind: RecommendationKind) => (kind === 'approval' ? '拟任职务' : '推荐职位（荣誉）');
/** 候选人 on a 推荐票, 拟任人选 on a 赞成票. */
export const candidateWord = (kind: RecommendationKind) => (kind === 'approval' ? '拟任人选' : '候选人');

/** What each preset of 「新建推荐」 is for, under its name. */
export const presetDescriptions: Readonly<Record<string, string>> = {
  meeting: '推荐票：按职位推荐，可另推荐花名册中其他符合条件的人选',
  honour: '推荐票：评选优秀共产党员等荣誉，限额推荐，不设另推荐',
  approval: '赞成票：对拟任人选逐人划“赞成”“不赞成”或“弃权”',
};

/** The name 「新建推荐」 suggests for a preset. */
export const presetEventName = (key: string, year: number): string =>
  ({ meeting: `${year}年度干部民主推荐`, honour: `${year}年度评选表优`, approval: `${year}年度拟任人选民主测评` })[key] ?? `${year}年度民主推荐`;

/** Rates as percentages with two decimals, rounded as the export rounds; a dash when empty. */
export const formatRate = rateOrDash;
