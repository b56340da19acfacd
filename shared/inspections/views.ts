import { z } from 'zod';
import { inspectionSettings, noticeKind } from './settings';

/** What the 督查督办 channels return (DOMAIN §8.6). */

export const inspectionSettingsView = z.object({ year: z.number().int(), settings: inspectionSettings, saved: z.boolean() });

export const rectificationStateSchema = z.enum(['none', 'open', 'overdue', 'done']);

export const inspectionRecord = z.object({
  id: z.number().int(),
  year: z.number().int(),
  date: z.string(),
  team: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  personId: z.number().int().nullable(),
  personName: z.string().nullable(),
  content: z.string(),
  findings: z.string(),
  requirement: z.string(),
  deadline: z.string().nullable(),
  doneOn: z.string().nullable(),
  doneNote: z.string(),
  evidenceNote: z.string(),
  /** as of today (the app's day) */
  state: rectificationStateSchema,
  daysOverdue: z.number().int(),
});
export type InspectionRecord = z.infer<typeof inspectionRecord>;

export const inspectionRecordsView = z.object({
  year: z.number().int(),
  today: z.string(),
  records: z.array(inspectionRecord),
  /** 督查组 typed before (any year), most used first */
  teams: z.array(z.string()),
});
export type InspectionRecordsView = z.infer<typeof inspectionRecordsView>;

export const noticeAdjustment = z.object({ id: z.number().int(), personId: z.number().int(), name: z.string(), points: z.number() });

export const inspectionNotice = z.object({
  id: z.number().int(),
  year: z.number().int(),
  date: z.string(),
  docNo: z.string(),
  kind: noticeKind,
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  people: z.array(z.object({ id: z.number().int(), name: z.string(), unitId: z.number().int() })),
  reason: z.string(),
  /** the 加减分 records this 通报 created (deleting the 通报 removes them) */
  adjustments: z.array(noticeAdjustment),
});
export type InspectionNotice = z.infer<typeof inspectionNotice>;

export const addNoticeResult = z.object({
  notice: inspectionNotice,
  /** people of the unit the rule names who are not the year's participants: no 加减分 for them */
  notParticipants: z.array(z.string()),
});
