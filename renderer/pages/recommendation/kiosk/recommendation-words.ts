import type { EvaluationStatus } from '../../../../shared/contract/evaluation';
import type { RecommendationKind } from '../../../../shared/recommendation';

/** The words of a 民主推荐 / 评选表优 / 赞成票 event on its kiosk and entry screens. */
export const recommendationStatusLabels: Readonly<Record<EvaluationStatus, string>> = {
  setup: '筹备中',
  test: '测试中',
  live: '正式推荐中',
  closed: '已结束',
};

/** The banner on every screen that takes ballots while the event is in 测试模式. */
export const recommendationTestBanner = '测试模式：本轮推荐票仅用于演练，正式推荐前须清除';

export const ballotNoun = (kind: RecommendationKind) => (kind === 'approval' ? '赞成票' : '推荐票');
