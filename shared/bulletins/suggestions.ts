import type { BulletinRow } from './views';

/**
 * Units the 月度通报 page offers the clerk for the 表扬 / 批评 lines (DOMAIN §8.5); the clerk picks and
 * words them, the app never writes a line by itself. 表扬: the units ranked first (at most three
 * ranks' worth, at most five units) whose nodes due in the month were all done on time. 批评: the
 * units with nodes overdue (due this month or carried from before), most first, at most five.
 */
export interface UnitSuggestion {
  readonly unitId: number;
  readonly unitName: string;
  readonly why: string;
}

const percent = (r: number): string => `${Math.round(r * 1000) / 10}%`;

export function suggestUnits(rows: readonly BulletinRow[]): { praise: UnitSuggestion[]; criticism: UnitSuggestion[] } {
  const praise = rows
    .filter((r) => r.rank !== null && r.rank <= 3 && r.due > 0 && r.onTime === r.due)
    .sort((a, b) => a.rank! - b.rank!)
    .slice(0, 5)
    .map((r) => ({ unitId: r.unitId, unitName: r.unitName, why: `排名第${r.rank}，${r.due}个节点全部按时完成${r.weeklyRate !== null ? `，周晒参与率${percent(r.weeklyRate)}` : ''}` }));
  const criticism = rows
    .filter((r) => r.overdue + r.carriedLate > 0)
    .sort((a, b) => b.overdue + b.carriedLate - (a.overdue + a.carriedLate) || b.overdue - a.overdue)
    .slice(0, 5)
    .map((r) => ({ unitId: r.unitId, unitName: r.unitName, why: `逾期未完成${r.overdue}个节点${r.carriedLate > 0 ? `，此前逾期仍未完成${r.carriedLate}个` : ''}` }));
  return { praise, criticism };
}
