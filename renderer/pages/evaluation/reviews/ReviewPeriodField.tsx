import { Radio, Select, Space } from 'antd';
import { isQuarterPeriod, reviewPeriodMonths } from '../../../../shared/evaluation';
import { quarterNames } from '../../../../shared/annual';

const monthOptions = Array.from({ length: 12 }, (_v, i) => ({ value: String(i + 1).padStart(2, '0'), label: `${i + 1}月` }));
const quarterOptions = quarterNames.map((name, i) => ({ value: `Q${i + 1}`, label: name }));

/**
 * 评议周期 of a 科室评议 (DOMAIN.md §8.4): 按月 or 按季度, then which one, within `year`. The value is
 * '2026-05' or '2026-Q2', the way the service stores it; switching between month and quarter keeps
 * the time of year (May becomes 第二季度, 第二季度 becomes its first month).
 */
export function ReviewPeriodField(props: { year: number; value?: string; onChange?: (value: string) => void; disabled?: boolean }) {
  const { year, value, onChange, disabled } = props;
  const quarterly = value != null && isQuarterPeriod(value);
  const tail = value?.slice(5);
  const set = (next: string) => onChange?.(`${year}-${next}`);
  const switchKind = (toQuarter: boolean) => {
    const month = value ? reviewPeriodMonths(value)[0]! : 1;
    set(toQuarter ? `Q${Math.ceil(month / 3)}` : String(month).padStart(2, '0'));
  };
  return (
    <Space wrap>
      <Radio.Group value={quarterly ? 'quarter' : 'month'} onChange={(e) => switchKind(e.target.value === 'quarter')} disabled={disabled} aria-label="评议方式">
        <Radio.Button value="month">月度评议</Radio.Button>
        <Radio.Button value="quarter">季度评议</Radio.Button>
      </Radio.Group>
      <Select
        aria-label={quarterly ? '评议季度' : '评议月份'}
        value={tail}
        onChange={set}
        options={quarterly ? quarterOptions : monthOptions}
        disabled={disabled}
        style={{ width: 120 }}
      />
    </Space>
  );
}
