import { Alert, Badge, Spin, Tabs } from 'antd';
import { useState } from 'react';
import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
import { PaperEntryToolbar, usePaperEntrySettings } from '../../../components/PaperEntryToolbar';
import { QueryError } from '../../../components/QueryError';
import { useEvaluation, useMismatches } from '../../../hooks/evaluation-hooks';
import { useYearLocked } from '../../../hooks/use-year-lock';
import { EventHeader } from '../EventHeader';
import { statusLabels } from '../evaluation-labels';
import { useEventId } from '../use-event-id';
import { EntryForm } from './EntryForm';
import { MismatchPanel } from './MismatchPanel';
import '../evaluation.css';
import './entry.css';

/** 纸质票录入: keyboard-fast typing of paper ballots, 双人录入, and the 录入不一致 list. */
export function PaperEntryPage() {
  const id = useEventId();
  const event = useEvaluation(id);
  if (event.isPending) return <Spin size="large" className="shell-loading" />;
  if (event.isError) return <QueryError error={event.error} />;
  return <PaperEntryBody event={event.data} />;
}

function PaperEntryBody({ event }: { event: EvaluationEvent }) {
  const settings = usePaperEntrySettings(event.id);
  const [tab, setTab] = useState<'entry' | 'mismatches'>('entry');
  const mismatches = useMismatches(event.id);
  // a locked 考核年度 takes no ballots whatever the status (EventHeader shows the 归档 banner)
  const yearLocked = useYearLocked(event.year);
  const accepting = (event.status === 'test' || event.status === 'live') && !yearLocked;
  const returned = event.status === 'test' ? event.testBallots : event.liveBallots;

  const mismatchCount = mismatches.data?.length ?? 0;

  return (
    <div className="page-fill evaluation-page">
      <EventHeader event={event} page="entry" />
      <div className="panel entry-panel">
        <PaperEntryToolbar settings={settings} counted={returned} />
        {!accepting && !yearLocked && (
          <Alert type="warning" showIcon title={`本测评目前${statusLabels[event.status]}，不接收测评票`} description={event.status === 'setup' ? '请先打开“测试模式”演练，或“开始正式测评”后再录入。' : undefined} />
        )}
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as 'entry' | 'mismatches')}
          items={[
            {
              key: 'entry',
              label: '录入',
              children: accepting && event.targetList.length > 0 ? (
                <EntryForm event={event} clerk={settings.clerk} doubleEntry={settings.doubleEntry} onSaved={settings.countEntered} onNeedClerk={settings.focusClerk} />
              ) : event.targetList.length === 0 ? (
                <Alert type="info" showIcon title="还没有测评对象，请先在“测评设置”中选择测评对象" />
              ) : null,
            },
            {
              key: 'mismatches',
              label: (
                <span>
                  录入不一致 <Badge count={mismatchCount} showZero={false} />
                </span>
              ),
              children: <MismatchPanel event={event} clerk={settings.clerk} mismatches={mismatches.data ?? []} loading={mismatches.isPending} />,
            },
          ]}
        />
      </div>
    </div>
  );
}
