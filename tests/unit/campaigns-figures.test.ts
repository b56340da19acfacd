import { describe, expect, it } from 'vitest';
import { campaignDutyFigures, campaignPresets, completionRate, currentPhaseIndex, planFromPreset, planProblems, taskStatus, truncatedNames, type CampaignPlan, type DutyFact } from '../../shared/campaigns';

/** 专项活动 rules (DOMAIN §8.2): phases, task status, duty figures at a date, the preset. */

const plan = (phases: CampaignPlan['phases']): CampaignPlan => ({ name: '活动', purpose: '', phases, tasks: [], duties: [] });
const units = new Set([1, 2]);

describe('planProblems', () => {
  it('accepts phases in order that touch end to start', () => {
    expect(planProblems(plan([{ name: '甲', from: '2026-05-01', to: '2026-05-31' }, { name: '乙', from: '2026-06-01', to: '2026-06-30' }]), 2026, units)).toEqual([]);
  });
  it('refuses overlap, reversed dates, wrong order, days outside the year or not real', () => {
    expect(planProblems(plan([{ name: '甲', from: '2026-05-01', to: '2026-06-01' }, { name: '乙', from: '2026-06-01', to: '2026-06-30' }]), 2026, units))
      .toEqual(['第2阶段“乙”：开始日期2026-06-01与第1阶段“甲”（至2026-06-01）重叠']);
    expect(planProblems(plan([{ name: '甲', from: '2026-05-31', to: '2026-05-01' }]), 2026, units)).toEqual(['第1阶段“甲”：开始日期2026-05-31晚于结束日期2026-05-01']);
    expect(planProblems(plan([{ name: '乙', from: '2026-07-01', to: '2026-07-31' }, { name: '甲', from: '2026-05-01', to: '2026-05-31' }]), 2026, units))
      .toEqual(['第2阶段“甲”：应排在第1阶段“乙”之前（阶段按时间先后排列）']);
    expect(planProblems(plan([{ name: '甲', from: '2025-12-20', to: '2026-02-30' }]), 2026, units))
      .toEqual(['第1阶段“甲”：开始日期2025-12-20不在2026年度内', '第1阶段“甲”：结束日期“2026-02-30”不是有效日期']);
  });
  it('checks tasks\' units and duty names', () => {
    const p: CampaignPlan = {
      ...plan([]),
      tasks: [{ name: '动员', leadUnitId: 1, partnerUnitIds: [1, 3], due: '2026-05-15', doneOn: null }],
      duties: [{ name: '心得', due: '2026-12-31', count: 1, unitIds: null }, { name: '心得', due: '2026-12-31', count: 1, unitIds: [] }],
    };
    expect(planProblems(p, 2026, units)).toEqual([
      '第1项工作任务“动员”：配合单位中有不存在的单位，请重新选择',
      '第1项工作任务“动员”：牵头单位不必再列为配合单位',
      '第2项个人任务“心得”：与前面的个人任务重名',
      '第2项个人任务“心得”：请选择适用单位（不选即为全体）',
    ]);
  });
});

describe('phases and tasks at a date', () => {
  const phases = [{ name: '甲', from: '2026-05-01', to: '2026-05-31' }, { name: '乙', from: '2026-06-10', to: '2026-06-30' }];
  it('the current phase includes both ends; none between phases', () => {
    expect(currentPhaseIndex(phases, '2026-05-31')).toBe(0);
    expect(currentPhaseIndex(phases, '2026-06-05')).toBeNull();
    expect(currentPhaseIndex(phases, '2026-06-10')).toBe(1);
  });
  it('a task is done, done late, overdue the day after its 时限, or open', () => {
    expect(taskStatus({ due: '2026-05-31', doneOn: '2026-05-31' }, '2026-07-01')).toBe('done');
    expect(taskStatus({ due: '2026-05-31', doneOn: '2026-06-01' }, '2026-07-01')).toBe('doneLate');
    expect(taskStatus({ due: '2026-05-31', doneOn: null }, '2026-05-31')).toBe('open');
    expect(taskStatus({ due: '2026-05-31', doneOn: null }, '2026-06-01')).toBe('overdue');
    // done after the date looked at: not yet done then
    expect(taskStatus({ due: '2026-05-31', doneOn: '2026-06-03' }, '2026-06-02')).toBe('overdue');
  });
});

describe('campaignDutyFigures', () => {
  // 学习 4 times by 8月31日 (all); 心得 once by 2月28日 (unit 1 only); crossing month ends
  const duties: DutyFact[] = [{ id: 1, due: '2026-08-31', count: 4, unitIds: null }, { id: 2, due: '2026-02-28', count: 1, unitIds: [1] }];
  const people = [{ id: 10, unitId: 1 }, { id: 11, unitId: 1 }, { id: 20, unitId: 2 }];
  const records = [
    { dutyId: 1, personId: 10, count: 4, doneOn: '2026-08-31' },
    { dutyId: 1, personId: 11, count: 4, doneOn: '2026-09-01' },
    { dutyId: 1, personId: 20, count: 3, doneOn: '2026-08-15' },
    { dutyId: 2, personId: 10, count: 1, doneOn: '2026-03-01' },
  ];
  it('at 9月1日: on time to the last day, late the day after, a count short is overdue', () => {
    const f = campaignDutyFigures({ duties, people, records, asOf: '2026-09-01' });
    expect(f.people.map((p) => [p.personId, p.statuses])).toEqual([
      [10, { 1: 'done', 2: 'doneLate' }],
      [11, { 1: 'doneLate', 2: 'overdue' }],
      [20, { 1: 'overdue' }],
    ]);
    expect(f.units).toEqual([
      { unitId: 1, people: 2, peopleOverdue: 1, assigned: 4, due: 4, done: 1, doneLate: 2, overdue: 1 },
      { unitId: 2, people: 1, peopleOverdue: 1, assigned: 1, due: 1, done: 0, doneLate: 0, overdue: 1 },
    ]);
    expect(f.duties).toEqual([{ dutyId: 1, assigned: 3, due: 3, done: 1, doneLate: 1, overdue: 1 }, { dutyId: 2, assigned: 2, due: 2, done: 0, doneLate: 1, overdue: 1 }]);
    expect(f.total).toEqual({ assigned: 5, due: 5, done: 1, doneLate: 2, overdue: 2 });
    expect(completionRate(f.total)).toBe(60);
  });
  it('at 8月31日 the 学习 is due but nobody is overdue yet; 心得 (2月28日) was overdue from 3月1日', () => {
    const f = campaignDutyFigures({ duties, people, records, asOf: '2026-08-31' });
    expect(f.total).toEqual({ assigned: 5, due: 5, done: 1, doneLate: 1, overdue: 1 });
    const march1 = campaignDutyFigures({ duties, people, records, asOf: '2026-03-01' });
    expect(march1.people.map((p) => p.statuses)).toEqual([{ 1: 'open', 2: 'doneLate' }, { 1: 'open', 2: 'overdue' }, { 1: 'open' }]);
    expect(march1.total).toMatchObject({ due: 2, done: 0, doneLate: 1, overdue: 1 });
    const feb28 = campaignDutyFigures({ duties, people, records, asOf: '2026-02-28' });
    expect(feb28.total).toMatchObject({ due: 2, overdue: 0 });
  });
  it('nobody assigned: no rate', () => {
    expect(completionRate(campaignDutyFigures({ duties: [], people, records: [], asOf: '2026-09-01' }).total)).toBeNull();
  });
});

describe('preset and names', () => {
  it('the 解放思想大讨论 preset is a valid plan for any year, 牵头单位 matched by name', () => {
    const office = [{ id: 1, name: '某办', parentId: null }, { id: 2, name: '综合计划科', parentId: 1 }, { id: 3, name: '办公室', parentId: 1 }];
    for (const year of [2024, 2026]) {
      const p = planFromPreset(campaignPresets[0]!, year, office);
      expect(planProblems(p, year, new Set([1, 2, 3]))).toEqual([]);
      expect(p.tasks.map((t) => t.leadUnitId)).toEqual([3, 3, 2, 2, 3, 3]);
    }
  });
  it('truncates names with 等N人', () => {
    expect(truncatedNames(['甲', '乙', '丙'], 3)).toBe('甲、乙、丙');
    expect(truncatedNames(['甲', '乙', '丙', '丁'], 2)).toBe('甲、乙等4人');
  });
});
