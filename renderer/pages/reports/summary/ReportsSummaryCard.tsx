import { FileTextOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { navigate } from '../../../router/hash-router';

/** 「年终考核汇总报告」: opens the print view (打印 / 导出PDF are on its toolbar). */
export function ReportsSummaryCard({ year, final }: { year: number; final: boolean }) {
  return (
    <section className="panel rp-card" aria-label="年终考核汇总报告">
      <h3 className="rp-card-title">年终考核汇总报告</h3>
      <p className="rp-card-text">供领导审阅的书面报告（A4 纵向，公文格式），包括：</p>
      <ul className="rp-list">
        <li>参加人数、等次分布及各考核分组优秀名额使用情况</li>
        <li>各单位考核结果和平均综合得分</li>
        <li>优秀等次人员名单，基本称职（基本合格）及以下人员</li>
        <li>述职测评红线情况，双十星评定情况</li>
        <li>等次分布、单位得分、获星数统计图</li>
      </ul>
      <p className="rp-card-note">{final ? '年度已锁定，报告为最终结果。' : '年度未锁定：未确定等次的人员按建议等次统计，报告标题标注「（未确定）」。'}</p>
      <div className="rp-card-actions">
        <Button type="primary" icon={<FileTextOutlined />} onClick={() => navigate(`/annual/summary-print?year=${year}`)}>
          打开报告
        </Button>
      </div>
    </section>
  );
}
