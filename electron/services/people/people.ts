import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { Person, PersonFields } from '../../../shared/domain';
import { rosterFieldLabels } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { checkIdNumber, normalizeEthnicity } from '../../../shared/normalize';
import { hasAssessmentData } from '../../../db/people/assessment-data';
import { writeAudit } from '../../../db/audit';
import type { Db } from '../../../db/open';
import {
  deletePersonRow, fieldsOf, findPersonByIdNumber, findPersonByStaffNo, getPersonRow, insertPersonRow, movePersonRow,
  nextPersonSortOrder, setPersonSortOrder, setPersonStatusRow, updatePersonRow,
} from '../../../db/people/people';
import { ranksInUse, searchPeopleRows } from '../../../db/people/people-search';
import { getUnitRow } from '../../../db/units';
import { listVocabulary, type VocabularyKind } from '../../../db/people/vocabulary';
import type { AppContext } from '../../context';

const fieldLabel = (key: keyof PersonFields): string => (key === 'unitId' ? '单位' : rosterFieldLabels[key]);

function requirePerson(db: Db, id: number): Person {
  const found = getPersonRow(db, id);
  if (!found) throw new AppError('PERSON_NOT_FOUND', '找不到该人员，可能已被删除，请刷新后重试');
  return found;
}

function requireUnit(db: Db, unitId: number) {
  const unit = getUnitRow(db, unitId);
  if (!unit) throw new AppError('UNIT_NOT_FOUND', '所选单位不存在，可能已被删除，请刷新后重试');
  return unit;
}

/** Blank text is no value: the form sends '' for a cleared box. */
const cleanText = (value: string | null): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

const realDate = (iso: string): boolean => {
  const y = Number(iso.slice(0, 4)), m = Number(iso.slice(5, 7)), d = Number(iso.slice(8, 10));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

function assertRealDate(label: string, iso: string | null): void {
  if (iso != null && !realDate(iso)) throw new AppError('INVALID_DATE', `${label} ${iso} 不是有效日期`);
}

function assertInVocabulary(db: Db, kind: VocabularyKind, value: string | null): void {
  if (value == null) return;
  const allowed = listVocabulary(db, kind);
  if (!allowed.includes(value)) {
    throw new AppError('NOT_IN_VOCABULARY', `${fieldLabel(kind)}“${value}”不在可选范围内（可选：${allowed.join('、')}）`);
  }
}

/**
 * Cleans and checks the fields of a form before they are stored. Birth and gender left empty are
 * taken from the ID number; given ones must agree with it, so the roster never contradicts itself.
 */
function validFields(db: Db, input: PersonFields, selfId?: number): PersonFields {
  const f: PersonFields = {
    ...input,
    name: input.name.trim(),
    idNumber: cleanText(input.idNumber),
    staffNo: cleanText(input.staffNo),
    political: cleanText(input.political),
    post: cleanText(input.post),
    rank: cleanText(input.rank),
    category: cleanText(input.category),
    note: cleanText(input.note),
    ethnicity: normalizeEthnicity(input.ethnicity),
    nativePlace: cleanText(input.nativePlace),
    education: cleanText(input.education),
  };
  requireUnit(db, f.unitId);

  if (f.idNumber != null) {
    const id = checkIdNumber(f.idNumber);
    if (!id.ok) throw new AppError('INVALID_ID_NUMBER', id.message);
    f.idNumber = id.value;
    if (f.birth != null && f.birth !== id.birth) {
      throw new AppError('ID_NUMBER_MISMATCH', `出生年月 ${f.birth} 与身份证号中的出生年月 ${id.birth} 不一致。请核对；清空出生年月则按身份证号自动填写`);
    }
    if (f.gender != null && f.gender !== id.gender) {
      throw new AppError('ID_NUMBER_MISMATCH', `性别“${f.gender}”与身份证号中的性别“${id.gender}”不一致。请核对；清空性别则按身份证号自动填写`);
    }
    f.birth = id.birth;
    f.gender = id.gender;
    const owner = findPersonByIdNumber(db, id.value);
    if (owner && owner.id !== selfId) throw new AppError('DUPLICATE_ID_NUMBER', `身份证号 ${id.value} 已属于 ${owner.name}（${owner.unitName}）`);
  }
  if (f.staffNo != null) {
    const owner = findPersonByStaffNo(db, f.staffNo);
    if (owner && owner.id !== selfId) throw new AppError('DUPLICATE_STAFF_NO', `人员编号 ${f.staffNo} 已属于 ${owner.name}（${owner.unitName}）`);
  }
  assertInVocabulary(db, 'political', f.political);
  assertInVocabulary(db, 'category', f.category);
  assertInVocabulary(db, 'education', f.education);
  for (const key of ['workStart', 'partySince'] as const) {
    const value = f[key];
    if (value != null && f.birth != null && value <= f.birth) {
      throw new AppError('INVALID_DATE', `${fieldLabel(key)} ${value} 不晚于出生年月 ${f.birth}，请核对`);
    }
  }
  assertRealDate(fieldLabel('hireDate'), f.hireDate);
  assertRealDate(fieldLabel('probationEnd'), f.probationEnd);
  if (f.hireDate != null && f.probationEnd != null && f.probationEnd < f.hireDate) {
    throw new AppError('PROBATION_BEFORE_HIRE', `试用期满日期 ${f.probationEnd} 不能早于入职时间 ${f.hireDate}`);
  }
  return f;
}

const changedFields = (before: PersonFields, after: PersonFields): (keyof PersonFields)[] =>
  (Object.keys(after) as (keyof PersonFields)[]).filter((key) => before[key] !== after[key]);

export const searchPeople = (ctx: AppContext, q: ParsedInput<'people.search'>): ChannelOutput<'people.search'> => {
  const rows = searchPeopleRows(ctx.db, q);
  return { rows, total: rows.length };
};

export function createPerson(ctx: AppContext, input: ParsedInput<'people.create'>): ChannelOutput<'people.create'> {
  const db = ctx.db;
  return db.transaction(() => {
    const fields = validFields(db, input);
    const sortOrder = nextPersonSortOrder(db, fields.unitId);
    const id = insertPersonRow(db, fields);
    setPersonSortOrder(db, id, sortOrder);
    const created = requirePerson(db, id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'person.create', entity: 'person', entityId: id,
      summary: `新增人员 ${created.name}（${created.unitName}）`, subjects: `${created.name}（${created.unitName}）`, after: fieldsOf(created),
    });
    return created;
  })();
}

export function updatePerson(ctx: AppContext, input: ParsedInput<'people.update'>): ChannelOutput<'people.update'> {
  const db = ctx.db;
  return db.transaction(() => {
    const { id, ...rest } = input;
    const before = requirePerson(db, id);
    const fields = validFields(db, rest, id);
    const changed = changedFields(fieldsOf(before), fields);
    if (changed.length === 0) return before;
    updatePersonRow(db, id, fields);
    if (fields.unitId !== before.unitId) setPersonSortOrder(db, id, nextPersonSortOrder(db, fields.unitId));
    const after = requirePerson(db, id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'person.update', entity: 'person', entityId: id,
      summary: `修改人员 ${before.name}：${changed.map(fieldLabel).join('、')}`, subjects: `${before.name}（${before.unitName}）`,
      before: fieldsOf(before), after: fieldsOf(after),
    });
    return after;
  })();
}

/** Moves several people at once; those already in the target unit stay where they are. */
export function movePeople(ctx: AppContext, input: ParsedInput<'people.move'>): null {
  const db = ctx.db;
  db.transaction(() => {
    const unit = requireUnit(db, input.unitId);
    const people = [...new Set(input.ids)].map((id) => requirePerson(db, id));
    for (const before of people.filter((p) => p.unitId !== unit.id)) {
      movePersonRow(db, before.id, unit.id);
      writeAudit(db, {
        actor: ctx.actor(), action: 'person.move', entity: 'person', entityId: before.id,
        summary: `调动人员 ${before.name}：${before.unitName} → ${unit.name}`, subjects: before.name,
        before: fieldsOf(before), after: fieldsOf(requirePerson(db, before.id)),
      });
    }
  })();
  return null;
}

const statusAudit = (p: Person) => ({ status: p.status, statusDate: p.statusDate });

/** 调离/退休 need the date it happened; back to 在职 clears it. */
export function setPeopleStatus(ctx: AppContext, input: ParsedInput<'people.setStatus'>): null {
  const db = ctx.db;
  const date = input.status === '在职' ? null : input.date;
  if (input.status !== '在职' && date == null) throw new AppError('STATUS_DATE_REQUIRED', `请填写${input.status}日期`);
  assertRealDate(`${input.status}日期`, date);
  db.transaction(() => {
    const people = [...new Set(input.ids)].map((id) => requirePerson(db, id));
    for (const before of people.filter((p) => p.status !== input.status || p.statusDate !== date)) {
      setPersonStatusRow(db, before.id, input.status, date);
      writeAudit(db, {
        actor: ctx.actor(), action: 'person.status', entity: 'person', entityId: before.id,
        subjects: `${before.name}（${before.unitName}）`,
        summary: input.status === '在职' ? `人员 ${before.name} 恢复在职` : `人员 ${before.name} 标记为${input.status}（${date}）`,
        before: statusAudit(before), after: statusAudit(requirePerson(db, before.id)),
      });
    }
  })();
  return null;
}

/** Hard delete is for mistakes only; anyone with assessment data keeps their history and is marked 调离/退休. */
export function deletePerson(ctx: AppContext, input: ParsedInput<'people.delete'>): null {
  const db = ctx.db;
  db.transaction(() => {
    const person = requirePerson(db, input.id);
    if (hasAssessmentData(db, person.id)) {
      throw new AppError('PERSON_HAS_DATA', `${person.name} 已有考核数据，不能删除。如已离开本单位，请标记为“调离”或“退休”`);
    }
    deletePersonRow(db, person.id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'person.delete', entity: 'person', entityId: person.id,
      summary: `删除人员 ${person.name}（${person.unitName}）`, subjects: `${person.name}（${person.unitName}）`, before: { ...fieldsOf(person), ...statusAudit(person) },
    });
  })();
  return null;
}

export const peopleVocabularies = (ctx: AppContext): ChannelOutput<'people.vocabularies'> => ({
  political: listVocabulary(ctx.db, 'political'),
  category: listVocabulary(ctx.db, 'category'),
  education: listVocabulary(ctx.db, 'education'),
  ranks: ranksInUse(ctx.db),
});
