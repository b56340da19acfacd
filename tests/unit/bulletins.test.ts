import { describe, expect, it } from 'vitest';
import { bulletinFigures, compositeScore, figureNotes, rankedRows, rankScores, reweightNote, suggestUnits, type BulletinFigureInput } from '../../shared/bulletins';

/** 月度通报 (DOMAIN §8.5): the 排名分, its re-weighting, ties, and a month's figures assembled. */

const weights = { onTime: 40, weekly: 30, review: 30 };

describe('排名分', () => {
  it('weights the three parts on 0..100 and rounds to 2 decimals', () => {
    const c = compositeScore({ onTime: 100 / 3, weekly: 100, review: 90 }, weights);
    expect(c.score).toBe(70.33);
    expect(c.missing).toEqual([]);
    expect(reweightNote(c)).toBe('');
  });

  it('leaves out a part without a figure, scales the other weights to 100 % and says so', () => {
    const c = compositeScore({ onTime: 80, weekly: 60, review: null }, weights);
    expect(c.score).toBe(71.43); // (80×40 + 60×30) / 70
    expect(c.used.onTime).toBeCloseTo(57.142857, 5);
    expect(c.used.review).toBe(0);
    expect(reweightNote(c)).toBe('无评议得分，按任务按时完成率57.1%、周晒参与率42.9%折算');
  });

  it('gives no 排名分 when no part has a figure, and ignores missing parts weighted 0', () => {
    const none = compositeScore({ onTime: null, weekly: null, review: null }, weights);
    expect(none.score).toBeNull();
    expect(reweightNote(none)).toBe('无任务按时完成率、周晒参与率、评议得分，不排名');
    const onlyTasks = compositeScore({ onTime: 50, weekly: null, review: null }, { onTime: 100, weekly: 0, review: 0 });
    expect(onlyTasks).toMatchObject({ score: 50, missing: [] });
  });

  it('ranks ties together (1, 1, 3) and leaves units without a 排名分 unranked and last', () => {
    const scores = [compositeScore({ onTime: 90, weekly: 80, review: null }, weights).score, 88, compositeScore({ onTime: 80, weekly: 100, review: 80 }, weights).score, null];
    expect(scores).toEqual([85.71, 88, 86, null]);
    expect(rankScores([85.71, 90, 85.71, null, 80])).toEqual([2, 1, 2, null, 4]);
    expect(rankedRows([{ rank: null, n: 'a' }, { rank: 2, n: 'b' }, { rank: 1, n: 'c' }, { rank: 2, n: 'd' }]).map((r) => r.n)).toEqual(['c', 'b', 'd', 'a']);
  });
});

/**
 * March 2026 (周晒 by ISO weeks: 第10–13周), judged on 10 April, three units:
 * 甲科: nodes due 3-10 done 3-09 (按时), 3-15 done 3-20 (逾期完成), 3-31 done 4-02 (after the month: 逾期未完成
 *   in March's 通报); 周晒 4 of 4 weeks; 评议 90; a 通报表扬 on 3-15 → 1/3·40 + 100·30% + 90·30% = 70.33.
 * 乙科: node due 3-05 done that day (按时), one due 2-20 still undone (此前逾期); 周晒 weeks 10 and 12; 评议 80;
 *   a 通报批评 on 4-01 (not March) → 40 + 15 + 24 = 79.
 * 丙科: no node, no 周晒, no 评议 score → only 周晒 (0 of 4) counts: 0, and says so.
 */
const node = (id: number, dueOn: string, doneOn: string | null) => ({ id, dueOn, doneOn, status: doneOn ? ('done' as const) : ('todo' as const) });

const input = (today = '2026-04-10'): BulletinFigureInput => ({
  year: 2026, month: 3, today, weights,
  units: [{ id: 1, name: '甲科' }, { id: 2, name: '乙科' }, { id: 3, name: '丙科' }],
  tasks: [
    { id: 10, units: [{ unitId: 1, role: 'lead' }, { unitId: 2, role: 'assist' }], nodes: [
      node(101, '2026-03-10', '2026-03-09'), node(102, '2026-03-15', '2026-03-20'), node(103, '2026-03-31', '2026-04-02'),
      node(104, '2026-04-15', null),
    ] },
    { id: 20, units: [{ unitId: 2, role: 'lead' }], nodes: [node(201, '2026-02-20', null), node(202, '2026-03-05', '2026-03-05')] },
  ],
  taskTitles: new Map([[10, '营商环境专项'], [20, '档案整理']]),
  nodeNames: new Map([[101, '方案'], [102, '调研'], [103, '报告'], [104, '验收'], [201, '清点'], [202, '装订']]),
  weekly: {
    rules: { weekRule: 'thursday', startWeek: 1 },
    items: [10, 11, 12, 13, 14].map((week) => ({ week, unitId: 1, personId: null, mark: null, unfinished: false }))
      .concat([10, 12].map((week) => ({ week, unitId: 2, personId: null, mark: null, unfinished: false }))),
  },
  reviews: [{ eventId: 7, name: '一季度科室评议', period: '2026-Q1', scores: [{ unitId: 1, score: 90 }, { unitId: 2, score: 80 }] }],
  inspections: [],
  notices: [{ kind: 'praise', date: '2026-03-15', unitIds: [1] }, { kind: 'criticism', date: '2026-04-01', unitIds: [2] }],
});

describe('a month\'s figures', () => {
  it('counts nodes, weeks, 评议 and 通报 per unit and ranks them', () => {
    const f = bulletinFigures(input());
    expect(f.asOf).toBe('2026-03-31');
    expect(f.weeks.map((w) => w.week)).toEqual([10, 11, 12, 13]);
    expect(f.reviews).toEqual([{ eventId: 7, name: '一季度科室评议', period: '2026-Q1' }]);
    expect(f.note).toBe('');
    const [a, b, c] = f.rows;
    expect(a).toMatchObject({ due: 3, onTime: 1, doneLate: 1, overdue: 1, carriedLate: 0, weeksPosted: 4, weeksExpected: 4, postedWeeks: [10, 11, 12, 13], missedWeeks: [], reviewScore: 90, praise: 1, criticism: 0, score: 70.33, rank: 2, note: '' });
    expect(a!.nodes.map((n) => [n.nodeName, n.state])).toEqual([['方案', 'onTime'], ['调研', 'doneLate'], ['报告', 'late']]);
    expect(a!.nodes[0]).toMatchObject({ taskTitle: '营商环境专项', dueOn: '2026-03-10', doneOn: '2026-03-09', carried: false });
    expect(b).toMatchObject({ due: 1, onTime: 1, overdue: 0, carriedLate: 1, weeksPosted: 2, missedWeeks: [11, 13], reviewScore: 80, praise: 0, criticism: 0, score: 79, rank: 1 });
    expect(b!.nodes.find((n) => n.carried)).toMatchObject({ nodeName: '清点', state: 'late' });
    expect(c).toMatchObject({ due: 0, onTimeRate: null, weeksPosted: 0, weeksExpected: 4, reviewScore: null, reviewScores: [{ eventId: 7, score: null }], score: 0, rank: 3 });
    expect(c!.note).toBe('无任务按时完成率、评议得分，按周晒参与率100%折算');
  });

  it('judges a running month as at today, and says when no 科室评议 covers the month', () => {
    const f = bulletinFigures({ ...input('2026-03-16'), reviews: [] });
    expect(f.asOf).toBe('2026-03-16');
    expect(f.note).toBe('本月无已结束的科室评议，评议得分的权重按其余各项比例折算');
    const [a, b] = f.rows;
    // 3-31 not yet due; the 3-15 node, undone on the 16th, is overdue; weeks 10 and 11 have ended, 12 runs
    expect(a).toMatchObject({ due: 3, onTime: 1, overdue: 1, pending: 1, weeksExpected: 3, weeksPosted: 3, reviewScore: null });
    // 乙科 posted in the running week 12: it counts once posted
    expect(b).toMatchObject({ weeksExpected: 3, weeksPosted: 2, missedWeeks: [11] });
    expect(a!.note).toBe('无评议得分，按任务按时完成率57.1%、周晒参与率42.9%折算');
  });

  it('says each re-weighting once under the table, with the units it applies to', () => {
    const f = bulletinFigures({ ...input('2026-03-16'), reviews: [] });
    expect(figureNotes(f)).toEqual([
      '本月无已结束的科室评议，评议得分的权重按其余各项比例折算',
      '乙科、甲科无评议得分，按任务按时完成率57.1%、周晒参与率42.9%折算',
      '丙科无任务按时完成率、评议得分，按周晒参与率100%折算',
    ]);
    const all = { note: '本月无已结束的科室评议，评议得分的权重按其余各项比例折算', rows: f.rows.slice(0, 2) };
    expect(figureNotes(all)).toEqual(['各单位均无评议得分，按任务按时完成率57.1%、周晒参与率42.9%折算']);
  });

  it('offers the clerk units for 表扬 and 批评 without writing them', () => {
    const { praise, criticism } = suggestUnits(bulletinFigures(input()).rows);
    expect(praise).toEqual([{ unitId: 2, unitName: '乙科', why: '排名第1，1个节点全部按时完成，周晒参与率50%' }]);
    expect(criticism.map((s) => [s.unitName, s.why])).toEqual([['甲科', '逾期未完成1个节点'], ['乙科', '逾期未完成0个节点，此前逾期仍未完成1个']]);
  });
});
