import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { searchPeopleRows } from '../../db/people/people-search';
import { getPersonRow } from '../../db/people';
import { auditRows, makeIdNumber, personInput, refusal } from '../helpers/people-input';

let app: TestApp;
let top: number, office: number, plan: number, center: number, itDept: number;

beforeEach(async () => {
  app = await createTestApp();
  top = (await app.call('units.create', { name: '某市国防动员办公室', parentId: null })).id;
  office = (await app.call('units.create', { name: '办公室', parentId: top })).id;
  plan = (await app.call('units.create', { name: '综合计划科', parentId: top })).id;
  center = (await app.call('units.create', { name: '指挥信息保障中心', parentId: top })).id;
  itDept = (await app.call('units.create', { name: '信息技术科', parentId: center })).id;
});
afterEach(() => app.close());

const zhang = makeIdNumber('420302', '19850617', '123'); // 男
const li = makeIdNumber('420303', '19900203', '246'); // 女
// the first 男 sequence number whose check character is X
const withX = Array.from({ length: 500 }, (_, i) => makeIdNumber('420302', '19800312', String(2 * i + 1).padStart(3, '0'))).find((id) => id.endsWith('X'))!;

describe('people.create', () => {
  it('stores a person and fills birth and gender from the ID number when left empty', async () => {
    const p = await app.call('people.create', personInput(office, {
      name: ' 张三 ', idNumber: zhang, staffNo: 'GD001', political: '中共党员', category: '公务员', post: '科员', rank: '一级主任科员',
      postSince: '2020.03', hireDate: '2008-07-01',
    }));
    expect(p).toMatchObject({ name: '张三', gender: '男', birth: '1985.06', idNumber: zhang, unitName: '办公室', status: '在职', statusDate: null });
    expect(getPersonRow(app.ctx.db, p.id)).toEqual(p);
    const row = auditRows(app).at(-1)!;
    expect(row).toMatchObject({ action: 'person.create', entity: 'person', entity_id: String(p.id), summary: '新增人员 张三（办公室）', before_json: null });
    expect(JSON.parse(row.after_json!)).toMatchObject({ name: '张三', idNumber: zhang, birth: '1985.06', gender: '男', unitId: office });
  });

  it('accepts a lower-case x and stores it upper-case; blank text becomes empty', async () => {
    const p = await app.call('people.create', personInput(office, { idNumber: withX.toLowerCase(), staffNo: '  ', post: '' }));
    expect(p).toMatchObject({ idNumber: withX, staffNo: null, post: null, birth: '1980.03', gender: '男' });
  });

  it('accepts given birth and gender that agree with the ID number', async () => {
    const p = await app.call('people.create', personInput(office, { name: '李敏', idNumber: li, birth: '1990.02', gender: '女' }));
    expect(p).toMatchObject({ birth: '1990.02', gender: '女' });
  });

  it('refuses birth or gender that disagree with the ID number, naming the field', async () => {
    const birth = await refusal(app, () => app.call('people.create', personInput(office, { idNumber: zhang, birth: '1985.07' })));
    expect(birth.code).toBe('ID_NUMBER_MISMATCH');
    expect(birth.message).toBe('出生年月 1985.07 与身份证号中的出生年月 1985.06 不一致。请核对；清空出生年月则按身份证号自动填写');
    const gender = await refusal(app, () => app.call('people.create', personInput(office, { idNumber: zhang, gender: '女' })));
    expect(gender.message).toBe('性别“女”与身份证号中的性别“男”不一致。请核对；清空性别则按身份证号自动填写');
  });

  it('refuses an invalid ID number with a message naming 身份证号', async () => {
    const wrongCheck = zhang.slice(0, 17) + (zhang[17] === '0' ? '1' : '0');
    for (const [idNumber, message] of [
      [wrongCheck, '身份证号校验位不正确，请核对是否录错'],
      ['4203021985061712', '身份证号应为18位（或旧版15位），实际为16位'],
      ['42030219850617A123', '身份证号只能包含数字（18位号码末位可为X）'],
      ['4.20302198003127E+17', '身份证号被 Excel 存成了数字'],
    ] as const) {
      const r = await refusal(app, () => app.call('people.create', personInput(office, { idNumber })));
      expect(r.code).toBe('INVALID_ID_NUMBER');
      expect(r.message).toContain(message);
    }
  });

  it('accepts a legacy 15-digit ID number and takes birth and gender from it', async () => {
    const p = await app.call('people.create', personInput(office, { idNumber: '420302650315123' }));
    expect(p).toMatchObject({ idNumber: '420302650315123', birth: '1965.03', gender: '男' });
  });

  it('refuses an ID number that already belongs to someone, naming them and their unit', async () => {
    await app.call('people.create', personInput(office, { name: '张三', idNumber: zhang }));
    const r = await refusal(app, () => app.call('people.create', personInput(plan, { name: '张三丰', idNumber: zhang })));
    expect(r).toEqual({ code: 'DUPLICATE_ID_NUMBER', message: `身份证号 ${zhang} 已属于 张三（办公室）` });
  });

  it('refuses a 人员编号 that already belongs to someone', async () => {
    await app.call('people.create', personInput(office, { name: '张三', staffNo: 'GD001' }));
    const r = await refusal(app, () => app.call('people.create', personInput(plan, { name: '李四', staffNo: 'GD001' })));
    expect(r).toEqual({ code: 'DUPLICATE_STAFF_NO', message: '人员编号 GD001 已属于 张三（办公室）' });
  });

  it('refuses 政治面貌 and 人员类别 outside the vocabulary table, and follows the table when it changes', async () => {
    const political = await refusal(app, () => app.call('people.create', personInput(office, { political: '党员' })));
    expect(political).toEqual({ code: 'NOT_IN_VOCABULARY', message: '政治面貌“党员”不在可选范围内（可选：中共党员、中共预备党员、共青团员、民主党派、无党派人士、群众）' });
    const category = await refusal(app, () => app.call('people.create', personInput(office, { category: '合同工' })));
    expect(category.message).toBe('人员类别“合同工”不在可选范围内（可选：公务员、参照公务员法管理、事业、工勤、聘用）');
    app.ctx.db.prepare(`INSERT INTO vocabulary (kind, value, sort_order) VALUES ('category', '合同工', 6)`).run();
    await expect(app.call('people.create', personInput(office, { category: '合同工' }))).resolves.toMatchObject({ category: '合同工' });
  });

  it('refuses an unknown unit, an impossible date and a 试用期 ending before hire', async () => {
    expect(await refusal(app, () => app.call('people.create', personInput(999)))).toMatchObject({ code: 'UNIT_NOT_FOUND' });
    expect((await refusal(app, () => app.call('people.create', personInput(office, { hireDate: '2025-02-30' })))).message).toBe('入职时间 2025-02-30 不是有效日期');
    expect((await refusal(app, () => app.call('people.create', personInput(office, { hireDate: '2025-06-01', probationEnd: '2025-01-01' })))).message)
      .toBe('试用期满日期 2025-01-01 不能早于入职时间 2025-06-01');
    expect((await refusal(app, () => app.call('people.create', personInput(office, { name: '  ' })))).message).toContain('姓名不能为空');
  });
});

describe('people.update', () => {
  it('changes fields, records before and after and names the changed fields', async () => {
    const p = await app.call('people.create', personInput(office, { name: '张三', idNumber: zhang, post: '科员' }));
    const updated = await app.call('people.update', { ...personInput(office), ...p, post: '副科长', rank: '副科级', gender: null, birth: null });
    expect(updated).toMatchObject({ id: p.id, post: '副科长', rank: '副科级', birth: '1985.06', gender: '男' });
    const row = auditRows(app).at(-1)!;
    expect(row).toMatchObject({ action: 'person.update', entity_id: String(p.id), summary: '修改人员 张三：职务、职级' });
    expect(JSON.parse(row.before_json!)).toMatchObject({ post: '科员', rank: null });
    expect(JSON.parse(row.after_json!)).toMatchObject({ post: '副科长', rank: '副科级' });
  });

  it('keeps their own ID number and 人员编号 without calling them duplicates, and writes nothing when nothing changed', async () => {
    const p = await app.call('people.create', personInput(office, { idNumber: zhang, staffNo: 'GD001' }));
    const count = auditRows(app).length;
    const { unitName: _u, status: _s, statusDate: _d, ...fields } = p;
    await expect(app.call('people.update', fields)).resolves.toEqual(p);
    expect(auditRows(app)).toHaveLength(count);
  });

  it('refuses taking someone else’s ID number, and an unknown person', async () => {
    await app.call('people.create', personInput(office, { name: '张三', idNumber: zhang }));
    const other = await app.call('people.create', personInput(plan, { name: '李敏', idNumber: li }));
    const { unitName: _u, status: _s, statusDate: _d, ...fields } = other;
    const r = await refusal(app, () => app.call('people.update', { ...fields, idNumber: zhang, birth: null, gender: null }));
    expect(r.message).toBe(`身份证号 ${zhang} 已属于 张三（办公室）`);
    expect(await refusal(app, () => app.call('people.update', { ...fields, id: 999 }))).toMatchObject({ code: 'PERSON_NOT_FOUND' });
  });

  it('moves the person to the end of a new unit when the unit changes', async () => {
    await app.call('people.create', personInput(plan, { name: '甲' }));
    const p = await app.call('people.create', personInput(office, { name: '乙' }));
    const { unitName: _u, status: _s, statusDate: _d, ...fields } = p;
    await app.call('people.update', { ...fields, unitId: plan });
    expect((await app.call('people.search', { unitId: plan })).rows.map((r) => r.name)).toEqual(['甲', '乙']);
    expect(auditRows(app).at(-1)!.summary).toBe('修改人员 乙：单位');
  });
});

describe('people.search', () => {
  const add = (unitId: number, name: string, fields: Parameters<typeof personInput>[1] = {}) =>
    app.call('people.create', personInput(unitId, { name, ...fields }));

  beforeEach(async () => {
    // Created out of tree order on purpose: results follow the unit tree, not creation order.
    await add(itDept, '熊国平', { post: '高级工程师', category: '事业', political: '中共党员' });
    await add(office, '吴明远', { post: '办公室主任', idNumber: zhang, staffNo: 'GD002', category: '公务员', political: '中共党员' });
    await add(top, '周立新', { post: '主任', isLeader: true, category: '公务员', political: '中共党员' });
    await add(plan, '罗雪梅', { post: '副科长', idNumber: withX, category: '公务员', political: '群众' });
    await add(center, '姜海龙', { post: '中心主任', category: '事业', political: '中共党员' });
    await add(office, '徐晓燕', { post: '办公室副主任', staffNo: 'GD_10%', category: '公务员', political: '共青团员' });
  });
  const names = async (q: Parameters<TestApp['call']>[1] & object) => (await app.call('people.search', q as never)).rows.map((r) => r.name);

  it('returns everyone in unit-tree order, then order within the unit, with the total', async () => {
    const result = await app.call('people.search', {});
    expect(result.rows.map((r) => r.name)).toEqual(['周立新', '吴明远', '徐晓燕', '罗雪梅', '姜海龙', '熊国平']);
    expect(result.total).toBe(6);
    // Reordering units reorders the results.
    await app.call('units.reorder', { parentId: top, orderedIds: [center, plan, office] });
    expect(await names({})).toEqual(['周立新', '姜海龙', '熊国平', '罗雪梅', '吴明远', '徐晓燕']);
    // Within a unit: its order (sort_order) first, then who came first; not the order they were added.
    const late = await add(office, '孙国栋');
    const sortOrder = app.ctx.db.prepare('UPDATE people SET sort_order = ? WHERE id = ?');
    sortOrder.run(0, late.id);
    expect(await names({ unitId: office })).toEqual(['孙国栋', '吴明远', '徐晓燕']);
    // a tie in sort_order goes by id: 吴明远 was added before 孙国栋
    const idOf = async (name: string) => (await app.call('people.search', { text: name })).rows[0]!.id;
    sortOrder.run(2, late.id);
    sortOrder.run(2, await idOf('吴明远'));
    sortOrder.run(1, await idOf('徐晓燕'));
    expect(await names({ unitId: office })).toEqual(['徐晓燕', '吴明远', '孙国栋']);
  });

  it('matches text in 姓名, 身份证号, 人员编号 and 职务 as a substring', async () => {
    expect(await names({ text: '晓燕' })).toEqual(['徐晓燕']);
    expect(await names({ text: zhang.slice(6, 14) })).toEqual(['吴明远']);
    expect(await names({ text: withX.slice(-4).toLowerCase() })).toEqual(['罗雪梅']);
    expect(await names({ text: 'gd002' })).toEqual(['吴明远']);
    expect(await names({ text: '主任' })).toEqual(['周立新', '吴明远', '徐晓燕', '姜海龙']);
    expect(await names({ text: '  工程师 ' })).toEqual(['熊国平']);
    expect(await names({ text: '不存在的人' })).toEqual([]);
  });

  it('finds a name by its 拼音首字母, in every people picker (they all search through here)', async () => {
    expect(await names({ text: 'zlx' })).toEqual(['周立新']);
    expect(await names({ text: 'XXY' })).toEqual(['徐晓燕']);
    expect(await names({ text: 'xgp' })).toEqual(['熊国平']);
  });

  it('treats % and _ as ordinary characters', async () => {
    expect(await names({ text: '_10%' })).toEqual(['徐晓燕']);
    expect(await names({ text: '%' })).toEqual(['徐晓燕']);
    expect(await names({ text: 'GD_0' })).toEqual([]);
  });

  it('filters by unit, with or without its sub-units', async () => {
    expect(await names({ unitId: center })).toEqual(['姜海龙']);
    expect(await names({ unitId: center, includeSubunits: true })).toEqual(['姜海龙', '熊国平']);
    expect(await names({ unitId: top, includeSubunits: true })).toHaveLength(6);
    expect(await names({ unitId: office, includeSubunits: true })).toEqual(['吴明远', '徐晓燕']);
  });

  it('filters by 人员类别, 政治面貌 and 班子成员, combined with text', async () => {
    expect(await names({ category: '事业' })).toEqual(['姜海龙', '熊国平']);
    expect(await names({ political: '群众' })).toEqual(['罗雪梅']);
    expect(await names({ isLeader: true })).toEqual(['周立新']);
    expect(await names({ isLeader: false })).toHaveLength(5);
    expect(await names({ category: '公务员', political: '中共党员', text: '主任' })).toEqual(['周立新', '吴明远']);
  });

  it('follows every change, and never shows people of a rolled-back transaction', async () => {
    expect(await names({ text: '新来的' })).toEqual([]);
    const db = app.ctx.db;
    expect(() => db.transaction(() => {
      db.prepare(`INSERT INTO people (name, unit_id, created_at, updated_at) VALUES ('新来的', ?, '2026-01-01', '2026-01-01')`).run(office);
      expect(searchPeopleRows(db, { text: '新来的' })).toHaveLength(1);
      throw new Error('rolled back');
    })()).toThrow('rolled back');
    expect(await names({ text: '新来的' })).toEqual([]);
    await app.call('units.update', { id: office, name: '综合办公室' });
    expect((await app.call('people.search', { text: '吴明远' })).rows[0]!.unitName).toBe('综合办公室');
  });

  it('shows 在职 people by default, others by status or with 全部', async () => {
    const [xu] = (await app.call('people.search', { text: '徐晓燕' })).rows;
    const [luo] = (await app.call('people.search', { text: '罗雪梅' })).rows;
    await app.call('people.setStatus', { ids: [xu!.id], status: '调离', date: '2026-03-01' });
    await app.call('people.setStatus', { ids: [luo!.id], status: '退休', date: '2026-04-30' });
    expect(await names({})).toEqual(['周立新', '吴明远', '姜海龙', '熊国平']);
    expect(await names({ status: '调离' })).toEqual(['徐晓燕']);
    expect(await names({ status: '退休' })).toEqual(['罗雪梅']);
    expect(await names({ status: '全部' })).toHaveLength(6);
  });
});

describe('people.move', () => {
  it('moves several people at once, each with an audit row', async () => {
    const a = await app.call('people.create', personInput(office, { name: '甲' }));
    const b = await app.call('people.create', personInput(office, { name: '乙' }));
    const c = await app.call('people.create', personInput(itDept, { name: '丙' }));
    await app.call('people.move', { ids: [a.id, b.id, c.id], unitId: itDept });
    expect((await app.call('people.search', { unitId: itDept })).rows.map((r) => r.name)).toEqual(['丙', '甲', '乙']);
    const rows = auditRows(app).filter((r) => r.action === 'person.move');
    expect(rows.map((r) => r.summary)).toEqual(['调动人员 甲：办公室 → 信息技术科', '调动人员 乙：办公室 → 信息技术科']);
    expect(JSON.parse(rows[0]!.before_json!)).toMatchObject({ unitId: office });
    expect(JSON.parse(rows[0]!.after_json!)).toMatchObject({ unitId: itDept });
    expect((await app.call('units.list')).find((u) => u.id === office)!.peopleCount).toBe(0);
  });

  it('moves nobody when one of them or the unit does not exist', async () => {
    const a = await app.call('people.create', personInput(office, { name: '甲' }));
    expect(await refusal(app, () => app.call('people.move', { ids: [a.id, 999], unitId: plan }))).toMatchObject({ code: 'PERSON_NOT_FOUND' });
    expect(await refusal(app, () => app.call('people.move', { ids: [a.id], unitId: 999 }))).toMatchObject({ code: 'UNIT_NOT_FOUND' });
  });
});

describe('people.setStatus', () => {
  it('marks 调离/退休 with a date and back to 在职, with before and after in the audit log', async () => {
    const a = await app.call('people.create', personInput(office, { name: '甲' }));
    const b = await app.call('people.create', personInput(office, { name: '乙' }));
    await app.call('people.setStatus', { ids: [a.id, b.id], status: '调离', date: '2026-06-30' });
    expect(getPersonRow(app.ctx.db, a.id)).toMatchObject({ status: '调离', statusDate: '2026-06-30' });
    expect((await app.call('units.list')).find((u) => u.id === office)!.peopleCount).toBe(0);
    await app.call('people.setStatus', { ids: [a.id], status: '在职', date: '2026-07-01' });
    expect(getPersonRow(app.ctx.db, a.id)).toMatchObject({ status: '在职', statusDate: null });
    const rows = auditRows(app).filter((r) => r.action === 'person.status');
    expect(rows.map((r) => r.summary)).toEqual(['人员 甲 标记为调离（2026-06-30）', '人员 乙 标记为调离（2026-06-30）', '人员 甲 恢复在职']);
    expect(JSON.parse(rows[2]!.before_json!)).toEqual({ status: '调离', statusDate: '2026-06-30' });
    expect(JSON.parse(rows[2]!.after_json!)).toEqual({ status: '在职', statusDate: null });
  });

  it('refuses 调离/退休 without a date or with an impossible one', async () => {
    const a = await app.call('people.create', personInput(office, { name: '甲' }));
    expect(await refusal(app, () => app.call('people.setStatus', { ids: [a.id], status: '退休', date: null }))).toEqual({ code: 'STATUS_DATE_REQUIRED', message: '请填写退休日期' });
    expect((await refusal(app, () => app.call('people.setStatus', { ids: [a.id], status: '调离', date: '2026-02-30' }))).message).toBe('调离日期 2026-02-30 不是有效日期');
    expect(await refusal(app, () => app.call('people.setStatus', { ids: [a.id, 999], status: '调离', date: '2026-02-01' }))).toMatchObject({ code: 'PERSON_NOT_FOUND' });
  });
});

describe('people.delete', () => {
  it('deletes a person without assessment data, keeping them in the audit log', async () => {
    const a = await app.call('people.create', personInput(office, { name: '录错的人', idNumber: zhang }));
    await app.call('people.delete', { id: a.id });
    expect(getPersonRow(app.ctx.db, a.id)).toBeUndefined();
    const row = auditRows(app).at(-1)!;
    expect(row).toMatchObject({ action: 'person.delete', summary: '删除人员 录错的人（办公室）', after_json: null });
    expect(JSON.parse(row.before_json!)).toMatchObject({ name: '录错的人', idNumber: zhang, status: '在职' });
    // The ID number is free again.
    await expect(app.call('people.create', personInput(office, { name: '张三', idNumber: zhang }))).resolves.toMatchObject({ idNumber: zhang });
  });

  it('refuses a person with assessment data and says to mark 调离/退休 instead', async () => {
    const a = await app.call('people.create', personInput(office, { name: '张三' }));
    // a 考核年度 takes everyone on the roster as 参加人员: from then on 张三 has assessment data
    await app.call('annual.createYear', { year: 2026 });
    expect((await app.call('annual.participants', { year: 2026 })).map((p) => p.personId)).toContain(a.id);
    const r = await refusal(app, () => app.call('people.delete', { id: a.id }));
    expect(r).toEqual({ code: 'PERSON_HAS_DATA', message: '张三 已有考核数据，不能删除。如已离开本单位，请标记为“调离”或“退休”' });
  });
});

describe('people.vocabularies', () => {
  it('lists 政治面貌 and 人员类别 from the vocabulary table in its order', async () => {
    app.ctx.db.prepare(`UPDATE vocabulary SET sort_order = 0 WHERE kind = 'political' AND value = '群众'`).run();
    expect(await app.call('people.vocabularies', {})).toEqual({
      political: ['群众', '中共党员', '中共预备党员', '共青团员', '民主党派', '无党派人士'],
      category: ['公务员', '参照公务员法管理', '事业', '工勤', '聘用'],
      education: ['研究生', '大学本科', '大学专科', '中专', '高中', '初中及以下'],
      ranks: [],
    });
  });

  it('lists the 职级 在职 people have, most common first, and the search filters by one', async () => {
    const unit = await app.call('units.create', { name: '职级测试科', parentId: null });
    for (const [name, rank] of [['甲', '正科级'], ['乙', '副科级'], ['丙', '副科级'], ['丁', null]] as const) {
      await app.call('people.create', personInput(unit.id, { name, rank }));
    }
    const gone = await app.call('people.create', personInput(unit.id, { name: '戊', rank: '一级调研员' }));
    await app.call('people.setStatus', { ids: [gone.id], status: '调离', date: '2026-06-01' });
    expect((await app.call('people.vocabularies', {})).ranks).toEqual(['副科级', '正科级']);
    expect((await app.call('people.search', { rank: '副科级' })).rows.map((p) => p.name)).toEqual(['乙', '丙']);
  });
});
