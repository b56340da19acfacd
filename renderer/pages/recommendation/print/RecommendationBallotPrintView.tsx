import { Alert, Spin } from 'antd';
import { PrintToolbar, ticketsInRange, usePrintViewBody } from '../../../components/PrintToolbar';
import { QueryError } from '../../../components/QueryError';
import { useChannelQuery } from '../../../hooks/api-hooks';
import { useHashLocation } from '../../../router/hash-router';
import { recommendationHref, useRecommendationId } from '../recommendation-href';
import { RecommendationBallotSheet } from './RecommendationBallotSheet';
import './recommendation-print.css';

/**
 * 推荐票 / 赞成票 print view: one ballot per printed 票号 (optionally a range, `&from=1&to=40`), A4,
 * for the browser's print or Electron's printToPDF. The toolbar does not print.
 */
export function RecommendationBallotPrintView() {
  const id = useRecommendationId();
  const { query } = useHashLocation();
  const sheet = useChannelQuery('recommendation.ballotSheet', { id }, { enabled: Number.isInteger(id) });
  usePrintViewBody();

  if (sheet.isPending) return <Spin size="large" className="shell-loading" />;
  if (sheet.isError) return <QueryError error={sheet.error} />;
  const { event, tickets } = sheet.data;
  const chosen = ticketsInRange(tickets, query);
  const ballot = event.kind === 'approval' ? '赞成票' : '推荐票';
  const noCandidates = event.config.posts.every((p) => p.candidates.length === 0);

  return (
    <div className="print-root">
      <PrintToolbar backTo={recommendationHref('print', event.id)} info={`共 ${chosen.length} 张${ballot}（A4 纵向）`} canPrint={chosen.length > 0} />
      {chosen.length === 0 && <Alert type="warning" showIcon title={`还没有可打印的票号，请先在“打印${ballot}”页生成票号`} className="print-empty" />}
      {noCandidates && <Alert type="warning" showIcon title="还没有候选人，推荐票上没有名单" className="print-empty" />}
      {chosen.map((ticket) => (
        <RecommendationBallotSheet key={ticket} event={event} ticket={ticket} />
      ))}
    </div>
  );
}
