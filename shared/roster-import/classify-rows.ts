import type { Person, PersonFields } from '../domain';
import { rosterFieldKeys, rosterFieldLabels, type RosterFieldKey } from '../domain';
import type { ValidatedRow } from './row-validation';
import { pathEndsWith, type UnitLookup, type UnitTarget } from './unit-lookup';

/**
 * Validated rows against the people already stored: each row becomes 新增 / 更新 (with what
 * changes) / 无变化 / 错误. People are matched by 身份证号, else 人员编号, else 姓名 + 单位 (with a
 * warning, since namesakes exist). The same person twice in the file is an error on both rows.
 * Pure and linear: every lookup is a Map built once.
 */

export type ImportRowStatus = 'new' | 'update' | 'same' | 'error';
export type ResolvedUnit = Extract<UnitTarget, { kind: 'existing' | 'new' }>;

/** A person's fields as they will be written, with the unit still possibly to be created. */
export type PersonDraft = Omit<PersonFields, 'unitId'> & { readonly unit: ResolvedUnit };

export interface FieldChange {
  readonly field: RosterFieldKey;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

export interface ClassifiedRow {
  readonly sheetRow: number;
  readonly status: ImportRowStatus;
  readonly display: ValidatedRow['display'];
  readonly errors: string[];
  readonly warnings: string[];
  readonly changes: FieldChange[];
  /** set for 'new' and 'update': what to write */
  readonly draft?: PersonDraft;
  /** set for 'update' and 'same': the stored person */
  readonly existing?: Person;
}

export interface Classification {
  readonly rows: ClassifiedRow[];
  /** units to create, as written (机关/新科室), in the order they first appear */
  readonly newUnits: string[];
}

const emptyFields: Omit<PersonFields, 'unitId'> = {
  name: '', gender: null, birth: null, idNumber: null, staffNo: null, political: null, post: null, rank: null,
  postSince: null, category: null, isLeader: false, hireDate: null, probationEnd: null,
  ethnicity: null, nativePlace: null, education: null, workStart: null, partySince: null, note: null,
};


/**
 * Stored values overlaid with what the row gives; a field the row leaves out keeps its value,
 * and what the ID number implies (性别, 出生年月) only fills a blank. Written out field by field:
 * it runs for every row, and one object shape keeps it fast.
 */
function merge(base: Omit<PersonFields, 'unitId'>, row: ValidatedRow, unit: ResolvedUnit): PersonDraft {
  const f = row.fields;
  return {
    unit,
    name: f.name ?? base.name,
    gender: f.gender ?? base.gender ?? row.derived.gender ?? null,
    birth: f.birth ?? base.birth ?? row.derived.birth ?? null,
    idNumber: f.idNumber ?? base.idNumber,
    staffNo: f.staffNo ?? base.staffNo,
    political: f.political ?? base.political,
    post: f.post ?? base.post,
    rank: f.rank ?? base.rank,
    postSince: f.postSince ?? base.postSince,
    category: f.category ?? base.category,
    isLeader: f.isLeader ?? base.isLeader,
    hireDate: f.hireDate ?? base.hireDate,
    probationEnd: f.probationEnd ?? base.probationEnd,
    ethnicity: f.ethnicity ?? base.ethnicity,
    nativePlace: f.nativePlace ?? base.nativePlace,
    education: f.education ?? base.education,
    workStart: f.workStart ?? base.workStart,
    partySince: f.partySince ?? base.partySince,
    note: f.note ?? base.note,
  };
}

export const shownValue = (value: unknown): string => (value == null ? '' : typeof value === 'boolean' ? (value ? '是' : '否') : String(value));

const rowList = (rows: readonly number[]) => rows.map((r) => `第${r}行`).join('、');

/**
 * One row while it is classified. Its messages start as the validated row's own arrays and are
 * copied on the first addition: validated rows are cached and reused by the next preview, so
 * they are never changed, and most rows add nothing.
 */
class Working {
  errors: string[];
  warnings: string[];
  unit?: ResolvedUnit;
  /** a unit name several units share: settled by the matched person's own unit, else an error */
  ambiguousUnit?: Extract<UnitTarget, { kind: 'ambiguous' }>;
  /** the stored person this row updates */
  match?: Person;
  constructor(readonly row: ValidatedRow) {
    this.errors = row.errors;
    this.warnings = row.warnings;
  }
  error(message: string): void {
    if (this.errors === this.row.errors) this.errors = [...this.errors];
    this.errors.push(message);
  }
  warn(message: string): void {
    if (this.warnings === this.row.warnings) this.warnings = [...this.warnings];
    this.warnings.push(message);
  }
}

const noChanges: FieldChange[] = [];

export function classifyRows(validated: readonly ValidatedRow[], people: readonly Person[], units: UnitLookup): Classification {
  const work = validated.map((row) => new Working(row));

  // Units first. A name several units share (two 办公室) is fine when the row's person, found by
  // ID number or 人员编号, already works in one of them: that is the one meant (a re-imported
  // export writes plain unit names). Otherwise the row must write the path.
  for (const w of work) {
    const written = w.row.fields.unitName;
    if (written === undefined) continue;
    const target = units.resolve(written);
    if (target.kind === 'ambiguous') w.ambiguousUnit = target;
    else w.unit = target;
  }

  // The same person twice in the file: an error on every row of the group, naming the others.
  const groups = new Map<string, Working[]>();
  const addTo = (key: string, w: Working) => {
    const g = groups.get(key);
    if (g) g.push(w);
    else groups.set(key, [w]);
  };
  for (const w of work) {
    const f = w.row.fields;
    if (f.idNumber) addTo(`id\u0000${f.idNumber}`, w);
    else if (f.name && f.unitName) addTo(`nu\u0000${f.name}\u0000${w.unit?.label ?? f.unitName}`, w);
    if (f.staffNo) addTo(`no\u0000${f.staffNo}`, w);
  }
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const kind = key.slice(0, 2);
    // Rows sharing both ID number and 人员编号 are already reported once, as the same person.
    if (kind === 'no' && group.every((w) => w.row.fields.idNumber && w.row.fields.idNumber === group[0]!.row.fields.idNumber)) continue;
    for (const w of group) {
      const others = rowList(group.filter((o) => o !== w).map((o) => o.row.sheetRow));
      w.error(
        kind === 'id' ? `与${others}是同一人（身份证号相同），请删除重复的行`
        : kind === 'no' ? `人员编号与${others}相同，人员编号不能重复`
        : `与${others}姓名和单位相同且都没有身份证号，无法区分是否同一人，请补填身份证号或删除重复的行`,
      );
    }
  }

  // Stored people, by each key a row may be matched on.
  const byIdNumber = new Map<string, Person>();
  const byStaffNo = new Map<string, Person>();
  const byNameUnit = new Map<string, Person[]>();
  for (const p of people) {
    if (p.idNumber) byIdNumber.set(p.idNumber, p);
    if (p.staffNo) byStaffNo.set(p.staffNo, p);
    const key = `${p.name}\u0000${p.unitId}`;
    const list = byNameUnit.get(key);
    if (list) list.push(p);
    else byNameUnit.set(key, [p]);
  }

  const matched = new Map<number, Working>();
  for (const w of work) {
    if (w.errors.length) continue;
    const f = w.row.fields;
    let person: Person | undefined;
    if (f.idNumber) person = byIdNumber.get(f.idNumber);
    if (!person && f.staffNo) {
      const p = byStaffNo.get(f.staffNo);
      if (p && p.idNumber && f.idNumber && p.idNumber !== f.idNumber) {
        w.error(`人员编号「${f.staffNo}」在系统中属于「${p.name}」（身份证号 ${p.idNumber}），与本行身份证号不一致`);
        continue;
      }
      person = p;
    }
    if (w.ambiguousUnit) {
      if (!person || !pathEndsWith(units.pathOf(person.unitId), w.ambiguousUnit.label)) continue;
      w.unit = { kind: 'existing', unitId: person.unitId, label: w.ambiguousUnit.label };
    }
    if (!person && f.name && w.unit?.kind === 'existing') {
      const candidates = (byNameUnit.get(`${f.name}\u0000${w.unit.unitId}`) ?? []).filter(
        (p) => (!p.idNumber || !f.idNumber) && (!p.staffNo || !f.staffNo || p.staffNo === f.staffNo),
      );
      if (candidates.length > 1) {
        w.error(`系统中「${w.unit.label}」有${candidates.length}名「${f.name}」，无法确定是哪一位，请填写身份证号或人员编号`);
        continue;
      }
      person = candidates[0];
      if (person) {
        w.warn(
          f.idNumber
            ? `按姓名和单位匹配到系统中已有的「${person.name}」（系统中没有身份证号），将补录身份证号，请核对是否同一人`
            : `没有身份证号，按姓名和单位匹配到系统中已有的「${person.name}」，请核对是否同一人`,
        );
      }
    }
    if (!person) continue;
    if (f.staffNo) {
      const owner = byStaffNo.get(f.staffNo);
      if (owner && owner.id !== person.id) {
        w.error(`人员编号「${f.staffNo}」已被系统中的「${owner.name}」使用`);
        continue;
      }
    }
    if (f.name && person.name !== f.name) w.warn(`姓名与系统中不同（系统中为「${person.name}」），请核对`);
    if (person.status !== '在职') w.warn(`系统中该人员为「${person.status}」状态，导入不改变其状态`);
    const first = matched.get(person.id);
    if (first) {
      const message = (other: Working) => `与第${other.row.sheetRow}行对应系统中的同一人（${person.name}），请删除重复的行`;
      if (!first.errors.length) first.error(message(w));
      w.error(message(first));
      first.match = undefined;
      continue;
    }
    matched.set(person.id, w);
    w.match = person;
  }
  for (const w of work) if (w.ambiguousUnit && !w.unit) w.error(w.ambiguousUnit.message);

  const newUnits: string[] = [];
  const seenNewUnits = new Set<string>();
  const rows = work.map((w): ClassifiedRow => {
    const { sheetRow, display } = w.row;
    const unit = w.unit;
    if (w.errors.length || !unit) return { sheetRow, display, errors: w.errors, warnings: w.warnings, status: 'error', changes: noChanges };
    if (unit.kind === 'new' && !seenNewUnits.has(unit.label)) {
      seenNewUnits.add(unit.label);
      newUnits.push(unit.label);
    }
    const existing = w.match;
    if (!existing) {
      return { sheetRow, display, errors: w.errors, warnings: w.warnings, status: 'new', changes: noChanges, draft: merge(emptyFields, w.row, unit) };
    }
    const draft = merge(existing, w.row, unit);
    const changes: FieldChange[] = [];
    for (const key of rosterFieldKeys) {
      if (key === 'unitName') {
        if (unit.kind === 'new' || unit.unitId !== existing.unitId) {
          changes.push({ field: key, label: rosterFieldLabels[key], before: units.pathOf(existing.unitId), after: unit.label });
        }
      } else if (draft[key] !== existing[key]) {
        changes.push({ field: key, label: rosterFieldLabels[key], before: shownValue(existing[key]), after: shownValue(draft[key]) });
      }
    }
    if (!changes.length) return { sheetRow, display, errors: w.errors, warnings: w.warnings, status: 'same', changes, existing };
    return { sheetRow, display, errors: w.errors, warnings: w.warnings, status: 'update', changes, existing, draft };
  });
  return { rows, newUnits };
}

