import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { auditRows, personInput, refusal } from '../helpers/people-input';

let app: TestApp;
beforeEach(async () => { app = await createTestApp(); });
afterEach(() => app.close());

const create = (name: string, parentId: number | null = null) => app.call('units.create', { name, parentId });
const namesUnder = async (parentId: number | null) =>
  (await app.call('units.list')).filter((u) => u.parentId === parentId).sort((a, b) => a.sortOrder - b.sortOrder).map((u) => u.name);

describe('units.create', () => {
  it('adds units under a parent, each at the end of its siblings, and lists them flat with parentId and peopleCount', async () => {
    const top = await create('某市国防动员办公室');
    const office = await create('办公室', top.id);
    const plan = await create('综合计划科', top.id);
    await app.call('people.create', personInput(office.id, { name: '王建' }));
    const list = await app.call('units.list');
    expect(list).toEqual([
      { id: top.id, name: '某市国防动员办公室', parentId: null, sortOrder: 1, peopleCount: 0 },
      { id: office.id, name: '办公室', parentId: top.id, sortOrder: 1, peopleCount: 1 },
      { id: plan.id, name: '综合计划科', parentId: top.id, sortOrder: 2, peopleCount: 0 },
    ]);
    const audit = auditRows(app).filter((r) => r.action === 'unit.create');
    expect(audit).toHaveLength(3);
    expect(audit[1]!.summary).toBe('新增单位 办公室（上级：某市国防动员办公室）');
    expect(JSON.parse(audit[1]!.after_json!)).toEqual({ name: '办公室', parentId: top.id, sortOrder: 1 });
    expect(audit[1]!.actor).toBe('测试员');
  });

  it('refuses a name already used by a sibling, but allows it under another parent', async () => {
    const top = await create('国动办');
    const center = await create('指挥信息保障中心', top.id);
    await create('办公室', top.id);
    const r = await refusal(app, () => create('办公室', top.id));
    expect(r).toMatchObject({ code: 'UNIT_NAME_TAKEN', message: '同级单位中已有“办公室”' });
    await expect(create('办公室', center.id)).resolves.toMatchObject({ name: '办公室', parentId: center.id });
    // Top level counts as siblings too.
    expect((await refusal(app, () => create('国动办'))).message).toBe('同级单位中已有“国动办”');
  });

  it('trims the name and refuses an empty one or a missing parent', async () => {
    expect(await create('  法规宣传科 ')).toMatchObject({ name: '法规宣传科' });
    expect((await refusal(app, () => create('   '))).message).toContain('单位名称不能为空');
    expect(await refusal(app, () => create('工程管理科', 999))).toMatchObject({ code: 'PARENT_NOT_FOUND' });
  });
});

describe('units.update', () => {
  it('renames a unit and records before and after', async () => {
    const top = await create('国动办');
    const unit = await create('宣传科', top.id);
    expect(await app.call('units.update', { id: unit.id, name: '法规宣传科' })).toMatchObject({ id: unit.id, name: '法规宣传科', parentId: top.id });
    const row = auditRows(app).at(-1)!;
    expect(row).toMatchObject({ action: 'unit.update', entity_id: String(unit.id), summary: '修改单位 宣传科：更名为 法规宣传科' });
    expect(JSON.parse(row.before_json!)).toMatchObject({ name: '宣传科' });
    expect(JSON.parse(row.after_json!)).toMatchObject({ name: '法规宣传科' });
  });

  it('refuses renaming to a sibling name', async () => {
    const top = await create('国动办');
    await create('办公室', top.id);
    const other = await create('综合科', top.id);
    expect((await refusal(app, () => app.call('units.update', { id: other.id, name: '办公室' }))).message).toBe('同级单位中已有“办公室”');
  });

  it('moves a unit under another parent, to the end of its new siblings, or to the top level', async () => {
    const top = await create('国动办');
    const center = await create('指挥信息保障中心', top.id);
    await create('信息技术科', center.id);
    const comms = await create('通信保障科', top.id);
    const moved = await app.call('units.update', { id: comms.id, parentId: center.id });
    expect(moved).toMatchObject({ parentId: center.id, sortOrder: 2 });
    expect(await namesUnder(center.id)).toEqual(['信息技术科', '通信保障科']);
    expect(auditRows(app).at(-1)!.summary).toBe('修改单位 通信保障科：移到 指挥信息保障中心 下');
    const topLevel = await app.call('units.update', { id: center.id, parentId: null });
    expect(topLevel).toMatchObject({ parentId: null, sortOrder: 2 });
    expect(await namesUnder(null)).toEqual(['国动办', '指挥信息保障中心']);
  });

  it('refuses moving a unit under itself or any of its descendants', async () => {
    const top = await create('国动办');
    const center = await create('指挥信息保障中心', top.id);
    const it1 = await create('信息技术科', center.id);
    for (const parentId of [top.id, center.id, it1.id]) {
      const r = await refusal(app, () => app.call('units.update', { id: top.id, parentId }));
      expect(r).toEqual({ code: 'UNIT_MOVE_INTO_ITSELF', message: '不能把单位移到它自己的下级单位中' });
    }
    expect((await refusal(app, () => app.call('units.update', { id: center.id, parentId: it1.id }))).message).toBe('不能把单位移到它自己的下级单位中');
  });

  it('refuses a move that would clash with a name under the new parent', async () => {
    const top = await create('国动办');
    const center = await create('保障中心', top.id);
    await create('办公室', top.id);
    const centerOffice = await create('办公室', center.id);
    expect((await refusal(app, () => app.call('units.update', { id: centerOffice.id, parentId: top.id }))).message).toBe('同级单位中已有“办公室”');
  });

  it('writes nothing when nothing changes', async () => {
    const top = await create('国动办');
    const before = auditRows(app).length;
    await app.call('units.update', { id: top.id, name: '国动办', parentId: null });
    expect(auditRows(app)).toHaveLength(before);
  });
});

describe('units.reorder', () => {
  it('sets the order of one parent’s children and records old and new order', async () => {
    const top = await create('国动办');
    const a = await create('办公室', top.id);
    const b = await create('综合计划科', top.id);
    const c = await create('动员实施科', top.id);
    await app.call('units.reorder', { parentId: top.id, orderedIds: [c.id, a.id, b.id] });
    expect(await namesUnder(top.id)).toEqual(['动员实施科', '办公室', '综合计划科']);
    const row = auditRows(app).at(-1)!;
    expect(row.action).toBe('unit.reorder');
    expect(JSON.parse(row.before_json!)).toEqual([a.id, b.id, c.id]);
    expect(JSON.parse(row.after_json!)).toEqual([c.id, a.id, b.id]);
  });

  it('refuses a list that is not exactly the current children', async () => {
    const top = await create('国动办');
    const a = await create('办公室', top.id);
    const b = await create('综合计划科', top.id);
    const other = await create('别的单位');
    for (const orderedIds of [[a.id], [a.id, b.id, other.id], [a.id, a.id], [b.id, other.id]]) {
      expect(await refusal(app, () => app.call('units.reorder', { parentId: top.id, orderedIds }))).toMatchObject({ code: 'UNIT_ORDER_STALE' });
    }
  });
});

describe('units.delete', () => {
  it('deletes an empty unit with an audit row', async () => {
    const top = await create('国动办');
    const unit = await create('临时工作组', top.id);
    await app.call('units.delete', { id: unit.id });
    expect(await namesUnder(top.id)).toEqual([]);
    const row = auditRows(app).at(-1)!;
    expect(row).toMatchObject({ action: 'unit.delete', summary: '删除单位 临时工作组', after_json: null });
    expect(JSON.parse(row.before_json!)).toMatchObject({ name: '临时工作组', parentId: top.id });
  });

  it('refuses while people of any status are in it, saying how many', async () => {
    const unit = await create('办公室');
    const p1 = await app.call('people.create', personInput(unit.id, { name: '王建' }));
    await app.call('people.create', personInput(unit.id, { name: '李敏' }));
    await app.call('people.setStatus', { ids: [p1.id], status: '退休', date: '2025-12-31' });
    const r = await refusal(app, () => app.call('units.delete', { id: unit.id }));
    expect(r.code).toBe('UNIT_NOT_EMPTY');
    expect(r.message).toBe('“办公室”下还有 2 名人员（其中已调离、退休 1 名），不能删除。请先把人员调到其他单位。');
  });

  it('refuses while it has sub-units, saying how many', async () => {
    const top = await create('人防工程管理所');
    await create('综合股', top.id);
    await create('维护管理股', top.id);
    const r = await refusal(app, () => app.call('units.delete', { id: top.id }));
    expect(r.message).toBe('“人防工程管理所”下还有 2 个下级单位，不能删除。请先删除或移走下级单位。');
  });

  it('refuses an unknown unit', async () => {
    expect(await refusal(app, () => app.call('units.delete', { id: 42 }))).toMatchObject({ code: 'UNIT_NOT_FOUND' });
  });
});
