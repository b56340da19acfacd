import { LockOutlined } from '@ant-design/icons';
import { Select, Space, Tag } from 'antd';
import type { AnnualYearSummary } from '../../shared/annual';

/** 考核年度 choice at the top of every 年度考核 page, with the lock shown beside it. */
export function YearBar(props: { year: number | undefined; years: readonly AnnualYearSummary[]; onChange: (year: number) => void; extra?: React.ReactNode }) {
  const { year, years, onChange, extra } = props;
  const current = years.find((y) => y.year === year);
  return (
    <Space size={8} wrap>
      <Select
        aria-label="考核年度"
        value={year}
        placeholder="尚未建立考核年度"
        onChange={onChange}
        options={years.map((y) => ({ value: y.year, label: `${y.year}年度` }))}
        style={{ width: 120 }}
      />
      {current?.status === 'locked' && (
        <Tag icon={<LockOutlined />} color="blue">
          已锁定（归档）
        </Tag>
      )}
      {extra}
    </Space>
  );
}
