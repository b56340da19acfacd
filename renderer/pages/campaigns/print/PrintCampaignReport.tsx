import { Alert, Spin } from 'antd';
import { useState } from 'react';
import type { CampaignProgress } from '../../../../shared/campaigns';
import { PrintAddressProblem, PrintToolbar, usePrintViewBody } from '../../../components/PrintToolbar';
import { QueryError } from '../../../components/QueryError';
import { useHashLocation } from '../../../router/hash-router';
import { useCampaignProgress } from '../campaign-hooks';
import { campaignsPath } from '../campaigns-routes';
import { CampaignReportSheet, type ReportFit } from './CampaignReportSheet';

/** 专项活动进展情况 print view (DOMAIN §8.2): A4 portrait on one page; the bar says the size chosen. */
export function PrintCampaignReport() {
  usePrintViewBody();
  const { query } = useHashLocation();
  const id = Number(query.get('id'));
  const valid = Number.isInteger(id) && id > 0;
  const data = useCampaignProgress(valid ? id : undefined);
  if (!valid) return <PrintAddressProblem backTo={campaignsPath} missing="专项活动" page="专项活动" />;
  if (data.isError) return <QueryError error={data.error} />;
  if (!data.data) return <Spin size="large" className="shell-loading" />;
  return <Report progress={data.data} />;
}

function Report({ progress }: { progress: CampaignProgress }) {
  const [fit, setFit] = useState<ReportFit | null>(null);
  const cut = progress.overdue.some((u) => fit && u.people.length > fit.names);
  return (
    <div className="print-root a4-print-root campaign-print-root">
      <PrintToolbar
        backTo={`${campaignsPath}?id=${progress.id}`}
        canPrint={fit != null}
        pdfFileName={`${progress.name}进展情况`}
        info={!fit ? '正在排版…' : `专项活动进展情况（A4 纵向${fit.pages > 1 ? `，${fit.pages}页` : '，一页'}），正文${fit.size}磅${cut ? `，逾期名单每单位列${fit.names}人，其余以“等N人”表示` : ''}`}
      />
      {fit && fit.pages > 1 && <Alert className="print-empty" type="warning" showIcon title={`内容缩至最小字号（8磅）仍超出一页A4，将打印为${fit.pages}页；可精简工作任务后再打印`} />}
      <CampaignReportSheet progress={progress} onFit={setFit} testId="campaign-sheet" />
    </div>
  );
}
