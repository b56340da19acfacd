import { Alert, Badge, Input, Space, Spin, Switch, Tabs, Typography, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
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

const clerkKey = 'kaoping.clerk';
const doubleKey = (id: number) => `kaoping.doubleEntry.${id}`;

/** 纸质票录入: keyboard-fast typing of paper ballots, 双人录入, and the 录入不一致 list. */
export function PaperEntryPage() {
  const id = useEventId();
  const event = useEvaluation(id);
  if (event.isPending) return <Spin size="large" className="shell-loading" />;
  if (event.isError) return <QueryError error={event.error} />;
  return <PaperEntryBody event={event.data} />;
}

function PaperEntryBody({ event }: { event: EvaluationEvent }) {
  const [clerk, setClerk] = useState(() => localStorage.getItem(clerkKey) ?? '');
  const [doubleEntry, setDoubleEntry] = useState(() => localStorage.getItem(doubleKey(event.id)) !== 'off');
  const [entered, setEntered] = useState(0);
  const [tab, setTab] = useState<'entry' | 'mismatches'>('entry');
  const clerkRef = useRef<InputRef>(null);
  const mismatches = useMismatches(event.id);
  // a locked 考核年度 takes no ballots whatever the status (EventHeader shows the 归档 banner)
  const yearLocked = useYearLocked(event.year);
  const accepting = (event.status === 'test' || event.status === 'live') && !yearLocked;
  const returned = event.status === 'test' ? event.testBallots : event.liveBallots;

  const changeClerk = (name: string) => {
    setClerk(name);
    localStorage.setItem(clerkKey, name.trim());
  };
  const changeDouble = (on: boolean) => {
    setDoubleEntry(on);
    localStorage.setItem(doubleKey(event.id), on ? 'on' : 'off');
  };
  const mismatchCount = mismatches.data?.length ?? 0;

  return (
    <div className="page-fill evaluation-page">
      <EventHeader event={event} page="entry" />
      <div className="panel entry-panel">
        <div className="entry-toolbar">
          <Space size={20} wrap>
            <Space size={6}>
              <span>录入人</span>
              <Input ref={clerkRef} aria-label="录入人" value={clerk} maxLength={20} onChange={(e) => changeClerk(e.target.value)} style={{ width: 120 }} placeholder="姓名" />
            </Space>
            <Space size={6}>
              <Switch checked={doubleEntry} onChange={changeDouble} aria-label="双人录入" />
              <span>双人录入</span>
              <Typography.Text type="secondary">{doubleEntry ? '（每张票由两人各录一遍，一致才计票）' : '（每张票录一遍即计票）'}</Typography.Text>
            </Space>
          </Space>
          <Space size={20}>
            <span>
              本次已录入 <b data-testid="entered-count">{entered}</b> 张
            </span>
            <span>
              本轮已计票 <b data-testid="counted-count">{returned}</b> 张
            </span>
          </Space>
        </div>
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
                <EntryForm event={event} clerk={clerk} doubleEntry={doubleEntry} onSaved={() => setEntered((n) => n + 1)} onNeedClerk={() => clerkRef.current?.focus()} />
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
              children: <MismatchPanel event={event} clerk={clerk} mismatches={mismatches.data ?? []} loading={mismatches.isPending} />,
            },
          ]}
        />
      </div>
    </div>
  );
}
