import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, InputNumber, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
import { QueryError } from '../../../components/QueryError';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useEvaluation } from '../../../hooks/evaluation-hooks';
import { navigate } from '../../../router/hash-router';
import { EventHeader } from '../EventHeader';
import { ballotTitle } from '../evaluation-labels';
import { eventHref, useEventId } from '../use-event-id';
import '../evaluation.css';

/** 打印测评票: draw 票号 (default Σ 发出), then the A4 print view. */
export function PrintTicketsPage() {
  const id = useEventId();
  const event = useEvaluation(id);
  if (event.isPending) return <Spin size="large" className="shell-loading" />;
  if (event.isError) return <QueryError error={event.error} />;
  return <PrintTicketsBody event={event.data} />;
}

function PrintTicketsBody({ event }: { event: EvaluationEvent }) {
  const planned = event.config.categories.reduce((s, c) => s + c.issued, 0);
  const remaining = planned - event.ticketsIssued;
  const [count, setCount] = useState<number>(remaining > 0 ? remaining : Math.max(1, planned));
  const [from, setFrom] = useState<number>(1);
  const [to, setTo] = useState<number>(Math.max(1, event.ticketsIssued));
  const issue = useChannelMutation('evaluation.issueTickets', { success: (r) => `已生成 ${r.tickets.length} 个票号` });
  useEffect(() => setTo(Math.max(1, event.ticketsIssued)), [event.ticketsIssued]);
  const closed = event.status === 'closed';

  return (
    <div className="page-fill evaluation-page">
      <EventHeader event={event} page="print" />
      <div className="panel">
        <Typography.Title level={5} style={{ marginTop: 0 }}>测评票</Typography.Title>
        <Descriptions column={2} size="small" bordered style={{ maxWidth: 900 }} styles={{ label: { width: 140 } }}>
          <Descriptions.Item label="测评票标题" span={2}>{ballotTitle(event.unitTitle, event.year)}</Descriptions.Item>
          <Descriptions.Item label="测评对象">{event.targetList.length} 人</Descriptions.Item>
          <Descriptions.Item label="计划发出票数">{planned} 张（各评委类别发出票数合计）</Descriptions.Item>
          <Descriptions.Item label="已生成票号">
            <span data-testid="tickets-issued">{event.ticketsIssued}</span> 个
          </Descriptions.Item>
          <Descriptions.Item label="每张票">A4 纵向一页，含票号及二维码</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          票号随机生成、无规律，只作为“已发出”记录，不与任何人对应。纸质票录入时，只接受已生成的票号；同一票号不能重复计票。
        </Typography.Paragraph>
        {event.targetList.length === 0 && <Alert type="warning" showIcon title="还没有测评对象，请先在“测评设置”中选择测评对象" style={{ marginBottom: 12 }} />}
        <div className="print-actions">
          <Space wrap>
            <span>生成</span>
            <InputNumber aria-label="生成票号数" min={1} max={2000} precision={0} value={count} onChange={(v) => setCount(v ?? 1)} suffix="个" style={{ width: 120 }} disabled={closed} />
            <Button type="primary" loading={issue.isPending} disabled={closed} onClick={() => issue.mutate({ id: event.id, count })}>
              生成票号
            </Button>
          </Space>
          <Space wrap>
            <span>打印第</span>
            <InputNumber aria-label="起始张" min={1} max={Math.max(1, event.ticketsIssued)} precision={0} value={from} onChange={(v) => setFrom(v ?? 1)} style={{ width: 90 }} disabled={event.ticketsIssued === 0} />
            <span>至</span>
            <InputNumber aria-label="结束张" min={1} max={Math.max(1, event.ticketsIssued)} precision={0} value={to} onChange={(v) => setTo(v ?? 1)} style={{ width: 90 }} disabled={event.ticketsIssued === 0} />
            <span>张</span>
            <Button icon={<PrinterOutlined />} disabled={event.ticketsIssued === 0} onClick={() => navigate(`${eventHref('ballots', event.id)}&from=${from}&to=${Math.max(from, to)}`)}>
              打印预览
            </Button>
          </Space>
        </div>
      </div>
    </div>
  );
}
