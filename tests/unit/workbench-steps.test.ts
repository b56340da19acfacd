import { describe, expect, it } from 'vitest';
import { workbenchSteps, type WorkbenchFacts } from '../../shared/workbench';

const facts: WorkbenchFacts = {
  year: 2026, peopleActive: 86, units: 14, yearStatus: 'open', participants: 80, groups: 3, quartersGraded: [80, 80, 40, 0],
  evaluationEvents: 2, evaluationClosed: 1, unitReviewsClosed: 0, starSchemes: 2, confirmed: 0, publicity: 'none', openObjections: 0,
  lateNodes: 0, overdueRectifications: 0, campaigns: 0, bulletinsIssued: 2, bulletinMonths: [3, 4], bulletinDue: 5, campaignOverduePeople: null, weeklyNotPosted: { count: 3, of: 9, week: 24 },
};
const state = (f: WorkbenchFacts, key: string) => workbenchSteps(f).find((s) => s.key === key);

describe('工作台 steps', () => {
  it('say how far each step has come, in the office’s words', () => {
    expect(state(facts, 'quarters')).toMatchObject({ state: 'doing', detail: '第一季度 80/80，第二季度 80/80，第三季度 40/80，第四季度 0/80' });
    expect(state({ ...facts, quartersGraded: [80, 80, 80, 80] }, 'quarters')!.state).toBe('done');
    expect(state(facts, 'evaluation')).toMatchObject({ state: 'doing', detail: '2 次，已结束 1 次' });
    expect(state({ ...facts, evaluationClosed: 2 }, 'evaluation')!.state).toBe('done');
    expect(state({ ...facts, confirmed: 80 }, 'composite')).toMatchObject({ state: 'done', detail: '已确认等次 80/80 人' });
    expect(state(facts, 'weekly')).toMatchObject({ state: 'attention', detail: '第24周未晒 3/9' });
  });

  it('flags an open objection over the 公示 and opens the results once the year is locked', () => {
    expect(state({ ...facts, publicity: 'published', openObjections: 1 }, 'publicity')).toMatchObject({ state: 'attention', detail: '有 1 件异议尚未办结' });
    expect(state({ ...facts, publicity: 'ended' }, 'publicity')!.state).toBe('done');
    expect(state({ ...facts, yearStatus: 'locked' }, 'lock')!.state).toBe('done');
    expect(state({ ...facts, yearStatus: 'locked' }, 'results')).toMatchObject({ state: 'doing', path: '/annual/notices' });
  });

  it('asks for last month’s 月度通报 until it is issued', () => {
    expect(state(facts, 'bulletins')).toMatchObject({ state: 'todo', detail: '5月通报尚未印发（本年度已印发 2 期）', path: '/conduct/bulletins' });
    expect(state({ ...facts, bulletinMonths: [3, 4, 5], bulletinsIssued: 3 }, 'bulletins')).toMatchObject({ state: 'done', detail: '本年度已印发 3 期' });
    expect(state({ ...facts, bulletinDue: null, bulletinsIssued: 0, bulletinMonths: [] }, 'bulletins')!.detail).toBe('本年度尚未印发月度通报');
  });

  it('shows 专项活动 only when the year has one, and 周晒 only for the current year', () => {
    expect(state(facts, 'campaigns')).toBeUndefined();
    expect(state({ ...facts, campaigns: 1, campaignOverduePeople: 5 }, 'campaigns')).toMatchObject({ state: 'attention', detail: '5 人有逾期未完成的任务' });
    expect(state({ ...facts, weeklyNotPosted: null }, 'weekly')).toBeUndefined();
  });
});
