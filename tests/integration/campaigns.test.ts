import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CampaignPlanInput, CampaignView } from '../../shared/campaigns';
import { annualRefusal, auditOf, createAnnualYear, type AnnualSetup } from '../helpers/annual-app';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * 专项活动 (DOMAIN §8.2) through the channels as the renderer calls them: a 解放思想大讨论 from its preset,
 * editing the 活动方案, the register (one cell, 全部标记完成), evidence files, the progress and overdue
 * list, and the year lock. Today moves: it starts at 2026-07-15, in the 学习讨论 phase.
 */

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

let app: TestApp;
let setup: AnnualSetup;
let today = '2026-07-15';
let office: number;
let politics: number;
let centre: number;
let campaign: CampaignView;
const person = (name: string) => setup.roster.people.get(name)!;
beforeEach(async () => {
  today = '2026-07-15';
  app = await createTestApp({ today: () => today });
  setup = await createAnnualYear(app);
  office = setup.roster.units.get('办公室')!;
  politics = setup.roster.units.get('政治工作科')!;
  centre = setup.roster.units.get('综合保障中心')!;
  campaign = await app.call('campaigns.create', { year: 2026, preset: 'emancipation' });
});
afterEach(() => app.close());

const planOf = (c: CampaignView): CampaignPlanInput => structuredClone(c.plan);
const study = 1;
const essay = 2;
const record = (personId: number, dutyId: number, count: number, doneOn: string | null, note = '') => app.call('campaigns.setRecord', { id: campaign.id, dutyId, personId, count, doneOn, note });

describe('活动方案', () => {
  it('from the preset 解放思想大讨论: dated phases in order, tasks with 牵头单位 matched to the units, two duties', async () => {
    expect(await app.call('campaigns.presets')).toEqual([{ key: 'emancipation', name: '解放思想大讨论' }]);
    const { plan } = campaign;
    expect(plan.name).toBe('2026年解放思想大讨论活动');
    expect(plan.phases.map((p) => `${p.name} ${p.from}~${p.to}`)).toEqual([
      '动员部署 2026-05-01~2026-05-31', '学习讨论 2026-06-01~2026-08-31', '查摆剖析 2026-09-01~2026-09-30', '整改落实 2026-10-01~2026-11-30', '总结提高 2026-12-01~2026-12-31',
    ]);
    expect(plan.tasks[0]).toMatchObject({ name: '召开动员大会，印发活动方案', leadUnitId: office, due: '2026-05-15', doneOn: null });
    expect(plan.tasks[2]).toMatchObject({ leadUnitId: centre });
    expect(plan.duties).toEqual([
      { id: 1, name: '参加集中学习', due: '2026-08-31', count: 4, unitIds: null },
      { id: 2, name: '提交心得体会', due: '2026-12-31', count: 1, unitIds: null },
    ]);
    expect(await app.call('campaigns.list', { year: 2026 })).toEqual([expect.objectContaining({ id: campaign.id, name: plan.name, from: '2026-05-01', to: '2026-12-31' })]);
    expect(auditOf(app, 'campaigns.create').map((a) => a.summary)).toEqual(['新建专项活动：2026年解放思想大讨论活动（预设“解放思想大讨论”）']);
  });

  it('is edited whole: a new duty gets the next id, a task its 配合单位 and completion; the audit row words each field', async () => {
    const plan = planOf(campaign);
    plan.phases[1]!.to = '2026-09-10';
    plan.phases[2]!.from = '2026-09-11';
    plan.tasks[0] = { ...plan.tasks[0]!, partnerUnitIds: [politics], doneOn: '2026-05-12' };
    plan.duties.push({ name: '撰写对照检查材料', due: '2026-09-30', count: 1, unitIds: [politics] });
    const saved = await app.call('campaigns.save', { id: campaign.id, plan });
    expect(saved.plan.duties.map((d) => [d.id, d.name])).toEqual([[1, '参加集中学习'], [2, '提交心得体会'], [3, '撰写对照检查材料']]);
    expect(saved.plan.tasks[0]).toMatchObject({ partnerUnitIds: [politics], doneOn: '2026-05-12' });
    const changes = app.ctx.db.prepare("SELECT changes_json FROM audit_log WHERE action = 'campaigns.save'").pluck().get() as string;
    const fields = (JSON.parse(changes) as { field: string; after: string }[]);
    expect(fields.map((c) => c.field)).toEqual(['活动阶段', '工作任务', '个人任务']);
    expect(fields[2]!.after).toContain('撰写对照检查材料（时限2026-09-30；政治工作科）');
    // the duty for 政治工作科 only: its people owe it, 办公室's do not
    const register = await app.call('campaigns.register', { id: campaign.id });
    expect(register.rows.find((r) => r.personId === person('郭志强'))!.dutyIds).toEqual([1, 2, 3]);
    expect(register.rows.find((r) => r.personId === person('王建国'))!.dutyIds).toEqual([1, 2]);
    expect((await annualRefusal(app, () => record(person('王建国'), 3, 1, '2026-07-01'))).message).toBe('该人员不是“撰写对照检查材料”的适用人员（不在适用单位或不在职）');
  });

  it('refuses a bad plan naming the row and field, with nothing written', async () => {
    const overlapping = planOf(campaign);
    overlapping.phases[2]!.from = '2026-08-20';
    expect((await annualRefusal(app, () => app.call('campaigns.save', { id: campaign.id, plan: overlapping }))).message)
      .toBe('活动方案有误：第3阶段“查摆剖析”：开始日期2026-08-20与第2阶段“学习讨论”（至2026-08-31）重叠');
    const reversed = planOf(campaign);
    reversed.phases[0] = { name: '动员部署', from: '2026-05-31', to: '2026-05-01' };
    expect((await annualRefusal(app, () => app.call('campaigns.save', { id: campaign.id, plan: reversed }))).message).toContain('第1阶段“动员部署”：开始日期2026-05-31晚于结束日期2026-05-01');
    const outOfOrder = planOf(campaign);
    outOfOrder.phases.reverse();
    expect((await annualRefusal(app, () => app.call('campaigns.save', { id: campaign.id, plan: outOfOrder }))).message).toContain('第2阶段“整改落实”：应排在第1阶段“总结提高”之前');
    const otherYear = planOf(campaign);
    otherYear.tasks[1]!.due = '2027-01-10';
    otherYear.tasks[2]!.leadUnitId = 99999;
    otherYear.phases[4]!.to = '2026-12-32';
    const many = await annualRefusal(app, () => app.call('campaigns.save', { id: campaign.id, plan: otherYear }));
    expect(many.message).toContain('第5阶段“总结提高”：结束日期“2026-12-32”不是有效日期');
    expect(many.message).toContain('第2项工作任务“组织集中学习和专题讨论”：完成时限2027-01-10不在2026年度内');
    expect(many.message).toContain('第3项工作任务“开展征求意见和查摆剖析”：牵头单位不存在，请重新选择');
    // a duty with register entries is not removed
    await record(person('王建国'), essay, 1, '2026-07-01');
    const dropped = planOf(campaign);
    dropped.duties.pop();
    expect((await annualRefusal(app, () => app.call('campaigns.save', { id: campaign.id, plan: dropped }))).message).toBe('个人任务“提交心得体会”已有登记，不能删除（可修改其名称、时限或次数）');
    expect((await annualRefusal(app, () => app.call('campaigns.delete', { id: campaign.id }))).message).toBe('“2026年解放思想大讨论活动”已有1条个人任务登记，不能删除');
  });
});

describe('登记', () => {
  it('one cell: counts toward N, a date when complete, not after today; 0 clears it', async () => {
    const wang = person('王建国');
    expect((await record(wang, study, 2, '2026-06-20')).count).toBe(2);
    expect((await annualRefusal(app, () => record(wang, study, 4, null))).message).toBe('王建国“参加集中学习”：已完成，请填写完成日期');
    expect((await annualRefusal(app, () => record(wang, study, 5, '2026-07-01'))).message).toBe('王建国“参加集中学习”：完成次数5超过应完成的4次');
    expect((await annualRefusal(app, () => record(wang, study, 4, '2026-07-16'))).message).toBe('王建国“参加集中学习”：完成日期2026-07-16晚于今天');
    await record(wang, study, 4, '2026-07-10', '第四次集中学习补学');
    const register = await app.call('campaigns.register', { id: campaign.id, unitId: office });
    expect(register.rows.map((r) => r.name)).toEqual(['王建国', '李红梅', '周立新', '黄振华', '何丽娟']);
    expect(register.cells).toEqual([{ dutyId: study, personId: wang, count: 4, doneOn: '2026-07-10', note: '第四次集中学习补学', evidenceFile: null }]);
    // keystrokes on one cell are one audit row, before the first → after the last
    const rows = app.ctx.db.prepare("SELECT changes_json FROM audit_log WHERE action = 'campaigns.record'").pluck().all() as string[];
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!)).toEqual([{ subject: '王建国', field: '参加集中学习', before: '未登记', after: '4/4次（2026-07-10），说明：第四次集中学习补学' }]);
    await record(wang, study, 0, null, '第四次集中学习补学');
    await record(wang, study, 0, null);
    expect((await app.call('campaigns.register', { id: campaign.id })).cells).toEqual([]);
  });

  it('「全部标记完成」 marks the unit\'s people not yet done, with the date; all or nothing', async () => {
    await record(person('郭志强'), essay, 1, '2026-07-01', '已交');
    const marked = await app.call('campaigns.markAll', { id: campaign.id, dutyId: essay, unitId: politics, doneOn: '2026-07-14' });
    expect(marked).toEqual({ marked: 2 });
    const cells = (await app.call('campaigns.register', { id: campaign.id, unitId: politics })).cells;
    expect(cells.map((c) => `${c.personId === person('郭志强') ? '郭' : 'x'} ${c.count} ${c.doneOn} ${c.note}`).sort()).toEqual(['x 1 2026-07-14 ', 'x 1 2026-07-14 ', '郭 1 2026-07-01 已交']);
    expect(auditOf(app, 'campaigns.markAll')[0]!.summary).toBe('专项活动全部标记完成：2026年解放思想大讨论活动 政治工作科“提交心得体会”2人，完成日期2026-07-14');
    expect(await app.call('campaigns.markAll', { id: campaign.id, dutyId: essay, unitId: politics, doneOn: '2026-07-14' })).toEqual({ marked: 0 });
    expect((await annualRefusal(app, () => app.call('campaigns.markAll', { id: campaign.id, dutyId: study, unitId: centre, doneOn: '2026-08-01' }))).message).toBe('完成日期2026-08-01晚于今天');
    // a failure at the third person leaves the first two unwritten
    app.ctx.db.exec(`CREATE TEMP TRIGGER fail_third BEFORE INSERT ON campaign_records WHEN NEW.person_id = ${person('袁志华')} BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    await annualRefusal(app, () => app.call('campaigns.markAll', { id: campaign.id, dutyId: study, unitId: centre, doneOn: '2026-07-15' }));
    expect((await app.call('campaigns.register', { id: campaign.id, unitId: centre })).cells).toEqual([]);
  });

  it('evidence: stored by content in the data folder, read back verified; a cell must be registered first', async () => {
    const wang = person('王建国');
    expect((await annualRefusal(app, () => app.call('campaigns.setEvidence', { id: campaign.id, dutyId: essay, personId: wang, file: { fileName: '心得体会.png', bytes: png } }))).message)
      .toBe('王建国“提交心得体会”尚未登记，请先登记完成情况再上传佐证材料');
    await record(wang, essay, 1, '2026-07-02');
    const cell = await app.call('campaigns.setEvidence', { id: campaign.id, dutyId: essay, personId: wang, file: { fileName: 'C:\\材料\\心得体会.png', bytes: png } });
    expect(cell.evidenceFile).toEqual({ fileName: '心得体会.png', size: png.length });
    expect(fs.existsSync(path.join(app.dir, 'evidence', `${sha(png)}.png`))).toBe(true);
    const back = await app.call('campaigns.openEvidence', { id: campaign.id, dutyId: essay, personId: wang });
    expect(back.fileName).toBe('心得体会.png');
    expect(Buffer.from(back.bytes).equals(png)).toBe(true);
    // clearing the count keeps the row while it holds a file
    await record(wang, essay, 0, null);
    expect((await app.call('campaigns.register', { id: campaign.id, unitId: office })).cells).toEqual([expect.objectContaining({ count: 0, evidenceFile: { fileName: '心得体会.png', size: png.length } })]);
    expect((await app.call('campaigns.setEvidence', { id: campaign.id, dutyId: essay, personId: wang, file: null })).evidenceFile).toBeNull();
    expect(auditOf(app, 'campaigns.evidence')).toHaveLength(2);
  });
});

describe('进度与逾期', () => {
  it('per unit figures and the overdue names at a date, across the 时限', async () => {
    // 办公室: 王建国 4/4 on time, 李红梅 4/4 late (9-02), 周立新 3/4; 政治工作科 all done by 8-20
    today = '2026-09-15';
    await record(person('王建国'), study, 4, '2026-08-28');
    await record(person('李红梅'), study, 4, '2026-09-02');
    await record(person('周立新'), study, 3, '2026-08-30');
    await app.call('campaigns.markAll', { id: campaign.id, dutyId: study, unitId: politics, doneOn: '2026-08-20' });
    await record(person('郭志强'), essay, 1, '2026-09-10');
    const p = await app.call('campaigns.progress', { id: campaign.id });
    expect(p.asOf).toBe('2026-09-15');
    expect(p.phases.filter((ph) => ph.current).map((ph) => ph.name)).toEqual(['查摆剖析']);
    expect(p.tasks.map((t) => t.status)).toEqual(['overdue', 'overdue', 'open', 'open', 'open', 'open']);
    expect(p.tasks[0]!.leadUnitName).toBe('办公室');
    const byUnit = Object.fromEntries(p.units.map((u) => [u.unitName, [u.people, u.assigned, u.due, u.done, u.doneLate, u.overdue, u.peopleOverdue, u.rate]]));
    expect(byUnit).toEqual({
      办公室: [5, 10, 5, 1, 1, 3, 3, 20],
      政治工作科: [3, 6, 3, 4, 0, 0, 0, 67],
      综合保障中心: [4, 8, 4, 0, 0, 4, 4, 0],
    });
    expect(p.total).toEqual({ assigned: 24, due: 12, done: 5, doneLate: 1, overdue: 7, rate: 25 });
    expect(p.duties.map((d) => [d.name, d.assigned, d.done, d.doneLate, d.overdue])).toEqual([['参加集中学习', 12, 4, 1, 7], ['提交心得体会', 12, 1, 0, 0]]);
    expect(p.overdue.map((u) => `${u.unitName}：${u.people.map((x) => x.name).join('、')}`)).toEqual([
      '办公室：周立新、黄振华、何丽娟', '综合保障中心：谢文涛、于海涛、袁志华、曾晓红',
    ]);
    expect(p.overdue[0]!.people[0]!.duties).toEqual(['参加集中学习']);
    // seen from before the 时限 nobody is overdue, and a later record does not count yet
    const before = await app.call('campaigns.progress', { id: campaign.id, asOf: '2026-08-31' });
    expect(before.overdue).toEqual([]);
    expect(before.total).toMatchObject({ due: 12, done: 4, doneLate: 0, overdue: 0 });
    // after New Year the 心得体会 of everyone but 郭志强 is overdue too
    const after = await app.call('campaigns.progress', { id: campaign.id, asOf: '2027-01-01' });
    expect(after.total).toMatchObject({ due: 24, done: 5, doneLate: 1, overdue: 18 });
  });
});

describe('a locked 考核年度', () => {
  it('refuses every write of 专项活动, by the services and by the triggers', async () => {
    const wang = person('王建国');
    await record(wang, essay, 1, '2026-07-02');
    await app.call('campaigns.setEvidence', { id: campaign.id, dutyId: essay, personId: wang, file: { fileName: '心得.png', bytes: png } });
    app.ctx.db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = '2027-01-20T00:00:00.000Z', locked_by = '测试员', results_json = '{}' WHERE year = 2026`).run();
    const writes = [
      () => app.call('campaigns.create', { year: 2026, preset: 'emancipation' }),
      () => app.call('campaigns.save', { id: campaign.id, plan: planOf(campaign) }),
      () => app.call('campaigns.delete', { id: campaign.id }),
      () => record(wang, study, 1, '2026-07-01'),
      () => app.call('campaigns.markAll', { id: campaign.id, dutyId: study, unitId: office, doneOn: '2026-07-01' }),
      () => app.call('campaigns.setEvidence', { id: campaign.id, dutyId: essay, personId: wang, file: null }),
    ];
    for (const write of writes) {
      const refused = await annualRefusal(app, write);
      expect(refused.code).toBe('YEAR_LOCKED');
      expect(refused.message).toContain('2026年度已确认等次并锁定');
    }
    expect(() => app.ctx.db.prepare('UPDATE campaigns SET name = ? WHERE id = ?').run('x', campaign.id)).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => app.ctx.db.prepare('DELETE FROM campaign_records').run()).toThrow(/KAOPING_YEAR_LOCKED/);
    // reading still works
    expect((await app.call('campaigns.progress', { id: campaign.id })).total.done).toBe(1);
    expect((await app.call('campaigns.openEvidence', { id: campaign.id, dutyId: essay, personId: wang })).fileName).toBe('心得.png');
  });

  it('a unit named in a campaign, a person with entries and a year with campaigns are not deleted', async () => {
    const empty = (await app.call('units.create', { name: '宣传科', parentId: setup.roster.officeId })).id;
    const plan = planOf(campaign);
    plan.tasks[1]!.partnerUnitIds = [empty];
    await app.call('campaigns.save', { id: campaign.id, plan });
    expect((await annualRefusal(app, () => app.call('units.delete', { id: empty }))).message).toContain('1 个专项活动的牵头、配合或适用单位');
    expect((await annualRefusal(app, () => app.call('annual.deleteYear', { year: 2026 }))).message).toContain('专项活动1个');
    await record(person('袁志华'), essay, 1, '2026-07-02');
    expect((await annualRefusal(app, () => app.call('people.delete', { id: person('袁志华') }))).message).toMatch(/./);
  });
});
