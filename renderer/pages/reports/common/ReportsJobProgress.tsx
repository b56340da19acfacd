import { Button, Progress, Typography } from 'antd';
import { cancellingStage } from '../../../hooks/use-job';
import { cancelledText, type ExportJobState } from './use-export-job';

/** A job's progress under its button: bar, stage, 「取消」; then how it ended. */
export function ReportsJobProgress({ state, onCancel, testId }: { state: ExportJobState; onCancel: () => void; testId: string }) {
  if (state.phase === 'idle') return null;
  if (state.phase === 'running') {
    return (
      <div className="rp-job" data-testid={testId}>
        <Progress percent={Math.round(state.progress * 100)} status="active" size="small" />
        <div className="rp-job-line">
          <Typography.Text type="secondary" className="rp-job-stage">
            {state.stage}
          </Typography.Text>
          <Button size="small" onClick={onCancel} disabled={state.stage === cancellingStage}>
            取消
          </Button>
        </div>
      </div>
    );
  }
  const text =
    state.phase === 'done' ? `已导出：${state.result?.fileName ?? ''}` : state.phase === 'cancelled' ? cancelledText : `导出失败：${state.error ?? ''}`;
  const type = state.phase === 'done' ? 'success' : state.phase === 'failed' ? 'danger' : 'secondary';
  return (
    <div className="rp-job" data-testid={testId}>
      <Typography.Text type={type}>{text}</Typography.Text>
    </div>
  );
}
