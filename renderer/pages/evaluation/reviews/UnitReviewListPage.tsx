import { BallotEventList } from '../../../components/BallotEventList';
import { useUnitReviewList } from '../../../hooks/evaluation-hooks';
import { eventColumnsFor } from '../list/list-columns';
import { NewUnitReviewDialog } from './NewUnitReviewDialog';
import '../evaluation.css';

const reviewColumns = eventColumnsFor(true);

/**
 * 科室评议 (能力作风建设, DOMAIN.md §8.4): the year's 评议 of the 科室 and 事业单位, and 「新建科室评议」.
 * Each is a 述职测评 event, so setup, ballots, kiosk, entry and results are the 述职测评's pages.
 */
export function UnitReviewListPage() {
  return (
    <BallotEventList
      kind="evaluation"
      title="科室评议"
      noun="科室评议"
      className="evaluation-list unit-review-list"
      useList={useUnitReviewList}
      columns={reviewColumns}
      emptyText="还没有科室评议，请点击“新建科室评议”"
      dialog={(open, onClose, defaultYear) => <NewUnitReviewDialog open={open} onClose={onClose} defaultYear={defaultYear} />}
    />
  );
}
