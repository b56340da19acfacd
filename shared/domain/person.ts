import { z } from 'zod';

/** `YYYY.MM`, the way 出生年月 and 任现职时间 are written on the office's forms. */
export const yearMonth = z.string().regex(/^\d{4}\.(0[1-9]|1[0-2])$/, '年月应为 YYYY.MM 格式，例如 1985.06');
/** `YYYY-MM-DD` for full dates (入职, 调离). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD 格式');

export const genders = ['男', '女'] as const;
export const personStatuses = ['在职', '调离', '退休'] as const;

export const unit = z.object({
  id: z.number().int(),
  name: z.string(),
  parentId: z.number().int().nullable(),
  sortOrder: z.number().int(),
  /** people currently 在职 directly in this unit */
  peopleCount: z.number().int(),
});
export type Unit = z.infer<typeof unit>;

/** The editable fields of a person: what a form or an import row sets. */
export const personFields = z.object({
  name: z.string().trim().min(1, '姓名不能为空').max(40),
  gender: z.enum(genders).nullable(),
  birth: yearMonth.nullable(),
  idNumber: z.string().nullable(),
  staffNo: z.string().max(40).nullable(),
  political: z.string().max(20).nullable(),
  unitId: z.number().int(),
  post: z.string().max(60).nullable(),
  rank: z.string().max(40).nullable(),
  postSince: yearMonth.nullable(),
  category: z.string().max(20).nullable(),
  /** 民族, written out (汉族); optional in every input so older callers and files stay valid */
  ethnicity: z.string().max(20).nullable().default(null),
  /** 籍贯 (or 出生地), free text */
  nativePlace: z.string().max(40).nullable().default(null),
  /** 学历 (文化程度), from the 'education' vocabulary */
  education: z.string().max(20).nullable().default(null),
  /** 参加工作时间, YYYY.MM */
  workStart: yearMonth.nullable().default(null),
  /** 入党时间, YYYY.MM */
  partySince: yearMonth.nullable().default(null),
  isLeader: z.boolean(),
  hireDate: isoDate.nullable(),
  probationEnd: isoDate.nullable(),
  note: z.string().max(500).nullable(),
});
export type PersonFields = z.infer<typeof personFields>;

export const person = personFields.extend({
  id: z.number().int(),
  status: z.enum(personStatuses),
  statusDate: isoDate.nullable(),
  unitName: z.string(),
});
export type Person = z.infer<typeof person>;

/**
 * 职务 and 职级 as one entry (「副主任（二级主任科员）」). Offices often write the 职级 as the 职务 too
 * (a 四级调研员 without a leading post): then it is printed once, never 「四级调研员（四级调研员）」.
 */
export function postRankText(post: string | null | undefined, rank: string | null | undefined): string {
  const p = post?.trim() ?? '';
  const r = rank?.trim() ?? '';
  if (!r || p.includes(r)) return p;
  if (!p || r.includes(p)) return r;
  return `${p}（${r}）`;
}
