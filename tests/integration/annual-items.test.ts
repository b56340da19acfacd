import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import type { AssessmentItem } from '../../shared/annual/views';
import { annualRefusal, auditOf, createAnnualYear, type AnnualSetup } from '../helpers/annual-app';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * 指标体系 and scores: items with their four methods, entries checked against the item's range,
 * unit scores passed on to the unit's people, and the rules for changing an item that has entries.
 */

let app: TestApp;
let setup: AnnualSetup;
let categories: { id: number; name: string }[];
const year = 2026;

beforeEach(async () => {
  app = await createTestApp();
  setup = await createAnnualYear(app);
  categories = (await app.call('annual.items', { year })).categories;
});
afterEach(() => app.close());

type ItemInput = ChannelInput<'annual.saveItem'>['item'];
const person = (name: string) => setup.roster.people.get(name)!;
const unit = (name: string) => setup.roster.units.get(name)!;
const category = (name: string) => categories.find((c) => c.name === name)!.id;

async function item(fields: Partial<ItemInput> & Pick<ItemInput, 'name'>): Promise<AssessmentItem> {
  return app.call('annual.saveItem', {
    year,
    item: { categoryId: category('主责业绩'), appliesTo: 'person', method: 'score', maxPoints: 20, stepPoints: null, passToPeople: false, ...fields },
  });
}

const lockYear = () =>
  app.ctx.db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = '2027-01-20T00:00:00.000Z', locked_by = '测试员', results_json = '{}' WHERE year = ?`).run(year);

describe('items', () => {
  it('creates items of every method and lists them by category', async () => {
    await item({ name: '党建工作', categoryId: category('党建绩效') });
    await item({ name: '发表文章', method: 'bonus', maxPoints: 5, stepPoints: 0.5 });
    await item({ name: '考勤违规', categoryId: category('作风建设'), method: 'deduct', maxPoints: 6, stepPoints: 2 });
    await item({ name: '重点课题', categoryId: category('重点任务'), method: 'done', maxPoints: 10 });
    const { items } = await app.call('annual.items', { year });
    // 主责业绩, 重点任务, 党建绩效, 作风建设
    expect(items.map((i) => i.name)).toEqual(['发表文章', '重点课题', '党建工作', '考勤违规']);
    expect(items[0]).toMatchObject({ method: 'bonus', maxPoints: 5, stepPoints: 0.5, entries: 0, passToPeople: false });
    expect(auditOf(app, 'annual.saveItem').map((a) => a.summary)).toContain('新增2026年度考核项目“发表文章”（加分项（按次），上限5分）');
  });

  it('refuses inconsistent items with a message naming the item, leaving the database as it was', async () => {
    const cases: [Partial<ItemInput> & { name: string }, string][] = [
      [{ name: '发表文章', method: 'bonus', maxPoints: 5, stepPoints: null }, '“发表文章”是加分项（按次），请填写每次分值'],
      [{ name: '考勤违规', method: 'deduct', maxPoints: 5, stepPoints: null }, '“考勤违规”是扣分项（按次），请填写每次分值'],
      [{ name: '党建工作', method: 'score', stepPoints: 1 }, '“党建工作”是直接评分项目，不设每次分值'],
      [{ name: '重点课题', method: 'done', stepPoints: 1 }, '“重点课题”是完成/未完成项目，不设每次分值'],
      [{ name: '获奖', method: 'bonus', maxPoints: 2, stepPoints: 3 }, '“获奖”的每次分值3大于分值上限2'],
      [{ name: '个人考评', appliesTo: 'person', passToPeople: true }, '“个人考评”适用于个人，只有适用于单位的项目才能计入单位人员得分'],
      [{ name: '别年类别', categoryId: 99999 }, '所选类别不属于2026年度，可能已被删除，请刷新后重试'],
    ];
    for (const [fields, message] of cases) {
      const refused = await annualRefusal(app, () => item(fields));
      expect(refused.message).toBe(message);
    }
    await item({ name: '党建工作' });
    expect((await annualRefusal(app, () => item({ name: '党建工作' }))).message).toBe('2026年度已有名为“党建工作”的考核项目');
  });

  it('moves an item within its category and deletes one without entries', async () => {
    const a = await item({ name: '甲' });
    const b = await item({ name: '乙' });
    const c = await item({ name: '丙' });
    await item({ name: '丁', categoryId: category('重点任务') });
    await app.call('annual.moveItem', { id: c.id, direction: 'up' });
    const names = async () => (await app.call('annual.items', { year })).items.map((i) => i.name);
    expect(await names()).toEqual(['甲', '丙', '乙', '丁']);
    await app.call('annual.moveItem', { id: a.id, direction: 'up' }); // already first: stays
    await app.call('annual.moveItem', { id: a.id, direction: 'down' });
    expect(await names()).toEqual(['丙', '甲', '乙', '丁']);
    await app.call('annual.deleteItem', { id: b.id });
    expect(await names()).toEqual(['丙', '甲', '丁']);
    expect(auditOf(app, 'annual.deleteItem')[0]!.summary).toBe('删除2026年度考核项目“乙”');
  });

  it('replaces the categories: renames, reorders, adds; a category with items stays', async () => {
    await item({ name: '党建工作', categoryId: category('党建绩效') });
    const byName = Object.fromEntries(categories.map((c) => [c.name, c.id]));
    const saved = await app.call('annual.saveCategories', {
      year,
      categories: [{ id: byName['党建绩效'], name: '重点任务' }, { id: byName['重点任务'], name: '党建绩效' }, { id: byName['主责业绩'], name: '主责业绩' }, { name: '创新工作' }],
    });
    expect(saved.map((c) => c.name)).toEqual(['重点任务', '党建绩效', '主责业绩', '创新工作']);
    expect(saved[0]!.id).toBe(byName['党建绩效']);
    const refused = await annualRefusal(app, () => app.call('annual.saveCategories', { year, categories: [{ name: '主责业绩' }] }));
    expect(refused.message).toBe('类别“重点任务”下还有1个考核项目，不能删除；请先删除或移走这些项目');
    const twice = await annualRefusal(app, () => app.call('annual.saveCategories', { year, categories: saved.map((c) => ({ id: c.id, name: '同名' })) }));
    expect(twice.message).toBe('第2个类别“同名”与前面的类别重名');
  });
});

describe('score entries', () => {
  it('stores a score with date, evidence, who and when, and returns the person’s new total', async () => {
    const party = await item({ name: '党建工作' });
    const r = await app.call('annual.setScore', { year, itemId: party.id, targetId: person('周立新'), value: 18.5, date: '2026-06-30', evidence: '党建考核表' });
    expect(r.cell).toMatchObject({ value: 18.5, points: 18.5, date: '2026-06-30', evidence: '党建考核表', enteredBy: '测试员' });
    expect(r.cell!.enteredAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(r.total).toBe(18.5);
    const grid = await app.call('annual.scoreGrid', { year, appliesTo: 'person' });
    expect(grid.rows).toHaveLength(12);
    const row = grid.rows.find((x) => x.targetId === person('周立新'))!;
    expect(row.cells[String(party.id)]).toEqual(r.cell);
    expect(row).toMatchObject({ total: 18.5, fromUnit: 0, unitName: '办公室' });
    expect(auditOf(app, 'annual.setScore')[0]!.summary).toBe('2026年度考核项目评分 周立新 党建工作：未填 → 18.5分');
  });

  it('refuses a value outside the item’s range with the range in the message and changes nothing', async () => {
    const party = await item({ name: '党建工作' });
    await app.call('annual.setScore', { year, itemId: party.id, targetId: person('周立新'), value: 12 });
    const refused = await annualRefusal(app, () => app.call('annual.setScore', { year, itemId: party.id, targetId: person('周立新'), value: 25 }));
    expect(refused).toMatchObject({ code: 'SCORE_OUT_OF_RANGE', message: '周立新：“党建工作”的得分应在0～20之间，输入的25超出范围' });
    const done = await item({ name: '重点课题', method: 'done', maxPoints: 10 });
    expect((await annualRefusal(app, () => app.call('annual.setScore', { year, itemId: done.id, targetId: person('周立新'), value: 2 }))).message)
      .toBe('周立新：“重点课题”应填1（完成）或0（未完成），输入的2不符合要求');
    const articles = await item({ name: '发表文章', method: 'bonus', maxPoints: 5, stepPoints: 0.5 });
    expect((await annualRefusal(app, () => app.call('annual.setScore', { year, itemId: articles.id, targetId: person('周立新'), value: 1.5 }))).message)
      .toContain('为0～999之间的整数，输入的1.5不符合要求');
    const grid = await app.call('annual.scoreGrid', { year, appliesTo: 'person' });
    expect(grid.rows.find((x) => x.targetId === person('周立新'))!.cells[String(party.id)]!.value).toBe(12);
  });

  it('caps bonus points, makes deductions negative, gives done its full points, and clears with null', async () => {
    const articles = await item({ name: '发表文章', method: 'bonus', maxPoints: 5, stepPoints: 0.5 });
    const absence = await item({ name: '考勤违规', method: 'deduct', maxPoints: 6, stepPoints: 2 });
    const task = await item({ name: '重点课题', method: 'done', maxPoints: 10 });
    const id = person('黄振华');
    const bonus = await app.call('annual.setScore', { year, itemId: articles.id, targetId: id, value: 12 });
    expect(bonus.cell).toMatchObject({ value: 12, points: 5 });
    const deduct = await app.call('annual.setScore', { year, itemId: absence.id, targetId: id, value: 2 });
    expect(deduct.cell).toMatchObject({ value: 2, points: -4 });
    expect(deduct.total).toBe(1);
    const done = await app.call('annual.setScore', { year, itemId: task.id, targetId: id, value: 1 });
    expect(done.cell!.points).toBe(10);
    expect(done.total).toBe(11);
    const cleared = await app.call('annual.setScore', { year, itemId: articles.id, targetId: id, value: null });
    expect(cleared).toEqual({ cell: null, total: 6 });
    const row = (await app.call('annual.scoreGrid', { year, appliesTo: 'person' })).rows.find((x) => x.targetId === id)!;
    expect(Object.keys(row.cells).sort()).toEqual([String(absence.id), String(task.id)].sort());
    expect(row.total).toBe(6);
  });

  it('passes unit scores on to the people of that unit only, for items that say so', async () => {
    const passed = await item({ name: '单位目标考核', appliesTo: 'unit', passToPeople: true, maxPoints: 30 });
    const kept = await item({ name: '单位安全管理', appliesTo: 'unit', maxPoints: 10 });
    const own = await item({ name: '个人业绩' });
    const office = unit('办公室');
    const r = await app.call('annual.setScore', { year, itemId: passed.id, targetId: office, value: 27 });
    expect(r.total).toBe(27);
    expect((await app.call('annual.setScore', { year, itemId: kept.id, targetId: office, value: 8 })).total).toBe(35);
    await app.call('annual.setScore', { year, itemId: own.id, targetId: person('周立新'), value: 15 });

    const people = await app.call('annual.scoreGrid', { year, appliesTo: 'person' });
    expect(people.items.map((i) => i.name)).toEqual(['个人业绩']);
    const row = (name: string) => people.rows.find((x) => x.name === name)!;
    expect(row('周立新')).toMatchObject({ fromUnit: 27, total: 42 });
    expect(row('黄振华')).toMatchObject({ fromUnit: 27, total: 27 });
    expect(row('郭志强')).toMatchObject({ fromUnit: 0, total: 0 });
    // setScore's total for a person includes what the unit passes on
    expect((await app.call('annual.setScore', { year, itemId: own.id, targetId: person('黄振华'), value: 10 })).total).toBe(37);

    const units = await app.call('annual.scoreGrid', { year, appliesTo: 'unit' });
    expect(units.items.map((i) => i.name)).toEqual(['单位目标考核', '单位安全管理']);
    expect(units.rows.map((x) => x.name)).toEqual(['某区国防动员办公室', '办公室', '政治工作科', '综合保障中心']);
    expect(units.rows[1]).toMatchObject({ unitName: '某区国防动员办公室', total: 35, fromUnit: 0 });
  });

  it('filters the people grid by unit and name', async () => {
    const byUnit = await app.call('annual.scoreGrid', { year, appliesTo: 'person', unitId: unit('政治工作科') });
    expect(byUnit.rows.map((r) => r.name)).toEqual(['郭志强', '吴明远', '林建峰']);
    const byText = await app.call('annual.scoreGrid', { year, appliesTo: 'person', text: '志' });
    expect(byText.rows.map((r) => r.name)).toEqual(['郭志强', '袁志华']);
  });

  it('refuses a target that is not a participant and an item of another year', async () => {
    const party = await item({ name: '党建工作' });
    app.ctx.db.prepare('DELETE FROM annual_participants WHERE person_id = ?').run(person('曾晓红'));
    expect((await annualRefusal(app, () => app.call('annual.setScore', { year, itemId: party.id, targetId: person('曾晓红'), value: 10 }))).message)
      .toBe('曾晓红不在2026年度考核的参加人员中，请先在「年度考核方案」中加入');
    await app.call('annual.createYear', { year: 2025, addParticipants: true });
    expect((await annualRefusal(app, () => app.call('annual.setScore', { year: 2025, itemId: party.id, targetId: person('周立新'), value: 10 }))).code).toBe('ITEM_NOT_FOUND');
  });
});

describe('changing an item that has entries', () => {
  it('keeps every entry valid: a lower maximum, another method or target is refused; a higher maximum is fine', async () => {
    const party = await item({ name: '党建工作', maxPoints: 20 });
    await app.call('annual.setScore', { year, itemId: party.id, targetId: person('周立新'), value: 18 });
    await app.call('annual.setScore', { year, itemId: party.id, targetId: person('黄振华'), value: 9 });
    const base: ItemInput = { id: party.id, categoryId: category('主责业绩'), name: '党建工作', description: '', appliesTo: 'person', method: 'score', maxPoints: 20, stepPoints: null, passToPeople: false };
    const save = (fields: Partial<ItemInput>) => app.call('annual.saveItem', { year, item: { ...base, ...fields } });

    expect((await annualRefusal(app, () => save({ maxPoints: 15 }))).message)
      .toBe('“党建工作”已有1条评分记录不符合修改后的计分方式或分值上限（周立新：18），请先修改这些记录');
    expect((await annualRefusal(app, () => save({ method: 'done' }))).message).toContain('已有2条评分记录不符合');
    expect((await annualRefusal(app, () => save({ appliesTo: 'unit' }))).message).toBe('“党建工作”已有2条评分记录，不能更改适用对象');
    expect((await annualRefusal(app, () => app.call('annual.deleteItem', { id: party.id }))).message).toBe('“党建工作”已有2条评分记录，不能删除；请先清除这些记录');

    const widened = await save({ maxPoints: 25, description: '按党建考核细则' });
    expect(widened).toMatchObject({ maxPoints: 25, entries: 2, description: '按党建考核细则' });
    // a done item whose entries are all 0/1 may become a score item of at least 1 point
    const task = await item({ name: '重点课题', method: 'done', maxPoints: 10 });
    await app.call('annual.setScore', { year, itemId: task.id, targetId: person('周立新'), value: 1 });
    const changed = await app.call('annual.saveItem', { year, item: { ...base, id: task.id, name: '重点课题', method: 'score', maxPoints: 10 } });
    expect(changed.method).toBe('score');
  });
});

describe('a locked year', () => {
  it('refuses every item and score write with the year named', async () => {
    const party = await item({ name: '党建工作' });
    lockYear();
    const attempts: (() => Promise<unknown>)[] = [
      () => item({ name: '新项目' }),
      () => app.call('annual.setScore', { year, itemId: party.id, targetId: person('周立新'), value: 10 }),
      () => app.call('annual.moveItem', { id: party.id, direction: 'down' }),
      () => app.call('annual.deleteItem', { id: party.id }),
      () => app.call('annual.saveCategories', { year, categories: [{ name: '新类别' }] }),
    ];
    for (const attempt of attempts) {
      const refused = await annualRefusal(app, attempt);
      expect(refused.code).toBe('YEAR_LOCKED');
      expect(refused.message).toContain('2026年度已确认等次并锁定');
    }
  });
});
