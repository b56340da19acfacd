import { describe, expect, it } from 'vitest';
import type { TaskItemView, TaskNodeView } from '../../shared/contract/tasks';
import { treeKeyCommand } from '../../renderer/pages/tasks/task-keys';
import { taskCounts, treeRows } from '../../renderer/pages/tasks/task-rows';

const item = (id: number, kind: TaskItemView['kind'], parentId: number | null, title: string, lead: number | null = null, assist: number[] = []): TaskItemView => ({
  id, kind, parentId, title, measure: '', note: '', leadUnitId: lead, assistUnitIds: assist, personId: null, personName: null,
});
const node = (id: number, taskId: number, state: TaskNodeView['state']): TaskNodeView => ({
  id, taskId, name: `节点${id}`, dueOn: '2026-03-31', status: state === 'onTime' || state === 'doneLate' ? 'done' : 'doing', doneOn: state === 'onTime' ? '2026-03-30' : state === 'doneLate' ? '2026-04-02' : null, note: '', state,
});

const items = [
  item(1, 'goal', null, '优化营商环境'), item(2, 'project', 1, '政务服务'), item(3, 'task', 2, '一网通办', 10, [20]), item(4, 'task', 2, '企业走访', 20),
  item(5, 'goal', null, '队伍建设'), item(6, 'project', 5, '教育培训'), item(7, 'task', 6, '培训班', 30),
];
const nodes = [node(1, 3, 'late'), node(2, 3, 'onTime'), node(3, 4, 'pending'), node(4, 7, 'doneLate')];
const all = { unitId: null, lateOnly: false };

describe('the 工作任务清单 tree-table rows', () => {
  it('lists 目标 → 项目 → 任务 → 节点 depth first; a folded row hides what is under it', () => {
    expect(treeRows(items, nodes, new Set(), all).map((r) => `${'  '.repeat(r.depth)}${r.key}`)).toEqual([
      'goal:1', '  project:2', '    task:3', '      node:1', '      node:2', '    task:4', '      node:3', 'goal:5', '  project:6', '    task:7', '      node:4',
    ]);
    const folded = treeRows(items, nodes, new Set(['project:2']), all);
    expect(folded.map((r) => r.key)).toEqual(['goal:1', 'project:2', 'goal:5', 'project:6', 'task:7', 'node:4']);
    expect(folded[1]).toMatchObject({ hasChildren: true, collapsed: true });
  });

  it('filters by unit (牵头 or 配合) and to the 滞后 nodes, keeping the ancestors', () => {
    expect(treeRows(items, nodes, new Set(), { unitId: 20, lateOnly: false }).map((r) => r.key)).toEqual(['goal:1', 'project:2', 'task:3', 'node:1', 'node:2', 'task:4', 'node:3']);
    expect(treeRows(items, nodes, new Set(), { unitId: null, lateOnly: true }).map((r) => r.key)).toEqual(['goal:1', 'project:2', 'task:3', 'node:1']);
    expect(treeRows(items, nodes, new Set(), { unitId: 30, lateOnly: true })).toEqual([]);
  });

  it('counts the whole list', () => {
    expect(taskCounts(items, nodes)).toEqual({ goals: 2, projects: 2, tasks: 3, nodes: 4, done: 2, late: 1, doneLate: 1 });
  });
});

describe('the tree-table keys', () => {
  const rows = treeRows(items, nodes, new Set(), all);
  const press = (key: string, at: number, mods: { ctrlKey?: boolean; shiftKey?: boolean } = {}, editable = true) => treeKeyCommand({ key, ...mods }, rows, at, editable);
  it('arrows move and fold; ← on a row without children goes to its parent', () => {
    expect(press('ArrowDown', 0)).toEqual({ kind: 'move', to: 1 });
    expect(press('ArrowUp', 0)).toEqual({ kind: 'move', to: 0 });
    expect(press('ArrowLeft', 0)).toEqual({ kind: 'fold', key: 'goal:1', collapsed: true });
    expect(press('ArrowLeft', 3)).toEqual({ kind: 'move', to: 2 });
    expect(press('ArrowRight', 2)).toEqual({ kind: 'move', to: 3 });
    expect(press('End', 0)).toEqual({ kind: 'move', to: rows.length - 1 });
    // Tab walks the rows; at either end focus leaves the tree
    expect(press('Tab', 0)).toEqual({ kind: 'move', to: 1 });
    expect(press('Tab', 1, { shiftKey: true })).toEqual({ kind: 'move', to: 0 });
    expect(press('Tab', 0, { shiftKey: true })).toBeNull();
    expect(press('Tab', rows.length - 1)).toBeNull();
  });
  it('Enter edits, Ctrl+Enter adds a sibling, Shift+Enter a child (not under a node), Space moves a node on', () => {
    expect(press('Enter', 2)).toEqual({ kind: 'edit' });
    expect(press('Enter', 2, { ctrlKey: true })).toEqual({ kind: 'addSibling' });
    expect(press('Enter', 2, { shiftKey: true })).toEqual({ kind: 'addChild' });
    expect(press('Enter', 3, { shiftKey: true })).toBeNull();
    expect(press(' ', 3)).toEqual({ kind: 'cycleStatus' });
    expect(press(' ', 2)).toBeNull();
    expect(press('Delete', 2)).toEqual({ kind: 'delete' });
  });
  it('a locked year: keys only move', () => {
    expect(press('ArrowDown', 0, {}, false)).toEqual({ kind: 'move', to: 1 });
    for (const key of ['Enter', ' ', 'Delete', 'Insert']) expect(press(key, 3, {}, false)).toBeNull();
    expect(press('Enter', 3, { ctrlKey: true }, false)).toBeNull();
  });
});
