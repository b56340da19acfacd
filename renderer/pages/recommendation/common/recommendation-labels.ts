import type { EvaluationStatus } from '../../../../shared/contract/evaluation';
import type { RecommendationConfig } from '../../../../shared/recommendation';

type RecommendationKind = RecommendationConfig['kind'];
import { formatRate as rate2 } from '../../../../shared/numbers';

/** The words and colours of a 民主推荐's status, as the office calls them. */
export const statusLabels: Readonly<Record<EvaluationStatus, string>> = {
  setup: '筹备中',
  test: '测试中',
  live: '正式推荐中',
  closed: '已结束',
};

export const statusColors: Readonly<Record<EvaluationStatus, string>> = {
  setup: 'default',
  test: 'orange',
  live: 'green',
  closed: 'blue',
};

/** The banner on every screen that takes ballots while the event is in 测试模式. */
export const testModeBanner = '测试模式：本轮推荐票仅用于演练，正式推荐前须清除';

/** The notice over settings once live ballots exist. */
export const lockedNotice = '已有正式推荐票，设置已锁定';

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
export const formatRate = (rate: number | null | undefined): string => (rate == null ? '—' : rate2(rate));

/** 「2026年度」 */
export const yearLabel = (year: number) => `${year}年度`;

const fractionNames: Readonly<Record<string, string>> = { '1/2': '二分之一', '2/3': '三分之二', '3/4': '四分之三', '4/5': '五分之四' };
/** The shares of 应到 the office uses as 到会要求. */
export const quorumChoices = Object.entries(fractionNames).map(([value, label]) => ({ value, label }));

/** 「超过应到人数的三分之二」 */
export const quorumText = (q: { numerator: number; denominator: number; inclusive: boolean }) =>
  `${q.inclusive ? '不少于' : '超过'}应到人数的${fractionNames[`${q.numerator}/${q.denominator}`] ?? `${q.numerator}/${q.denominator}`}`;
