import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { Unit } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import type { Db } from '../../../db/open';
import {
  childUnitIds, deleteUnitRow, findUnitByName, getUnitRow, insertUnit, listUnitRows, nextUnitSortOrder, setUnitSortOrder,
  unitAndDescendantIds, unitDependents, updateUnitRow,
} from '../../../db/units/units';
import { unitAssessmentUses } from '../../../db/people';
import type { AppContext } from '../../context';

/** What the audit log keeps of a unit: the fields a user can change. */
const auditFields = (u: Unit) => ({ name: u.name, parentId: u.parentId, sortOrder: u.sortOrder });

function requireUnit(db: Db, id: number): Unit {
  const found = getUnitRow(db, id);
  if (!found) throw new AppError('UNIT_NOT_FOUND', '找不到该单位，可能已被删除，请刷新后重试');
  return found;
}

function requireParent(db: Db, parentId: number | null): void {
  if (parentId != null && !getUnitRow(db, parentId)) throw new AppError('PARENT_NOT_FOUND', '所选上级单位不存在，可能已被删除，请刷新后重试');
}

function assertNameFree(db: Db, name: string, parentId: number | null, selfId?: number): void {
  const same = findUnitByName(db, name, parentId);
  if (same && same.id !== selfId) throw new AppError('UNIT_NAME_TAKEN', `同级单位中已有“${name}”`);
}

export const listUnits = (ctx: AppContext): ChannelOutput<'units.list'> => listUnitRows(ctx.db);

export function createUnit(ctx: AppContext, input: ParsedInput<'units.create'>): ChannelOutput<'units.create'> {
  const db = ctx.db;
  return db.transaction(() => {
    requireParent(db, input.parentId);
    assertNameFree(db, input.name, input.parentId);
    const id = insertUnit(db, input.name, input.parentId);
    const created = requireUnit(db, id);
    const parent = input.parentId == null ? null : getUnitRow(db, input.parentId);
    writeAudit(db, {
      actor: ctx.actor(), action: 'unit.create', entity: 'unit', entityId: id,
      summary: parent ? `新增单位 ${created.name}（上级：${parent.name}）` : `新增单位 ${created.name}`, subjects: created.name,
      after: auditFields(created),
    });
    return created;
  })();
}

/** Rename and/or move under another parent. A unit never moves into its own subtree (that would cut it off the tree). */
export function updateUnit(ctx: AppContext, input: ParsedInput<'units.update'>): ChannelOutput<'units.update'> {
  const db = ctx.db;
  return db.transaction(() => {
    const before = requireUnit(db, input.id);
    const name = input.name ?? before.name;
    const parentId = input.parentId === undefined ? before.parentId : input.parentId;
    const moving = parentId !== before.parentId;
    if (name === before.name && !moving) return before;
    if (moving && parentId != null) {
      requireParent(db, parentId);
      if (unitAndDescendantIds(db, before.id).includes(parentId)) {
        throw new AppError('UNIT_MOVE_INTO_ITSELF', '不能把单位移到它自己的下级单位中');
      }
    }
    assertNameFree(db, name, parentId, before.id);
    // A moved unit goes to the end of its new siblings.
    updateUnitRow(db, before.id, { name, parentId, sortOrder: moving ? nextUnitSortOrder(db, parentId) : before.sortOrder });
    const after = requireUnit(db, before.id);
    const changes: string[] = [];
    if (name !== before.name) changes.push(`更名为 ${name}`);
    if (moving) changes.push(`移到 ${parentId == null ? '顶层' : requireUnit(db, parentId).name} 下`);
    writeAudit(db, {
      actor: ctx.actor(), action: 'unit.update', entity: 'unit', entityId: before.id,
      summary: `修改单位 ${before.name}：${changes.join('，')}`, subjects: before.name,
      before: auditFields(before), after: auditFields(after),
    });
    return after;
  })();
}

/** The new order of one parent's children; the list must be exactly those children. */
export function reorderUnits(ctx: AppContext, input: ParsedInput<'units.reorder'>): null {
  const db = ctx.db;
  db.transaction(() => {
    requireParent(db, input.parentId);
    const current = childUnitIds(db, input.parentId);
    const sameSet = current.length === input.orderedIds.length && new Set(input.orderedIds).size === current.length
      && input.orderedIds.every((id) => current.includes(id));
    if (!sameSet) throw new AppError('UNIT_ORDER_STALE', '单位列表已发生变化，请刷新后重新调整顺序');
    if (current.every((id, i) => input.orderedIds[i] === id)) return;
    input.orderedIds.forEach((id, i) => setUnitSortOrder(db, id, i + 1));
    const parent = input.parentId == null ? null : requireUnit(db, input.parentId);
    writeAudit(db, {
      actor: ctx.actor(), action: 'unit.reorder', entity: 'unit', entityId: input.parentId,
      summary: parent ? `调整 ${parent.name} 下级单位的顺序` : '调整顶层单位的顺序', subjects: parent ? parent.name : '顶层单位',
      before: current, after: input.orderedIds,
    });
  })();
  return null;
}

/** Refused while anyone (any status) or any sub-unit is still in the unit: nothing may be left without a unit. */
export function deleteUnit(ctx: AppContext, input: ParsedInput<'units.delete'>): null {
  const db = ctx.db;
  db.transaction(() => {
    const unit = requireUnit(db, input.id);
    const { people, inactivePeople, subUnits } = unitDependents(db, unit.id);
    const reasons: string[] = [];
    if (subUnits > 0) reasons.push(`${subUnits} 个下级单位`);
    if (people > 0) reasons.push(`${people} 名人员${inactivePeople > 0 ? `（其中已调离、退休 ${inactivePeople} 名）` : ''}`);
    if (reasons.length > 0) {
      const advice = [subUnits > 0 ? '删除或移走下级单位' : '', people > 0 ? '把人员调到其他单位' : ''].filter(Boolean).join('，并');
      throw new AppError('UNIT_NOT_EMPTY', `“${unit.name}”下还有 ${reasons.join('、')}，不能删除。请先${advice}。`);
    }
    const uses = unitAssessmentUses(db, unit.id);
    if (uses.length > 0) throw new AppError('UNIT_HAS_ASSESSMENT_DATA', `“${unit.name}”是${uses.join('、')}，不能删除。`);
    deleteUnitRow(db, unit.id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'unit.delete', entity: 'unit', entityId: unit.id,
      summary: `删除单位 ${unit.name}`, subjects: unit.name, before: auditFields(unit),
    });
  })();
  return null;
}
