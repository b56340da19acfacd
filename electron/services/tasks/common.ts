import { AppError } from '../../../shared/errors';
import { nodeState, type TaskItem, type TaskNode } from '../../../shared/tasks';
import type { TaskItemView, TaskNodeView } from '../../../shared/contract/tasks';
import { getTaskItem, getTaskNode } from '../../../db/tasks';
import type { Db } from '../../../db/open';
import { assertYearOpen } from '../../../db/year-lock';

/** What the 工作任务清单 services share (DOMAIN §8.1). */

export function requireItem(db: Db, id: number): TaskItem {
  const item = getTaskItem(db, id);
  if (!item) throw new AppError('TASK_NOT_FOUND', '该条目不存在，可能已被删除，请刷新后重试');
  return item;
}

export function requireNode(db: Db, id: number): TaskNode {
  const node = getTaskNode(db, id);
  if (!node) throw new AppError('TASK_NODE_NOT_FOUND', '该节点不存在，可能已被删除，请刷新后重试');
  return node;
}

/** A write to the year's list: refused when the 考核年度 is locked (the triggers refuse too). */
export const requireOpenYear = (db: Db, year: number): void => assertYearOpen(db, year);

export const nodeView = (node: TaskNode, today: string): TaskNodeView => ({ ...node, state: nodeState(node, today) });

export const itemView = (item: TaskItem, personName: string | null): TaskItemView => ({
  id: item.id, kind: item.kind, parentId: item.parentId, title: item.title, measure: item.measure, note: item.note,
  leadUnitId: item.leadUnitId, assistUnitIds: [...item.assistUnitIds], personId: item.personId, personName,
});

const pad2 = (n: number) => String(n).padStart(2, '0');
/** 2026-03-31 → 3月31日 for messages */
export const shortDay = (day: string): string => {
  const [, m, d] = day.split('-').map(Number);
  return `${m}月${d}日`;
};
export const dayOf = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`;
