import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { invoke } from '../../../api';
import { useExportJob } from '../common/use-export-job';
import { ReportsJobProgress } from '../common/ReportsJobProgress';

/** What the workbook holds, as the card lists it (DOMAIN §5, issue 6). */
const materialSheets = ['年度考核结果汇总表', '考核排名表（按考核分组）', '民主测评结果统计表', '双十星评星汇总及十星级名单', '平时考核、加减分和处分记录', '计分规则说明'];

/** 「导出年终考核材料」: the whole year in one .xlsx, as a job with progress and 「取消」; `children` follow it (the 备案表). */
export function ReportsMaterialsCard({ year, final, children }: { year: number; final: boolean; children?: ReactNode }) {
  const job = useExportJob();
  return (
    <section className="panel rp-card" aria-label="导出年终考核材料">
      <h3 className="rp-card-title">年终考核材料</h3>
      <p className="rp-card-text">一个 Excel 工作簿，包含：</p>
      <ul className="rp-list">
        {materialSheets.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p className="rp-card-note">每张表 A4 打印，标题含单位和年度{final ? '' : '，并标注「（未确定）」'}。</p>
      <div className="rp-card-actions">
        <Button type="primary" icon={<FileExcelOutlined />} loading={job.running} onClick={() => void job.start(() => invoke('reports.startMaterials', { year }))}>
          导出年终考核材料
        </Button>
      </div>
      <ReportsJobProgress state={job.state} onCancel={job.cancel} testId="materials-job" />
      {children}
    </section>
  );
}
