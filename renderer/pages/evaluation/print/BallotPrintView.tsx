import { Alert, Spin } from 'antd';
import { PrintToolbar, ticketsInRange, usePrintViewBody } from '../../../components/PrintToolbar';
import { QueryError } from '../../../components/QueryError';
import { useChannelQuery } from '../../../hooks/api-hooks';
import { useHashLocation } from '../../../router/hash-router';
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

  usePrintViewBody();

  if (sheet.isPending) return <Spin size="large" className="shell-loading" />;
  if (sheet.isError) return <QueryError error={sheet.error} />;
  const { event, tickets, rulesText } = sheet.data;
  const chosen = ticketsInRange(tickets, query);

  return (
    <div className="print-root">
      <PrintToolbar backTo={eventHref('print', event.id)} info={`共 ${chosen.length} 张测评票（每张一页，A4 纵向）`} canPrint={chosen.length > 0} />
      {chosen.length === 0 && <Alert type="warning" showIcon title="还没有可打印的票号，请先在“打印测评票”页生成票号" className="print-empty" />}
      {event.targetList.length === 0 && <Alert type="warning" showIcon title="还没有测评对象，测评票上没有名单" className="print-empty" />}
      {chosen.map((ticket) => (
        <BallotSheet key={ticket} event={event} ticket={ticket} rulesText={rulesText} />
      ))}
    </div>
  );
}
