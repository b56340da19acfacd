import type { TaskItemView, TaskNodeView } from '../../../shared/contract/tasks';
import type { TaskKind } from '../../../shared/tasks';

/**
 * The 工作任务清单 tree as the rows of its keyboard tree-table (DOMAIN §8.1): 目标 → 项目 → 任务 →
 * 节点, depth first, without the children of a collapsed row, filtered by unit (牵头 or 配合) and to the
 * 滞后 nodes only; the ancestors of a shown task stay so it keeps its place. Pure, so it is unit-tested.
 */

export type RowKind = TaskKind | 'node';

export interface TreeRow {
  /** `goal:3`, `node:12` */
  readonly key: string;
  readonly kind: RowKind;
  readonly id: number;
  readonly depth: number;
  readonly parentKey: string | null;
  readonly item?: TaskItemView;
  readonly node?: TaskNodeView;
  readonly hasChildren: boolean;
  readonly collapsed: boolean;
}

export interface RowFilter {
  readonly unitId: number | null;
  readonly lateOnly: boolean;
}

export const rowKey = (kind: RowKind, id: number) => `${kind}:${id}`;

export function treeRows(items: readonly TaskItemView[], nodes: readonly TaskNodeView[], collapsed: ReadonlySet<string>, filter: RowFilter): TreeRow[] {
  const children = new Map<number | null, TaskItemView[]>();
  for (const i of items) children.set(i.parentId, [...(children.get(i.parentId) ?? []), i]);
  const nodesOf = new Map<number, TaskNodeView[]>();
  for (const n of nodes) nodesOf.set(n.taskId, [...(nodesOf.get(n.taskId) ?? []), n]);
  const filtering = filter.unitId !== null || filter.lateOnly;
  const shownNodes = (task: TaskItemView) => (nodesOf.get(task.id) ?? []).filter((n) => !filter.lateOnly || n.state === 'late');
  const taskShown = (task: TaskItemView) =>
    (filter.unitId === null || task.leadUnitId === filter.unitId || task.assistUnitIds.includes(filter.unitId)) && (!filter.lateOnly || shownNodes(task).length > 0);
  // whether an item is shown: a task by the filter, a goal or project when something under it is (or nothing filters)
  const shown = new Map<number, boolean>();
  const isShown = (item: TaskItemView): boolean => {
    let s = shown.get(item.id);
    if (s === undefined) {
      s = item.kind === 'task' ? taskShown(item) : !filtering || (children.get(item.id) ?? []).some(isShown);
      shown.set(item.id, s);
    }
    return s;
  };
  const out: TreeRow[] = [];
  const walk = (parentId: number | null, depth: number, parentKey: string | null) => {
    for (const item of children.get(parentId) ?? []) {
      if (!isShown(item)) continue;
      const key = rowKey(item.kind, item.id);
      const under = item.kind === 'task' ? shownNodes(item).length : (children.get(item.id) ?? []).filter(isShown).length;
      const isCollapsed = collapsed.has(key);
      out.push({ key, kind: item.kind, id: item.id, depth, parentKey, item, hasChildren: under > 0, collapsed: isCollapsed });
      if (isCollapsed) continue;
      if (item.kind === 'task') {
        for (const node of shownNodes(item)) out.push({ key: rowKey('node', node.id), kind: 'node', id: node.id, depth: depth + 1, parentKey: key, node, hasChildren: false, collapsed: false });
      } else walk(item.id, depth + 1, key);
    }
  };
  walk(null, 0, null);
  return out;
}

export interface TaskCounts {
  readonly goals: number;
  readonly projects: number;
  readonly tasks: number;
  readonly nodes: number;
  readonly done: number;
  readonly late: number;
  readonly doneLate: number;
}

/** The counts at the top of the page, over the whole year's list (not the filter). */
export function taskCounts(items: readonly TaskItemView[], nodes: readonly TaskNodeView[]): TaskCounts {
  const of = (k: TaskKind) => items.filter((i) => i.kind === k).length;
  return {
    goals: of('goal'), projects: of('project'), tasks: of('task'), nodes: nodes.length,
    done: nodes.filter((n) => n.status === 'done').length,
    late: nodes.filter((n) => n.state === 'late').length,
    doneLate: nodes.filter((n) => n.state === 'doneLate').length,
  };
}
