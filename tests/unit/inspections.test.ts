import { describe, expect, it } from 'vitest';
import { daysBetween, defaultInspectionSettings, inspectionFigures, inspectionSettings, monthEnd, monthlyInspectionFigures, noticePoints, passOnPeople, rectificationState } from '../../shared/inspections';

/** 督查督办's pure rules (DOMAIN §8.6): the 整改 state, the monthly figures, the pass-on rule. */

const r = (deadline: string | null, doneOn: string | null = null, requirement = '整改') => ({ requirement, deadline, doneOn });

describe('整改 state', () => {
  it('counts the days overdue across month and year ends; the 期限 day is still in time', () => {
    expect(rectificationState(r('2026-01-31'), '2026-01-31')).toEqual({ state: 'open', daysOverdue: 0 });
    expect(rectificationState(r('2026-01-31'), '2026-02-01')).toEqual({ state: 'overdue', daysOverdue: 1 });
    expect(rectificationState(r('2026-01-31'), '2026-03-01')).toEqual({ state: 'overdue', daysOverdue: 29 });
    expect(rectificationState(r('2024-02-28'), '2024-03-01').daysOverdue).toBe(2);
    expect(rectificationState(r('2025-12-30'), '2026-01-02').daysOverdue).toBe(3);
    expect(daysBetween('2026-03-31', '2026-05-20')).toBe(50);
  });

  it('done once completed (not before the completion date); none without a requirement or 期限', () => {
    expect(rectificationState(r('2026-01-31', '2026-02-10'), '2026-03-01')).toEqual({ state: 'done', daysOverdue: 0 });
    // looking back at January's end, a February completion has not happened yet
    expect(rectificationState(r('2026-01-20', '2026-02-10'), '2026-01-31')).toEqual({ state: 'overdue', daysOverdue: 11 });
    expect(rectificationState(r(null, null, ''), '2026-03-01').state).toBe('none');
    expect(rectificationState(r(null, null, '建立制度'), '2026-12-31').state).toBe('open');
  });

  it('knows the last day of each month', () => {
    expect(['2026-02-28', '2024-02-29', '2026-04-30', '2026-12-31']).toEqual([monthEnd(2026, 2), monthEnd(2024, 2), monthEnd(2026, 4), monthEnd(2026, 12)]);
  });
});

describe('monthly figures per unit', () => {
  const records = [
    // unit 1: held in March, 期限 in March, done in April
    { unitId: 1, date: '2026-03-05', ...r('2026-03-31', '2026-04-15') },
    // unit 1: held in March, 期限 in April, never done
    { unitId: 1, date: '2026-03-20', ...r('2026-04-10') },
    // unit 2: held in April, done in April before its 期限
    { unitId: 2, date: '2026-04-02', ...r('2026-04-30', '2026-04-20') },
    // unit 2: no 整改
    { unitId: 2, date: '2026-04-25', ...r(null, null, '') },
    // unit 9 is not asked for
    { unitId: 9, date: '2026-04-01', ...r('2026-04-02') },
  ];
  const notices = [
    { kind: 'praise' as const, date: '2026-04-08', unitIds: [2] },
    { kind: 'criticism' as const, date: '2026-04-09', unitIds: [1, 1, 2] },
    { kind: 'criticism' as const, date: '2026-03-30', unitIds: [1] },
  ];
  const figures = (month: number, today = '2026-12-31') => monthlyInspectionFigures({ year: 2026, month, today, unitIds: [1, 2, 3], records, notices });

  it('March: two 督查 for unit 1, both still open on the 期限 day at the month end; one 批评', () => {
    expect(figures(3)).toEqual([
      { unitId: 1, inspections: 2, open: 2, overdue: 0, done: 0, doneInPeriod: 0, praise: 0, criticism: 1 },
      { unitId: 2, inspections: 0, open: 0, overdue: 0, done: 0, doneInPeriod: 0, praise: 0, criticism: 0 },
      { unitId: 3, inspections: 0, open: 0, overdue: 0, done: 0, doneInPeriod: 0, praise: 0, criticism: 0 },
    ]);
  });

  it('April: the March 整改 done, the other overdue; a 通报 of two people of one unit counts once', () => {
    expect(figures(4)).toEqual([
      { unitId: 1, inspections: 0, open: 0, overdue: 1, done: 1, doneInPeriod: 1, praise: 0, criticism: 1 },
      { unitId: 2, inspections: 2, open: 0, overdue: 0, done: 1, doneInPeriod: 1, praise: 1, criticism: 1 },
      { unitId: 3, inspections: 0, open: 0, overdue: 0, done: 0, doneInPeriod: 0, praise: 0, criticism: 0 },
    ]);
  });

  it('a running month counts as of today: nothing dated later, and 期限 not yet passed is open', () => {
    // on 04-05 the March 整改 is 5 days overdue (done only on 04-15); the other's 期限 is 04-10
    expect(figures(4, '2026-04-05')[0]).toEqual({ unitId: 1, inspections: 0, open: 1, overdue: 1, done: 0, doneInPeriod: 0, praise: 0, criticism: 0 });
    expect(figures(4, '2026-04-05')[1]!.inspections).toBe(1);
  });
});

describe('figures over a year (the 按单位 view)', () => {
  it('sums the months and counts 整改 as of today', () => {
    const records = [
      { unitId: 1, date: '2026-01-10', ...r('2026-01-31', '2026-02-03') },
      { unitId: 1, date: '2026-06-10', ...r('2026-06-30') },
      { unitId: 1, date: '2026-11-10', ...r('2026-12-31') },
    ];
    const notices = [{ kind: 'praise' as const, date: '2026-02-01', unitIds: [1] }, { kind: 'praise' as const, date: '2025-12-01', unitIds: [1] }];
    expect(inspectionFigures({ from: '2026-01-01', to: '2026-12-31', today: '2026-07-15', unitIds: [1], records, notices })).toEqual([
      // the November 督查 lies after today: not counted yet
      { unitId: 1, inspections: 2, open: 0, overdue: 1, done: 1, doneInPeriod: 1, praise: 1, criticism: 0 },
    ]);
  });
});

describe('pass-on rule and points', () => {
  const people = [{ id: 1, isLeader: true }, { id: 2, isLeader: false }, { id: 3, isLeader: true }];
  it('none, 班子成员 only, or all of the unit', () => {
    expect(passOnPeople('none', people)).toEqual([]);
    expect(passOnPeople('leaders', people).map((p) => p.id)).toEqual([1, 3]);
    expect(passOnPeople('all', people).map((p) => p.id)).toEqual([1, 2, 3]);
  });
  it('points per kind from the year\'s settings; a 表扬 must add and a 批评 subtract', () => {
    expect(noticePoints(defaultInspectionSettings, 'praise')).toBe(1);
    expect(noticePoints({ ...defaultInspectionSettings, criticismPoints: -2 }, 'criticism')).toBe(-2);
    expect(inspectionSettings.safeParse({ ...defaultInspectionSettings, criticismPoints: 1 }).error?.issues[0]?.message).toBe('通报批评的分值应小于0');
    expect(inspectionSettings.safeParse({ ...defaultInspectionSettings, praisePoints: 0 }).error?.issues[0]?.message).toBe('通报表扬的分值应大于0');
  });
});
