import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { today } from './step-dates';

interface DayPickerProps {
  value: string | null;
  onChange: (day: string | null) => void;
  ariaLabel: string;
  width?: number;
  /** first and last day that may be picked (YYYY-MM-DD) */
  min?: string;
  max?: string;
}

/** A YYYY-MM-DD date as a string in and out (what the channels take). */
export function DayPicker(props: DayPickerProps) {
  const { value, onChange, ariaLabel, width = 150, min, max } = props;
  return (
    <DatePicker
      aria-label={ariaLabel}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
      disabledDate={(d) => {
        const day = d.format('YYYY-MM-DD');
        return (max !== undefined && day > max) || (min !== undefined && day < min);
      }}
      format="YYYY-MM-DD"
      allowClear={false}
      style={{ width }}
    />
  );
}

/**
 * The date of a 双十星 step: nothing is recorded as done on a day still to come, so days after today
 * cannot be picked (the service refuses them too, whatever the path).
 */
export const StepDayPicker = (props: Omit<DayPickerProps, 'max'>) => <DayPicker {...props} max={today()} />;
