import { describe, expect, it } from 'vitest';
import { annualRulesPreset, type OutcomeCode } from '../../shared/annual/rules';
import type { CompositeRow, CompositeView } from '../../shared/annual/views';
import {
  changeNeeds,
  confirmEntryFor,
  confirmedExcellent,
  gateTag,
  groupCounts,
  isAbove,
  blockedReason,
  needsDialog,
  outcomeOptions,
  overQuota,
} from '../../renderer/pages/annual/composite/composite-decisions';
import { componentNote, formulaText, quotaBasis, signedScore } from '../../renderer/pages/annual/composite/composite-text';

let nextId = 1;
function row(over: Partial<CompositeRow> = {}): CompositeRow {
  const id = nextId++;
  return {
    personId: id,
    name: `人员${id}`,
    unitName: '办公室',
    post: '科员',
    groupId: 1,
    vocabulary: 'civil',
    components: {},
    composite: 90,
    missing: [],
    rank: 1,
    committee: false,
    insufficient: false,
    gates: [],
    cap: 'excellent',
    redLines: [],
    suggested: 'competent',
    note: '',
    confirmed: null,
    confirmReason: '',
    overrideReason: '',
    confirmedBy: null,
    confirmedAt: null,
    ...over,
  };
}

const group = (over: Partial<CompositeView['groups'][number]> = {}) => ({ id: 1, name: '机关科室', size: 10, excellentQuota: 2, excellentSuggested: 2, excellentConfirmed: 0, ...over });

describe('综合评定: what a 确定等次 needs', () => {
  it('the suggested 等次 within the quota needs nothing: saved on the click', () => {
    const me = row({ suggested: 'excellent' });
    const needs = changeNeeds({ rows: [me, row({ confirmed: 'excellent' })], groups: [group()] }, me, 'excellent');
    expect(needs).toMatchObject({ reason: false, override: false, aboveGates: [] });
    expect(needsDialog(needs)).toBe(false);
    expect(confirmEntryFor(me, 'excellent', needs, { reason: '', overrideChecked: false })).toEqual({ personId: me.personId, outcome: 'excellent', reason: '', overrideReason: '' });
  });

  it('a 等次 different from the suggestion needs a written reason', () => {
    const me = row({ suggested: 'competent' });
    const needs = changeNeeds({ rows: [me], groups: [group()] }, me, 'basic');
    expect(needs.reason).toBe(true);
    expect(needs.override).toBe(false);
    expect(needsDialog(needs)).toBe(true);
    expect(confirmEntryFor(me, 'basic', needs, { reason: '   ', overrideChecked: false })).toBeNull();
    expect(confirmEntryFor(me, 'basic', needs, { reason: ' 年内工作失误 ', overrideChecked: false })).toEqual({ personId: me.personId, outcome: 'basic', reason: '年内工作失误', overrideReason: '' });
  });

  it('without a suggestion (missing score) any 等次 needs a reason', () => {
    const me = row({ suggested: null, composite: null, rank: null });
    expect(changeNeeds({ rows: [me], groups: [group()] }, me, 'competent').reason).toBe(true);
  });

  it('优秀 beyond the quota needs the explicit override and its reason; the same text is the reason for the change', () => {
    const a = row({ confirmed: 'excellent' });
    const b = row({ confirmed: 'excellent' });
    const me = row({ suggested: 'competent' });
    const view = { rows: [a, b, me], groups: [group({ excellentConfirmed: 2 })] };
    const needs = changeNeeds(view, me, 'excellent');
    expect(needs).toMatchObject({ reason: true, override: true, excellentOthers: 2, excellentQuota: 2 });
    // a reason without the checkbox is not enough, nor the checkbox without a reason
    expect(confirmEntryFor(me, 'excellent', needs, { reason: '市级表彰', overrideChecked: false })).toBeNull();
    expect(confirmEntryFor(me, 'excellent', needs, { reason: '', overrideChecked: true })).toBeNull();
    expect(confirmEntryFor(me, 'excellent', needs, { reason: '市级表彰', overrideChecked: true })).toEqual({
      personId: me.personId,
      outcome: 'excellent',
      reason: '市级表彰',
      overrideReason: '市级表彰',
    });
  });

  it('the quota counts the others of the same group only: re-choosing one’s own 优秀 or another group’s 优秀 does not count', () => {
    const me = row({ confirmed: 'competent', suggested: 'excellent' });
    const other = row({ confirmed: 'excellent' });
    const elsewhere = row({ groupId: 2, confirmed: 'excellent' });
    const view = { rows: [me, other, elsewhere], groups: [group({ excellentQuota: 2 }), group({ id: 2, excellentQuota: 0 })] };
    expect(confirmedExcellent(view.rows, 1)).toBe(1);
    expect(confirmedExcellent(view.rows, 1, other.personId)).toBe(0);
    expect(changeNeeds(view, me, 'excellent').override).toBe(false);
    const already = row({ confirmed: 'excellent', suggested: 'excellent' });
    const full = { rows: [already, row({ confirmed: 'excellent' })], groups: [group({ excellentQuota: 2 })] };
    expect(changeNeeds(full, already, 'excellent').override).toBe(false);
    // a group with no 优秀 places: even the first 优秀 is an override
    const none = row({ groupId: 2, suggested: 'competent' });
    expect(changeNeeds({ rows: [none], groups: [group({ id: 2, excellentQuota: 0 })] }, none, 'excellent').override).toBe(true);
  });

  it('a rule gate (处分, no “好” quarter, 双十星) forbids the 等次 above it; the score band only asks for a reason', () => {
    const noGood = { code: 'no-good-quarter', label: '全年无“好”等次季度，不得评为优秀', maxOutcome: 'competent' as const };
    const me = row({ gates: [noGood], cap: 'competent', suggested: 'competent' });
    expect(blockedReason(me, 'excellent')).toBe(noGood.label);
    expect(blockedReason(me, 'competent')).toBeNull();
    const options = outcomeOptions(annualRulesPreset, me);
    expect(options.find((o) => o.value === 'excellent')).toMatchObject({ disabled: true, title: noGood.label });
    expect(options.filter((o) => !o.disabled).map((o) => o.label)).toEqual(['称职', '基本称职', '不称职']);

    const demoted = row({ gates: [{ code: 'sanction:降级', label: '降级处分期间，定为不称职', maxOutcome: 'fail' }], cap: 'fail', suggested: 'fail' });
    expect(outcomeOptions(annualRulesPreset, demoted).filter((o) => !o.disabled).map((o) => o.label)).toEqual(['不称职']);

    const band = { code: 'band', label: '综合得分58.00，低于60分，最高为基本称职', maxOutcome: 'basic' as const };
    const low = row({ gates: [band], cap: 'basic', suggested: 'basic' });
    expect(blockedReason(low, 'competent')).toBeNull();
    const needs = changeNeeds({ rows: [low], groups: [group()] }, low, 'competent');
    expect(needs.aboveGates).toEqual([band.label]);
    expect(needs.reason).toBe(true);
    expect(changeNeeds({ rows: [low], groups: [group()] }, low, 'basic').aboveGates).toEqual([]);
  });

  it('orders outcomes like the gates do: 不定等次 allows no level at all', () => {
    const cases: [OutcomeCode, OutcomeCode, boolean][] = [
      ['excellent', 'competent', true],
      ['competent', 'competent', false],
      ['basic', 'competent', false],
      ['fail', 'basic', false],
      ['competent', 'basic', true],
      ['fail', 'undetermined', true],
      ['undetermined', 'fail', false],
      ['undetermined', 'excellent', false],
    ];
    for (const [outcome, cap, above] of cases) expect(isAbove(outcome, cap), `${outcome} vs ${cap}`).toBe(above);
  });
});

describe('综合评定: choices and figures', () => {
  it('offers the person’s own vocabulary; a 不定等次 person can only be 不定等次, and nobody else can', () => {
    const enabled = (r: CompositeRow) => outcomeOptions(annualRulesPreset, r).filter((o) => !o.disabled).map((o) => o.label);
    expect(enabled(row())).toEqual(['优秀', '称职', '基本称职', '不称职']);
    expect(outcomeOptions(annualRulesPreset, row()).map((o) => o.value)).not.toContain('undetermined');
    expect(enabled(row({ vocabulary: 'institution' }))).toEqual(['优秀', '合格', '基本合格', '不合格']);
    const probation = row({ cap: 'undetermined', suggested: 'undetermined', gates: [{ code: 'undetermined', label: '不定等次：试用期至2026-03-01', maxOutcome: 'undetermined' }] });
    expect(enabled(probation)).toEqual(['不定等次']);
    expect(outcomeOptions(annualRulesPreset, probation).find((o) => o.value === 'competent')?.title).toMatch(/年度考核方案/);
    // stored as 不定等次 before the office changed its mind: still shown by its name, but not offered
    const stale = outcomeOptions(annualRulesPreset, row({ confirmed: 'undetermined' })).at(-1);
    expect(stale).toMatchObject({ value: 'undetermined', label: '不定等次', disabled: true });
  });

  it('counts a group: unconfirmed, and how many 「按建议等次确认」 would confirm', () => {
    const rows = [row({ confirmed: 'competent' }), row(), row({ suggested: null }), row({ groupId: 2 })];
    expect(groupCounts(rows, 1)).toEqual({ size: 3, unconfirmed: 2, confirmable: 1, committee: 0 });
    expect(groupCounts(rows)).toEqual({ size: 4, unconfirmed: 3, confirmable: 2, committee: 0 });
  });

  it('leaves a tie at the 优秀 boundary to the committee: not confirmable in bulk, and a 确定等次 for it needs a reason even as suggested', () => {
    const tied = [row({ rank: 3, suggested: 'competent', committee: true, note: '与第3名并列，优秀名额不足，请考核委员会确定' }), row({ rank: 3, suggested: 'competent', committee: true })];
    expect(groupCounts([...tied, row()], 1)).toEqual({ size: 3, unconfirmed: 3, confirmable: 1, committee: 2 });
    const needs = changeNeeds({ rows: tied, groups: [group()] }, tied[0]!, 'competent');
    expect(needs.reason).toBe(true);
    expect(needsDialog(needs)).toBe(true);
  });

  it('a group is over its quota only with more confirmed 优秀 than places', () => {
    expect(overQuota(group({ excellentConfirmed: 2 }))).toBe(false);
    expect(overQuota(group({ excellentConfirmed: 3 }))).toBe(true);
  });

  it('gate tags are short Chinese words', () => {
    expect(gateTag({ code: 'no-good-quarter', label: '全年无“好”等次季度，不得评为优秀' })).toBe('无“好”季度');
    expect(gateTag({ code: 'sanction:警告', label: '2025-03-01受警告处分，当年不得评为优秀' })).toBe('警告处分');
    expect(gateTag({ code: 'stars', label: '双十星：少于5星不得评优' })).toBe('双十星');
    expect(gateTag({ code: 'undetermined', label: '不定等次：试用期' })).toBe('不定等次');
    expect(gateTag({ code: 'something-new', label: '某项新的限制条件' })).toBe('某项新的限制…');
  });

  it('states the formula, the quota basis and signed points in words', () => {
    expect(formulaText(annualRulesPreset)).toBe(
      '综合得分 = 平时考核×40% + 述职测评×30% + 领导评价×20% + 双十星×10% + 加减分（±5分）。各部分先折合为百分制；缺少任一计权部分的，暂不计算综合得分。',
    );
    const adjustments = annualRulesPreset.components.find((c) => c.key === 'adjustments')!;
    expect(componentNote(adjustments)).toBe('±5分');
    expect(quotaBasis(23, 0.2, 'floor')).toBe('23人×20%，向下取整');
    expect(signedScore(2)).toBe('+2.00');
    expect(signedScore(-1.005)).toBe('-1.01');
    expect(signedScore(0)).toBe('0.00');
  });
});
