import { z } from 'zod';
import { isoDate } from '../domain';
import { publicityFields, publicityStatuses } from './notice';

/** One name on the 公示: as it stood when the names were taken from the confirmed 优秀 list. */
export const publicityName = z.object({
  personId: z.number().int(),
  name: z.string(),
  unitName: z.string(),
  post: z.string(),
});
export type PublicityName = z.infer<typeof publicityName>;

const shortText = (label: string, max: number) => z.string().trim().max(max, `${label}不超过${max}字`);

/** An 异议 as entered: received, from whom (blank: 匿名), about whom, what; then how it was handled. */
export const objectionInput = z.object({
  receivedOn: isoDate,
  raisedBy: shortText('反映人', 40).default(''),
  /** the person on the 公示 it concerns; null: the 公示 as a whole */
  personId: z.number().int().nullable(),
  content: shortText('异议内容', 1000).min(1, '请填写异议内容'),
  handling: shortText('处理情况', 1000).default(''),
  /** 维持/调整/不予采纳 … (the office's words); '' while not concluded */
  outcome: shortText('处理结果', 40).default(''),
  /** 办结日期: set together with the outcome */
  resolvedOn: isoDate.nullable().default(null),
});
export type ObjectionInput = z.infer<typeof objectionInput>;

export const publicityObjection = objectionInput.extend({
  id: z.number().int(),
  personName: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type PublicityObjection = z.infer<typeof publicityObjection>;

export const publicityView = z.object({
  year: z.number().int(),
  /** the year is locked: everything is read-only */
  yearLocked: z.boolean(),
  today: isoDate,
  publicity: publicityFields.extend({
    end: isoDate,
    status: z.enum(publicityStatuses),
    /** the status today: a published 公示 past its period has ended */
    effective: z.enum(publicityStatuses),
    publishedOn: isoDate.nullable(),
    endedOn: isoDate.nullable(),
    names: z.array(publicityName),
    createdBy: z.string(),
    updatedAt: z.string(),
  }).nullable(),
  /** what a new 公示 starts from (last year's words, else the preset) */
  defaults: publicityFields,
  /** the confirmed 优秀 now, in the composite's order */
  current: z.array(publicityName),
  /** the 公示's names differ from `current` */
  stale: z.boolean(),
  objections: z.array(publicityObjection),
  /** the office's words for an objection's outcome */
  outcomes: z.array(z.string()),
  /** why the year cannot be locked yet because of the 公示 (null: it can) */
  lockRefusal: z.string().nullable(),
});
export type PublicityView = z.infer<typeof publicityView>;
