import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import { recommendationKindLabels } from '../../../../shared/recommendation';
import { BallotEventHeader, type BallotEventPage } from '../../../components/BallotEventHeader';
import { recommendationHref } from '../recommendation-href';
import { ballotNoun } from './recommendation-labels';
import './recommendation.css';

export type HeaderPage = BallotEventPage;

const pages: readonly { value: HeaderPage; label: string }[] = [
  { value: 'setup', label: '推荐设置' },
  { value: 'print', label: '打印推荐票' },
  { value: 'entry', label: '推荐票录入' },
  { value: 'results', label: '推荐结果' },
];

/** Where the kiosk of a 民主推荐 session lives (the shell keeps every route there while it lasts). */
export const recommendationKioskPath = '/recommendation/kiosk';

/** The words of the 民主推荐's status steps. */
export const recommendationStatusWords = { noun: '推荐', thisEvent: '本次推荐', settings: '推荐职位、候选人、评委类别和计票规则' } as const;

/** The top of every page of one 民主推荐 (BallotEventHeader with its words; 现场推荐 names the 推荐票 or 赞成票). */
export function RecommendationHeader(props: { event: RecommendationEvent; page: HeaderPage }) {
  const { event } = props;
  return (
    <BallotEventHeader
      kind="recommendation"
      event={event}
      page={props.page}
      pages={pages}
      hrefOf={recommendationHref}
      back={{ href: '/recommendation', label: '返回推荐列表' }}
      summary={recommendationKindLabels[event.kind]}
      words={recommendationStatusWords}
      ballot={ballotNoun(event.kind)}
      kioskPath={recommendationKioskPath}
    />
  );
}
