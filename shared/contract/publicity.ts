import { z } from 'zod';
import { channel, nothing } from './channel';
import { isoDate } from '../domain';
import { objectionInput, publicityFields, publicityView } from '../publicity';

/**
 * 优秀等次公示 (DOMAIN §9.1): one per 考核年度, from the confirmed 优秀 list; its 异议 and their
 * outcome. Every answer is the whole view, so the page shows the state the service holds.
 */
const year = z.number().int().min(2000).max(2100);

export const publicityChannels = {
  /** the year's 公示 (or null), last year's words as defaults, the confirmed 优秀 now, the objections and the lock gate */
  'publicity.get': channel(z.object({ year }), publicityView),
  /** a draft from the confirmed 优秀 list; refused when the year has one, or none is confirmed 优秀 */
  'publicity.create': channel(z.object({ year, fields: publicityFields }), publicityView),
  'publicity.update': channel(z.object({ year, fields: publicityFields }), publicityView),
  /** the names taken again from the confirmed 优秀 list */
  'publicity.refreshNames': channel(z.object({ year }), publicityView),
  /** 草稿 -> 公示中, posted on `on` */
  'publicity.publish': channel(z.object({ year, on: isoDate }), publicityView),
  /** 公示中 -> 已结束 on `on` (not before the period's last day) */
  'publicity.end': channel(z.object({ year, on: isoDate }), publicityView),
  /** a draft only */
  'publicity.delete': channel(z.object({ year }), nothing),
  'publicity.addObjection': channel(z.object({ year, objection: objectionInput }), publicityView),
  'publicity.updateObjection': channel(z.object({ id: z.number().int(), objection: objectionInput }), publicityView),
  'publicity.deleteObjection': channel(z.object({ id: z.number().int() }), publicityView),
};
