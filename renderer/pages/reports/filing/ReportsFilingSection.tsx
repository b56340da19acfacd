import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { invoke } from '../../../api';
import { useFileExport } from '../../../hooks/use-file-export';

/**
 * 「导出备案表」: the 年度考核结果备案表 for the superior department (DOMAIN §9), one .xlsx with the
 * counts per 人员类别 and 等次 (等次统计) and the 名册. It reports final results, so it waits for the
 * lock. It sits in the 年终考核材料 card, beside the other year-end workbook.
 */
export function ReportsFilingSection({ year, final }: { year: number; final: boolean }) {
  const { busy, run } = useFileExport();
  return (
    <div className="rp-subsection" role="group" aria-label="年度考核结果备案表">
      <h4 className="rp-subsection-title">年度考核结果备案表</h4>
      <p className="rp-card-note">
        报上级备案：按人员类别的等次统计和名册。{final ? '' : '锁定年度后可导出。'}
      </p>
      <div className="rp-card-actions">
        <Button type="primary" icon={<FileExcelOutlined />} disabled={!final} loading={busy === 'export'} onClick={() => void run(() => invoke('annual.exportFiling', { year }))}>
          导出备案表
        </Button>
      </div>
    </div>
  );
}
