import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { itemEntryProblem, pointsText } from '../../../shared/annual/item-points';
import { autoScoreRefusal, itemSourceLabels, sourceMappingText, sourceTarget } from '../../../shared/annual/item-sources';
import { itemMethodLabels, type AssessmentItem, type ComputedCell, type ItemTarget, type ScoreCell } from '../../../shared/annual/views';
import { writeAudit } from '../../../db/audit';
import {
  categoryItemCount, deleteItemCategory, deleteItemRow, deleteScoreEntry, findItemByName, getItemRecord, getScoreEntry, insertItem,
  insertItemCategory, itemEntryValues, listItemCategories, listItemRecords, listScoreEntries, personItemTotal, scoreCellOf,
  setItemSortOrder, unitItemTotal, updateItem, updateItemCategory, upsertScoreEntry, type ItemFields, type ItemRecord,
} from '../../../db/annual/items';
import { listParticipantRows } from '../../../db/annual/quarters';
import type { Db } from '../../../db/open';
import { getUnitRow, unitsInTreeOrder } from '../../../db/units';
import { getCampaign } from '../../../db/campaigns';
import type { AppContext } from '../../context';
import { itemFigureReader, weeklyModeOf, type ItemFigureReader } from './item-figures';
import { requireOpenYear, requireParticipant, requireYear } from './common';
import { cellAudit, itemEntryText, subjectsText } from '../audit';

/**
 * 指标体系 (DOMAIN §4): the year's categories and items, and the score entries per target. An
 * entry's value is checked against its item (shared/annual/item-points.ts) before it is stored, and
 * an item with entries cannot change in a way that would leave one of them out of range.
 */

const withoutYear = ({ year: _year, ...item }: ItemRecord): AssessmentItem => item;

export function listAnnualItems(ctx: AppContext, input: ParsedInput<'annual.items'>): ChannelOutput<'annual.items'> {
  requireYear(ctx.db, input.year);
  return { categories: listItemCategories(ctx.db, input.year), items: listItemRecords(ctx.db, input.year).map(withoutYear) };
}

export function saveItemCategories(ctx: AppContext, input: ParsedInput<'annual.saveCategories'>): ChannelOutput<'annual.saveCategories'> {
  const db = ctx.db;
  return db.transaction(() => {
    requireOpenYear(db, input.year);
    const before = listItemCategories(db, input.year);
    const byId = new Map(before.map((c) => [c.id, c]));
    const names = new Set<string>();
    const ids = new Set<number>();
    input.categories.forEach((c, i) => {
      if (names.has(c.name)) throw new AppError('ITEM_CATEGORY_TWICE', `第${i + 1}个类别“${c.name}”与前面的类别重名`);
      names.add(c.name);
      if (c.id === undefined) return;
      if (!byId.has(c.id)) throw new AppError('ITEM_CATEGORY_NOT_FOUND', `第${i + 1}个类别“${c.name}”不属于${input.year}年度，可能已被删除，请刷新后重试`);
      if (ids.has(c.id)) throw new AppError('ITEM_CATEGORY_TWICE', `第${i + 1}个类别“${c.name}”在列表中出现了两次`);
      ids.add(c.id);
    });
    for (const dropped of before.filter((c) => !ids.has(c.id))) {
      const n = categoryItemCount(db, dropped.id);
      if (n > 0) throw new AppError('ITEM_CATEGORY_IN_USE', `类别“${dropped.name}”下还有${n}个考核项目，不能删除；请先删除或移走这些项目`);
      deleteItemCategory(db, dropped.id);
    }
    // Renames may swap two names: park the kept ones under names no one types first (names are unique per year).
    for (const c of input.categories) if (c.id !== undefined) updateItemCategory(db, c.id, `\u0001${c.id}`, -1);
    input.categories.forEach((c, i) => {
      if (c.id === undefined) insertItemCategory(db, input.year, c.name, i + 1);
      else updateItemCategory(db, c.id, c.name, i + 1);
    });
    const after = listItemCategories(db, input.year);
    if (JSON.stringify(after.map((c) => [c.id, c.name])) !== JSON.stringify(before.map((c) => [c.id, c.name]))) {
      writeAudit(db, {
        actor: ctx.actor(), action: 'annual.saveCategories', entity: 'annual-category', entityId: input.year,
        summary: `修改${input.year}年度考核项目类别：${after.map((c) => c.name).join('、')}`,
        subjects: `${input.year}年度考核`,
        changes: [{ subject: '', field: '指标类别', before: before.map((c) => c.name).join('、'), after: after.map((c) => c.name).join('、') }],
        before: before.map((c) => ({ id: c.id, name: c.name })), after: after.map((c) => ({ id: c.id, name: c.name })),
      });
    }
    return after;
  })();
}

/** Rules of an item that span its fields. */
function assertItemConsistent(item: ParsedInput<'annual.saveItem'>['item']): void {
  const perOccurrence = item.method === 'bonus' || item.method === 'deduct';
  const label = itemMethodLabels[item.method];
  if (perOccurrence && item.stepPoints == null) throw new AppError('ITEM_STEP_REQUIRED', `“${item.name}”是${label}，请填写每次分值`);
  if (!perOccurrence && item.stepPoints != null) throw new AppError('ITEM_STEP_NOT_ALLOWED', `“${item.name}”是${label}项目，不设每次分值`);
  if (perOccurrence && item.stepPoints! > item.maxPoints) {
    throw new AppError('ITEM_STEP_OVER_MAX', `“${item.name}”的每次分值${pointsText(item.stepPoints!)}大于分值上限${pointsText(item.maxPoints)}`);
  }
  if (item.passToPeople && item.appliesTo !== 'unit') throw new AppError('ITEM_PASS_NOT_UNIT', `“${item.name}”适用于个人，只有适用于单位的项目才能计入单位人员得分`);
}

/**
 * A 自动取数 item (DOMAIN §8.7): 直接评分 only, aimed at whom its figure belongs to (任务, 科室评议: 单位;
 * 专项活动: 个人; 周晒: as the year's 晒报方式), a 专项活动 of the year when it takes one, and no typed
 * entries left behind.
 */
function assertSourceFits(db: Db, year: number, item: ParsedInput<'annual.saveItem'>['item'], before: ItemRecord | undefined): void {
  if (item.source === 'none') return;
  const label = itemSourceLabels[item.source];
  if (item.method !== 'score') throw new AppError('ITEM_SOURCE_METHOD', `“${item.name}”按${label}自动取数，计分方式应为“直接评分”`);
  const mode = weeklyModeOf(db, year);
  const wanted = sourceTarget(item.source, mode);
  if (item.appliesTo !== wanted) {
    const why = item.source === 'weekly' ? `本年度周晒${mode === 'unit' ? '按科室（单位）晒' : '按个人晒'}，` : '';
    throw new AppError('ITEM_SOURCE_TARGET', `“${item.name}”按${label}自动取数，${why}适用对象应为“${wanted === 'unit' ? '单位' : '个人'}”`);
  }
  if (item.source === 'campaign') {
    const campaign = item.sourceCampaignId == null ? undefined : getCampaign(db, item.sourceCampaignId);
    if (!campaign || campaign.year !== year) throw new AppError('ITEM_SOURCE_CAMPAIGN', `“${item.name}”按专项活动任务完成率取数，请选择${year}年度的一项专项活动`);
  }
  if (before && before.source === 'none' && before.entries > 0) {
    throw new AppError('ITEM_IN_USE', `“${before.name}”已有${before.entries}条录入的评分记录，不能改为自动取数；请先清除这些记录`);
  }
}

/** An item with entries may change only so that every entry stays valid. */
function assertEntriesStayValid(db: Db, before: ItemRecord, fields: ItemFields): void {
  if (before.entries === 0) return;
  if (fields.appliesTo !== before.appliesTo) {
    throw new AppError('ITEM_IN_USE', `“${before.name}”已有${before.entries}条评分记录，不能更改适用对象`);
  }
  const bad = itemEntryValues(db, before.id).filter((e) => itemEntryProblem({ ...fields, name: fields.name }, e.value) !== null);
  if (bad.length > 0) {
    const sample = bad.slice(0, 3).map((e) => `${e.name}：${pointsText(e.value)}`).join('，');
    throw new AppError(
      'ITEM_ENTRIES_OUT_OF_RANGE',
      `“${before.name}”已有${bad.length}条评分记录不符合修改后的计分方式或分值上限（${sample}${bad.length > 3 ? ' 等' : ''}），请先修改这些记录`,
    );
  }
}

export function saveAnnualItem(ctx: AppContext, input: ParsedInput<'annual.saveItem'>): ChannelOutput<'annual.saveItem'> {
  const db = ctx.db;
  const { year, item } = input;
  return db.transaction(() => {
    requireOpenYear(db, year);
    if (!listItemCategories(db, year).some((c) => c.id === item.categoryId)) {
      throw new AppError('ITEM_CATEGORY_NOT_FOUND', `所选类别不属于${year}年度，可能已被删除，请刷新后重试`);
    }
    assertItemConsistent(item);
    const fields: ItemFields = {
      categoryId: item.categoryId, name: item.name, description: item.description, appliesTo: item.appliesTo, method: item.method,
      maxPoints: item.maxPoints, stepPoints: item.stepPoints, passToPeople: item.passToPeople,
      source: item.source, sourceCampaignId: item.source === 'campaign' ? item.sourceCampaignId : null,
      sourceFull: item.sourceFull, sourceZero: item.sourceZero,
    };
    const sameName = findItemByName(db, year, item.name);
    if (sameName && sameName.id !== item.id) throw new AppError('ITEM_NAME_TAKEN', `${year}年度已有名为“${item.name}”的考核项目`);
    let id: number;
    let before: ItemRecord | undefined;
    if (item.id === undefined) {
      assertSourceFits(db, year, item, undefined);
      id = insertItem(db, year, fields);
    } else {
      before = getItemRecord(db, item.id);
      if (!before || before.year !== year) throw new AppError('ITEM_NOT_FOUND', `考核项目（编号${item.id}）不属于${year}年度，可能已被删除，请刷新后重试`);
      assertSourceFits(db, year, item, before);
      assertEntriesStayValid(db, before, fields);
      id = before.id;
      updateItem(db, id, fields);
    }
    const after = getItemRecord(db, id)!;
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.saveItem', entity: 'annual-item', entityId: id,
      summary: `${before ? '修改' : '新增'}${year}年度考核项目“${after.name}”（${itemMethodLabels[after.method]}，上限${pointsText(after.maxPoints)}分）`,
      subjects: `${year}年度考核项目：${after.name}`,
      changes: itemChanges(db, year, before, after),
      before: before && withoutYear(before), after: withoutYear(after),
    });
    return withoutYear(after);
  })();
}

/** An item's settings as the 考核项目 form words them, one line per field that changed (all of them for a new item). */
function itemChanges(db: Db, year: number, before: ItemRecord | undefined, after: ItemRecord) {
  const categories = new Map(listItemCategories(db, year).map((c) => [c.id, c.name]));
  const words = (i: ItemRecord): [string, string][] => [
    ['类别', categories.get(i.categoryId) ?? ''],
    ['名称', i.name],
    ['说明', i.description],
    ['适用对象', i.appliesTo === 'person' ? '个人' : '单位'],
    ['计分方式', itemMethodLabels[i.method]],
    ['分值上限', `${pointsText(i.maxPoints)}分`],
    ['每次分值', i.stepPoints == null ? '不设' : `${pointsText(i.stepPoints)}分`],
    ['计入单位人员得分', i.passToPeople ? '是' : '否'],
    ['取数方式', i.source === 'none' ? itemSourceLabels.none : `自动取数：${itemSourceLabels[i.source]}${i.source === 'campaign' ? `（${campaignName(db, i.sourceCampaignId)}）` : ''}`],
    ['折算规则', i.source === 'none' ? '不设' : sourceMappingText(i.source, i)],
  ];
  const was = before ? new Map(words(before)) : undefined;
  return words(after).flatMap(([field, value]) => (was?.get(field) === value ? [] : [{ subject: after.name, field, before: was?.get(field) ?? '无', after: value }]));
}

const campaignName = (db: Db, id: number | null) => (id == null ? '未选择' : (getCampaign(db, id)?.plan.name ?? '已删除'));

function requireItem(db: Db, id: number): ItemRecord {
  const item = getItemRecord(db, id);
  if (!item) throw new AppError('ITEM_NOT_FOUND', `考核项目（编号${id}）不存在，可能已被删除，请刷新后重试`);
  return item;
}

/** Moves an item one place up or down within its category; at the end it stays. */
export function moveAnnualItem(ctx: AppContext, input: ParsedInput<'annual.moveItem'>): ChannelOutput<'annual.moveItem'> {
  const db = ctx.db;
  return db.transaction(() => {
    const item = requireItem(db, input.id);
    requireOpenYear(db, item.year);
    const siblings = listItemRecords(db, item.year).filter((i) => i.categoryId === item.categoryId);
    const at = siblings.findIndex((i) => i.id === item.id);
    const other = siblings[input.direction === 'up' ? at - 1 : at + 1];
    if (!other) return null;
    // Renumber the category's items so equal sort orders cannot make the swap a no-op.
    const order = siblings.map((i) => i.id);
    [order[at], order[siblings.indexOf(other)]] = [other.id, item.id];
    const base = Math.min(...siblings.map((i) => i.sortOrder));
    order.forEach((id, i) => setItemSortOrder(db, id, base + i));
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.moveItem', entity: 'annual-item', entityId: item.id,
      summary: `${item.year}年度考核项目“${item.name}”${input.direction === 'up' ? '上移' : '下移'}`,
      subjects: `${item.year}年度考核项目：${item.name}`,
    });
    return null;
  })();
}

export function deleteAnnualItem(ctx: AppContext, input: ParsedInput<'annual.deleteItem'>): ChannelOutput<'annual.deleteItem'> {
  const db = ctx.db;
  return db.transaction(() => {
    const item = requireItem(db, input.id);
    requireOpenYear(db, item.year);
    if (item.entries > 0) throw new AppError('ITEM_IN_USE', `“${item.name}”已有${item.entries}条评分记录，不能删除；请先清除这些记录`);
    deleteItemRow(db, item.id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.deleteItem', entity: 'annual-item', entityId: item.id,
      summary: `删除${item.year}年度考核项目“${item.name}”`, subjects: `${item.year}年度考核项目：${item.name}`, before: withoutYear(item),
    });
    return null;
  })();
}

// ── the score grid ──────────────────────────────────────────────────────

type GridRow = ChannelOutput<'annual.scoreGrid'>['rows'][number];

const sumPoints = (cells: Record<string, { points: number | null }>) => Object.values(cells).reduce((s, c) => s + (c.points ?? 0), 0);

/** The 自动取数 items of one kind, computed for a target: item id -> points with the basis (DOMAIN §8.7). */
function computedCells(reader: ItemFigureReader, items: readonly ItemRecord[], kind: ItemTarget, targetId: number, only?: (i: ItemRecord) => boolean): Record<string, ComputedCell> {
  const out: Record<string, ComputedCell> = {};
  for (const i of items) {
    if (i.source === 'none' || i.appliesTo !== kind || (only && !only(i))) continue;
    const f = reader.figure(i, targetId);
    out[String(i.id)] = { points: f.points, basis: f.missing ?? f.figureText, missing: f.missing };
  }
  return out;
}

/** A target's 自动取数 points: its own items, and (people) the unit items passed on from its unit. */
function autoPoints(reader: ItemFigureReader, items: readonly ItemRecord[], kind: ItemTarget, targetId: number, unitId: number): { own: number; fromUnit: number } {
  const own = sumPoints(computedCells(reader, items, kind, targetId));
  const fromUnit = kind === 'person' ? sumPoints(computedCells(reader, items, 'unit', unitId, (i) => i.passToPeople)) : 0;
  return { own, fromUnit };
}

/** Units in tree order, optionally only a unit and those below it. */
function unitsUnder(db: Db, unitId: number | undefined) {
  const units = unitsInTreeOrder(db);
  if (unitId === undefined) return units;
  const allowed = new Set([unitId]);
  // tree order: a unit's descendants follow it, so one pass collects them
  for (const u of units) if (u.parentId != null && allowed.has(u.parentId)) allowed.add(u.id);
  return units.filter((u) => allowed.has(u.id));
}

/** targets × items: the year's participants (roster order) or every unit (tree order), with their entries and totals. */
export function annualScoreGrid(ctx: AppContext, input: ParsedInput<'annual.scoreGrid'>): ChannelOutput<'annual.scoreGrid'> {
  const db = ctx.db;
  requireYear(db, input.year);
  const allItems = listItemRecords(db, input.year);
  const items = allItems.filter((i) => i.appliesTo === input.appliesTo);
  const itemById = new Map(allItems.map((i) => [i.id, i]));
  const cellsOf = (target: ItemTarget) => {
    const byTarget = new Map<number, Record<string, ScoreCell>>();
    for (const e of listScoreEntries(db, input.year, target)) {
      let cells = byTarget.get(e.targetId);
      if (!cells) byTarget.set(e.targetId, (cells = {}));
      cells[String(e.itemId)] = scoreCellOf(itemById.get(e.itemId)!, e);
    }
    return byTarget;
  };
  const reader = itemFigureReader(db, input.year, ctx.today());
  const text = input.text?.trim().toLowerCase() ?? '';
  const units = unitsUnder(db, input.unitId);
  const unitIds = new Set(units.map((u) => u.id));
  const rows: GridRow[] = [];
  if (input.appliesTo === 'unit') {
    const names = new Map(unitsInTreeOrder(db).map((u) => [u.id, u.name]));
    const cells = cellsOf('unit');
    for (const u of units) {
      if (text && !u.name.toLowerCase().includes(text)) continue;
      const mine = cells.get(u.id) ?? {};
      const computed = computedCells(reader, allItems, 'unit', u.id);
      rows.push({ targetId: u.id, name: u.name, unitName: u.parentId == null ? '' : (names.get(u.parentId) ?? ''), cells: mine, total: sumPoints(mine) + sumPoints(computed), fromUnit: 0, computed });
    }
    return { items: items.map(withoutYear), rows };
  }
  const passed = new Map<number, number>();
  for (const [unitId, cells] of cellsOf('unit')) {
    const points = Object.entries(cells).reduce((s, [itemId, c]) => s + (itemById.get(Number(itemId))?.passToPeople ? c.points : 0), 0);
    passed.set(unitId, points);
  }
  const cells = cellsOf('person');
  for (const p of listParticipantRows(db, input.year, false)) {
    if (input.unitId !== undefined && !unitIds.has(p.unitId)) continue;
    if (text && !p.name.toLowerCase().includes(text)) continue;
    const mine = cells.get(p.personId) ?? {};
    const computed = computedCells(reader, allItems, 'person', p.personId);
    const fromUnit = (passed.get(p.unitId) ?? 0) + autoPoints(reader, allItems, 'person', p.personId, p.unitId).fromUnit;
    rows.push({ targetId: p.personId, name: p.name, unitName: p.unitName, cells: mine, total: sumPoints(mine) + sumPoints(computed) + fromUnit, fromUnit, computed });
  }
  return { items: items.map(withoutYear), rows };
}

/** One entry: checked against the item's range, stored with who and when; null clears it. */
export function setAnnualScore(ctx: AppContext, input: ParsedInput<'annual.setScore'>): ChannelOutput<'annual.setScore'> {
  const now = ctx.now();
  const db = ctx.db;
  return db.transaction(() => {
    requireOpenYear(db, input.year);
    const item = requireItem(db, input.itemId);
    if (item.year !== input.year) throw new AppError('ITEM_NOT_FOUND', `考核项目“${item.name}”不属于${input.year}年度，请刷新后重试`);
    if (item.source !== 'none') throw new AppError('SCORE_AUTO_ITEM', autoScoreRefusal(item.name, item.source));
    let targetName: string;
    let unitId: number;
    if (item.appliesTo === 'person') {
      const p = requireParticipant(db, input.year, input.targetId);
      targetName = p.name;
      unitId = p.unitId;
    } else {
      const u = getUnitRow(db, input.targetId);
      if (!u) throw new AppError('UNIT_NOT_FOUND', `单位（编号${input.targetId}）不存在，可能已被删除，请刷新后重试`);
      targetName = u.name;
      unitId = u.id;
    }
    const before = getScoreEntry(db, item.id, item.appliesTo, input.targetId);
    let cell: ScoreCell | null = null;
    if (input.value === null) {
      if (before) deleteScoreEntry(db, item.id, item.appliesTo, input.targetId);
    } else {
      const problem = itemEntryProblem(item, input.value);
      if (problem) throw new AppError('SCORE_OUT_OF_RANGE', `${targetName}：${problem}`);
      const entry = { itemId: item.id, targetId: input.targetId, value: input.value, date: input.date, evidence: input.evidence, enteredBy: ctx.actor(), enteredAt: now.toISOString() };
      upsertScoreEntry(db, input.year, item.appliesTo, entry);
      cell = scoreCellOf(item, entry);
    }
    if (before || cell) {
      writeAudit(db, {
        actor: ctx.actor(), action: 'annual.setScore', entity: 'annual-score', entityId: `${item.id}:${item.appliesTo}:${input.targetId}`,
        subjects: subjectsText(`${input.year}年度考核`, [targetName]),
        ...cellAudit(`${input.year}年度考核项目评分 ${targetName}`, `score:${item.id}:${item.appliesTo}:${input.targetId}`, {
          subject: targetName, field: item.name, before: itemEntryText(item, before?.value), after: itemEntryText(item, cell?.value),
          ...(input.value !== null && input.evidence ? { note: `说明：${input.evidence}` } : {}),
        }),
        before: before ?? null, after: cell,
      }, now);
    }
    const typed = item.appliesTo === 'person' ? personItemTotal(db, input.year, input.targetId, unitId).total : unitItemTotal(db, input.year, unitId);
    const auto = autoPoints(itemFigureReader(db, input.year, ctx.today()), listItemRecords(db, input.year), item.appliesTo, input.targetId, unitId);
    return { cell, total: typed + auto.own + auto.fromUnit };
  })();
}

