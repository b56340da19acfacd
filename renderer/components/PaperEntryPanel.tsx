import { Alert, Badge, Tabs } from 'antd';
import { useState, type ReactNode } from 'react';
import type { EvaluationStatus } from '../../shared/contract/evaluation';
import { useYearLocked } from '../hooks/use-year-lock';
import { PaperEntryToolbar, usePaperEntrySettings, type PaperEntrySettings } from './PaperEntryToolbar';

export interface EntryEvent {
  readonly id: number;
  readonly year: number;
  readonly status: EvaluationStatus;
  readonly testBallots: number;
  readonly liveBallots: number;
}

/** Whether paper ballots are taken now: in 测试模式 or 正式, and never in a locked 考核年度. */
export const acceptsBallots = (status: EvaluationStatus, yearLocked: boolean) => (status === 'test' || status === 'live') && !yearLocked;

/**
 * 纸质票录入 / 推荐票录入 under the page's header: the 录入人 and 双人录入 toolbar, why nothing is
 * taken (outside 测试模式 and 正式), and the tabs 录入 and 录入不一致 with its count. The feature gives
 * the entry form (told whether ballots are taken) and the mismatch list.
 */
export function PaperEntryPanel(props: {
  event: EntryEvent;
  /** 测评, 推荐 */
  noun: string;
  /** 测评票, 推荐票, 赞成票 */
  ballot: string;
  /** the event's status as its pages name it */
  statusLabel: string;
  entry: (settings: PaperEntrySettings, accepting: boolean) => ReactNode;
  mismatches: (settings: PaperEntrySettings) => ReactNode;
  mismatchCount: number;
}) {
  const { event, noun } = props;
  const settings = usePaperEntrySettings(event.id);
  const [tab, setTab] = useState<'entry' | 'mismatches'>('entry');
  // a locked 考核年度 takes no ballots whatever the status (the page shows the 归档 banner)
  const yearLocked = useYearLocked(event.year);
  const accepting = acceptsBallots(event.status, yearLocked);
  return (
    <div className="panel entry-panel">
      <PaperEntryToolbar settings={settings} counted={event.status === 'test' ? event.testBallots : event.liveBallots} />
      {!accepting && !yearLocked && (
        <Alert
          type="warning"
          showIcon
          title={`本${noun}目前${props.statusLabel}，不接收${props.ballot}`}
          description={event.status === 'setup' ? `请先打开“测试模式”演练，或“开始正式${noun}”后再录入。` : undefined}
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as 'entry' | 'mismatches')}
        items={[
          { key: 'entry', label: '录入', children: props.entry(settings, accepting) },
          {
            key: 'mismatches',
            label: (
              <span>
                录入不一致 <Badge count={props.mismatchCount} showZero={false} />
              </span>
            ),
            children: props.mismatches(settings),
          },
        ]}
      />
    </div>
  );
}
