import { z } from 'zod';
import { weeklySettings } from './settings';

/** What the 周晒成绩 channels return (DOMAIN §8). */

export const weeklyMark = z.enum(['highlight', 'shortfall']);
export type WeeklyMark = z.infer<typeof weeklyMark>;
export const weeklyMarkLabels: Readonly<Record<WeeklyMark, string>> = { highlight: '亮点', shortfall: '不足' };

export const weeklyFigure = z.object({ label: z.string(), value: z.number(), unit: z.string() });

export const weeklyItem = z.object({
  id: z.number().int(),
  text: z.string(),
  figure: weeklyFigure.nullable(),
  unfinished: z.boolean(),
  /** the item of an earlier week this one was carried from (「复制上周未完成」) */
  carriedFrom: z.number().int().nullable(),
  evidenceNote: z.string(),
  evidenceFile: z.object({ fileName: z.string(), size: z.number().int() }).nullable(),
  mark: weeklyMark.nullable(),
  markComment: z.string(),
  markedBy: z.string().nullable(),
});
export type WeeklyItem = z.infer<typeof weeklyItem>;

export const weeklyTargetKind = z.enum(['unit', 'person']);
export const weeklyTargetRef = z.object({ kind: weeklyTargetKind, id: z.number().int() });

export const weeklyTargetWeek = z.object({
  kind: weeklyTargetKind,
  id: z.number().int(),
  name: z.string(),
  /** a person's unit; for a unit, its parent */
  unitName: z.string(),
  items: z.array(weeklyItem),
});
export type WeeklyTargetWeek = z.infer<typeof weeklyTargetWeek>;

export const weeklyWeekView = z.object({
  year: z.number().int(),
  week: z.number().int(),
  start: z.string(),
  end: z.string(),
  weeksInYear: z.number().int(),
  /** the week today falls in, when it belongs to this year */
  currentWeek: z.number().int().nullable(),
  settings: weeklySettings,
  /** the 参晒 units or people, in tree / roster order, with this week's items */
  targets: z.array(weeklyTargetWeek),
  /** targets without an item this week (a week before the first 周晒 week lists none) */
  notPosted: z.array(weeklyTargetRef.extend({ name: z.string() })),
  /** the top unit's name, for the board's title and 落款 */
  officeName: z.string(),
});
export type WeeklyWeekView = z.infer<typeof weeklyWeekView>;

export const weeklySettingsView = z.object({
  year: z.number().int(),
  settings: weeklySettings,
  /** false: the defaults, not yet saved for this year */
  saved: z.boolean(),
});
