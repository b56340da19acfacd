import { Alert, Button, Space, Tag, Typography } from 'antd';
import { reviewStepLabels } from '../../../../shared/stars/states';
import type { ReviewDetail } from '../../../../shared/stars/views';
import { StepDayPicker } from '../../../components/DayPicker';
import { useChannelMutation } from '../../../hooks/api-hooks';

/** The head of a review: post, stars held, the 办理日期, 不得参评 (set or lifted), and the steps done. */
export function ReviewMeta(props: { detail: ReviewDetail; schemeId: number; period: number; date: string | null; onDate: (d: string | null) => void; onDisqualify: () => void }) {
  const { detail, schemeId, period } = props;
  const { row, target } = detail;
  const clearDisqualification = useChannelMutation('stars.clearDisqualification', { success: '已取消不得参评' });
  return (
    <>
      <div className="review-meta">
        <Space wrap size={16}>
          {target.post && <Typography.Text type="secondary">{target.post}</Typography.Text>}
          <Typography.Text>
            获星：<Typography.Text strong data-testid="review-held">{row.held}</Typography.Text> 颗
          </Typography.Text>
          <Space size={4}>
            办理日期
            <StepDayPicker ariaLabel="办理日期" value={props.date} onChange={props.onDate} width={140} />
          </Space>
        </Space>
        {row.disqualified != null ? (
          <Button onClick={() => clearDisqualification.mutate({ schemeId, period, targetId: target.targetId })}>取消不得参评</Button>
        ) : (
          <Button danger onClick={props.onDisqualify}>不得参评</Button>
        )}
      </div>
      {row.disqualified && (
        <Alert
          type="warning"
          showIcon
          title={`本期不得参评：${row.disqualified.reason}`}
          description={`${row.disqualified.note ? `${row.disqualified.note}。` : ''}认定日期 ${row.disqualified.date}，经办人 ${row.disqualified.by}`}
        />
      )}
      {row.steps.length > 0 && (
        <div className="review-steps">
          {row.steps.map((s, i) => (
            <Tag key={i} color="blue">{`${reviewStepLabels[s.step]} ${s.date} ${s.by}`}</Tag>
          ))}
        </div>
      )}
    </>
  );
}
