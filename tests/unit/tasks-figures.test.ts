import { describe, expect, it } from 'vitest';
import { monthBounds, nodeState, unitMonthFigures, type FigureTask, type NodeFacts } from '../../shared/tasks';

const node = (dueOn: string, doneOn: string | null = null): NodeFacts => ({ dueOn, status: doneOn ? 'done' : 'doing', doneOn });

describe('滞后 and 按时完成 (DOMAIN §8.1)', () => {
  it('a node is 滞后 from the day after its due day, not on it', () => {
    expect(nodeState(node('2026-03-31'), '2026-03-31')).toBe('pending');
    expect(nodeState(node('2026-03-31'), '2026-04-01')).toBe('late');
    // across a year end
    expect(nodeState(node('2026-12-31'), '2027-01-01')).toBe('late');
  });

  it('2月末: the 28th in 2026, the 29th in 2028', () => {
    expect(monthBounds('2026-02').last).toBe('2026-02-28');
    expect(monthBounds('2028-02').last).toBe('2028-02-29');
    expect(nodeState(node('2028-02-29'), '2028-02-29')).toBe('pending');
    expect(nodeState(node('2028-02-29'), '2028-03-01')).toBe('late');
    expect(nodeState(node('2026-02-28', '2026-03-01'), '2026-03-02')).toBe('doneLate');
  });

  it('done on the due day is on time, a day later is 完成（逾期）; 未开始 and 推进中 alike are 滞后', () => {
    expect(nodeState(node('2026-04-30', '2026-04-30'), '2026-05-10')).toBe('onTime');
    expect(nodeState(node('2026-04-30', '2026-05-01'), '2026-05-10')).toBe('doneLate');
    expect(nodeState({ dueOn: '2026-04-30', status: 'todo', doneOn: null }, '2026-05-01')).toBe('late');
  });

  it('a due date moved after completion judges the completion against the new date', () => {
    const done = node('2026-03-31', '2026-03-25');
    expect(nodeState(done, '2026-06-01')).toBe('onTime');
    expect(nodeState({ ...done, dueOn: '2026-03-20' }, '2026-06-01')).toBe('doneLate');
    // reopened (status back to 推进中): 滞后 again once its date has passed
    expect(nodeState({ dueOn: '2026-03-20', status: 'doing', doneOn: null }, '2026-06-01')).toBe('late');
  });
});

describe('unitMonthFigures: the monthly figures of a unit', () => {
  const tasks: FigureTask[] = [
    {
      id: 1,
      units: [{ unitId: 10, role: 'lead' }, { unitId: 20, role: 'assist' }],
      nodes: [
        { id: 1, ...node('2026-03-31', '2026-03-31') }, // on time
        { id: 2, ...node('2026-03-15', '2026-03-20') }, // late completion
        { id: 3, ...node('2026-03-31') }, // not done: 滞后 once March has ended
        { id: 4, ...node('2026-03-10', '2026-04-02') }, // done after the month: 滞后 in March's figures
        { id: 5, ...node('2026-04-30') }, // April: not counted in March
        { id: 6, ...node('2026-02-28') }, // February, still undone: carried
      ],
    },
    { id: 2, units: [{ unitId: 20, role: 'lead' }], nodes: [{ id: 7, ...node('2026-03-05', '2026-03-01') }] },
  ];

  it('March judged after it ended, by hand: 4 due, 1 on time, 1 late, 2 overdue, 1 carried', () => {
    const f = unitMonthFigures(tasks, 10, '2026-03', '2026-04-10');
    expect(f).toMatchObject({ due: 4, onTime: 1, doneLate: 1, overdue: 2, pending: 0, carriedLate: 1, asOf: '2026-03-31' });
    expect(f.onTimeRate).toBe(0.25);
    expect(f.nodes.map((n) => [n.nodeId, n.state])).toEqual([[1, 'onTime'], [2, 'doneLate'], [3, 'late'], [4, 'late'], [6, 'late']]);
  });

  it('the running month is judged as at today: a node due today is not yet overdue', () => {
    const f = unitMonthFigures(tasks, 10, '2026-03', '2026-03-31');
    expect(f).toMatchObject({ due: 4, onTime: 1, doneLate: 1, overdue: 1, pending: 1, asOf: '2026-03-31' });
    const mid = unitMonthFigures(tasks, 10, '2026-03', '2026-03-12');
    // done on 03-20 is in the future on 03-12: only the 03-10 node has passed
    expect(mid).toMatchObject({ due: 4, onTime: 0, doneLate: 0, overdue: 1, pending: 3 });
  });

  it('a 配合 unit counts only when asked; a month with nothing due has no rate', () => {
    expect(unitMonthFigures(tasks, 20, '2026-03', '2026-04-10')).toMatchObject({ due: 1, onTime: 1, onTimeRate: 1 });
    expect(unitMonthFigures(tasks, 20, '2026-03', '2026-04-10', { roles: ['lead', 'assist'] })).toMatchObject({ due: 5, onTime: 2 });
    // in May nodes 3, 5 and 6 are still undone (node 4 was done on 04-02)
    expect(unitMonthFigures(tasks, 10, '2026-05', '2026-06-10')).toMatchObject({ due: 0, onTimeRate: null, carriedLate: 3 });
  });

  it('February of a leap year takes its 29th', () => {
    const leap: FigureTask[] = [{ id: 1, units: [{ unitId: 1, role: 'lead' }], nodes: [{ id: 1, ...node('2028-02-29') }] }];
    expect(unitMonthFigures(leap, 1, '2028-02', '2028-03-01')).toMatchObject({ due: 1, overdue: 1 });
    expect(unitMonthFigures(leap, 1, '2028-03', '2028-04-01')).toMatchObject({ due: 0, carriedLate: 1 });
  });
});
