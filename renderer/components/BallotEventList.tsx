import { PlusOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { App, Button, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useChannelMutation } from '../hooks/api-hooks';
import { useLockedYears } from '../hooks/use-year-lock';
import { yearLabel } from './ballot-event-labels';
import { QueryError } from './QueryError';
import type { BallotEventKind } from './BallotStatusControls';
import './ballot-event.css';

export interface ListedEvent {
  readonly id: number;
  readonly name: string;
  readonly year: number;
  readonly testBallots: number;
}

/** The years to choose from: every year with an event, and this year, newest first. */
export function listYears(events: readonly { readonly year: number }[], thisYear = new Date().getFullYear()): number[] {
  const set = new Set(events.map((e) => e.year));
  set.add(thisYear);
  return [...set].sort((a, b) => b - a);
}

/**
 * The list page of one kind of ballot event (述职测评, 民主推荐): the 考核年度 filter, the count,
 * 「新建…」 with the kind's dialog, the table and 删除 behind its confirmation. Events of a locked
 * 考核年度 are archived: shown, never changed (the columns say so).
 */
export function BallotEventList<T extends ListedEvent>(props: {
  kind: BallotEventKind;
  title: string;
  /** 测评, 推荐 */
  noun: string;
  className: string;
  useList: (year?: number) => UseQueryResult<T[], Error>;
  columns: (lockedYears: ReadonlySet<number>, confirmDelete: (e: T) => void) => TableColumnsType<T>;
  emptyText: string;
  dialog: (open: boolean, onClose: () => void, defaultYear: number) => ReactNode;
}) {
  const { noun } = props;
  const { modal } = App.useApp();
  const [year, setYear] = useState<number | undefined>(undefined);
  const all = props.useList();
  const list = props.useList(year);
  const [creating, setCreating] = useState(false);
  // the server refuses an event with live ballots, in its own words (shown as it comes)
  const remove = useChannelMutation(`${props.kind}.delete`, { success: `已删除${noun}` });
  const lockedYears = useLockedYears();
  const years = useMemo(() => listYears(all.data ?? []), [all.data]);

  const confirmDelete = (e: T) => {
    modal.confirm({
      title: `删除${noun}：${e.name}`,
      content: e.testBallots > 0 ? `将一并删除 ${e.testBallots} 张测试票。删除后不能恢复，确定删除吗？` : '删除后不能恢复，确定删除吗？',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => remove.mutateAsync({ id: e.id }).catch(() => undefined),
    });
  };

  return (
    <div className="page-fill">
      <div className={`panel ballot-event-list ${props.className}`}>
        <div className="page-title">
          <Space size={12} align="baseline">
            <Typography.Title level={4}>{props.title}</Typography.Title>
            <Select
              aria-label="考核年度"
              value={year ?? 0}
              onChange={(v) => setYear(v === 0 ? undefined : v)}
              options={[{ value: 0, label: '全部年度' }, ...years.map((y) => ({ value: y, label: yearLabel(y) }))]}
              style={{ width: 130 }}
            />
            <Typography.Text type="secondary">{list.data ? `共 ${list.data.length} 次${noun}` : ''}</Typography.Text>
          </Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建{noun}
          </Button>
        </div>
        {list.isError ? (
          <QueryError error={list.error} />
        ) : (
          <Table<T>
            size="middle"
            rowKey="id"
            columns={props.columns(lockedYears, confirmDelete)}
            dataSource={list.data ?? []}
            loading={list.isPending}
            pagination={false}
            locale={{ emptyText: props.emptyText }}
          />
        )}
      </div>
      {props.dialog(creating, () => setCreating(false), year ?? new Date().getFullYear())}
    </div>
  );
}
