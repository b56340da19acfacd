import { z } from 'zod';
import { channel, incomingFile, outgoingFile } from './channel';
import { weeklyItem, weeklyMark, weeklySettings, weeklySettingsView, weeklyTargetRef, weeklyWeekView } from '../weekly';

/** 周晒成绩 (DOMAIN §8): the year's rules, the week's postings, 复制上周未完成, leaders' marks, evidence. */

const year = z.number().int().min(2000).max(2100);
const week = z.number().int().min(1, '周次应在第1至53周之间').max(53, '周次应在第1至53周之间');
const itemId = z.number().int();

/** one item as the grid sends it: `id` for an item already saved; the figure as typed (「完成率 95%」) */
const itemDraft = z.object({
  id: itemId.optional(),
  text: z.string().trim().max(200, '每条不超过200字'),
  figure: z.string().trim().max(40, '数字不超过40字').default(''),
  unfinished: z.boolean().default(false),
});

export const weeklyChannels = {
  /** the year's 周晒 rules (the defaults until saved) */
  'weekly.settings': channel(z.object({ year }), weeklySettingsView),
  'weekly.setSettings': channel(z.object({ year, settings: weeklySettings }), weeklySettingsView),
  /** one week: every 参晒 unit or person with its items, and who has not posted; default: this week */
  'weekly.week': channel(z.object({ year, week: week.optional() }), weeklyWeekView),
  /**
   * a target's items of one week, replacing them in order: items with an id are updated (their marks
   * and evidence stay), new ones added, missing ones removed; empty texts are dropped
   */
  'weekly.saveItems': channel(z.object({ year, week, target: weeklyTargetRef, items: z.array(itemDraft).max(30, '每周不超过30条') }), z.array(weeklyItem)),
  /** 「复制上周未完成」 for the given targets (default: all 参晒 targets); returns how many items were copied */
  'weekly.copyUnfinished': channel(z.object({ year, week, targets: z.array(weeklyTargetRef).optional() }), z.object({ copied: z.number().int() })),
  /** a leader's 亮点/不足 with a short comment; mark null clears it */
  'weekly.mark': channel(z.object({ id: itemId, mark: weeklyMark.nullable(), comment: z.string().trim().max(100, '点评不超过100字').default('') }), weeklyItem),
  /** the evidence of an item: a note, and a file (undefined: keep the file; null: remove it) */
  'weekly.setEvidence': channel(z.object({ id: itemId, note: z.string().trim().max(200, '说明不超过200字').default(''), file: incomingFile.nullable().optional() }), weeklyItem),
  'weekly.openEvidence': channel(z.object({ id: itemId }), outgoingFile),
};
