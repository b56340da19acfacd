import { DatePicker } from 'antd';
import dayjs from 'dayjs';

/** A YYYY-MM-DD date as a string in and out (what the channels take). */
export function DayPicker(props: { value: string | null; onChange: (day: string | null) => void; ariaLabel: string; width?: number }) {
  const { value, onChange, ariaLabel, width = 150 } = props;
  return (
    <DatePicker
      aria-label={ariaLabel}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
      format="YYYY-MM-DD"
      allowClear={false}
      style={{ width }}
    />
  );
}
