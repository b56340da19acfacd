import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompositeRow, CompositeView } from '../../shared/annual/views';
import { annualRefusal, auditOf } from '../helpers/annual-app';
import { expectedGroup, setUpSixtyYear, sixtyPeople, sixtyRules, year, type SixtyYear } from '../helpers/annual-sixty';
import { createTestApp, type TestApp } from '../helpers/test-context';

let app: TestApp;
let setup: SixtyYear;
beforeEach(async () => {
  app = await createTestApp();
  setup = await setUpSixtyYear(app);
});
afterEach(() => app.close());

const composite = () => app.call('annual.composite', { year });
const rowOf = (view: CompositeView, name: string): CompositeRow => {
  const row = view.rows.find((r) => r.name === name);
  if (!row) throw new Error(`no row ${name}`);
  return row;
};
const id = (name: string) => setup.ids.get(name)!;
const participantRow = (name: string) =>
  app.ctx.db.prepare('SELECT confirmed, suggested_at_confirm AS suggestedAtConfirm, confirm_reason AS reason, override_reason AS overrideReason, confirmed_by AS confirmedBy FROM annual_participants WHERE year = ? AND person_id = ?').get(year, id(name));

describe('综合评定 of a 60-person year with every component', () => {
  it('gives each person the composite, rank, gates and suggestion worked out independently from the data', async () => {
    const view = await composite();
    expect(view).toMatchObject({ year, status: 'open', unconfirmed: 60 });
    expect(view.groups.map((g) => [g.name, g.size, g.excellentQuota, g.excellentSuggested, g.excellentConfirmed])).toEqual([
      ['班子成员', 4, 0, 0, 0], ['机关科室', 36, 7, 7, 0], ['事业单位', 20, 4, 0, 0],
      // the 事业 staff take no part in 评星: 0 stars, so 「少于5星 不得评优」 bars them like anyone else
    ]);
    for (const group of view.groups) {
      const members = sixtyPeople.filter((p) => setup.groupIds.get(p.group) === group.id);
      const expected = expectedGroup(members, group.excellentQuota);
      const rows = view.rows.filter((r) => r.groupId === group.id);
      expect(rows.map((r) => r.name).sort()).toEqual(members.map((p) => p.name).sort());
      for (const e of expected) {
        const r = rowOf(view, e.name);
        expect(r.composite, e.name).toBeCloseTo(e.composite, 9);
        expect([r.rank, r.cap, r.suggested], e.name).toEqual([e.rank, e.cap, e.suggested]);
      }
    }
    // in group order, then rank, then roster order (the tie 干部07 / 干部08 keeps the roster's order)
    const groupOrder = view.groups.map((g) => g.id);
    const keys = view.rows.map((r) => [groupOrder.indexOf(r.groupId), r.rank ?? Infinity] as const);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    const tie = view.rows.filter((r) => r.name === '干部07' || r.name === '干部08');
    expect(tie.map((r) => [r.name, r.rank])).toEqual([['干部07', 5], ['干部08', 5]]);
    expect(rowOf(view, '干部04').rank).toBe(7);
  });

  it('shows where each figure came from and why a component is missing, never as zero', async () => {
    const view = await composite();
    expect(view.sources).toEqual(expect.arrayContaining([
      '述职测评：2026年度干部述职民主测评（已结束）',
      '领导评价：60人已录入评价分',
      '加减分：3条记录，每人合计不超过±5分',
    ]));
    expect(view.sources.some((s) => s.startsWith('双十星：2026年度十星级党员干部评星方案（16人参加评星'))).toBe(true);

    const clerk = rowOf(view, '职员01');
    expect(clerk.missing).toEqual(['述职测评：未参加述职测评', '双十星：未参加双十星评星']);
    expect(clerk.components.evaluation).toEqual({ raw: null, score: null, part: null, missing: '未参加述职测评' });
    // re-weighted over 平时考核 30, 领导评价 20, 考核项目 20
    // printed to the cent by largest remainder: within 0.01 of the exact part, and the parts add up to the composite
    expect(Math.abs(clerk.components.leader!.part! - (20 / 70) * 93.5)).toBeLessThanOrEqual(0.01);
    const parts = Object.values(clerk.components).reduce((sum, c) => sum + (c.part ?? 0) * 100, 0);
    expect(Math.round(parts)).toBe(Math.round(clerk.composite! * 100));

    const head = rowOf(view, '干部01');
    expect(head.components.evaluation).toMatchObject({ raw: 96, score: 96, missing: null });
    expect(head.components.evaluation!.part).toBeCloseTo(19.2, 9);
    expect(head.components.stars).toMatchObject({ raw: 10, score: 100, part: 10 });
    expect(head.missing).toEqual([]);
    // 考核项目: 39.75 own + 18 党建 of 办公室, out of 65
    expect(head.components.items!.raw).toBeCloseTo(57.75, 9);
    // 信息宣传 12 articles × 0.5 capped at 5; 加减分 +3 +4 capped at ±5
    expect(rowOf(view, '干部10').components.items!.raw).toBeCloseTo(37.5 + 18 + 5, 9);
    expect(rowOf(view, '干部06').components.adjustments).toEqual({ raw: 7, score: 5, part: 5, missing: null });
    expect(rowOf(view, '干部09').components.adjustments).toEqual({ raw: -2, score: -2, part: -2, missing: null });

    const recruit = rowOf(view, '干部36');
    expect(recruit.missing).toContain('平时考核：各季度均为不确定等次');
    expect(recruit.gates[0]).toMatchObject({ code: 'undetermined', maxOutcome: 'undetermined' });
    expect(recruit.gates[0]!.label).toContain('试用期至2027-08-31');
    expect(recruit.suggested).toBe('undetermined');
  });

  it('applies the gates: 警告, 记过 in its period, 降级, fewer than five stars, no “好” quarter; red lines from 述职测评', async () => {
    const view = await composite();
    const gate = (name: string) => rowOf(view, name).gates.map((g) => g.label).join('；');
    expect(gate('干部03')).toContain('2026-05-10受警告处分，当年不得评为优秀');
    expect(rowOf(view, '干部03')).toMatchObject({ rank: 4, suggested: 'competent' });
    expect(gate('干部31')).toContain('记过处分期间（至2026-08-31），最高为基本称职');
    expect(rowOf(view, '干部31').suggested).toBe('basic');
    expect(gate('职员20')).toContain('降级处分期间');
    expect(gate('职员20')).toContain('定为不合格');
    expect(rowOf(view, '职员20')).toMatchObject({ vocabulary: 'institution', suggested: 'fail' });
    expect(gate('干部05')).toContain('少于5星 不得评优');
    expect(gate('职员09')).toContain('全年无“好”等次季度，不得评为优秀');
    expect(rowOf(view, '干部25').redLines).toEqual(['述职测评称职及以上率偏低（40%，应不低于66.67%）']);
    expect(view.rows.filter((r) => r.redLines.length > 0).map((r) => r.name)).toEqual(['干部25']);
  });

  it('enforced the “好” quota of each quarter while the grid was entered', async () => {
    const r = await annualRefusal(app, () => app.call('annual.setQuarter', { year, personId: id('干部15'), quarter: 1, grade: 'good' }));
    expect(r.code).toBe('QUARTER_GOOD_QUOTA');
    expect(r.message).toContain('本季度“好”等次已无剩余名额（已用 14/14）');
  });

  it('waits with the composite of anyone missing a component when the rules say exclude', async () => {
    await app.call('annual.updateRules', { year, rules: { ...sixtyRules(setup.eventId), missingPolicy: 'exclude' } });
    const view = await composite();
    expect(rowOf(view, '干部01').composite).not.toBeNull();
    const clerk = rowOf(view, '职员01');
    expect(clerk).toMatchObject({ composite: null, rank: null, suggested: null });
    expect(clerk.note).toBe('缺少：述职测评、双十星');
    // a gate that decides by itself still suggests
    expect(rowOf(view, '职员20').suggested).toBe('fail');
    expect(view.groups.find((g) => g.name === '事业单位')!.excellentSuggested).toBe(0);
  });

  it('refuses an unknown year', async () => {
    const r = await annualRefusal(app, () => app.call('annual.composite', { year: 2031 }));
    expect(r.code).toBe('ANNUAL_YEAR_NOT_FOUND');
  });
});

describe('考核委员会确定等次', () => {
  it('needs a reason for a change from the suggestion, stores it with the suggestion, and audits it', async () => {
    const missing = await annualRefusal(app, () => app.call('annual.confirm', { year, entries: [{ personId: id('干部06'), outcome: 'competent' }] }));
    expect(missing.code).toBe('CONFIRM_REASON_REQUIRED');
    expect(missing.message).toContain('干部06（建议：优秀，确定：称职）');

    // one entry without its reason refuses the whole batch
    const mixed = await annualRefusal(app, () => app.call('annual.confirm', {
      year, entries: [{ personId: id('干部01'), outcome: 'excellent' }, { personId: id('干部06'), outcome: 'competent' }],
    }));
    expect(mixed.code).toBe('CONFIRM_REASON_REQUIRED');

    expect(await app.call('annual.confirm', { year, entries: [{ personId: id('干部06'), outcome: 'competent', reason: '加分主要来自表彰，经考核委员会研究调整为称职' }] })).toEqual({ saved: 1 });
    const row = rowOf(await composite(), '干部06');
    expect(row).toMatchObject({ suggested: 'excellent', confirmed: 'competent', confirmReason: '加分主要来自表彰，经考核委员会研究调整为称职', overrideReason: '', confirmedBy: '测试员' });
    expect(participantRow('干部06')).toMatchObject({ confirmed: 'competent', suggestedAtConfirm: 'excellent' });
    expect(auditOf(app, 'annual.confirm').map((a) => a.summary)).toEqual(['确定2026年度考核等次：干部06 称职（干部06与建议等次（优秀）不同：加分主要来自表彰，经考核委员会研究调整为称职）']);
  });

  it('keeps 不定等次 and the rule gates as they are decided elsewhere', async () => {
    const notUndetermined = await annualRefusal(app, () => app.call('annual.confirm', { year, entries: [{ personId: id('干部01'), outcome: 'undetermined', reason: '试' }] }));
    expect(notUndetermined.code).toBe('CONFIRM_UNDETERMINED_MISMATCH');
    expect(notUndetermined.message).toContain('干部01不属于不定等次人员');
    const undetermined = await annualRefusal(app, () => app.call('annual.confirm', { year, entries: [{ personId: id('干部36'), outcome: 'competent', reason: '试' }] }));
    expect(undetermined.message).toContain('干部36属于不定等次人员，只能确定为不定等次');
    expect(undetermined.message).toContain('「年度考核方案」');

    const warned = await annualRefusal(app, () => app.call('annual.confirm', { year, entries: [{ personId: id('干部03'), outcome: 'excellent', reason: '工作突出' }] }));
    expect(warned.code).toBe('CONFIRM_ABOVE_GATE');
    expect(warned.message).toContain('干部03（2026-05-10受警告处分，当年不得评为优秀）');
    const demoted = await annualRefusal(app, () => app.call('annual.confirm', { year, entries: [{ personId: id('职员20'), outcome: 'competent', reason: '工作突出' }] }));
    expect(demoted.message).toContain('职员20');
    // a person outside the year
    const outsider = await app.call('people.create', { name: '外单位人员', gender: null, birth: null, idNumber: null, staffNo: null, political: null, unitId: (await app.call('units.list'))[0]!.id, post: null, rank: null, postSince: null, category: null, isLeader: false, hireDate: null, probationEnd: null, note: null });
    const stranger = await annualRefusal(app, () => app.call('annual.confirm', { year, entries: [{ personId: outsider.id, outcome: 'competent' }] }));
    expect(stranger.code).toBe('NOT_A_PARTICIPANT');
  });

  it('holds confirmed 优秀 to the group quota unless the committee overrides it with a reason, shown on the row', async () => {
    expect(await app.call('annual.confirmAsSuggested', { year })).toEqual({ saved: 60, leftForCommittee: [] });
    let view = await composite();
    expect(view.unconfirmed).toBe(0);
    expect(view.groups.map((g) => g.excellentConfirmed)).toEqual([0, 7, 0]);
    expect(view.rows.every((r) => r.confirmed === r.suggested)).toBe(true);

    // 干部11 is next in line, but the seven places are taken
    const over = await annualRefusal(app, () => app.call('annual.confirm', { year, entries: [{ personId: id('干部11'), outcome: 'excellent', reason: '全年承担急难险重任务' }] }));
    expect(over.code).toBe('EXCELLENT_QUOTA_EXCEEDED');
    expect(over.message).toBe('机关科室：优秀名额为7名，确定后将有8名优秀，超出1名。超出名额须经考核委员会研究决定，请为超出名额的人员填写超额理由');

    await app.call('annual.confirm', { year, entries: [{ personId: id('干部11'), outcome: 'excellent', reason: '全年承担急难险重任务', overrideReason: '经考核委员会研究，报主管部门同意增加1名' }] });
    view = await composite();
    expect(rowOf(view, '干部11')).toMatchObject({ confirmed: 'excellent', suggested: 'competent', overrideReason: '经考核委员会研究，报主管部门同意增加1名' });
    expect(view.groups.find((g) => g.name === '机关科室')!.excellentConfirmed).toBe(8);
    expect(auditOf(app, 'annual.confirm').at(-1)!.summary).toBe('确定2026年度考核等次：干部11 优秀（干部11与建议等次（称职）不同：全年承担急难险重任务；干部11超出优秀名额：经考核委员会研究，报主管部门同意增加1名）');

    // within the quota an override reason is not kept: it would show in red for nothing
    await app.call('annual.clearConfirmation', { year, personIds: [id('干部11')] });
    await app.call('annual.confirm', { year, entries: [{ personId: id('干部06'), outcome: 'competent', reason: '本人申请让出名额' }] });
    await app.call('annual.confirm', { year, entries: [{ personId: id('干部12'), outcome: 'excellent', reason: '全年工作突出', overrideReason: '多余的理由' }] });
    expect(rowOf(await composite(), '干部12').overrideReason).toBe('');
  });

  it('confirms one group as suggested, and clears confirmations with an audit row', async () => {
    const office = setup.groupIds.get('机关科室')!;
    expect(await app.call('annual.confirmAsSuggested', { year, groupId: office })).toEqual({ saved: 36, leftForCommittee: [] });
    expect((await composite()).unconfirmed).toBe(24);
    expect(auditOf(app, 'annual.confirmAsSuggested').map((a) => a.summary)).toEqual([expect.stringMatching(/^按建议确定2026年度考核等次（机关科室）：干部\d+ (优秀|称职)、.*等36人$/)]);
    // nothing left to confirm in the group
    expect(await app.call('annual.confirmAsSuggested', { year, groupId: office })).toEqual({ saved: 0, leftForCommittee: [] });

    expect(await app.call('annual.clearConfirmation', { year, personIds: [id('干部01'), id('干部02'), id('职员01')] })).toEqual({ cleared: 2 });
    const view = await composite();
    expect(rowOf(view, '干部01')).toMatchObject({ confirmed: null, confirmedBy: null, confirmedAt: null, confirmReason: '' });
    expect(view.unconfirmed).toBe(26);
    expect(participantRow('干部01')).toMatchObject({ confirmed: null, suggestedAtConfirm: null });
    expect(auditOf(app, 'annual.clearConfirmation').map((a) => a.summary)).toEqual([expect.stringMatching(/^撤销2026年度考核已确定的等次：干部01（(优秀|称职)）、干部02（(优秀|称职)）$/)]);
  });
});
