import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, InputNumber, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
import { IssueTicketsPanel } from '../../../components/IssueTicketsPanel';
import { QueryError } from '../../../components/QueryError';
import { useEvaluation } from '../../../hooks/evaluation-hooks';
import { navigate } from '../../../router/hash-router';
import { EventHeader } from '../EventHeader';
import { ballotTitle, eventWords } from '../evaluation-labels';
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
  const [from, setFrom] = useState<number>(1);
  const [to, setTo] = useState<number>(Math.max(1, event.ticketsIssued));
  useEffect(() => setTo(Math.max(1, event.ticketsIssued)), [event.ticketsIssued]);
  const max = Math.max(1, event.ticketsIssued);
  const none = event.ticketsIssued === 0;

  return (
    <div className="page-fill evaluation-page">
      <EventHeader event={event} page="print" />
      <IssueTicketsPanel
        kind="evaluation"
        event={event}
        ballot="测评票"
        title={{ label: '测评票标题', text: ballotTitle(event) }}
        facts={[{ key: 'targets', label: eventWords(event).targets, children: `${event.targetList.length} ${eventWords(event).count}` }]}
        more={[{ key: 'page', label: '每张票', children: 'A4 纵向一页，含票号及二维码' }]}
        warning={event.targetList.length === 0 && <Alert type="warning" showIcon title="还没有测评对象，请先在“测评设置”中选择测评对象" style={{ marginBottom: 12 }} />}
      >
        <Space wrap>
          <span>打印第</span>
          <InputNumber aria-label="起始张" min={1} max={max} precision={0} value={from} onChange={(v) => setFrom(v ?? 1)} style={{ width: 90 }} disabled={none} />
          <span>至</span>
          <InputNumber aria-label="结束张" min={1} max={max} precision={0} value={to} onChange={(v) => setTo(v ?? 1)} style={{ width: 90 }} disabled={none} />
          <span>张</span>
          <Button icon={<PrinterOutlined />} disabled={none} onClick={() => navigate(`${eventHref('ballots', event.id)}&from=${from}&to=${Math.max(from, to)}`)}>
            打印预览
          </Button>
        </Space>
      </IssueTicketsPanel>
    </div>
  );
}
