import { z } from 'zod';
import { isoDate } from '../domain';
import { campaignDuty, campaignPhase, campaignTask } from './plan';

/** What the 专项活动 channels return (DOMAIN §8.2). */

const savedDuty = campaignDuty.extend({ id: z.number().int() });

export const campaignSummary = z.object({
  id: z.number().int(),
  year: z.number().int(),
  name: z.string(),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  updatedAt: z.string(),
});
export type CampaignSummary = z.infer<typeof campaignSummary>;

export const campaignView = z.object({
  id: z.number().int(),
  year: z.number().int(),
  plan: z.object({ name: z.string(), purpose: z.string(), phases: z.array(campaignPhase), tasks: z.array(campaignTask), duties: z.array(savedDuty) }),
  /** duties that already have register entries (removing one is refused) */
  recordedDutyIds: z.array(z.number().int()),
  updatedAt: z.string(),
});
export type CampaignView = z.infer<typeof campaignView>;

export const campaignCell = z.object({
  dutyId: z.number().int(),
  personId: z.number().int(),
  count: z.number().int(),
  doneOn: isoDate.nullable(),
  note: z.string(),
  evidenceFile: z.object({ fileName: z.string(), size: z.number().int() }).nullable(),
});
export type CampaignCell = z.infer<typeof campaignCell>;

export const campaignRegister = z.object({
  id: z.number().int(),
  year: z.number().int(),
  name: z.string(),
  today: isoDate,
  duties: z.array(savedDuty),
  rows: z.array(z.object({ personId: z.number().int(), name: z.string(), unitId: z.number().int(), unitName: z.string(), dutyIds: z.array(z.number().int()) })),
  cells: z.array(campaignCell),
});
export type CampaignRegister = z.infer<typeof campaignRegister>;

const tally = { assigned: z.number().int(), due: z.number().int(), done: z.number().int(), doneLate: z.number().int(), overdue: z.number().int() };
const taskStatusSchema = z.enum(['done', 'doneLate', 'overdue', 'open']);

export const campaignProgress = z.object({
  id: z.number().int(),
  year: z.number().int(),
  name: z.string(),
  purpose: z.string(),
  /** the top of the unit tree, for the 落款 */
  officeName: z.string(),
  asOf: isoDate,
  phases: z.array(campaignPhase.extend({ current: z.boolean() })),
  tasks: z.array(campaignTask.extend({ leadUnitName: z.string(), partnerUnitNames: z.array(z.string()), status: taskStatusSchema })),
  /** per duty: people owing it, done on time, done late, overdue (its 时限 is the duty's `due`) */
  duties: z.array(savedDuty.extend({ assigned: tally.assigned, done: tally.done, doneLate: tally.doneLate, overdue: tally.overdue })),
  units: z.array(z.object({ unitId: z.number().int(), unitName: z.string(), people: z.number().int(), peopleOverdue: z.number().int(), rate: z.number().nullable(), ...tally })),
  total: z.object({ ...tally, rate: z.number().nullable() }),
  /** by unit, in unit-tree order: who is past a 时限 and which duties */
  overdue: z.array(z.object({ unitId: z.number().int(), unitName: z.string(), people: z.array(z.object({ personId: z.number().int(), name: z.string(), duties: z.array(z.string()) })) })),
});
export type CampaignProgress = z.infer<typeof campaignProgress>;

/** 「张三、李四、王五等7人」: the first `max` names, then how many in all. */
export function truncatedNames(names: readonly string[], max: number): string {
  if (names.length <= max) return names.join('、');
  return `${names.slice(0, max).join('、')}等${names.length}人`;
}
