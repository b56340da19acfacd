import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Radio, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { AnnualGroup, Participant } from '../../../../shared/annual';
import type { Unit } from '../../../../shared/domain';
import { invoke } from '../../../api';
import { useExportJob } from '../common/use-export-job';
import { navigate } from '../../../router/hash-router';
import { registerPrintHref } from './register-query';
import { emptyScopeDraft, participantsInScope, scopeOf, scopeSummary, type ScopeDraft } from '../common/reports-scope';
import { ReportScopeFields } from '../common/ReportScopeFields';
import { ReportsJobProgress } from '../common/ReportsJobProgress';

type Layout = 'sheets' | 'pages';
const layoutLabels: Record<Layout, string> = { sheets: '每人一个工作表', pages: '单个工作表分页' };

/**
 * 年度考核登记表 for a choice of people: everyone, a 考核分组, a unit (with its sub-units) or
 * named participants; as .xlsx (a job with progress and 「取消」) or as the print view, which prints
 * and saves as PDF.
 */
export function ReportsRegisterCard(props: { year: number; groups: readonly AnnualGroup[]; participants: readonly Participant[]; units: readonly Unit[] }) {
  const { year, groups, participants, units } = props;
  const [draft, setDraft] = useState<ScopeDraft>(emptyScopeDraft);
  const [layout, setLayout] = useState<Layout>('sheets');
  const job = useExportJob();
  const scope = scopeOf(draft);
  const covered = useMemo(() => participantsInScope(scope, participants, units).length, [scope, participants, units]);
  const ready = scope != null && covered > 0;
  const change = (patch: Partial<ScopeDraft>) => setDraft((d) => ({ ...d, ...patch }));

  return (
    <section className="panel rp-card" aria-label="年度考核登记表">
      <h3 className="rp-card-title">年度考核登记表</h3>
      <p className="rp-card-text">每人一页 A4，填入人员信息和确定的等次，个人总结、评语和意见栏留空待填。</p>
      <ReportScopeFields noun="登记表" draft={draft} onChange={change} groups={groups} participants={participants} units={units} />
      <div className="rp-field">
        <span className="rp-label">Excel 版式</span>
        <Radio.Group aria-label="Excel版式" value={layout} onChange={(e) => setLayout(e.target.value as Layout)} options={(Object.keys(layoutLabels) as Layout[]).map((k) => ({ value: k, label: layoutLabels[k] }))} />
      </div>
      <Typography.Text type={ready ? 'secondary' : 'warning'} className="rp-scope-summary" data-testid="register-scope-summary">
        {scopeSummary(draft, covered)}
      </Typography.Text>
      <div className="rp-card-actions">
        <Button type="primary" icon={<FileExcelOutlined />} disabled={!ready} loading={job.running} onClick={() => scope && void job.start(() => invoke('reports.startRegister', { year, scope, layout }))}>
          导出Excel
        </Button>
        <Button icon={<PrinterOutlined />} disabled={!ready} onClick={() => scope && navigate(registerPrintHref(year, scope))}>
          打印预览 / 导出PDF
        </Button>
      </div>
      <ReportsJobProgress state={job.state} onCancel={job.cancel} testId="register-job" />
    </section>
  );
}
