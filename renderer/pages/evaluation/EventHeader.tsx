import type { EvaluationEvent } from '../../../shared/contract/evaluation';
import { BallotEventHeader, type BallotEventPage } from '../../components/BallotEventHeader';
import { kioskPath } from './kiosk-lock';
import { eventHref } from './use-event-id';

export type EventPage = BallotEventPage;

const pages: readonly { value: EventPage; label: string }[] = [
  { value: 'setup', label: '测评设置' },
  { value: 'print', label: '打印测评票' },
  { value: 'entry', label: '纸质票录入' },
  { value: 'results', label: '测评结果' },
];

/** The words of the 述职测评's status steps. */
export const evaluationStatusWords = { noun: '测评', thisEvent: '本测评', settings: '测评对象、评委类别、票面和规则' } as const;

/** The top of every page of one 测评活动 (BallotEventHeader with the 述职测评's words). */
export function EventHeader(props: { event: EvaluationEvent; page: EventPage }) {
  const { event } = props;
  return (
    <BallotEventHeader
      kind="evaluation"
      event={event}
      page={props.page}
      pages={pages}
      hrefOf={eventHref}
      back={{ href: '/evaluation', label: '返回测评列表' }}
      summary={`测评对象 ${event.targetList.length} 人`}
      words={evaluationStatusWords}
      ballot="测评票"
      kioskPath={kioskPath}
      revalidate
    />
  );
}
