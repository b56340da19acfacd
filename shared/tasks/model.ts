/**
 * 工作任务清单 (DOMAIN §8.1): a year's 目标 → 项目 → 任务, each task with its 牵头/配合 units, an
 * optional 责任人, a measure (标准) and dated 节点. A node's status is typed (未开始/推进中/已完成);
 * whether it is 滞后 is computed from its due date and the day, never stored (lateness.ts).
 */

export const taskKinds = ['goal', 'project', 'task'] as const;
export type TaskKind = (typeof taskKinds)[number];
export const taskKindLabels: Readonly<Record<TaskKind, string>> = { goal: '目标', project: '项目', task: '任务' };

/** The kind a child of `kind` has (null: a task has nodes, not children). */
export const childKindOf = (kind: TaskKind): TaskKind | null => (kind === 'goal' ? 'project' : kind === 'project' ? 'task' : null);
export const parentKindOf = (kind: TaskKind): TaskKind | null => (kind === 'task' ? 'project' : kind === 'project' ? 'goal' : null);

export const nodeStatuses = ['todo', 'doing', 'done'] as const;
export type NodeStatus = (typeof nodeStatuses)[number];
export const nodeStatusLabels: Readonly<Record<NodeStatus, string>> = { todo: '未开始', doing: '推进中', done: '已完成' };

export type UnitRole = 'lead' | 'assist';

/** A node as the computations need it. Days are `YYYY-MM-DD`. */
export interface NodeFacts {
  readonly dueOn: string;
  readonly status: NodeStatus;
  /** set exactly when status is done */
  readonly doneOn: string | null;
}

export interface TaskNode extends NodeFacts {
  readonly id: number;
  readonly taskId: number;
  readonly name: string;
  readonly note: string;
}

export interface TaskItem {
  readonly id: number;
  readonly year: number;
  readonly kind: TaskKind;
  readonly parentId: number | null;
  readonly sortOrder: number;
  readonly title: string;
  /** 工作标准 / 措施 (tasks only) */
  readonly measure: string;
  readonly note: string;
  readonly leadUnitId: number | null;
  readonly assistUnitIds: readonly number[];
  readonly personId: number | null;
}
