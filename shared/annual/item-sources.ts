import { z } from 'zod';
import { round2 } from '../numbers';
import { pointsText } from './item-points';

/**
 * 自动取数 of a 考核项目 (DOMAIN §4, §8.7): an item may take its value from the 能力作风建设 figures
 * instead of typed scores. The figure is a percentage (任务按时完成率, 周晒参与率, 专项活动任务完成率)
 * or a 0..100 score (科室评议平均得分); it becomes points by the item's own mapping, which is data:
 * the figure that earns the item's 满分 (`sourceFull`, preset 100) and the figure at or below which it
 * earns nothing (`sourceZero`, preset 0), linear between and never above the 满分. With the preset,
 * points = rate × 满分 (科室评议: score / 100 × 满分). Points are rounded to 2 decimals, half away
 * from zero, as every score of the year (DOMAIN §6).
 */

export const itemSources = ['none', 'tasks', 'weekly', 'review', 'campaign'] as const;
export const itemSource = z.enum(itemSources);
export type ItemSource = z.infer<typeof itemSource>;
export type AutoSource = Exclude<ItemSource, 'none'>;

export const itemSourceLabels: Readonly<Record<ItemSource, string>> = {
  none: '录入得分',
  tasks: '任务按时完成率',
  weekly: '周晒参与率',
  review: '科室评议平均得分',
  campaign: '专项活动任务完成率',
};

/** what the figure is and how it reads: 「按时完成 8 / 到期节点 10」 */
export const sourceFractionWords: Readonly<Record<AutoSource, { readonly numerator: string; readonly denominator: string }>> = {
  tasks: { numerator: '按时完成节点', denominator: '到期节点' },
  weekly: { numerator: '已晒周数', denominator: '应晒周数' },
  review: { numerator: '各次评议得分合计', denominator: '参加评议次数' },
  campaign: { numerator: '已完成个人任务', denominator: '应完成个人任务' },
};

/** the preset mapping: 100% (or a 评议 score of 100) earns the 满分, 0 earns nothing */
export const sourceMappingPreset = { sourceFull: 100, sourceZero: 0 } as const;

/**
 * Who a source's figure belongs to. 任务 and 科室评议 figures are a unit's (passed on to its people when
 * the item says so); 专项活动 duties are a person's; 周晒 follows the year's 晒报方式.
 */
export function sourceTarget(source: AutoSource, weeklyMode: 'unit' | 'person'): 'unit' | 'person' {
  if (source === 'campaign') return 'person';
  if (source === 'weekly') return weeklyMode;
  return 'unit';
}

export interface SourceMapping {
  readonly maxPoints: number;
  readonly sourceFull: number;
  readonly sourceZero: number;
}

/**
 * Points for a figure (percent, or a 0..100 score) under the item's mapping: linear from sourceZero
 * (0 points) to sourceFull (满分), clamped to 0..满分, rounded to 2 decimals.
 */
export function sourcePoints(mapping: SourceMapping, figure: number): number {
  const span = mapping.sourceFull - mapping.sourceZero;
  const share = span > 0 ? (figure - mapping.sourceZero) / span : figure >= mapping.sourceFull ? 1 : 0;
  return round2(Math.min(1, Math.max(0, share)) * mapping.maxPoints);
}

/** 「得分 = 按时完成率 ÷ 100% × 满分10分」, or with a mapping of its own 「60%得0分，100%得满分10分，其间按比例」 */
export function sourceMappingText(source: AutoSource, mapping: SourceMapping): string {
  const unit = source === 'review' ? '分' : '%';
  const full = `${pointsText(mapping.maxPoints)}分`;
  if (mapping.sourceZero === 0 && mapping.sourceFull === 100) {
    return source === 'review' ? `得分 = 评议平均得分 ÷ 100 × 满分${full}` : `得分 = ${itemSourceLabels[source]} × 满分${full}`;
  }
  return `${pointsText(mapping.sourceZero)}${unit}及以下得0分，${pointsText(mapping.sourceFull)}${unit}及以上得满分${full}，其间按比例`;
}

/** A source figure for one target: the figure with its fraction and points, or why there is none. */
export type SourceFigure =
  | { readonly figure: number; readonly numerator: number; readonly denominator: number; readonly points: number }
  | { readonly missing: string };

/** 「按时完成节点 8 / 到期节点 10 = 80%」, 「各次评议得分合计 175.5 ÷ 参加评议次数 2 = 87.75分」 */
export function figureText(source: AutoSource, f: { figure: number; numerator: number; denominator: number }): string {
  const words = sourceFractionWords[source];
  if (source === 'review') return `${words.numerator} ${pointsText(round2(f.numerator))} ÷ ${words.denominator} ${f.denominator} = ${pointsText(round2(f.figure))}分`;
  return `${words.numerator} ${f.numerator} / ${words.denominator} ${f.denominator} = ${pointsText(round2(f.figure))}%`;
}

/** Why an item's typed score is refused: its value is computed. */
export const autoScoreRefusal = (itemName: string, source: AutoSource): string =>
  `“${itemName}”按${itemSourceLabels[source]}自动取数，得分由系统计算，不能录入；如需手工评分，请在指标体系中把取数方式改为“录入得分”`;

/** 「任务按时完成率40%、周晒参与率20%、科室评议平均得分40%」: the 能力作风 component's figures with their weights */
export function conductWeightsText(conduct: { readonly weights: Readonly<Record<AutoSource, number>> }): string {
  const parts = (['tasks', 'weekly', 'review', 'campaign'] as const).filter((s) => conduct.weights[s] > 0).map((s) => `${itemSourceLabels[s]}${pointsText(conduct.weights[s])}%`);
  return parts.length === 0 ? '未设置取数' : parts.join('、');
}
