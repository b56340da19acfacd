import type { ReviewCycle } from './scheme';

/** One 评星期次 of a year: number 1..count, with the label printed on forms. */
export interface ReviewPeriod {
  readonly no: number;
  readonly label: string;
  /** first and last day (YYYY-MM-DD) */
  readonly start: string;
  readonly end: string;
}

const monthNames = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
const periodLabels: Record<ReviewCycle, readonly string[]> = {
  monthly: monthNames,
  quarterly: ['第一季度', '第二季度', '第三季度', '第四季度'],
  'half-yearly': ['上半年', '下半年'],
  yearly: ['全年'],
};

export const periodCount = (cycle: ReviewCycle): number => periodLabels[cycle].length;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The periods of `year` under `cycle`, in order. */
export function periodsFor(cycle: ReviewCycle, year: number): ReviewPeriod[] {
  const labels = periodLabels[cycle];
  const months = 12 / labels.length;
  return labels.map((label, i) => {
    const firstMonth = i * months + 1;
    const lastMonth = firstMonth + months - 1;
    return { no: i + 1, label, start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}` };
  });
}

export function periodLabel(cycle: ReviewCycle, no: number): string {
  return periodLabels[cycle][no - 1] ?? `第${no}期`;
}

export const isValidPeriod = (cycle: ReviewCycle, no: number): boolean => Number.isInteger(no) && no >= 1 && no <= periodCount(cycle);
