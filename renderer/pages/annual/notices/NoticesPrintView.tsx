import { Alert, Spin } from 'antd';
import { PrintAddressProblem, PrintToolbar, usePrintViewBody } from '../../../components/PrintToolbar';
import { QueryError } from '../../../components/QueryError';
import { useChannelQuery } from '../../../hooks/api-hooks';
import { useHashLocation } from '../../../router/hash-router';
import { NoticeSheet } from './NoticeSheet';
import { parseNoticeQuery, type NoticeQuery } from './notice-query';
import './notices-print.css';

const invalidAddress: NoticeQuery = { year: 0, scope: { kind: 'all' } };

/**
 * 考核结果通知书 print view: one A4 page per person in the scope of the address (notice-query.ts),
 * for 「打印」 and 「导出PDF」 in one batch. A year not yet locked prints as 样稿. The root carries
 * `data-ready="true"` once the pages are on screen (tests and the PDF bench wait for it).
 */
export function NoticesPrintView() {
  usePrintViewBody();
  const { query } = useHashLocation();
  const parsed = parseNoticeQuery(query);
  const request = parsed ?? invalidAddress;
  const data = useChannelQuery('annual.notices', { year: request.year, scope: request.scope, office: request.office, date: request.date }, { enabled: parsed != null });
  const batch = data.data;

  if (parsed == null) return <PrintAddressProblem backTo="/annual/notices" missing="考核年度或人员范围" page="考核结果通知书" />;
  if (data.isError) {
    return (
      <div className="notices-problem">
        <QueryError error={data.error} />
        <PrintToolbar backTo="/annual/notices" info="" canPrint={false} />
      </div>
    );
  }
  const info = batch
    ? `${batch.year}年度考核结果通知书：共 ${batch.notices.length} 份（每人一页，A4 纵向）${batch.final ? '' : '。年度尚未锁定，打印为样稿（带“样稿”水印）'}${batch.pending.count > 0 ? `；${batch.pending.count}人未确定等次，不出通知书` : ''}`
    : '正在生成通知书…';
  const fileName = batch ? `${batch.year}年度考核结果通知书（${batch.label}）${batch.final ? '' : '（样稿）'}` : '';

  return (
    <div className="notices-print-root" data-ready={batch ? 'true' : undefined}>
      <PrintToolbar backTo="/annual/notices" info={info} canPrint={batch != null && batch.notices.length > 0} pdfFileName={fileName} />
      {!batch && <Spin size="large" className="shell-loading" />}
      {batch && batch.notices.length === 0 && <Alert type="warning" showIcon title="所选范围内没有已确定等次的人员，没有可打印的通知书" className="notices-empty" />}
      {batch?.notices.map((n) => <NoticeSheet key={n.personId} notice={n} year={batch.year} office={batch.office} date={batch.date} final={batch.final} />)}
    </div>
  );
}
