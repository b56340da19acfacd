/**
 * The 整改 state of a 督查记录 (DOMAIN §8.6), computed, never typed: 无需整改 without a 整改要求 or
 * 期限; 已整改 once a completion date is entered; 逾期 when the 期限 has passed (relative to today)
 * undone, with the days since; otherwise 整改中.
 */
export type RectificationState = 'none' | 'open' | 'overdue' | 'done';
export const rectificationLabels: Readonly<Record<RectificationState, string>> = { none: '无需整改', open: '整改中', overdue: '逾期未整改', done: '已整改' };

export interface RectificationFacts {
  readonly requirement: string;
  readonly deadline: string | null;
  readonly doneOn: string | null;
}

const dayNumber = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** whole days from `from` to `to` (YYYY-MM-DD), across month and year ends */
export const daysBetween = (from: string, to: string): number => Math.round(dayNumber(to) - dayNumber(from));

/**
 * The state on `asOf` (YYYY-MM-DD). A completion dated after `asOf` does not count yet (the monthly
 * figures look back at a month's end); the 期限 day itself is still in time.
 */
export function rectificationState(r: RectificationFacts, asOf: string): { state: RectificationState; daysOverdue: number } {
  if (r.requirement.trim() === '' && r.deadline === null) return { state: 'none', daysOverdue: 0 };
  if (r.doneOn !== null && r.doneOn <= asOf) return { state: 'done', daysOverdue: 0 };
  if (r.deadline !== null && r.deadline < asOf) return { state: 'overdue', daysOverdue: daysBetween(r.deadline, asOf) };
  return { state: 'open', daysOverdue: 0 };
}

/** 「2026-03-31」 is the last day of 2026年3月 */
export function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
