import dayjs from 'dayjs';
import type { ReviewPeriodView } from '../../shared/stars';

/** The day a step is recorded on by default: today, but not before the period starts. */
export function defaultStepDate(period: ReviewPeriodView | undefined, today = dayjs().format('YYYY-MM-DD')): string {
  if (!period) return today;
  return today < period.start ? period.start : today;
}

export const today = (): string => dayjs().format('YYYY-MM-DD');
