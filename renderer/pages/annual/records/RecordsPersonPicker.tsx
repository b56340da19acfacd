import { Select } from 'antd';
import { useMemo } from 'react';
import type { Participant } from '../../../../shared/annual/views';

/** One of the year's participants, found by typing part of the name or the unit. */
export function RecordsPersonPicker(props: { participants: readonly Participant[]; value: number | undefined; onChange: (personId: number | undefined) => void; ariaLabel?: string }) {
  const { participants, value, onChange, ariaLabel = '考核对象' } = props;
  const options = useMemo(
    () => participants.map((p) => ({ value: p.personId, label: `${p.name}（${p.unitName}${p.post ? `·${p.post}` : ''}）`, search: `${p.name}${p.unitName}${p.post}` })),
    [participants],
  );
  return (
    <Select<number>
      aria-label={ariaLabel}
      value={value}
      onChange={(v) => onChange(v)}
      options={options}
      showSearch={{ filterOption: (input, option) => (option?.search ?? '').includes(input.trim()) }}
      placeholder="输入姓名或单位查找"
      allowClear
      style={{ width: '100%' }}
      notFoundContent="本年度考核对象中没有找到"
    />
  );
}
