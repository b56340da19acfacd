import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annualRefusal, auditOf, createAnnualYear, type AnnualSetup } from '../helpers/annual-app';
import { personInput } from '../helpers/people-input';
import { createTestApp, type TestApp } from '../helpers/test-context';

/** 领导评价, 加减分 (with their kinds) and 处分: entry, validation, listing, deletion and the year lock. */

let app: TestApp;
let setup: AnnualSetup;
const year = 2026;

beforeEach(async () => {
  app = await createTestApp();
  setup = await createAnnualYear(app);
});
afterEach(() => app.close());

const person = (name: string) => setup.roster.people.get(name)!;
const lock = (y: number) =>
  app.ctx.db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = '2027-01-20T00:00:00.000Z', locked_by = '测试员', results_json = '{}' WHERE year = ?`).run(y);

describe('领导评价', () => {
  it('saves, changes and clears scores in one call, audited', async () => {
    expect(await app.call('annual.setLeaderScores', { year, entries: [{ personId: person('周立新'), score: 92.5 }, { personId: person('黄振华'), score: 88 }] })).toEqual({ saved: 2 });
    await app.call('annual.setLeaderScores', { year, entries: [{ personId: person('黄振华'), score: null }] });
    const scores = Object.fromEntries((await app.call('annual.participants', { year })).map((p) => [p.name, p.leaderScore]));
    expect(scores).toMatchObject({ 周立新: 92.5, 黄振华: null, 何丽娟: null });
    expect(auditOf(app, 'annual.setLeaderScores').map((a) => a.summary)).toEqual(['2026年度领导评价：修改2人（周立新、黄振华）', '2026年度领导评价 黄振华：88 → 空']);
  });

  it('refuses a score out of 0..100, a non-participant, and the same person twice, saving none of the batch', async () => {
    const out = await annualRefusal(app, () => app.call('annual.setLeaderScores', { year, entries: [{ personId: person('周立新'), score: 101 }] }));
    expect(out.message).toContain('领导评价分应在0～100之间');
    const outsider = await app.call('people.create', personInput(setup.roster.units.get('办公室')!, { name: '新同志' }));
    const refused = await annualRefusal(app, () =>
      app.call('annual.setLeaderScores', { year, entries: [{ personId: person('周立新'), score: 90 }, { personId: outsider.id, score: 80 }] }));
    expect(refused.message).toBe('新同志不在2026年度考核的参加人员中，请先在「年度考核方案」中加入');
    const twice = await annualRefusal(app, () =>
      app.call('annual.setLeaderScores', { year, entries: [{ personId: person('周立新'), score: 90 }, { personId: person('周立新'), score: 80 }] }));
    expect(twice.message).toBe('周立新在本次提交中出现了两次');
  });
});

describe('加减分', () => {
  it('keeps the kinds as an editable list', async () => {
    expect(await app.call('annual.adjustmentKinds')).toEqual(['表彰奖励', '通报表扬', '通报批评', '负面清单', '其他']);
    expect(await app.call('annual.setAdjustmentKinds', { kinds: ['表彰奖励', '负面清单', '信息采用'] })).toEqual(['表彰奖励', '负面清单', '信息采用']);
    expect(await app.call('annual.adjustmentKinds')).toEqual(['表彰奖励', '负面清单', '信息采用']);
    expect((await annualRefusal(app, () => app.call('annual.setAdjustmentKinds', { kinds: ['表彰奖励', '表彰奖励'] }))).message).toBe('第2项“表彰奖励”与前面的类别重复');
    expect(auditOf(app, 'annual.setAdjustmentKinds')).toHaveLength(1);
  });

  it('adds, lists and deletes records with who and when', async () => {
    const a = await app.call('annual.addAdjustment', { year, personId: person('周立新'), kind: '表彰奖励', points: 2, date: '2026-05-04', reason: '获评市级优秀青年', evidence: '市委组织部文件' });
    expect(a).toMatchObject({ name: '周立新', unitName: '办公室', kind: '表彰奖励', points: 2, date: '2026-05-04', enteredBy: '测试员', evidence: '市委组织部文件' });
    await app.call('annual.addAdjustment', { year, personId: person('周立新'), kind: '通报批评', points: -1, date: '2026-03-01', reason: '会议迟到被通报' });
    await app.call('annual.addAdjustment', { year, personId: person('黄振华'), kind: '负面清单', points: -3, date: '2026-08-20', reason: '列入负面清单' });
    expect((await app.call('annual.adjustments', { year })).map((r) => [r.name, r.points, r.date])).toEqual([
      ['周立新', -1, '2026-03-01'], ['周立新', 2, '2026-05-04'], ['黄振华', -3, '2026-08-20'],
    ]);
    expect((await app.call('annual.adjustments', { year, personId: person('黄振华') })).map((r) => r.kind)).toEqual(['负面清单']);
    await app.call('annual.deleteAdjustment', { id: a.id });
    expect((await app.call('annual.adjustments', { year, personId: person('周立新') })).map((r) => r.points)).toEqual([-1]);
    expect(auditOf(app, 'annual.addAdjustment')[0]!.summary).toBe('2026年度加减分 周立新：表彰奖励 +2分（2026-05-04，获评市级优秀青年）');
    expect(auditOf(app, 'annual.deleteAdjustment')[0]!.summary).toBe('删除2026年度加减分 周立新：表彰奖励 +2分（2026-05-04）');
  });

  it('caps one record at the 加减分 component’s cap, wants a date in the year and a known kind', async () => {
    const add = (fields: { points?: number; date?: string; kind?: string }) =>
      app.call('annual.addAdjustment', { year, personId: person('周立新'), kind: fields.kind ?? '表彰奖励', points: fields.points ?? 1, date: fields.date ?? '2026-05-04', reason: '测试' });
    expect((await annualRefusal(app, () => add({ points: 8 }))).message).toBe('周立新：加减分分值应在-5～5之间（本年度加减分上限为±5分），输入的8超出范围');
    expect((await annualRefusal(app, () => add({ points: -5.5 }))).code).toBe('ADJUSTMENT_OUT_OF_RANGE');
    expect((await annualRefusal(app, () => add({ date: '2025-12-31' }))).message).toBe('周立新：加减分日期应在2026-01-01～2026-12-31之间，输入的2025-12-31不在2026年度内');
    expect((await annualRefusal(app, () => add({ kind: '嘉奖' }))).message).toBe('加减分类别“嘉奖”不在可选范围内（可选：表彰奖励、通报表扬、通报批评、负面清单、其他）');
    expect((await annualRefusal(app, () => add({ points: 0 }))).message).toContain('分值不能为0');
    expect(await add({ points: -5 })).toMatchObject({ points: -5 });

    // without a cap on the component, one record may carry up to ±100
    const { rules } = await app.call('annual.year', { year });
    await app.call('annual.updateRules', { year, rules: { ...rules, components: rules.components.map((c) => (c.key === 'adjustments' ? { ...c, cap: null } : c)) } });
    expect(await add({ points: 30 })).toMatchObject({ points: 30 });
    expect((await annualRefusal(app, () => add({ points: 101 }))).message).toContain('分值应在-100～100之间');
  });
});

describe('处分', () => {
  it('adds with the rules’ default period, lists those overlapping the year, deletes', async () => {
    const warning = await app.call('annual.addSanction', { year, personId: person('黄振华'), type: '警告', decidedOn: '2026-03-05', documentNo: '某纪发〔2026〕3号', reason: '违反工作纪律' });
    expect(warning).toMatchObject({ name: '黄振华', type: '警告', months: 6, endsOn: '2026-09-04', documentNo: '某纪发〔2026〕3号', enteredBy: '测试员' });
    const demerit = await app.call('annual.addSanction', { year, personId: person('郭志强'), type: '记过', decidedOn: '2025-11-10' });
    expect(demerit).toMatchObject({ months: 12, endsOn: '2026-11-09' });
    const dismissal = await app.call('annual.addSanction', { year, personId: person('林建峰'), type: '开除', decidedOn: '2026-12-01' });
    expect(dismissal).toMatchObject({ months: null, endsOn: null });
    const custom = await app.call('annual.addSanction', { year, personId: person('吴明远'), type: '记大过', decidedOn: '2026-01-31', months: 1 });
    expect(custom).toMatchObject({ months: 1, endsOn: '2026-02-28' });

    expect((await app.call('annual.sanctions', { year })).map((s) => [s.name, s.type])).toEqual([
      ['郭志强', '记过'], ['吴明远', '记大过'], ['黄振华', '警告'], ['林建峰', '开除'],
    ]);
    // a 2027 year sees the 开除 (no end) only once its people join; the 记过 ended in 2026
    await app.call('annual.createYear', { year: 2027, addParticipants: true });
    expect((await app.call('annual.sanctions', { year: 2027 })).map((s) => s.type)).toEqual(['开除']);

    await app.call('annual.deleteSanction', { id: warning.id });
    expect((await app.call('annual.sanctions', { year })).map((s) => s.type)).toEqual(['记过', '记大过', '开除']);
    expect(auditOf(app, 'annual.addSanction')[0]!.summary).toBe('登记处分 黄振华的警告处分（2026-03-05至2026-09-04），某纪发〔2026〕3号');
    expect(auditOf(app, 'annual.deleteSanction')[0]!.summary).toBe('删除处分 黄振华的警告处分（2026-03-05至2026-09-04）');
  });

  it('lists only participants of the year', async () => {
    const outsider = await app.call('people.create', personInput(setup.roster.units.get('办公室')!, { name: '新同志' }));
    app.ctx.db.prepare("INSERT INTO annual_sanctions (person_id, type, decided_on, months, entered_by, entered_at) VALUES (?, '记过', '2026-02-01', 12, '测试员', '2026-02-01')").run(outsider.id);
    expect(await app.call('annual.sanctions', { year })).toEqual([]);
    expect((await annualRefusal(app, () => app.call('annual.addSanction', { year, personId: outsider.id, type: '警告', decidedOn: '2026-02-01' }))).code).toBe('NOT_A_PARTICIPANT');
  });

  it('refuses a period that does not overlap the year', async () => {
    const refused = await annualRefusal(app, () => app.call('annual.addSanction', { year, personId: person('郭志强'), type: '记大过', decidedOn: '2024-01-01' }));
    expect(refused).toMatchObject({ code: 'SANCTION_OUTSIDE_YEAR', message: '郭志强的记大过处分（2024-01-01至2025-06-30）与2026年度不重叠，不影响本年度考核，请在相应年度中登记' });
  });

  it('refuses a 处分 whose period touches a locked year, naming that year, to add or to delete', async () => {
    const before = await app.call('annual.addSanction', { year, personId: person('郭志强'), type: '记过', decidedOn: '2025-11-10' });
    await app.call('annual.createYear', { year: 2025, addParticipants: true });
    lock(2025);
    const add = await annualRefusal(app, () => app.call('annual.addSanction', { year, personId: person('吴明远'), type: '记过', decidedOn: '2025-12-20' }));
    expect(add.code).toBe('YEAR_LOCKED');
    expect(add.message).toBe(`吴明远的记过处分（2025-12-20至2026-12-19）的处分期间涉及2025年度：2025年度已确认等次并锁定（归档），其中的数据不能再修改；如确需修改，请由管理员在「综合评定」页面解锁`);
    expect((await annualRefusal(app, () => app.call('annual.deleteSanction', { id: before.id }))).code).toBe('YEAR_LOCKED');
    // a 处分 of 2026 alone is fine
    expect(await app.call('annual.addSanction', { year, personId: person('吴明远'), type: '警告', decidedOn: '2026-04-01' })).toMatchObject({ endsOn: '2026-09-30' });
  });
});

describe('a locked year', () => {
  it('refuses 领导评价 and 加减分 writes', async () => {
    const kept = await app.call('annual.addAdjustment', { year, personId: person('周立新'), kind: '表彰奖励', points: 1, date: '2026-05-04', reason: '测试' });
    lock(year);
    const attempts: (() => Promise<unknown>)[] = [
      () => app.call('annual.setLeaderScores', { year, entries: [{ personId: person('周立新'), score: 90 }] }),
      () => app.call('annual.addAdjustment', { year, personId: person('周立新'), kind: '表彰奖励', points: 1, date: '2026-05-04', reason: '测试' }),
      () => app.call('annual.deleteAdjustment', { id: kept.id }),
      () => app.call('annual.addSanction', { year, personId: person('周立新'), type: '警告', decidedOn: '2026-04-01' }),
    ];
    for (const attempt of attempts) {
      const refused = await annualRefusal(app, attempt);
      expect(refused.code).toBe('YEAR_LOCKED');
      expect(refused.message).toContain('2026年度已确认等次并锁定');
    }
  });
});
