import type { NodeStatus, TaskItem, TaskKind, TaskNode, UnitRole } from '../../shared/tasks';
import type { Db } from '../open';
import { prepared } from '../prepared';

/**
 * 工作任务清单's tables (migration 012, DOMAIN §8.1): task_items (目标/项目/任务), task_units (牵头/配合)
 * and task_nodes (节点). The only module writing them.
 */

interface ItemRow {
  id: number; year: number; kind: TaskKind; parent_id: number | null; sort_order: number; title: string; measure: string; note: string; person_id: number | null;
}
interface UnitLinkRow { task_id: number; unit_id: number; role: UnitRole }
interface NodeRow { id: number; task_id: number; sort_order: number; name: string; due_on: string; status: NodeStatus; done_on: string | null; note: string }

const toNode = (r: NodeRow): TaskNode => ({ id: r.id, taskId: r.task_id, name: r.name, dueOn: r.due_on, status: r.status, doneOn: r.done_on, note: r.note });

function withUnits(rows: readonly ItemRow[], links: readonly UnitLinkRow[]): TaskItem[] {
  const byTask = new Map<number, UnitLinkRow[]>();
  for (const l of links) byTask.set(l.task_id, [...(byTask.get(l.task_id) ?? []), l]);
  return rows.map((r) => {
    const own = byTask.get(r.id) ?? [];
    return {
      id: r.id, year: r.year, kind: r.kind, parentId: r.parent_id, sortOrder: r.sort_order, title: r.title, measure: r.measure, note: r.note, personId: r.person_id,
      leadUnitId: own.find((l) => l.role === 'lead')?.unit_id ?? null,
      assistUnitIds: own.filter((l) => l.role === 'assist').map((l) => l.unit_id),
    };
  });
}

const itemColumns = 'id, year, kind, parent_id, sort_order, title, measure, note, person_id';

/** The year's items, parents before children, siblings in order. */
export function listTaskItems(db: Db, year: number): TaskItem[] {
  const rows = prepared(db, `SELECT ${itemColumns} FROM task_items WHERE year = ? ORDER BY sort_order, id`).all(year) as ItemRow[];
  const links = prepared(db, 'SELECT l.task_id, l.unit_id, l.role FROM task_units l JOIN task_items t ON t.id = l.task_id WHERE t.year = ? ORDER BY l.task_id, l.role DESC, l.sort_order').all(year) as UnitLinkRow[];
  return withUnits(rows, links);
}

export function getTaskItem(db: Db, id: number): TaskItem | undefined {
  const row = prepared(db, `SELECT ${itemColumns} FROM task_items WHERE id = ?`).get(id) as ItemRow | undefined;
  if (!row) return undefined;
  const links = prepared(db, 'SELECT task_id, unit_id, role FROM task_units WHERE task_id = ? ORDER BY role DESC, sort_order').all(id) as UnitLinkRow[];
  return withUnits([row], links)[0];
}

export interface TaskItemFields {
  readonly year: number;
  readonly kind: TaskKind;
  readonly parentId: number | null;
  readonly title: string;
  readonly measure: string;
  readonly note: string;
  readonly personId: number | null;
}

/** The position after `afterId` among the siblings (those behind move down one), or the end. */
function positionFor(db: Db, year: number, parentId: number | null, afterId: number | null | undefined): number {
  if (afterId != null) {
    const after = prepared(db, 'SELECT sort_order FROM task_items WHERE id = ?').get(afterId) as { sort_order: number } | undefined;
    if (after) {
      prepared(db, 'UPDATE task_items SET sort_order = sort_order + 1 WHERE year = ? AND COALESCE(parent_id, 0) = COALESCE(?, 0) AND sort_order > ?').run(year, parentId, after.sort_order);
      return after.sort_order + 1;
    }
  }
  const { next } = prepared(db, 'SELECT COALESCE(max(sort_order), 0) + 1 AS next FROM task_items WHERE year = ? AND COALESCE(parent_id, 0) = COALESCE(?, 0)').get(year, parentId) as { next: number };
  return next;
}

export function insertTaskItem(db: Db, f: TaskItemFields, afterId?: number | null): number {
  return insertTaskItemAt(db, f, positionFor(db, f.year, f.parentId, afterId));
}

/** An item at a known position (an import numbers the siblings itself). */
export function insertTaskItemAt(db: Db, f: TaskItemFields, sortOrder: number): number {
  return Number(
    prepared(db, 'INSERT INTO task_items (year, kind, parent_id, sort_order, title, measure, note, person_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(f.year, f.kind, f.parentId, sortOrder, f.title, f.measure, f.note, f.personId).lastInsertRowid,
  );
}

export function updateTaskItem(db: Db, id: number, f: Pick<TaskItemFields, 'title' | 'measure' | 'note' | 'personId'>): void {
  prepared(db, 'UPDATE task_items SET title = ?, measure = ?, note = ?, person_id = ? WHERE id = ?').run(f.title, f.measure, f.note, f.personId, id);
}

export function setTaskUnits(db: Db, taskId: number, leadUnitId: number | null, assistUnitIds: readonly number[]): void {
  prepared(db, 'DELETE FROM task_units WHERE task_id = ?').run(taskId);
  addTaskUnits(db, taskId, leadUnitId, assistUnitIds);
}

/** The units of a task that has none yet. */
export function addTaskUnits(db: Db, taskId: number, leadUnitId: number | null, assistUnitIds: readonly number[]): void {
  const insert = prepared(db, 'INSERT INTO task_units (task_id, unit_id, role, sort_order) VALUES (?, ?, ?, ?)');
  if (leadUnitId != null) insert.run(taskId, leadUnitId, 'lead', 0);
  assistUnitIds.forEach((unitId, i) => insert.run(taskId, unitId, 'assist', i + 1));
}

/** Deletes an item with everything under it (its children, units and nodes cascade). */
export function deleteTaskItem(db: Db, id: number): void {
  prepared(db, 'DELETE FROM task_items WHERE id = ?').run(id);
}

/** 导入（替换）: the year's whole list. */
export function deleteYearTasks(db: Db, year: number): number {
  return prepared(db, 'DELETE FROM task_items WHERE year = ? AND parent_id IS NULL').run(year).changes;
}

export function countYearItems(db: Db, year: number): Record<TaskKind, number> & { nodes: number } {
  const rows = prepared(db, 'SELECT kind, count(*) AS n FROM task_items WHERE year = ? GROUP BY kind').all(year) as { kind: TaskKind; n: number }[];
  const nodes = (prepared(db, 'SELECT count(*) AS n FROM task_nodes n JOIN task_items t ON t.id = n.task_id WHERE t.year = ?').get(year) as { n: number }).n;
  const of = (k: TaskKind) => rows.find((r) => r.kind === k)?.n ?? 0;
  return { goal: of('goal'), project: of('project'), task: of('task'), nodes };
}

// ── nodes ───────────────────────────────────────────────────────────────

export function listTaskNodes(db: Db, year: number): TaskNode[] {
  return (prepared(db, 'SELECT n.id, n.task_id, n.sort_order, n.name, n.due_on, n.status, n.done_on, n.note FROM task_nodes n JOIN task_items t ON t.id = n.task_id WHERE t.year = ? ORDER BY n.task_id, n.sort_order, n.id').all(year) as NodeRow[]).map(toNode);
}

export function getTaskNode(db: Db, id: number): TaskNode | undefined {
  const row = prepared(db, 'SELECT id, task_id, sort_order, name, due_on, status, done_on, note FROM task_nodes WHERE id = ?').get(id) as NodeRow | undefined;
  return row && toNode(row);
}

export interface TaskNodeFields {
  readonly name: string;
  readonly dueOn: string;
  readonly status: NodeStatus;
  readonly doneOn: string | null;
  readonly note: string;
}

export function insertTaskNode(db: Db, taskId: number, f: TaskNodeFields, afterId?: number | null): number {
  let sortOrder: number;
  const after = afterId == null ? undefined : (prepared(db, 'SELECT sort_order FROM task_nodes WHERE id = ?').get(afterId) as { sort_order: number } | undefined);
  if (after) {
    prepared(db, 'UPDATE task_nodes SET sort_order = sort_order + 1 WHERE task_id = ? AND sort_order > ?').run(taskId, after.sort_order);
    sortOrder = after.sort_order + 1;
  } else sortOrder = (prepared(db, 'SELECT COALESCE(max(sort_order), 0) + 1 AS next FROM task_nodes WHERE task_id = ?').get(taskId) as { next: number }).next;
  return insertTaskNodeAt(db, taskId, f, sortOrder);
}

/** A node at a known position (an import numbers a task's nodes itself). */
export function insertTaskNodeAt(db: Db, taskId: number, f: TaskNodeFields, sortOrder: number): number {
  return Number(
    prepared(db, 'INSERT INTO task_nodes (task_id, sort_order, name, due_on, status, done_on, note) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(taskId, sortOrder, f.name, f.dueOn, f.status, f.doneOn, f.note).lastInsertRowid,
  );
}

export function updateTaskNode(db: Db, id: number, f: TaskNodeFields): void {
  prepared(db, 'UPDATE task_nodes SET name = ?, due_on = ?, status = ?, done_on = ?, note = ? WHERE id = ?').run(f.name, f.dueOn, f.status, f.doneOn, f.note, id);
}

export function deleteTaskNode(db: Db, id: number): void {
  prepared(db, 'DELETE FROM task_nodes WHERE id = ?').run(id);
}

/** People in post, for matching a sheet's 责任人 (read only; people/ owns the table). */
export function activePeopleNames(db: Db): { id: number; name: string; unitId: number }[] {
  return prepared(db, "SELECT id, name, unit_id AS unitId FROM people WHERE status = '在职' ORDER BY id").all() as { id: number; name: string; unitId: number }[];
}

/** Tasks naming a unit as 牵头 or 配合 (such a unit is not deleted: the tasks would lose it). */
export function unitTaskCount(db: Db, unitId: number): number {
  return (prepared(db, 'SELECT count(*) AS n FROM task_units WHERE unit_id = ?').get(unitId) as { n: number }).n;
}

/** Whether a person is the 责任人 of a task (the history stays whole: people/ keeps them). */
export function personHasTasks(db: Db, personId: number): boolean {
  return prepared(db, 'SELECT 1 FROM task_items WHERE person_id = ? LIMIT 1').get(personId) !== undefined;
}
