import { LockOutlined, WarningOutlined } from '@ant-design/icons';
import { Space, Spin, Typography } from 'antd';
import { QueryError } from '../../components/QueryError';
import { useParticipants } from '../../hooks/annual-hooks';
import { useUnits } from '../../hooks/data-hooks';
import { useSelectedYear, yearPlaceholder } from '../annual';
import { YearBar } from '../../components/YearBar';
import { yearStatusText } from './common/reports-scope';
import { ReportsFilingSection } from './filing/ReportsFilingSection';
import { ReportsMaterialsCard } from './materials/ReportsMaterialsCard';
import { ReportsRegisterCard } from './register/ReportsRegisterCard';
import { ReportsSummaryCard } from './summary/ReportsSummaryCard';
import './reports.css';

/**
 * 年终考核材料: what the year ends in — the materials workbook, the 年度考核登记表 (Excel or print),
 * the 汇总报告 for leadership and the 年度考核结果备案表 for the superior department. Everything can be exported before the year is locked; it then
 * says 「未确定」 in its titles.
 */
export function ReportsPage() {
  const { year, select, years, detail, detailQuery } = useSelectedYear();
  const participants = useParticipants(year);
  const units = useUnits();

  let body;
  const placeholder = yearPlaceholder(years, year);
  if (placeholder) body = placeholder;
  else if (detailQuery.isError) body = <QueryError error={detailQuery.error} />;
  else if (participants.isError) body = <QueryError error={participants.error} />;
  else if (units.isError) body = <QueryError error={units.error} />;
  else if (!detail || detail.year !== year || !participants.data || !units.data) body = <Spin size="large" className="shell-loading" />;
  else {
    const final = detail.status === 'locked';
    body = (
      <>
        <div className={`panel rp-status ${final ? 'rp-status-final' : 'rp-status-open'}`} data-testid="reports-status">
          {final ? <LockOutlined /> : <WarningOutlined />}
          <span className="rp-status-tag">{final ? '已锁定' : '未确定'}</span>
          <span>{yearStatusText(detail)}</span>
        </div>
        <div className="rp-cards">
          <ReportsMaterialsCard year={detail.year} final={final}>
            <ReportsFilingSection year={detail.year} final={final} />
          </ReportsMaterialsCard>
          <ReportsRegisterCard year={detail.year} groups={detail.groups} participants={participants.data} units={units.data} />
          <ReportsSummaryCard year={detail.year} final={final} />
        </div>
      </>
    );
  }

  return (
    <div className="page-fill reports-page">
      <div className="panel">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>年终考核材料</Typography.Title>
            <YearBar year={year} years={years.data ?? []} onChange={select} />
          </Space>
        </div>
      </div>
      {body}
    </div>
  );
}

