import { Drawer, Spin } from 'antd';
import type { ReviewPeriodView } from '../../../../shared/stars/views';
import { QueryError } from '../../../components/QueryError';
import { useStarReview } from '../common/stars-hooks';
import { ReviewBody } from './ReviewBody';

/** One target's review in a period: 自评 with evidence, 民主测评, 支部评定, 摘星 and 不得参评. */
export function ReviewDrawer(props: { schemeId: number; period: number; periodView: ReviewPeriodView; targetId: number | null; onClose: () => void; onClosed?: () => void }) {
  const { schemeId, period, periodView, targetId, onClose, onClosed } = props;
  const review = useStarReview(targetId == null ? null : { schemeId, period, targetId });
  const title = review.data ? `${review.data.target.name}\u3000${review.data.target.unitName}\u3000${periodView.label}` : '评星详情';
  return (
    <Drawer
      title={title}
      open={targetId != null}
      onClose={onClose}
      size={1000}
      destroyOnHidden
      className="review-drawer"
      // back to the grid (not to the name that opened it), so the keyboard work goes on
      focusable={{ focusTriggerAfterClose: false }}
      afterOpenChange={(open) => {
        if (!open) onClosed?.();
      }}
    >
      {review.isError ? (
        <QueryError error={review.error} />
      ) : !review.data ? (
        <Spin className="shell-loading" />
      ) : (
        <ReviewBody key={review.data.target.targetId} detail={review.data} schemeId={schemeId} period={period} periodView={periodView} />
      )}
    </Drawer>
  );
}
