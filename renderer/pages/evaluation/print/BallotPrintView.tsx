import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Spin } from 'antd';
import { useEffect } from 'react';
import { QueryError } from '../../../components/QueryError';
import { useChannelQuery } from '../../../hooks/api-hooks';
import { navigate, useHashLocation } from '../../../router/hash-router';
import { eventHref, useEventId } from '../use-event-id';
import { BallotSheet } from './BallotSheet';
import './print.css';

/**
 * 测评票 print view: one A4 page per issued 票号 (optionally a range, `&from=1&to=40`), for the
 * browser's print or Electron's printToPDF. The toolbar does not print.
 */
export function BallotPrintView() {
  const id = useEventId();
  const { query } = useHashLocation();
  const sheet = useChannelQuery('evaluation.ballotSheet', { id }, { enabled: Number.isInteger(id) });
  const from = Math.max(1, Number(query.get('from')) || 1);
  const to = Number(query.get('to')) || Number.POSITIVE_INFINITY;

  useEffect(() => {
    document.body.classList.add('print-view');
    return () => document.body.classList.remove('print-view');
  }, []);

  if (sheet.isPending) return <Spin size="large" className="shell-loading" />;
  if (sheet.isError) return <QueryError error={sheet.error} />;
  const { event, tickets, rulesText } = sheet.data;
  const chosen = tickets.slice(from - 1, Math.min(tickets.length, to));

  return (
    <div className="print-root">
      <div className="print-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(eventHref('print', event.id))}>
          返回
        </Button>
        <span className="print-toolbar-info" data-testid="print-count">
          共 {chosen.length} 张测评票（每张一页，A4 纵向）
        </span>
        <Button type="primary" icon={<PrinterOutlined />} disabled={chosen.length === 0} onClick={() => window.print()}>
          打印
        </Button>
      </div>
      {chosen.length === 0 && <Alert type="warning" showIcon title="还没有可打印的票号，请先在“打印测评票”页生成票号" className="print-empty" />}
      {event.targetList.length === 0 && <Alert type="warning" showIcon title="还没有测评对象，测评票上没有名单" className="print-empty" />}
      {chosen.map((ticket) => (
        <BallotSheet key={ticket} event={event} ticket={ticket} rulesText={rulesText} />
      ))}
    </div>
  );
}
