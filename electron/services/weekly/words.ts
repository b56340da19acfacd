import { figureText, weeklyMarkLabels, weeklyModeLabels, weekRuleLabels, type WeeklyFigure, type WeeklyMark, type WeeklySettings } from '../../../shared/weekly';

/** 周晒 data in words, for the audit log (ARCHITECTURE §5: before → after in words). */

export const weekModeText = (s: WeeklySettings): string => `${weeklyModeLabels[s.mode]}，参晒单位${s.unitIds.length}个，自第${s.startWeek}周起`;

export function weeklySettingsText(s: WeeklySettings, unitNames: ReadonlyMap<number, string>): Record<'晒报方式' | '周次规则' | '参晒单位' | '起始周', string> {
  return {
    晒报方式: weeklyModeLabels[s.mode],
    周次规则: weekRuleLabels[s.weekRule],
    参晒单位: s.unitIds.map((id) => unitNames.get(id) ?? `单位${id}`).join('、'),
    起始周: `第${s.startWeek}周`,
  };
}

/** one item as a line: 「完成人防工程检查（完成率 95%）〔未完成〕」 */
export function itemLine(i: { text: string; figure: WeeklyFigure | null; unfinished: boolean }): string {
  return `${i.text}${i.figure ? `（${figureText(i.figure)}）` : ''}${i.unfinished ? '〔未完成〕' : ''}`;
}

export const itemsText = (items: readonly { text: string; figure: WeeklyFigure | null; unfinished: boolean }[]): string =>
  items.length === 0 ? '（未晒）' : items.map((i, n) => `${n + 1}. ${itemLine(i)}`).join('；');

export const markText = (mark: WeeklyMark | null, comment: string): string => (mark ? `${weeklyMarkLabels[mark]}${comment ? `：${comment}` : ''}` : '无');
