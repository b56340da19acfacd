import { BallotEventList } from '../../../components/BallotEventList';
import { useRecommendationList } from '../../../hooks/recommendation-hooks';
import { recommendationColumns } from './list-columns';
import { NewRecommendationDialog } from './NewRecommendationDialog';
import '../common/recommendation.css';

/** 民主推荐与评选表优: the events of a 考核年度, and 「新建推荐」. */
export function RecommendationListPage() {
  return (
    <BallotEventList
      kind="recommendation"
      title="民主推荐与评选表优"
      noun="推荐"
      className="recommendation-list"
      useList={useRecommendationList}
      columns={recommendationColumns}
      emptyText="还没有民主推荐或评选表优，请点击“新建推荐”"
      dialog={(open, onClose, defaultYear) => <NewRecommendationDialog open={open} onClose={onClose} defaultYear={defaultYear} />}
    />
  );
}
