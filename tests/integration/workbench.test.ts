import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-context';

/** 工作台: where the year stands, from the same data the pages show. */
let app: TestApp;
afterEach(() => app.close());

const stepOf = async (year: number, key: string) => (await app.call('workbench.overview', { year })).steps.find((s) => s.key === key);

describe('工作台', () => {
  beforeEach(async () => {
    app = await createTestApp({ today: '2026-06-15' });
  });

  it('starts a new office at the roster and the year, with nothing to do in 能力作风建设 and no week to post', async () => {
    const overview = await app.call('workbench.overview', { year: 2026 });
    expect(overview.yearStatus).toBe('none');
    expect(overview.steps.filter((s) => s.group === 'annual').map((s) => [s.key, s.state, s.detail])).toEqual([
      ['roster', 'todo', '尚未导入花名册'],
      ['scheme', 'todo', '尚未建立2026年度考核'],
      ['quarters', 'todo', '先建立年度考核'],
      ['evaluation', 'todo', '本年度尚无述职测评'],
      ['stars', 'todo', '尚未建立本年度评星方案'],
      ['composite', 'todo', '尚无参加人员'],
      ['publicity', 'todo', '尚未拟定公示'],
      ['lock', 'todo', '等次确认、公示结束后锁定'],
      ['results', 'todo', '年度锁定后打印'],
    ]);
    expect(overview.steps.find((s) => s.key === 'roster')!.path).toBe('/import');
    expect(overview.steps.filter((s) => s.group === 'conduct').map((s) => s.key)).toEqual(['tasks', 'bulletins', 'reviews', 'inspections']);
  });

  it('follows the demo office: counts as the pages count them, 滞后 nodes and overdue 整改 flagged, this week\'s 周晒', async () => {
    await app.call('demo.load');
    const [latest] = await app.call('annual.years');
    const year = latest!.year;
    const people = (await app.call('people.search', {})).rows;
    const participants = await app.call('annual.participants', { year });
    expect((await stepOf(year, 'roster'))!.detail).toBe(`在职 ${people.length} 人，${(await app.call('units.list')).length} 个单位`);
    expect((await stepOf(year, 'scheme'))!.detail).toMatch(new RegExp(`^参加人员 ${participants.length} 人，\\d+ 个考核分组$`));
    const composite = await app.call('annual.composite', { year });
    expect((await stepOf(year, 'composite'))!.detail).toBe(`已确认等次 0/${participants.length} 人`);
    // one confirmed 等次 shows at once
    const first = composite.rows.find((r) => r.suggested != null && !r.committee)!;
    await app.call('annual.confirm', { year, entries: [{ personId: first.personId, outcome: first.suggested! }] });
    expect(await stepOf(year, 'composite')).toMatchObject({ state: 'doing', detail: `已确认等次 1/${participants.length} 人` });

    // a task node past its date and undone is 滞后; done, it is not
    const goal = await app.call('tasks.saveItem', { year, kind: 'goal', parentId: null, title: '目标' });
    const project = await app.call('tasks.saveItem', { year, kind: 'project', parentId: goal.id, title: '项目' });
    const task = await app.call('tasks.saveItem', { year, kind: 'task', parentId: project.id, title: '任务', leadUnitId: participants[0]!.unitId });
    const before = (await stepOf(year, 'tasks'))!;
    const late = Number(/滞后节点 (\d+) 个/.exec(before.detail)?.[1] ?? 0);
    const node = await app.call('tasks.saveNode', { taskId: task.id, name: '完成方案', dueOn: `${year}-03-31`, status: 'doing' });
    expect(await stepOf(year, 'tasks')).toMatchObject({ state: 'attention', detail: `滞后节点 ${late + 1} 个` });
    await app.call('tasks.saveNode', { id: node.id, taskId: task.id, name: '完成方案', dueOn: `${year}-03-31`, status: 'done', doneOn: `${year}-04-02` });
    expect((await stepOf(year, 'tasks'))!.detail).toBe(late > 0 ? `滞后节点 ${late} 个` : '无滞后节点');

    // a 整改 past its 期限 and not done
    const overdueBefore = Number(/逾期未整改 (\d+) 项/.exec((await stepOf(year, 'inspections'))!.detail)?.[1] ?? 0);
    await app.call('inspections.saveRecord', { year, date: `${year}-03-05`, team: '督查组', unitId: participants[0]!.unitId, findings: '值班记录不全', requirement: '补齐', deadline: `${year}-03-31` });
    expect(await stepOf(year, 'inspections')).toMatchObject({ state: 'attention', detail: `逾期未整改 ${overdueBefore + 1} 项` });

    const weekly = await stepOf(year, 'weekly');
    if (year === 2026) {
      const week = await app.call('weekly.week', { year });
      expect(weekly!.detail).toContain(week.notPosted.length > 0 ? `第${week.week}周未晒 ${week.notPosted.length}/${week.targets.length}` : '已全部晒出');
    } else expect(weekly).toBeUndefined();
  });
});
