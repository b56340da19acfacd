import { z } from 'zod';

/**
 * A 考核年度's 周晒 rules (DOMAIN §8), kept as data per year and edited on the 周晒成绩 page:
 * who posts (each 科室, or each person of those 科室), which units take part, the week rule and the
 * first week postings are expected. A year without saved rules uses `defaultWeeklySettings`.
 */
export const weeklyMode = z.enum(['unit', 'person']);
export type WeeklyMode = z.infer<typeof weeklyMode>;
export const weeklyModeLabels: Readonly<Record<WeeklyMode, string>> = { unit: '按科室（单位）晒', person: '按个人晒' };

export const weekRule = z.enum(['thursday', 'sunday']);
export const weekRuleLabels: Readonly<Record<z.infer<typeof weekRule>, string>> = {
  thursday: '跨年的周归周四所在的年份（与国际标准周次一致）',
  sunday: '跨年的周归新年（含1月1日的周为第1周）',
};

export const weeklySettings = z.object({
  mode: weeklyMode,
  weekRule,
  /** 参晒单位, in the order they are listed (the board's order follows the unit tree) */
  unitIds: z.array(z.number().int()).max(500),
  /** postings are expected from this week on (周晒 may start during the year) */
  startWeek: z.number().int().min(1, '起始周应在第1至53周之间').max(53, '起始周应在第1至53周之间'),
});
export type WeeklySettings = z.infer<typeof weeklySettings>;

/**
 * The default 参晒单位: the 机关科室 and 所属事业单位, i.e. the units directly under the top of the
 * unit tree (the office itself, its 领导班子, posts nothing; the 股 under a 事业单位 post with it).
 */
export function defaultParticipantUnits(units: readonly { id: number; parentId: number | null }[]): number[] {
  const roots = new Set(units.filter((u) => u.parentId == null).map((u) => u.id));
  return units.filter((u) => u.parentId != null && roots.has(u.parentId)).map((u) => u.id);
}

export function defaultWeeklySettings(units: readonly { id: number; parentId: number | null }[]): WeeklySettings {
  return { mode: 'unit', weekRule: 'thursday', unitIds: defaultParticipantUnits(units), startWeek: 1 };
}
