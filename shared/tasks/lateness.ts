import type { NodeFacts } from './model';

/**
 * Whether a node is 滞后 (DOMAIN §8.1), computed from its dates and the day it is looked at, never
 * stored:
 * - 已完成 on or before the due day: 按时完成; after it: 完成（逾期）;
 * - not done and the due day has passed (the day after it has begun): 滞后;
 * - otherwise 未到期.
 * Only the current dates count: a node whose due day is moved after it was completed is judged
 * against the new due day.
 */
export type NodeState = 'pending' | 'late' | 'onTime' | 'doneLate';
export const nodeStateLabels: Readonly<Record<NodeState, string>> = { pending: '未到期', late: '滞后', onTime: '按时完成', doneLate: '完成（逾期）' };

/**
 * A node's state on `today`. Days are `YYYY-MM-DD` and compare as text. A completion counts when it
 * was on or before `doneBy` (normally today; a month's figures look back from its last day).
 */
export function nodeState(node: NodeFacts, today: string, doneBy: string = today): NodeState {
  if (node.status === 'done' && node.doneOn && node.doneOn <= doneBy) return node.doneOn <= node.dueOn ? 'onTime' : 'doneLate';
  return node.dueOn < today ? 'late' : 'pending';
}

export const isLate = (node: NodeFacts, today: string): boolean => nodeState(node, today) === 'late';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The first and last day of a month `YYYY-MM` (2月 of a leap year ends on the 29th). */
export function monthBounds(month: string): { readonly first: string; readonly last: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new RangeError(`not a month: ${month}`);
  const year = Number(m[1]);
  const mon = Number(m[2]);
  const days = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { first: `${year}-${pad2(mon)}-01`, last: `${year}-${pad2(mon)}-${pad2(days)}` };
}

/** The day after `day`. */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
