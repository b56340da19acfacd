import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annualRefusal, auditOf } from '../helpers/annual-app';
import { personInput } from '../helpers/people-input';
import { createTestApp, type TestApp } from '../helpers/test-context';

/** 工作任务清单 through its channels (DOMAIN §8.1): the tree, nodes, audit, figures, the year lock. */

let app: TestApp;
let office: number;
let finance: number;
beforeEach(async () => {
  app = await createTestApp({ today: '2026-04-10' });
  office = (await app.call('units.create', { name: '办公室', parentId: null })).id;
  finance = (await app.call('units.create', { name: '财政局', parentId: null })).id;
});
afterEach(() => app.close());

async function smallList() {
  const goal = await app.call('tasks.saveItem', { year: 2026, kind: 'goal', parentId: null, title: '优化营商环境' });
  const project = await app.call('tasks.saveItem', { year: 2026, kind: 'project', parentId: goal.id, title: '政务服务提质' });
  const task = await app.call('tasks.saveItem', { year: 2026, kind: 'task', parentId: project.id, title: '推行一网通办', leadUnitId: office, assistUnitIds: [finance, office], measure: '全流程网办率90%' });
  const march = await app.call('tasks.saveNode', { taskId: task.id, name: '完成方案', dueOn: '2026-03-31', status: 'doing' });
  const june = await app.call('tasks.saveNode', { taskId: task.id, name: '完成建设', dueOn: '2026-06-30', status: 'todo' });
  return { goal: goal.id, project: project.id, task: task.id, march: march.id, june: june.id };
}

describe('the tree and its nodes', () => {
  it('builds 目标 → 项目 → 任务 with nodes; 滞后 is computed from today; every write is audited', async () => {
    const ids = await smallList();
    const list = await app.call('tasks.list', { year: 2026 });
    expect(list.today).toBe('2026-04-10');
    expect(list.items.map((i) => [i.kind, i.title])).toEqual([['goal', '优化营商环境'], ['project', '政务服务提质'], ['task', '推行一网通办']]);
    // the lead is not also a 配合 unit
    expect(list.items[2]).toMatchObject({ leadUnitId: office, assistUnitIds: [finance], measure: '全流程网办率90%' });
    expect(list.nodes.map((n) => [n.name, n.state])).toEqual([['完成方案', 'late'], ['完成建设', 'pending']]);

    await app.call('tasks.saveNode', { taskId: ids.task, id: ids.march, name: '完成方案', dueOn: '2026-03-31', status: 'done', doneOn: '2026-04-03' });
    expect((await app.call('tasks.list', { year: 2026 })).nodes[0]!.state).toBe('doneLate');
    expect(auditOf(app, 'tasks.saveItem').map((a) => a.summary)).toEqual([
      '新增目标“优化营商环境”', '新增项目“政务服务提质”', '新增任务“推行一网通办”（牵头：办公室；配合：财政局）',
    ]);
    expect(auditOf(app, 'tasks.saveNode').at(-1)!.summary).toBe('修改任务“推行一网通办”的节点“完成方案”（2026-03-31前，已完成 2026-04-03）');

    // a sibling inserted after the first goal comes second
    const second = await app.call('tasks.saveItem', { year: 2026, kind: 'goal', parentId: null, title: '加强队伍建设', afterId: ids.goal });
    const third = await app.call('tasks.saveItem', { year: 2026, kind: 'goal', parentId: null, title: '深化作风建设', afterId: ids.goal });
    expect((await app.call('tasks.list', { year: 2026 })).items.filter((i) => i.kind === 'goal').map((i) => i.id)).toEqual([ids.goal, third.id, second.id]);

    await app.call('tasks.deleteItem', { id: ids.goal });
    const after = await app.call('tasks.list', { year: 2026 });
    expect(after.items.map((i) => i.title)).toEqual(['深化作风建设', '加强队伍建设']);
    expect(after.nodes).toEqual([]);
    expect(auditOf(app, 'tasks.deleteItem')[0]!.summary).toBe('删除目标“优化营商环境”及其下的全部条目');
  });

  it('refuses a misplaced item, a task without 牵头单位, a done node without its date or dated after today', async () => {
    const ids = await smallList();
    const refusals = [
      await annualRefusal(app, () => app.call('tasks.saveItem', { year: 2026, kind: 'project', parentId: null, title: '无目标的项目' })),
      await annualRefusal(app, () => app.call('tasks.saveItem', { year: 2026, kind: 'task', parentId: ids.goal, title: '放错层级', leadUnitId: office })),
      await annualRefusal(app, () => app.call('tasks.saveItem', { year: 2026, kind: 'task', parentId: ids.project, title: '没有牵头单位' })),
      await annualRefusal(app, () => app.call('tasks.saveNode', { taskId: ids.task, id: ids.june, name: '完成建设', dueOn: '2026-06-30', status: 'done' })),
      await annualRefusal(app, () => app.call('tasks.saveNode', { taskId: ids.task, id: ids.june, name: '完成建设', dueOn: '2026-06-30', status: 'done', doneOn: '2026-04-11' })),
      await annualRefusal(app, () => app.call('tasks.saveNode', { taskId: ids.project, name: '节点', dueOn: '2026-06-30', status: 'todo' })),
    ];
    expect(refusals.map((r) => r.message)).toEqual([
      '项目须放在一个目标之下',
      '任务须放在项目之下，不能放在目标“优化营商环境”之下',
      '任务“没有牵头单位”：请选择牵头单位',
      '节点“完成建设”：状态为已完成，请填写完成日期',
      '节点“完成建设”：完成日期 2026-04-11 晚于今天',
      '节点只能属于任务，“政务服务提质”是项目',
    ]);
  });

  it("tasks.monthFigures gives each 牵头单位's month, traceable to its nodes", async () => {
    const ids = await smallList();
    const march = await app.call('tasks.monthFigures', { year: 2026, month: '2026-03' });
    expect(march).toEqual([expect.objectContaining({ unitId: office, due: 1, overdue: 1, onTime: 0, onTimeRate: 0 })]);
    expect(march[0]!.nodes).toEqual([{ taskId: ids.task, nodeId: ids.march, dueOn: '2026-03-31', doneOn: null, state: 'late', carried: false }]);
    const withAssist = await app.call('tasks.monthFigures', { year: 2026, month: '2026-03', withAssist: true });
    expect(withAssist.map((f) => f.unitId)).toEqual([office, finance]);
  });

  it('a unit named by a task, or the 责任人 of one, is not deleted', async () => {
    const ids = await smallList();
    const r = await annualRefusal(app, () => app.call('units.delete', { id: finance }));
    expect(r.message).toMatch(/1 项工作任务的牵头或配合单位/);
    const person = await app.call('people.create', personInput(office, { name: '张三' }));
    await app.call('tasks.saveItem', { year: 2026, id: ids.task, kind: 'task', parentId: ids.project, title: '推行一网通办', leadUnitId: office, personId: person.id });
    expect((await app.call('tasks.list', { year: 2026 })).items[2]!.personName).toBe('张三');
    expect((await annualRefusal(app, () => app.call('people.delete', { id: person.id }))).code).toBe('PERSON_HAS_DATA');
  });
});

describe('a locked 考核年度', () => {
  it('refuses every write of the task list, leaving the database as it was; the triggers refuse too', async () => {
    const ids = await smallList();
    await app.call('annual.createYear', { year: 2026, addParticipants: false });
    app.ctx.db.prepare("UPDATE annual_years SET status = 'locked', locked_at = '2026-04-01T00:00:00.000Z', results_json = '{}' WHERE year = 2026").run();
    const writes: (() => Promise<unknown>)[] = [
      () => app.call('tasks.saveItem', { year: 2026, kind: 'goal', parentId: null, title: '新目标' }),
      () => app.call('tasks.saveItem', { year: 2026, id: ids.goal, kind: 'goal', parentId: null, title: '改名' }),
      () => app.call('tasks.saveItem', { year: 2026, id: ids.task, kind: 'task', parentId: ids.project, title: '推行一网通办', leadUnitId: finance }),
      () => app.call('tasks.deleteItem', { id: ids.task }),
      () => app.call('tasks.saveNode', { taskId: ids.task, name: '新节点', dueOn: '2026-09-30', status: 'todo' }),
      () => app.call('tasks.saveNode', { taskId: ids.task, id: ids.march, name: '完成方案', dueOn: '2026-03-31', status: 'done', doneOn: '2026-04-01' }),
      () => app.call('tasks.deleteNode', { id: ids.june }),
      // refused before the file is even read
      () => app.call('tasks.import', { year: 2026, file: { fileName: '任务清单.xlsx', bytes: new Uint8Array([80, 75, 3, 4]) }, commit: true, mode: 'replace' }),
    ];
    for (const write of writes) {
      const r = await annualRefusal(app, write);
      expect(r.code).toBe('YEAR_LOCKED');
      expect(r.message).toMatch(/^2026年度已确认等次并锁定（归档）/);
    }
    // reads still work; another year is open
    expect((await app.call('tasks.list', { year: 2026 })).items).toHaveLength(3);
    await app.call('tasks.saveItem', { year: 2027, kind: 'goal', parentId: null, title: '明年的目标' });
    // a write path that forgets to check is stopped by the triggers
    for (const sql of [
      "INSERT INTO task_items (year, kind, title) VALUES (2026, 'goal', 'x')",
      `UPDATE task_nodes SET status = 'doing' WHERE id = ${ids.march}`,
      `DELETE FROM task_units WHERE task_id = ${ids.task}`,
    ]) expect(() => app.ctx.db.prepare(sql).run(), sql).toThrow(/KAOPING_YEAR_LOCKED/);
  });
});
