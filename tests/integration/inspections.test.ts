import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annualRefusal, auditOf, buildRoster, createAnnualYear, type AnnualSetup } from '../helpers/annual-app';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * 督查督办 (DOMAIN §8.6) through the channels as the renderer calls them: 督查记录 and their 整改 as of
 * today, 通报表扬/通报批评 creating 加减分 records under the year's rules (read back through the
 * 年度考核's own 加减分 channel), removal, all-or-none, and the year lock. Today is 2026-05-20.
 */

let app: TestApp;
let setup: AnnualSetup;
let office: number;
let politics: number;
const person = (name: string) => setup.roster.people.get(name)!;
beforeEach(async () => {
  app = await createTestApp({ today: '2026-05-20' });
  setup = await createAnnualYear(app);
  office = setup.roster.units.get('办公室')!;
  politics = setup.roster.units.get('政治工作科')!;
});
afterEach(() => app.close());

const record = (fields: { unitId: number; date: string; team?: string; findings?: string; requirement?: string; deadline?: string | null; doneOn?: string | null; id?: number; personId?: number | null }) =>
  app.call('inspections.saveRecord', {
    year: 2026, team: '县委第二督查组', content: '值班值守和应急准备', findings: '值班记录不全', ...fields,
  });
const adjustmentsOf = async (name: string) => app.call('annual.adjustments', { year: 2026, personId: person(name) });

describe('督查记录 and 整改', () => {
  it('records a 督查 with its 整改; overdue as of today with the days, then done; the 督查组 vocabulary; audit rows', async () => {
    const late = await record({ unitId: office, date: '2026-03-05', requirement: '补齐值班记录，建立交接班制度', deadline: '2026-03-31' });
    // 3月31日 to 5月20日: 30 days of April and 20 of May
    expect(late).toMatchObject({ unitName: '办公室', state: 'overdue', daysOverdue: 50, personName: null });
    const running = await record({ unitId: politics, date: '2026-05-06', team: '局机关督查室', requirement: '完善档案', deadline: '2026-05-20', personId: person('郭志强') });
    // the 期限 day itself is still in time
    expect(running).toMatchObject({ state: 'open', daysOverdue: 0, personName: '郭志强' });
    const clean = await record({ unitId: politics, date: '2026-04-01', findings: '' });
    expect(clean.state).toBe('none');

    const done = await record({ id: late.id, unitId: office, date: '2026-03-05', requirement: '补齐值班记录，建立交接班制度', deadline: '2026-03-31', doneOn: '2026-04-15' });
    expect(done).toMatchObject({ id: late.id, state: 'done', daysOverdue: 0, doneOn: '2026-04-15' });

    const list = await app.call('inspections.records', { year: 2026 });
    expect(list.today).toBe('2026-05-20');
    expect(list.records.map((r) => [r.unitName, r.date, r.state])).toEqual([['政治工作科', '2026-05-06', 'open'], ['政治工作科', '2026-04-01', 'none'], ['办公室', '2026-03-05', 'done']]);
    expect(list.teams).toEqual(['县委第二督查组', '局机关督查室']);

    const rows = auditOf(app, 'inspections.record').map((r) => r.summary);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toBe('登记督查记录：2026-03-05 县委第二督查组督查办公室，整改期限2026-03-31');
    expect(rows[3]).toBe('登记整改完成：2026-03-05 县委第二督查组督查办公室，整改期限2026-03-31，2026-04-15已整改');
    // saving unchanged writes no audit row
    await record({ id: clean.id, unitId: politics, date: '2026-04-01', findings: '' });
    expect(auditOf(app, 'inspections.record')).toHaveLength(4);

    await app.call('inspections.deleteRecord', { id: clean.id });
    expect((await app.call('inspections.records', { year: 2026 })).records).toHaveLength(2);
    expect(auditOf(app, 'inspections.deleteRecord')[0]!.summary).toBe('删除督查记录：2026-04-01 县委第二督查组督查政治工作科');
  });

  it('refuses bad dates naming the field, and the database stays as it was', async () => {
    const r = await record({ unitId: office, date: '2026-03-05', requirement: '整改', deadline: '2026-03-31' });
    const cases: [() => Promise<unknown>, string][] = [
      [() => record({ unitId: office, date: '2026-03-05', requirement: '整改', deadline: '2026-03-01' }), '整改期限2026-03-01早于督查日期2026-03-05'],
      [() => record({ id: r.id, unitId: office, date: '2026-03-05', requirement: '整改', deadline: '2026-03-31', doneOn: '2026-06-01' }), '整改完成日期2026-06-01晚于今天，请在整改完成后再登记'],
      [() => record({ unitId: office, date: '2025-12-30' }), '督查日期应在2026年度内，输入的2025-12-30不在2026年'],
      [() => record({ unitId: office, date: '2026-03-05', doneOn: '2026-04-01' }), '该记录没有整改要求或期限，不需要登记整改完成'],
      [() => record({ unitId: 99_999, date: '2026-03-05' }), '所选被督查单位已不存在，请刷新后重新选择'],
      [() => app.call('inspections.deleteRecord', { id: 99_999 }), '督查记录（编号99999）不存在，可能已被删除，请刷新后重试'],
    ];
    for (const [run, message] of cases) expect((await annualRefusal(app, run)).message).toBe(message);
  });
});

describe('通报表扬 / 通报批评 into the 加减分', () => {
  it('通报批评 of a person creates the 加减分 record with the year\'s points and the 通报 as evidence; deleting the 通报 removes it', async () => {
    const defaults = await app.call('inspections.settings', { year: 2026 });
    expect(defaults).toMatchObject({ saved: false, settings: { praisePoints: 1, criticismPoints: -1, passOn: 'none' } });
    await app.call('inspections.setSettings', { year: 2026, settings: { ...defaults.settings, criticismPoints: -0.5 } });
    expect(auditOf(app, 'inspections.settings')[0]!.summary).toBe('修改2026年度督查设置：通报表扬+1分，通报批评-0.5分，单位通报不计入个人（只计单位）');

    const { notice, notParticipants } = await app.call('inspections.addNotice', {
      year: 2026, date: '2026-04-10', docNo: '某督通〔2026〕3号', kind: 'criticism', personIds: [person('周立新')], reason: '值班期间脱岗',
    });
    expect(notParticipants).toEqual([]);
    expect(notice).toMatchObject({ kind: 'criticism', unitId: null, people: [{ name: '周立新' }], adjustments: [{ name: '周立新', points: -0.5 }] });
    const [adj] = await adjustmentsOf('周立新');
    expect(adj).toMatchObject({
      id: notice.adjustments[0]!.id, kind: '通报批评', points: -0.5, date: '2026-04-10', reason: '通报批评：值班期间脱岗',
      evidence: '2026-04-10 通报批评（某督通〔2026〕3号）：周立新，值班期间脱岗',
    });
    // the 加减分 path audits the record as if entered by hand, and the 通报 its own row
    expect(auditOf(app, 'annual.addAdjustment')).toHaveLength(1);
    expect(auditOf(app, 'inspections.notice')[0]!.summary).toBe('登记2026-04-10 通报批评（某督通〔2026〕3号）：周立新，值班期间脱岗；加减分1人各-0.5分（周立新）');

    await app.call('inspections.deleteNotice', { id: notice.id });
    expect(await adjustmentsOf('周立新')).toEqual([]);
    expect(await app.call('inspections.notices', { year: 2026 })).toEqual([]);
    expect(auditOf(app, 'annual.deleteAdjustment')).toHaveLength(1);
    expect(auditOf(app, 'inspections.deleteNotice')[0]!.summary).toBe('删除2026-04-10 通报批评（某督通〔2026〕3号）：周立新，同时删除其加减分记录1条（周立新）');
  });

  it('通报表扬 of a unit passes on per the year\'s rule: none, 班子成员, all participants; people not in the year are reported', async () => {
    const s = (await app.call('inspections.settings', { year: 2026 })).settings;
    const praise = (reason: string) => app.call('inspections.addNotice', { year: 2026, date: '2026-05-08', kind: 'praise', unitId: office, reason });

    const none = await praise('信息报送及时');
    expect(none).toMatchObject({ notParticipants: [], notice: { unitName: '办公室', adjustments: [] } });

    await app.call('inspections.setSettings', { year: 2026, settings: { ...s, passOn: 'leaders', praisePoints: 2 } });
    const leaders = await praise('应急演练组织有力');
    expect(leaders.notice.adjustments.map((a) => [a.name, a.points])).toEqual([['王建国', 2], ['李红梅', 2]]);
    expect((await adjustmentsOf('王建国'))[0]).toMatchObject({ kind: '通报表扬', points: 2, evidence: '2026-05-08 通报表扬：办公室，应急演练组织有力（单位通报，按本年度规则计入该单位的班子成员）' });

    // a newcomer after the year was set up is no participant: reported, not silently skipped
    await buildRoster(app, [{ name: '新同志', unit: '办公室', category: '公务员' }]);
    await app.call('inspections.setSettings', { year: 2026, settings: { ...s, passOn: 'all' } });
    const all = await praise('档案达标');
    expect(all.notice.adjustments.map((a) => a.name)).toEqual(['王建国', '李红梅', '周立新', '黄振华', '何丽娟']);
    expect(all.notParticipants).toEqual(['新同志']);
    expect(auditOf(app, 'inspections.notice')[2]!.summary).toContain('；未参加本年度考核未计入：新同志');

    // the rule is read when the 通报 is entered: changing it later does not rewrite earlier 通报
    const notices = await app.call('inspections.notices', { year: 2026 });
    expect(notices.map((n) => n.adjustments.length)).toEqual([5, 2, 0]);
    await app.call('inspections.deleteNotice', { id: all.notice.id });
    expect((await adjustmentsOf('黄振华'))).toEqual([]);
    expect((await adjustmentsOf('王建国')).map((a) => a.reason)).toEqual(['通报表扬：应急演练组织有力']);
    // a record deleted on the 评价与奖惩 page is simply gone from its 通报, which can still be deleted
    await app.call('annual.deleteAdjustment', { id: leaders.notice.adjustments[0]!.id });
    expect((await app.call('inspections.notices', { year: 2026 })).find((n) => n.id === leaders.notice.id)!.adjustments.map((a) => a.name)).toEqual(['李红梅']);
    await app.call('inspections.deleteNotice', { id: leaders.notice.id });
    expect(await app.call('annual.adjustments', { year: 2026 })).toEqual([]);
  });

  it('all or none: one person outside the year, a point value over the cap, or a kind taken out of the vocabulary refuses the whole 通报', async () => {
    const newcomer = (await buildRoster(app, [{ name: '新同志', unit: '办公室', category: '公务员' }])).people.get('新同志')!;
    const criticise = (personIds: number[]) => app.call('inspections.addNotice', { year: 2026, date: '2026-04-10', kind: 'criticism', personIds, reason: '会议缺席' });
    const outside = await annualRefusal(app, () => criticise([person('周立新'), newcomer, person('黄振华')]));
    expect(outside).toEqual({
      code: 'NOT_A_PARTICIPANT',
      message: '新同志不在2026年度考核的参加人员中，通报批评无法计入其加减分；请先在「年度考核方案」中加入，或从本次通报中去掉（本次通报未登记）',
    });
    // the 加减分 component's cap (±5 in the preset) bounds each record: nothing is written
    const s = (await app.call('inspections.settings', { year: 2026 })).settings;
    await app.call('inspections.setSettings', { year: 2026, settings: { ...s, criticismPoints: -8 } });
    expect((await annualRefusal(app, () => criticise([person('周立新'), person('黄振华')]))).code).toBe('ADJUSTMENT_OUT_OF_RANGE');
    await app.call('inspections.setSettings', { year: 2026, settings: s });
    await app.call('annual.setAdjustmentKinds', { kinds: ['表彰奖励', '通报表扬', '其他'] });
    expect((await annualRefusal(app, () => criticise([person('周立新')]))).message).toBe('加减分类别“通报批评”不在可选范围内（可选：表彰奖励、通报表扬、其他）');
    const neither = await annualRefusal(app, () => app.call('inspections.addNotice', { year: 2026, date: '2026-04-10', kind: 'praise', reason: '表现突出' }));
    expect(neither.message).toBe('请选择被通报的单位或人员');
    const both = await annualRefusal(app, () => app.call('inspections.addNotice', { year: 2026, date: '2026-04-10', kind: 'praise', unitId: office, personIds: [person('周立新')], reason: '表现突出' }));
    expect(both.message).toBe('一条通报只能针对一个单位或若干人员，请分开登记');
    expect(await app.call('annual.adjustments', { year: 2026 })).toEqual([]);
  });
});

describe('a locked 考核年度', () => {
  it('refuses every write of 督查督办, by the services and by the triggers; reading still works', async () => {
    const s = (await app.call('inspections.settings', { year: 2026 })).settings;
    await app.call('inspections.setSettings', { year: 2026, settings: { ...s, passOn: 'leaders' } });
    const r = await record({ unitId: office, date: '2026-03-05', requirement: '整改', deadline: '2026-03-31' });
    const { notice } = await app.call('inspections.addNotice', { year: 2026, date: '2026-04-10', kind: 'praise', unitId: office, reason: '表现突出' });
    app.ctx.db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = '2027-01-20T00:00:00.000Z', locked_by = '测试员', results_json = '{}' WHERE year = 2026`).run();
    const writes = [
      () => app.call('inspections.setSettings', { year: 2026, settings: s }),
      () => record({ unitId: politics, date: '2026-04-01' }),
      () => record({ id: r.id, unitId: office, date: '2026-03-05', requirement: '整改', deadline: '2026-03-31', doneOn: '2026-04-01' }),
      () => app.call('inspections.deleteRecord', { id: r.id }),
      () => app.call('inspections.addNotice', { year: 2026, date: '2026-04-11', kind: 'criticism', personIds: [person('周立新')], reason: '迟到' }),
      () => app.call('inspections.deleteNotice', { id: notice.id }),
    ];
    for (const write of writes) {
      const refused = await annualRefusal(app, write);
      expect(refused.code).toBe('YEAR_LOCKED');
      expect(refused.message).toContain('2026年度已确认等次并锁定');
    }
    const db = app.ctx.db;
    for (const sql of [
      'UPDATE inspection_records SET findings = \'x\'',
      'DELETE FROM inspection_years',
      'DELETE FROM inspection_notices',
      'DELETE FROM inspection_notice_adjustments',
      `INSERT INTO inspection_notice_people (notice_id, person_id) VALUES (${notice.id}, ${person('周立新')})`,
    ]) expect(() => db.prepare(sql).run()).toThrow(/KAOPING_YEAR_LOCKED/);
    expect((await app.call('inspections.records', { year: 2026 })).records).toHaveLength(1);
    expect((await app.call('inspections.notices', { year: 2026 }))[0]!.adjustments).toHaveLength(2);
  });

  it('a unit or person named in a 督查 or 通报 is not deleted; nor a year with 督查', async () => {
    const empty = (await app.call('units.create', { name: '宣传科', parentId: setup.roster.officeId })).id;
    await record({ unitId: empty, date: '2026-03-05' });
    expect((await annualRefusal(app, () => app.call('units.delete', { id: empty }))).message).toContain('1 条督查记录或通报');
    expect((await annualRefusal(app, () => app.call('annual.deleteYear', { year: 2026 }))).message).toContain('督查记录和通报1条');
    // a person outside the year (no other data) named in a 督查记录 is kept, not hard-deleted
    const newcomer = (await buildRoster(app, [{ name: '新同志', unit: '办公室', category: '公务员' }])).people.get('新同志')!;
    await record({ unitId: office, date: '2026-03-06', personId: newcomer });
    expect((await annualRefusal(app, () => app.call('people.delete', { id: newcomer }))).code).toBe('PERSON_HAS_DATA');
  });
});
