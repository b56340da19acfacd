import type { EvaluationEvent } from '../../../shared/contract/evaluation';
import { BallotEventHeader, type BallotEventPage } from '../../components/BallotEventHeader';
import { kioskPath } from './kiosk-lock';
import { eventHref } from './use-event-id';
import { eventWords } from './evaluation-labels';
import { unitReviewPath } from './paths';

export type EventPage = BallotEventPage;

const pagesOf = (noun: string): readonly { value: EventPage; label: string }[] => [
  { value: 'setup', label: `${noun}设置` },
  { value: 'print', label: `打印${noun}票` },
  { value: 'entry', label: '纸质票录入' },
  { value: 'results', label: `${noun}结果` },
];
const pages = pagesOf('测评');
const reviewPages = pagesOf('评议');

/** The words of the 述职测评's status steps. */
export const evaluationStatusWords = { noun: '测评', thisEvent: '本测评', settings: '测评对象、评委类别、票面和规则' } as const;

const reviewStatusWords = { noun: '评议', thisEvent: '本评议', settings: '评议对象、评委类别、票面和规则' } as const;

/** The top of every page of one 测评活动 (BallotEventHeader with the 述职测评's words, or a 科室评议's). */
export function EventHeader(props: { event: EvaluationEvent; page: EventPage }) {
  const { event } = props;
  const words = eventWords(event);
  return (
    <BallotEventHeader
      kind="evaluation"
      event={event}
      page={props.page}
      pages={words.review ? reviewPages : pages}
      hrefOf={eventHref}
      back={words.review ? { href: unitReviewPath, label: '返回科室评议列表' } : { href: '/evaluation', label: '返回测评列表' }}
      summary={`${words.targets} ${event.targetList.length} ${words.count}`}
      words={words.review ? reviewStatusWords : evaluationStatusWords}
      ballot={`${words.noun}票`}
      kioskPath={kioskPath}
      revalidate
    />
  );
}
