import { Button, Card, Spin, Steps, Tag, Typography } from 'antd';
import type { StepState, WorkbenchStep } from '../../../shared/workbench';
import { QueryError } from '../../components/QueryError';
import { YearBar } from '../../components/YearBar';
import { useChannelQuery } from '../../hooks/api-hooks';
import { navigate } from '../../router/hash-router';
import { useSelectedYear } from '../annual';
import './workbench.css';

const stateTags: Record<StepState, { text: string; color: string }> = {
  todo: { text: '未开始', color: 'default' },
  doing: { text: '进行中', color: 'processing' },
  done: { text: '已完成', color: 'success' },
  attention: { text: '需处理', color: 'error' },
};
const stepStatus: Record<StepState, 'wait' | 'process' | 'finish' | 'error'> = { todo: 'wait', doing: 'process', done: 'finish', attention: 'error' };

function StepList(props: { steps: readonly WorkbenchStep[] }) {
  return (
    <Steps
      orientation="vertical"
      size="small"
      className="workbench-steps"
      // the next thing to do stands out
      current={Math.max(0, props.steps.findIndex((s) => s.state !== 'done'))}
      items={props.steps.map((s) => ({
        key: s.key,
        status: stepStatus[s.state],
        title: (
          <span className="workbench-step" data-testid={`workbench-${s.key}`}>
            <span className="workbench-step-title">{s.title}</span>
            <Tag color={stateTags[s.state].color}>{stateTags[s.state].text}</Tag>
            <Typography.Text type={s.state === 'attention' ? 'danger' : 'secondary'}>{s.detail}</Typography.Text>
            <Button size="small" type="link" onClick={() => navigate(s.path)} aria-label={`前往${s.title}`}>
              前往
            </Button>
          </span>
        ),
      }))}
    />
  );
}

/**
 * 工作台: the first screen. Where the chosen 考核年度 stands, step by step in the order the office
 * works (花名册 → 方案 → 平时考核 → 述职测评 → … → 锁定 → 通知书), and what needs doing in the
 * 能力作风建设 today; every step leads to its page.
 */
export function WorkbenchPage() {
  const { year, select, years } = useSelectedYear();
  const shown = year ?? new Date().getFullYear();
  const overview = useChannelQuery('workbench.overview', { year: shown });
  const steps = overview.data?.steps ?? [];
  return (
    <div className="page-fill workbench">
      <div className="panel">
        <div className="page-title">
          <Typography.Title level={4}>工作台</Typography.Title>
          {(years.data?.length ?? 0) > 0 && <YearBar year={year} years={years.data ?? []} onChange={select} />}
        </div>
        {overview.isError && <QueryError error={overview.error} />}
        {overview.isPending && <Spin />}
        {overview.data && (
          <div className="workbench-columns">
            <Card size="small" title={`${shown}年度考核进度`} className="workbench-card">
              <StepList steps={steps.filter((s) => s.group === 'annual')} />
            </Card>
            <Card size="small" title="能力作风建设（截至今日）" className="workbench-card">
              <StepList steps={steps.filter((s) => s.group === 'conduct')} />
            </Card>
          </div>
        )}
      </div>
    </div>
  );
}
