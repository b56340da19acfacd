import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { invoke } from '../../../api';
import { useFileExport } from '../../../hooks/use-file-export';

/**
 * 「导出备案表」: the 年度考核结果备案表 for the superior department (DOMAIN §9), one .xlsx with the
 * counts per 人员类别 and 等次 and the 名册. It reports final results, so it waits for the lock.
 */
export function ReportsFilingCard({ year, final }: { year: number; final: boolean }) {
  const { busy, run } = useFileExport();
  return (
    <section className="panel rp-card" aria-label="年度考核结果备案表">
      <h3 className="rp-card-title">年度考核结果备案表</h3>
      <p className="rp-card-text">报上级主管部门备案，一个 Excel 工作簿，包含：</p>
      <ul className="rp-list">
        <li>等次统计：按人员类别统计各等次（公务员、事业单位两套等次）、不定等次、未参加人数和优秀比例</li>
        <li>名册：姓名、性别、出生年月、单位、职务职级、等次、奖励、近三年等次</li>
      </ul>
      <p className="rp-card-note">{final ? '按锁定的考核结果生成，A4 横向打印。' : '备案表报送的是最终结果，请在「综合评定」中确认全部等次并锁定年度后导出。'}</p>
      <div className="rp-card-actions">
        <Button type="primary" icon={<FileExcelOutlined />} disabled={!final} loading={busy === 'export'} onClick={() => void run(() => invoke('annual.exportFiling', { year }))}>
          导出备案表
        </Button>
      </div>
    </section>
  );
}
