import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { Person, PersonFields } from '../../../shared/domain';
import { checkIdNumber } from '../../../shared/normalize';

/** What the person form holds; converted to the contract's PersonFields on save. */
export interface PersonFormValues {
  name?: string;
  gender?: '男' | '女' | null;
  birth?: string;
  idNumber?: string;
  staffNo?: string;
  political?: string | null;
  unitId?: number;
  post?: string;
  rank?: string;
  postSince?: string;
  category?: string | null;
  isLeader?: boolean;
  hireDate?: Dayjs | null;
  probationEnd?: Dayjs | null;
  ethnicity?: string;
  nativePlace?: string;
  education?: string | null;
  workStart?: string;
  partySince?: string;
  note?: string;
}

const isoFormat = 'YYYY-MM-DD';

const clean = (value: string | null | undefined): string | null => {
  // Full-width spaces are what offices paste from Word; they are not part of any value.
  const text = (value ?? '').replace(/\u3000/g, ' ').trim();
  return text === '' ? null : text;
};

export function formValuesOf(person: Person | null, defaults: { unitId?: number } = {}): PersonFormValues {
  if (!person) return { isLeader: false, unitId: defaults.unitId };
  return {
    name: person.name,
    gender: person.gender,
    birth: person.birth ?? '',
    idNumber: person.idNumber ?? '',
    staffNo: person.staffNo ?? '',
    political: person.political,
    unitId: person.unitId,
    post: person.post ?? '',
    rank: person.rank ?? '',
    postSince: person.postSince ?? '',
    category: person.category,
    isLeader: person.isLeader,
    hireDate: person.hireDate ? dayjs(person.hireDate) : null,
    probationEnd: person.probationEnd ? dayjs(person.probationEnd) : null,
    ethnicity: person.ethnicity ?? '',
    nativePlace: person.nativePlace ?? '',
    education: person.education,
    workStart: person.workStart ?? '',
    partySince: person.partySince ?? '',
    note: person.note ?? '',
  };
}

export function fieldsOfForm(v: PersonFormValues): PersonFields {
  const idNumber = clean(v.idNumber);
  return {
    name: (clean(v.name) ?? '').replace(/\s+/g, ''),
    gender: v.gender ?? null,
    birth: clean(v.birth),
    idNumber: idNumber ? idNumber.toUpperCase() : null,
    staffNo: clean(v.staffNo),
    political: clean(v.political),
    unitId: v.unitId ?? 0,
    post: clean(v.post),
    rank: clean(v.rank),
    postSince: clean(v.postSince),
    category: clean(v.category),
    isLeader: v.isLeader ?? false,
    hireDate: v.hireDate ? v.hireDate.format(isoFormat) : null,
    probationEnd: v.probationEnd ? v.probationEnd.format(isoFormat) : null,
    ethnicity: clean(v.ethnicity),
    nativePlace: clean(v.nativePlace),
    education: clean(v.education),
    workStart: clean(v.workStart),
    partySince: clean(v.partySince),
    note: clean(v.note),
  };
}

const yearMonthPattern = /^\d{4}\.(0[1-9]|1[0-2])$/;

/** antd Form validators; messages say what is wrong and how it should look. */
export const yearMonthRule = (label: string) => ({
  validator: (_rule: unknown, value: string | undefined) =>
    !clean(value) || yearMonthPattern.test(clean(value)!) ? Promise.resolve() : Promise.reject(new Error(`${label}应为“年.月”格式，例如 1985.06`)),
});

export const idNumberRule = {
  validator: (_rule: unknown, value: string | undefined) => {
    const text = clean(value);
    if (!text) return Promise.resolve();
    const check = checkIdNumber(text.replace(/\s+/g, ''));
    return check.ok ? Promise.resolve() : Promise.reject(new Error(check.message));
  },
};

/** Gender and birth as the ID number states them, to fill the form when those are still blank. */
export function impliedByIdNumber(value: string | undefined): { gender: '男' | '女'; birth: string } | null {
  const text = clean(value);
  if (!text) return null;
  const check = checkIdNumber(text.replace(/\s+/g, ''));
  return check.ok ? { gender: check.gender, birth: check.birth } : null;
}
