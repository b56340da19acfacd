import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { childKindOf, nodeStatusLabels, parentKindOf, taskKindLabels, type TaskItem, type TaskNode } from '../../../shared/tasks';
import { writeAudit } from '../../../db/audit';
import { getPersonRow } from '../../../db/people';
import { deleteTaskItem, deleteTaskNode, insertTaskItem, insertTaskNode, listTaskItems, listTaskNodes, setTaskUnits, updateTaskItem, updateTaskNode } from '../../../db/tasks';
import { getUnitRow, listUnitRows } from '../../../db/units';
import type { Db } from '../../../db/open';
import type { AppContext } from '../../context';
import { itemView, nodeView, requireItem, requireNode, requireOpenYear } from './common';

/**
 * 工作任务清单 (DOMAIN §8.1): the year's tree and its nodes, each write in one transaction with its
 * audit row. A task's 牵头单位 is required (the monthly figures are per 牵头单位); a node marked
 * 已完成 needs its completion date, which may not lie after today.
 */

export function listTasks(ctx: AppContext, input: ParsedInput<'tasks.list'>): ChannelOutput<'tasks.list'> {
  const today = ctx.today();
  const items = listTaskItems(ctx.db, input.year);
  const names = new Map<number, string>();
  for (const i of items) if (i.personId != null && !names.has(i.personId)) names.set(i.personId, getPersonRow(ctx.db, i.personId)?.name ?? '');
  return {
    items: orderedTree(items).map((i) => itemView(i, i.personId == null ? null : (names.get(i.personId) ?? null))),
    nodes: listTaskNodes(ctx.db, input.year).map((n) => nodeView(n, today)),
    today,
  };
}

/** Parents before their children, depth first, siblings by their order. */
export function orderedTree(items: readonly TaskItem[]): TaskItem[] {
  const children = new Map<number | null, TaskItem[]>();
  for (const i of items) children.set(i.parentId, [...(children.get(i.parentId) ?? []), i]);
  const out: TaskItem[] = [];
  const walk = (parentId: number | null) => {
    for (const i of children.get(parentId) ?? []) {
      out.push(i);
      walk(i.id);
    }
  };
  walk(null);
  return out;
}

const unitName = (db: Db, id: number | null) => (id == null ? '' : (getUnitRow(db, id)?.name ?? ''));

function itemWords(db: Db, i: Pick<TaskItem, 'kind' | 'title' | 'leadUnitId' | 'assistUnitIds' | 'measure'>): string {
  if (i.kind !== 'task') return `${taskKindLabels[i.kind]}“${i.title}”`;
  const assist = i.assistUnitIds.map((u) => unitName(db, u)).join('、');
  return `任务“${i.title}”（牵头：${unitName(db, i.leadUnitId)}${assist ? `；配合：${assist}` : ''}）`;
}

export function saveTaskItem(ctx: AppContext, input: ParsedInput<'tasks.saveItem'>): ChannelOutput<'tasks.saveItem'> {
  const db = ctx.db;
  return db.transaction(() => {
    requireOpenYear(db, input.year);
    const expectedParent = parentKindOf(input.kind);
    if (expectedParent === null && input.parentId !== null) throw new AppError('TASK_BAD_PARENT', '目标是最上一级，不能放在其他条目之下');
    if (expectedParent !== null) {
      if (input.parentId === null) throw new AppError('TASK_BAD_PARENT', `${taskKindLabels[input.kind]}须放在一个${taskKindLabels[expectedParent]}之下`);
      const parent = requireItem(db, input.parentId);
      if (parent.year !== input.year) throw new AppError('TASK_BAD_PARENT', `上级条目不属于${input.year}年度`);
      if (childKindOf(parent.kind) !== input.kind) throw new AppError('TASK_BAD_PARENT', `${taskKindLabels[input.kind]}须放在${taskKindLabels[expectedParent]}之下，不能放在${taskKindLabels[parent.kind]}“${parent.title}”之下`);
    }
    const isTask = input.kind === 'task';
    if (isTask && input.leadUnitId === null) throw new AppError('TASK_NO_LEAD', `任务“${input.title}”：请选择牵头单位`);
    const units = new Set(listUnitRows(db).map((u) => u.id));
    for (const u of [input.leadUnitId, ...input.assistUnitIds]) if (u != null && !units.has(u)) throw new AppError('UNIT_NOT_FOUND', `单位（编号${u}）不存在，可能已被删除，请刷新后重试`);
    if (input.personId != null && !getPersonRow(db, input.personId)) throw new AppError('PERSON_NOT_FOUND', `人员（编号${input.personId}）不存在，可能已被删除，请刷新后重试`);
    const fields = {
      year: input.year, kind: input.kind, parentId: input.parentId, title: input.title,
      measure: isTask ? input.measure : '', note: input.note, personId: isTask ? input.personId : null,
    };
    const assist = isTask ? input.assistUnitIds.filter((u, i, all) => u !== input.leadUnitId && all.indexOf(u) === i) : [];
    const lead = isTask ? input.leadUnitId : null;
    let id: number;
    let before: string | undefined;
    if (input.id === undefined) {
      id = insertTaskItem(db, fields, input.afterId);
    } else {
      const old = requireItem(db, input.id);
      if (old.year !== input.year || old.kind !== input.kind || old.parentId !== input.parentId) throw new AppError('TASK_MOVED', '该条目的年度或位置已变化，请刷新后重试');
      before = itemWords(db, old);
      id = input.id;
      updateTaskItem(db, id, fields);
    }
    setTaskUnits(db, id, lead, assist);
    const after = itemWords(db, { ...fields, leadUnitId: lead, assistUnitIds: assist });
    if (before !== after) {
      writeAudit(db, {
        actor: ctx.actor(), action: 'tasks.saveItem', entity: 'task_item', entityId: id, subjects: `${input.year}年度工作任务清单`,
        summary: before === undefined ? `新增${after}` : `修改${after}`,
        changes: before === undefined ? undefined : [{ subject: taskKindLabels[input.kind], field: '内容', before, after }],
      }, ctx.now());
    }
    return { id };
  })();
}

export function deleteTaskItemChannel(ctx: AppContext, input: ParsedInput<'tasks.deleteItem'>): ChannelOutput<'tasks.deleteItem'> {
  const db = ctx.db;
  db.transaction(() => {
    const item = requireItem(db, input.id);
    requireOpenYear(db, item.year);
    deleteTaskItem(db, item.id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'tasks.deleteItem', entity: 'task_item', entityId: item.id, subjects: `${item.year}年度工作任务清单`,
      summary: `删除${itemWords(db, item)}${item.kind === 'task' ? '及其节点' : '及其下的全部条目'}`, before: item,
    }, ctx.now());
  })();
  return null;
}

const nodeWords = (n: Pick<TaskNode, 'name' | 'dueOn' | 'status' | 'doneOn'>) =>
  `“${n.name}”（${n.dueOn}前，${nodeStatusLabels[n.status]}${n.doneOn ? ` ${n.doneOn}` : ''}）`;

export function saveTaskNode(ctx: AppContext, input: ParsedInput<'tasks.saveNode'>): ChannelOutput<'tasks.saveNode'> {
  const db = ctx.db;
  return db.transaction(() => {
    const task = requireItem(db, input.taskId);
    if (task.kind !== 'task') throw new AppError('TASK_NODE_PARENT', `节点只能属于任务，“${task.title}”是${taskKindLabels[task.kind]}`);
    requireOpenYear(db, task.year);
    if (input.status === 'done' && !input.doneOn) throw new AppError('TASK_NODE_DONE_DATE', `节点“${input.name}”：状态为已完成，请填写完成日期`);
    if (input.status !== 'done' && input.doneOn) throw new AppError('TASK_NODE_DONE_DATE', `节点“${input.name}”：状态为${nodeStatusLabels[input.status]}，不应有完成日期`);
    if (input.doneOn && input.doneOn > ctx.today()) throw new AppError('TASK_NODE_DONE_DATE', `节点“${input.name}”：完成日期 ${input.doneOn} 晚于今天`);
    const fields = { name: input.name, dueOn: input.dueOn, status: input.status, doneOn: input.status === 'done' ? input.doneOn : null, note: input.note };
    let id: number;
    let before: string | undefined;
    if (input.id === undefined) id = insertTaskNode(db, task.id, fields, input.afterId);
    else {
      const old = requireNode(db, input.id);
      if (old.taskId !== task.id) throw new AppError('TASK_MOVED', '该节点已不属于这项任务，请刷新后重试');
      before = nodeWords(old);
      id = old.id;
      updateTaskNode(db, id, fields);
    }
    const after = nodeWords(fields);
    if (before !== after) {
      writeAudit(db, {
        actor: ctx.actor(), action: 'tasks.saveNode', entity: 'task_node', entityId: id, subjects: `${task.year}年度工作任务清单`,
        summary: `${before === undefined ? '新增' : '修改'}任务“${task.title}”的节点${after}`,
        changes: before === undefined ? undefined : [{ subject: task.title, field: '节点', before, after }],
      }, ctx.now());
    }
    return { id };
  })();
}

export function deleteTaskNodeChannel(ctx: AppContext, input: ParsedInput<'tasks.deleteNode'>): ChannelOutput<'tasks.deleteNode'> {
  const db = ctx.db;
  db.transaction(() => {
    const node = requireNode(db, input.id);
    const task = requireItem(db, node.taskId);
    requireOpenYear(db, task.year);
    deleteTaskNode(db, node.id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'tasks.deleteNode', entity: 'task_node', entityId: node.id, subjects: `${task.year}年度工作任务清单`,
      summary: `删除任务“${task.title}”的节点${nodeWords(node)}`, before: node,
    }, ctx.now());
  })();
  return null;
}
