import { Button, Descriptions, InputNumber, Space, Typography, type DescriptionsProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useChannelMutation } from '../hooks/api-hooks';
import type { BallotEventKind } from './BallotStatusControls';
import './ballot-event.css';

export interface TicketsEvent {
  readonly id: number;
  readonly status: string;
  readonly ticketsIssued: number;
  readonly config: { readonly categories: readonly { readonly issued: number }[] };
}

/** Σ 发出票数 of the 评委类别, and what 「生成」 offers first: what is still to issue, else the whole plan (at least 1). */
export function plannedTickets(event: TicketsEvent): { planned: number; firstCount: number } {
  const planned = event.config.categories.reduce((s, c) => s + c.issued, 0);
  const remaining = planned - event.ticketsIssued;
  return { planned, firstCount: remaining > 0 ? remaining : Math.max(1, planned) };
}

/**
 * 打印测评票 / 打印推荐票: what the ballot is (`facts`, after 票面标题 and before 计划发出票数 and
 * 已生成票号), how 票号 work, 「生成票号」, then the feature's way to the A4 print view (`children`).
 */
export function IssueTicketsPanel(props: {
  kind: BallotEventKind;
  event: TicketsEvent;
  /** 测评票, 推荐票, 赞成票 */
  ballot: string;
  /** the first row: 测评票标题, 票面标题 */
  title: { readonly label: string; readonly text: string };
  facts: NonNullable<DescriptionsProps['items']>;
  /** after 已生成票号 */
  more?: NonNullable<DescriptionsProps['items']>;
  /** before 「票号随机生成…」 */
  notePrefix?: string;
  warning?: ReactNode;
  children: ReactNode;
}) {
  const { event } = props;
  const { planned, firstCount } = plannedTickets(event);
  const [count, setCount] = useState<number>(firstCount);
  const issue = useChannelMutation(`${props.kind}.issueTickets`, { success: (r) => `已生成 ${r.tickets.length} 个票号` });
  const closed = event.status === 'closed';
  const items: DescriptionsProps['items'] = [
    { key: 'title', label: props.title.label, span: 2, children: props.title.text },
    ...props.facts,
    { key: 'planned', label: '计划发出票数', children: `${planned} 张（各评委类别发出票数合计）` },
    {
      key: 'issued',
      label: '已生成票号',
      children: (
        <>
          <span data-testid="tickets-issued">{event.ticketsIssued}</span> 个
        </>
      ),
    },
    ...(props.more ?? []),
  ];
  return (
    <div className="panel">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {props.ballot}
      </Typography.Title>
      <Descriptions column={2} size="small" bordered style={{ maxWidth: 900 }} styles={{ label: { width: 140 } }} items={items} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {props.notePrefix}票号随机生成、无规律，只作为“已发出”记录，不与任何人对应。纸质票录入时，只接受已生成的票号；同一票号不能重复计票。
      </Typography.Paragraph>
      {props.warning}
      <div className="print-actions">
        <Space wrap>
          <span>生成</span>
          <InputNumber aria-label="生成票号数" min={1} max={2000} precision={0} value={count} onChange={(v) => setCount(v ?? 1)} suffix="个" style={{ width: 120 }} disabled={closed} />
          <Button type="primary" loading={issue.isPending} disabled={closed} onClick={() => issue.mutate({ id: event.id, count })}>
            生成票号
          </Button>
        </Space>
        {props.children}
      </div>
    </div>
  );
}
