import { describe, expect, test } from 'vitest';
import type { CompositeFigure, CompositeOutput } from '../../shared/annual/composite';
import { presetConfig } from '../../shared/evaluation/presets';
import type { CompositeParticipantRecord } from '../../db/annual/composite';
import { compositeRow, displayOrder, groupViews, personInput, rawComponents, type ComponentFacts } from '../../electron/services/annual/composite-rows';
import { closingLines, evaluationEventLine, itemsLine, quartersLine, redLineTexts } from '../../electron/services/annual/composite-sources';
import { rulesWith } from '../helpers/annual-composite-builders';

/** The named steps of the live 综合评定 around computeComposite (DOMAIN §4): inputs, order, rows, sources. */

const participant = (personId: number, change: Partial<CompositeParticipantRecord> = {}): CompositeParticipantRecord => ({
  personId, name: `人员${personId}`, unitId: 1, unitName: '办公室', post: '科员', category: '公务员', isLeader: false, hireDate: null, probationEnd: null,
  groupId: 1, vocabulary: 'civil', undeterminedOverride: null, undeterminedReason: '', leaderScore: null, confirmed: null, suggestedAtConfirm: null,
  confirmReason: '', overrideReason: '', confirmedBy: null, confirmedAt: null, ...change,
});

const noFacts: ComponentFacts = { evaluation: null, stars: null, starsCounted: false, leader: false, items: null, adjustments: null, conduct: null, fullMarks: {} };

const figure = (personId: number, rank: number | null, change: Partial<CompositeFigure> = {}): CompositeFigure => ({
  personId, groupId: 1, components: {}, composite: rank == null ? null : 90 - rank, missing: [], rank, gates: [], cap: 'excellent',
  suggested: null, note: '', committee: false, insufficient: false, ...change,
});

describe('each person\'s raw components', () => {
  test('a source missing for everybody gives its reason to all; a person it does not name is told apart', () => {
    const facts: ComponentFacts = {
      ...noFacts,
      evaluation: { byPerson: new Map([[1, { raw: { value: 88 }, redLines: [] }]]), all: null },
      stars: { byPerson: new Map(), all: '未建立2026年度评星方案' },
      starsCounted: true,
    };
    expect(rawComponents(participant(1), facts)).toEqual({ evaluation: { value: 88 }, stars: { missing: '未建立2026年度评星方案' } });
    expect(rawComponents(participant(2), facts)).toEqual({ evaluation: { missing: '未参加述职测评' }, stars: { missing: '未建立2026年度评星方案' } });
  });

  test('the stars read only for their 不得评优 gate give no component, but their bar reaches the input', () => {
    const facts: ComponentFacts = { ...noFacts, stars: { byPerson: new Map([[1, { raw: { value: 3 }, bar: '少于5星不得评优' }]]), all: null }, starsCounted: false };
    const input = personInput(participant(1), facts, { quarters: new Map(), sanctions: new Map() }, null);
    expect(input.raw).toEqual({});
    expect(input.starsBar).toBe('少于5星不得评优');
    expect(input.quarters).toEqual([null, null, null, null]);
  });

  test('领导评价, 考核项目 and 加减分: entered, not entered, no items this year, no adjustment is 0', () => {
    const items = { points: new Map([[1, { total: 12.5, entries: 3, fromUnit: 0 }]]), none: false, byPerson: new Map(), infos: [], figures: [] };
    const facts: ComponentFacts = { ...noFacts, leader: true, items, adjustments: new Map([[1, { points: -2, records: 1 }]]) };
    expect(rawComponents(participant(1, { leaderScore: 91 }), facts)).toEqual({ leader: { value: 91 }, items: { value: 12.5 }, adjustments: { value: -2 } });
    expect(rawComponents(participant(2), facts)).toEqual({ leader: { missing: '未录入领导评价' }, items: { missing: '未录入考核项目得分' }, adjustments: { value: 0 } });
    expect(rawComponents(participant(1), { ...facts, items: { ...items, none: true } }).items).toEqual({ missing: '本年度未设置考核项目' });
  });

  test('考核项目 with 自动取数 (DOMAIN §8.7): typed + computed points; a missing figure is missing, never 0', () => {
    const auto = (autoTotal: number, missing: string[] = []) => ({ entries: [], autoTotal, autoCount: 1, missing });
    const byPerson = new Map([[1, auto(8)], [2, auto(6.5)], [3, auto(0, ['任务按时完成率：办公室本年度没有到期的牵头任务节点'])]]);
    const items = { points: new Map([[1, { total: 12.5, entries: 3, fromUnit: 0 }]]), none: false, byPerson, infos: [], figures: [] };
    const facts: ComponentFacts = { ...noFacts, items };
    expect(rawComponents(participant(1), facts).items).toEqual({ value: 20.5 });
    // nothing typed: the computed points alone
    expect(rawComponents(participant(2), facts).items).toEqual({ value: 6.5 });
    expect(rawComponents(participant(3), facts).items).toEqual({ missing: '任务按时完成率：办公室本年度没有到期的牵头任务节点' });
  });
});

describe('the view\'s rows and groups', () => {
  test('rows in group order, then rank (no rank last), then roster order', () => {
    const people = [participant(1, { groupId: 2 }), participant(2), participant(3), participant(4), participant(5, { groupId: 2 })];
    const output: Pick<CompositeOutput, 'rows'> = { rows: [figure(1, 2), figure(2, null), figure(3, 1), figure(4, 1), figure(5, 1)] };
    expect(displayOrder(people, [{ id: 1 }, { id: 2 }], output)).toEqual([2, 3, 1, 4, 0]);
    expect(displayOrder(people, [{ id: 2 }, { id: 1 }], output)).toEqual([4, 0, 2, 3, 1]);
  });

  test('a row carries the person, the figures, the red lines and the committee\'s confirmation', () => {
    const p = participant(7, { name: '张三', confirmed: 'excellent', confirmReason: '表现突出', confirmedBy: '考核办' });
    const row = compositeRow(p, figure(7, 1, { suggested: 'competent', note: '名额不足' }), ['述职测评称职及以上率偏低']);
    expect(row).toMatchObject({ personId: 7, name: '张三', rank: 1, suggested: 'competent', note: '名额不足', confirmed: 'excellent', confirmReason: '表现突出', confirmedBy: '考核办' });
    expect(row.redLines).toEqual(['述职测评称职及以上率偏低']);
  });

  test('groups count confirmed 优秀 and read zeros for a group the computation left out', () => {
    const people = [participant(1, { confirmed: 'excellent' }), participant(2, { confirmed: 'excellent', groupId: 2 }), participant(3, { confirmed: 'competent' })];
    const output = { groups: [{ id: 1, size: 2, quotaBase: 2, excellentQuota: 1, excellentSuggested: 1 }] };
    expect(groupViews([{ id: 1, name: '机关' }, { id: 2, name: '事业单位' }], output, people)).toEqual([
      { id: 1, name: '机关', size: 2, quotaBase: 2, excellentQuota: 1, excellentSuggested: 1, excellentConfirmed: 1 },
      { id: 2, name: '事业单位', size: 0, quotaBase: 0, excellentQuota: 0, excellentSuggested: 0, excellentConfirmed: 1 },
    ]);
  });
});

describe('the 数据来源 lines', () => {
  test('red lines in the event\'s own words for the rates, with the rate when there is one', () => {
    const config = presetConfig('civil-servant-level')!;
    const result = { targetId: 1, overall: 70, normalized: null, total: { approvalRate: 7 / 12, failRate: null }, redLines: { lowApproval: true, highFail: true } };
    expect(redLineTexts(config, result)).toEqual([
      `述职测评称职及以上率偏低（58.33%，应不低于${Math.round(config.redLines.minApprovalRate * 10000) / 100}%）`,
      `述职测评不称职率偏高（应不高于${Math.round(config.redLines.maxFailRate * 10000) / 100}%）`,
    ]);
  });

  test('event, quarters, items and closing lines', () => {
    expect(evaluationEventLine({ name: '2026年度述职测评', status: 'closed' }, true)).toBe('述职测评：2026年度述职测评（已结束）');
    expect(evaluationEventLine({ name: '述职', status: 'live' }, false)).toBe('述职测评：述职（正在测评，按当前计票，实到人数未达到规定比例）');
    expect(quartersLine(0, 4)).toBe('平时考核：尚未录入季度等次');
    expect(quartersLine(12, 3)).toBe('平时考核：12人已录入季度等次（按3个季度计）');
    expect(itemsLine({ person: 0, unitPassed: 0 }, null)).toBe('考核项目：本年度未设置计入个人的考核项目');
    expect(itemsLine({ person: 2, unitPassed: 1 }, 30)).toBe('考核项目：2个个人考核项目，1个单位考核项目计入单位人员，满分30分（按指标体系各项目分值合计）');
    const preset = rulesWith();
    const rules = { ...preset, components: preset.components.map((c) => ({ ...c, enabled: c.key !== 'leader' && c.key !== 'items' })) };
    expect(closingLines(rules, 0)).toEqual(['领导评价：本年度不计入综合评定', '考核项目：本年度不计入综合评定']);
    expect(closingLines(rules, 2)[2]).toBe('处分：2人有处分期间涉及本年度的处分记录');
  });
});
