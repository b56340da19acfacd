import { z } from 'zod';
import { channel, incomingFile, noInput, nothing, outgoingFile } from './channel';
import { campaignCell, campaignPlan, campaignProgress, campaignRegister, campaignSummary, campaignView } from '../campaigns';
import { isoDate } from '../domain';

/** 专项活动 (DOMAIN §8.2): 活动方案 from a preset, the register of per-person duties, progress and overdue. */

const year = z.number().int().min(2000).max(2100);
const id = z.number().int();
const cellKey = { id, dutyId: z.number().int(), personId: z.number().int() };

export const campaignsChannels = {
  /** the presets 「从预设新建」 offers */
  'campaigns.presets': channel(noInput, z.array(z.object({ key: z.string(), name: z.string() }))),
  'campaigns.list': channel(z.object({ year }), z.array(campaignSummary)),
  'campaigns.create': channel(z.object({ year, preset: z.string() }), campaignView),
  'campaigns.get': channel(z.object({ id }), campaignView),
  /** the whole 活动方案, checked whole (DOMAIN §8.2); a duty with register entries cannot be removed */
  'campaigns.save': channel(z.object({ id, plan: campaignPlan }), campaignView),
  /** only a campaign without register entries */
  'campaigns.delete': channel(z.object({ id }), nothing),
  /** rows = 在职 people owing a duty (optionally of one unit and its sub-units), columns = duties */
  'campaigns.register': channel(z.object({ id, unitId: z.number().int().optional() }), campaignRegister),
  /** one cell: how many done (1 for a single piece of work, 0 clears), the date, a note */
  'campaigns.setRecord': channel(
    z.object({ ...cellKey, count: z.number().int().min(0).max(99), doneOn: isoDate.nullable(), note: z.string().trim().max(200, '说明不超过200字').default('') }),
    campaignCell,
  ),
  /** 「全部标记完成」: every person of the unit (and its sub-units) owing the duty, done on `doneOn`; all or nothing */
  'campaigns.markAll': channel(z.object({ id, dutyId: z.number().int(), unitId: z.number().int(), doneOn: isoDate }), z.object({ marked: z.number().int() })),
  /** the evidence file of a cell (null removes it); the cell must exist */
  'campaigns.setEvidence': channel(z.object({ ...cellKey, file: incomingFile.nullable() }), campaignCell),
  'campaigns.openEvidence': channel(z.object(cellKey), outgoingFile),
  /** phases, tasks, per-unit figures and the overdue names at `asOf` (default: today) */
  'campaigns.progress': channel(z.object({ id, asOf: isoDate.optional() }), campaignProgress),
};
