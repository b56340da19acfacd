import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listYearItemFacts } from '../../db/weekly';
import { weeklyParticipation } from '../../shared/weekly';
import { annualRefusal, auditOf, createAnnualYear, type AnnualSetup } from '../helpers/annual-app';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * 周晒成绩 (DOMAIN §8) through the channels as the renderer calls them: the year's rules, posting a
 * week, 「复制上周未完成」, leaders' 亮点/不足, the 未晒 list, evidence files, and the year lock.
 * Today is 2026-03-26, the Thursday of 2026年第13周 (ISO weeks).
 */

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

let app: TestApp;
let setup: AnnualSetup;
let office: number;
let politics: number;
let centre: number;
beforeEach(async () => {
  app = await createTestApp({ today: '2026-03-26' });
  setup = await createAnnualYear(app);
  office = setup.roster.units.get('办公室')!;
  politics = setup.roster.units.get('政治工作科')!;
  centre = setup.roster.units.get('综合保障中心')!;
});
afterEach(() => app.close());

const unit = (id: number) => ({ kind: 'unit' as const, id });
const post = (week: number, id: number, items: { id?: number; text: string; figure?: string; unfinished?: boolean }[], year = 2026) =>
  app.call('weekly.saveItems', { year, week, target: unit(id), items });

describe('周晒设置', () => {
  it('defaults to the units under the office, per 科室, ISO weeks; saved per year with an audit row', async () => {
    const s = await app.call('weekly.settings', { year: 2026 });
    expect(s).toMatchObject({ saved: false, settings: { mode: 'unit', weekRule: 'thursday', startWeek: 1 } });
    expect(new Set(s.settings.unitIds)).toEqual(new Set([office, politics, centre]));
    const saved = await app.call('weekly.setSettings', { year: 2026, settings: { ...s.settings, unitIds: [office, politics], startWeek: 10 } });
    expect(saved).toMatchObject({ saved: true, settings: { unitIds: [office, politics], startWeek: 10 } });
    expect(auditOf(app, 'weekly.settings')).toHaveLength(1);
    const week = await app.call('weekly.week', { year: 2026 });
    expect(week).toMatchObject({ week: 13, currentWeek: 13, start: '2026-03-23', end: '2026-03-29', weeksInYear: 53, officeName: '某区国防动员办公室' });
    expect(week.targets.map((t) => t.name)).toEqual(['办公室', '政治工作科']);
    // before the first 周晒 week nobody is listed as 未晒
    expect((await app.call('weekly.week', { year: 2026, week: 9 })).notPosted).toEqual([]);
    const refused = await annualRefusal(app, () => app.call('weekly.setSettings', { year: 2026, settings: { ...s.settings, unitIds: [] } }));
    expect((await annualRefusal(app, () => app.call('weekly.week', { year: 2026, week: 54 }))).code).toBe('BAD_INPUT');
    expect(refused.message).toBe('请至少选择一个参晒单位');
  });

  it('按个人晒: the 在职 people of the chosen units post, each on their own', async () => {
    const s = (await app.call('weekly.settings', { year: 2026 })).settings;
    await app.call('weekly.setSettings', { year: 2026, settings: { ...s, mode: 'person', unitIds: [politics] } });
    const week = await app.call('weekly.week', { year: 2026, week: 12 });
    expect(week.targets.map((t) => `${t.kind}:${t.name}:${t.unitName}`)).toEqual(['person:郭志强:政治工作科', 'person:吴明远:政治工作科', 'person:林建峰:政治工作科']);
    const guo = setup.roster.people.get('郭志强')!;
    await app.call('weekly.saveItems', { year: 2026, week: 12, target: { kind: 'person', id: guo }, items: [{ text: '完成干部档案审核' }] });
    expect((await app.call('weekly.week', { year: 2026, week: 12 })).notPosted.map((t) => t.name)).toEqual(['吴明远', '林建峰']);
    // a unit is not a target in this mode
    expect((await annualRefusal(app, () => post(12, politics, [{ text: 'x' }]))).code).toBe('WEEKLY_TARGET_INVALID');
  });
});

describe('周晒成绩', () => {
  it('posts a week: items with figures and 未完成, edits keep the ids; a bad figure is refused naming the row, nothing written', async () => {
    const first = await post(12, office, [{ text: '完成全市人防工程检查', figure: '完成率 95%' }, { text: '起草宣传月方案', unfinished: true }, { text: '' }]);
    expect(first.map((i) => [i.text, i.figure, i.unfinished])).toEqual([
      ['完成全市人防工程检查', { label: '完成率', value: 95, unit: '%' }, false],
      ['起草宣传月方案', null, true],
    ]);
    const refused = await annualRefusal(app, () => post(12, office, [{ id: first[0]!.id, text: '完成全市人防工程检查' }, { text: '走访企业', figure: '很多' }]));
    expect(refused.message).toBe('办公室第2条：“很多”不是数字，请写成“完成率 95%”“检查12处”这样的数字加单位');
    const second = await post(12, office, [{ id: first[1]!.id, text: '起草宣传月方案（初稿）', unfinished: true }, { id: first[0]!.id, text: '完成全市人防工程检查', figure: '检查12处' }]);
    expect(second.map((i) => i.id)).toEqual([first[1]!.id, first[0]!.id]);
    expect(second[1]!.figure).toEqual({ label: '检查', value: 12, unit: '处' });
    // keystrokes on one cell within a minute are one audit row, worded
    const rows = app.ctx.db.prepare(`SELECT summary, changes_json FROM audit_log WHERE action = 'weekly.post'`).all() as { summary: string; changes_json: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.summary).toBe('周晒成绩：办公室 2026年第12周');
    expect(JSON.parse(rows[0]!.changes_json)[0]).toMatchObject({ before: '（未晒）', after: '1. 起草宣传月方案（初稿）〔未完成〕；2. 完成全市人防工程检查（检查 12处）' });
    // an empty list takes the week back
    expect(await post(12, office, [])).toEqual([]);
  });

  it('「复制上周未完成」 copies last week\'s open items once, across the year end too', async () => {
    await post(12, office, [{ text: '完成全市人防工程检查' }, { text: '起草宣传月方案', unfinished: true }, { text: '修订值班制度', unfinished: true, figure: '完成 60%' }]);
    await post(12, politics, [{ text: '组织理论学习', unfinished: true }]);
    await post(13, office, [{ text: '修订值班制度', unfinished: true }]);
    const { copied } = await app.call('weekly.copyUnfinished', { year: 2026, week: 13 });
    // 办公室: 起草宣传月方案 (修订值班制度 is there already); 政治工作科: 组织理论学习
    expect(copied).toBe(2);
    const week = await app.call('weekly.week', { year: 2026, week: 13 });
    const items = (id: number) => week.targets.find((t) => t.id === id)!.items;
    expect(items(office).map((i) => i.text)).toEqual(['修订值班制度', '起草宣传月方案']);
    expect(items(office)[1]).toMatchObject({ unfinished: true, mark: null });
    expect(items(office)[1]!.carriedFrom).not.toBeNull();
    expect(items(politics).map((i) => i.text)).toEqual(['组织理论学习']);
    expect((await app.call('weekly.copyUnfinished', { year: 2026, week: 13 })).copied).toBe(0);
    expect(auditOf(app, 'weekly.copyUnfinished').map((r) => r.summary)).toEqual(['复制上周未完成：2026年第13周，2个单位共2条']);

    // 2027年第1周 takes 2026年第53周's (2026-12-28..2027-01-03)
    await createAnnualYear(app, { year: 2027, people: [] });
    await post(53, centre, [{ text: '年终物资盘点', unfinished: true }]);
    expect((await app.call('weekly.copyUnfinished', { year: 2027, week: 1, targets: [unit(centre)] })).copied).toBe(1);
    expect((await app.call('weekly.week', { year: 2027, week: 1 })).targets.find((t) => t.id === centre)!.items.map((i) => i.text)).toEqual(['年终物资盘点']);
  });

  it('leaders mark 亮点/不足 with a comment; marks stay through edits; the 未晒 list names who has not posted', async () => {
    const [item] = await post(12, office, [{ text: '完成全市人防工程检查', figure: '完成率 95%' }]);
    const marked = await app.call('weekly.mark', { id: item!.id, mark: 'highlight', comment: '检查全覆盖，值得推广' });
    expect(marked).toMatchObject({ mark: 'highlight', markComment: '检查全覆盖，值得推广', markedBy: '测试员' });
    await post(12, office, [{ id: item!.id, text: '完成全市人防工程检查（含复查）', figure: '完成率 95%' }]);
    const week = await app.call('weekly.week', { year: 2026, week: 12 });
    expect(week.targets[0]!.items[0]).toMatchObject({ text: '完成全市人防工程检查（含复查）', mark: 'highlight' });
    expect(week.notPosted.map((t) => t.name)).toEqual(['政治工作科', '综合保障中心']);
    expect(auditOf(app, 'weekly.mark')[0]!.summary).toBe('周晒点评：办公室 2026年第12周“完成全市人防工程检查”——亮点：检查全覆盖，值得推广');
    expect(await app.call('weekly.mark', { id: item!.id, mark: null })).toMatchObject({ mark: null, markComment: '', markedBy: null });
    expect((await annualRefusal(app, () => app.call('weekly.mark', { id: 9999, mark: 'shortfall' }))).code).toBe('WEEKLY_ITEM_NOT_FOUND');
  });

  it('an evidence file is stored content-addressed in evidence/ and read back byte for byte; a renamed file is refused', async () => {
    const [item] = await post(12, office, [{ text: '完成全市人防工程检查' }]);
    const withFile = await app.call('weekly.setEvidence', { id: item!.id, note: '检查记录见附件', file: { fileName: 'C:\\材料\\检查照片.png', bytes: png } });
    expect(withFile).toMatchObject({ evidenceNote: '检查记录见附件', evidenceFile: { fileName: '检查照片.png', size: png.length } });
    expect(fs.readdirSync(path.join(app.dir, 'evidence'))).toEqual([`${sha(png)}.png`]);
    const back = await app.call('weekly.openEvidence', { id: item!.id });
    expect(back.fileName).toBe('检查照片.png');
    expect(Buffer.from(back.bytes)).toEqual(png);
    // the note changes, the file stays
    expect(await app.call('weekly.setEvidence', { id: item!.id, note: '另见台账' })).toMatchObject({ evidenceNote: '另见台账', evidenceFile: { fileName: '检查照片.png' } });
    const refused = await annualRefusal(app, () => app.call('weekly.setEvidence', { id: item!.id, note: '', file: { fileName: '照片.png', bytes: Buffer.from('MZ not a picture') } }));
    expect(refused.code).toBe('EVIDENCE_CONTENT_MISMATCH');
    expect(fs.readdirSync(path.join(app.dir, 'evidence'))).toHaveLength(1);
    expect(await app.call('weekly.setEvidence', { id: item!.id, note: '', file: null })).toMatchObject({ evidenceFile: null });
    expect(auditOf(app, 'weekly.evidence')).toHaveLength(3);
  });
});

describe('participation from the stored year (for the 月度通报 and the 年度考核)', () => {
  it('gives the worked example of DOMAIN §8.3 from what was posted', async () => {
    const s = (await app.call('weekly.settings', { year: 2026 })).settings;
    await app.call('weekly.setSettings', { year: 2026, settings: { ...s, startWeek: 10 } });
    const [a] = await post(10, office, [{ text: '人防工程检查' }, { text: '值班制度修订' }]);
    await app.call('weekly.mark', { id: a!.id, mark: 'highlight', comment: '好' });
    const [b] = await post(11, office, [{ text: '宣传月筹备', unfinished: true }]);
    await app.call('weekly.mark', { id: b!.id, mark: 'shortfall', comment: '偏慢' });
    await post(13, office, [{ text: '通信演练' }]);
    await post(10, politics, [{ text: '理论学习' }]);
    await post(12, politics, [{ text: '档案审核' }]);
    const input = { rules: { weekRule: s.weekRule, startWeek: 10 }, items: listYearItemFacts(app.ctx.db, 2026), asOf: app.ctx.today() };
    expect(weeklyParticipation(input, { kind: 'unit', id: office }, { year: 2026, month: 3 })).toEqual({
      weeksExpected: 4, weeksPosted: 3, missedWeeks: [12], items: 4, highlights: 1, shortfalls: 1, unfinished: 1, rate: 0.75,
    });
    expect(weeklyParticipation(input, { kind: 'unit', id: politics }, { year: 2026, month: 3 })).toMatchObject({ weeksExpected: 3, weeksPosted: 2, missedWeeks: [11] });
    expect(weeklyParticipation(input, { kind: 'unit', id: centre }, { year: 2026 })).toMatchObject({ weeksExpected: 3, weeksPosted: 0, rate: 0 });
  });
});

describe('a locked 考核年度', () => {
  it('refuses every write of 周晒成绩, by the services and by the triggers, and the database stays as it was', async () => {
    const s = (await app.call('weekly.settings', { year: 2026 })).settings;
    await app.call('weekly.setSettings', { year: 2026, settings: s });
    await post(11, office, [{ text: '值班制度修订', unfinished: true }]);
    const [item] = await post(12, office, [{ text: '完成全市人防工程检查' }]);
    app.ctx.db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = '2027-01-20T00:00:00.000Z', locked_by = '测试员', results_json = '{}' WHERE year = 2026`).run();
    const writes = [
      () => app.call('weekly.setSettings', { year: 2026, settings: { ...s, startWeek: 5 } }),
      () => post(12, office, [{ id: item!.id, text: '改动' }]),
      () => post(13, politics, [{ text: '新增' }]),
      () => app.call('weekly.copyUnfinished', { year: 2026, week: 12 }),
      () => app.call('weekly.mark', { id: item!.id, mark: 'highlight', comment: '好' }),
      () => app.call('weekly.setEvidence', { id: item!.id, note: '说明', file: { fileName: '照片.png', bytes: png } }),
    ];
    for (const write of writes) {
      const refused = await annualRefusal(app, write);
      expect(refused.code).toBe('YEAR_LOCKED');
      expect(refused.message).toContain('2026年度已确认等次并锁定');
    }
    expect(fs.existsSync(path.join(app.dir, 'evidence'))).toBe(false);
    // the triggers hold for any other path
    expect(() => app.ctx.db.prepare('UPDATE weekly_items SET text = ? WHERE id = ?').run('x', item!.id)).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => app.ctx.db.prepare('DELETE FROM weekly_years WHERE year = 2026').run()).toThrow(/KAOPING_YEAR_LOCKED/);
    // reading still works
    expect((await app.call('weekly.week', { year: 2026, week: 12 })).targets[0]!.items).toHaveLength(1);
  });

  it('a unit or person with postings is not deleted; a year with postings is not deleted', async () => {
    const empty = (await app.call('units.create', { name: '宣传科', parentId: setup.roster.officeId })).id;
    const s = (await app.call('weekly.settings', { year: 2026 })).settings;
    await app.call('weekly.setSettings', { year: 2026, settings: { ...s, unitIds: [...s.unitIds, empty] } });
    await post(12, empty, [{ text: '物资盘点' }]);
    expect((await annualRefusal(app, () => app.call('units.delete', { id: empty }))).message).toContain('1 周的周晒成绩');
    expect((await annualRefusal(app, () => app.call('annual.deleteYear', { year: 2026 }))).message).toContain('周晒成绩1条');
  });
});
