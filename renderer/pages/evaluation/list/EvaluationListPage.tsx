import { BallotEventList } from '../../../components/BallotEventList';
import { useEvaluationList } from '../../../hooks/evaluation-hooks';
import { eventColumnsFor } from './list-columns';
import { NewEvaluationDialog } from './NewEvaluationDialog';
import '../evaluation.css';

/** 述职测评: the 测评活动 of a 考核年度, and 「新建测评」. */
export function EvaluationListPage() {
  return (
    <BallotEventList
      kind="evaluation"
      title="述职测评"
      noun="测评"
      className="evaluation-list"
      useList={useEvaluationList}
      columns={eventColumnsFor(false)}
      emptyText="还没有测评活动，请点击“新建测评”"
      dialog={(open, onClose, defaultYear) => <NewEvaluationDialog open={open} onClose={onClose} defaultYear={defaultYear} />}
    />
  );
}
