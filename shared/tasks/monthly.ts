import { monthBounds, nextDay, nodeState, type NodeState } from './lateness';
import type { NodeFacts, UnitRole } from './model';

/**
 * A unit's task figures for one month (DOMAIN §8.1), the numbers the 月度通报 prints and the
 * 年度考核's 任务按时完成率 is built from. Pure: the caller loads the year's tasks.
 *
 * - The nodes counted are those due in the month (due day from its 1st to its last day) of the tasks
 *   the unit leads (牵头), or also assists (配合) when `roles` says so.
 * - A month that has ended is judged as at its last day: a node completed after the month counts as
 *   滞后 in that month's figures, so a published 通报 does not change when the work is done later.
 *   The running month is judged as at today (a node due today and not yet done is 未到期).
 * - `carriedLate` counts the nodes due before the month and still not done at that moment.
 * - 按时完成率 = 按时完成 / 到期节点 (null when nothing fell due).
 * Every figure is traceable: `nodes` lists each node counted and its state.
 */

export interface FigureTask {
  readonly id: number;
  readonly units: readonly { readonly unitId: number; readonly role: UnitRole }[];
  readonly nodes: readonly (NodeFacts & { readonly id: number })[];
}

export interface CountedNode {
  readonly taskId: number;
  readonly nodeId: number;
  readonly dueOn: string;
  readonly doneOn: string | null;
  readonly state: NodeState;
  /** due before the month (only in carriedLate) */
  readonly carried: boolean;
}

export interface UnitMonthFigures {
  readonly unitId: number;
  readonly month: string;
  /** the day the month is judged at */
  readonly asOf: string;
  readonly due: number;
  readonly onTime: number;
  readonly doneLate: number;
  readonly overdue: number;
  readonly pending: number;
  readonly carriedLate: number;
  readonly onTimeRate: number | null;
  readonly nodes: readonly CountedNode[];
}

export interface FigureOptions {
  /** which tasks count for the unit: those it leads (default) or also those it assists */
  readonly roles?: readonly UnitRole[];
}

export function unitMonthFigures(tasks: readonly FigureTask[], unitId: number, month: string, today: string, options: FigureOptions = {}): UnitMonthFigures {
  const roles = options.roles ?? ['lead'];
  const { first, last } = monthBounds(month);
  const ended = today > last;
  // the day looked at, and the last completion day that counts
  const lookedAt = ended ? nextDay(last) : today;
  const doneBy = ended ? last : today;
  const nodes: CountedNode[] = [];
  let due = 0, onTime = 0, doneLate = 0, overdue = 0, pending = 0, carriedLate = 0;
  for (const task of tasks) {
    if (!task.units.some((u) => u.unitId === unitId && roles.includes(u.role))) continue;
    for (const node of task.nodes) {
      if (node.dueOn > last) continue;
      const state = nodeState(node, lookedAt, doneBy);
      const carried = node.dueOn < first;
      if (carried) {
        if (state !== 'late') continue;
        carriedLate++;
      } else {
        due++;
        if (state === 'onTime') onTime++;
        else if (state === 'doneLate') doneLate++;
        else if (state === 'late') overdue++;
        else pending++;
      }
      nodes.push({ taskId: task.id, nodeId: node.id, dueOn: node.dueOn, doneOn: node.doneOn, state, carried });
    }
  }
  return { unitId, month, asOf: doneBy, due, onTime, doneLate, overdue, pending, carriedLate, onTimeRate: due === 0 ? null : onTime / due, nodes };
}
