import { z } from 'zod';

/**
 * A 考核年度's 月度通报 rules (DOMAIN §8.5), kept as data per year and edited on the 月度通报 page: which
 * units the 通报 covers, the weights of the three parts of the 排名分, the title words and the 落款.
 * A year without saved rules takes the previous year's; the first year takes the presets.
 */
const weight = z.number().min(0, '权重不能为负数').max(100, '权重应在0～100之间');

export const rankWeights = z
  .object({ onTime: weight, weekly: weight, review: weight })
  .refine((w) => w.onTime + w.weekly + w.review > 0, { message: '三项权重不能都为0' });
export type RankWeights = z.infer<typeof rankWeights>;

export const bulletinSettings = z.object({
  /** the units the 通报 lists, in unit-tree order when shown */
  unitIds: z.array(z.number().int()).max(500),
  weights: rankWeights,
  /** 「工作完成情况」 in 「关于2026年3月份工作完成情况的通报」 */
  titleWords: z.string().trim().min(1, '请填写标题用语').max(30, '标题用语不超过30字'),
  /** the 落款 (issuing office) */
  signature: z.string().trim().max(40, '落款不超过40字'),
});
export type BulletinSettings = z.infer<typeof bulletinSettings>;

export const rankParts = ['onTime', 'weekly', 'review'] as const;
export type RankPart = (typeof rankParts)[number];
export const rankPartLabels: Readonly<Record<RankPart, string>> = { onTime: '任务按时完成率', weekly: '周晒参与率', review: '评议得分' };

export const defaultRankWeights: RankWeights = { onTime: 40, weekly: 30, review: 30 };

/** The presets: every unit leading a task or posting 周晒 (the caller finds them), 40/30/30, the office's name as 落款. */
export function defaultBulletinSettings(unitIds: readonly number[], officeName: string): BulletinSettings {
  return { unitIds: [...unitIds], weights: defaultRankWeights, titleWords: '工作完成情况', signature: officeName };
}

/** 「关于2026年3月份工作完成情况的通报」 */
export const bulletinTitle = (year: number, month: number, titleWords: string): string => `关于${year}年${month}月份${titleWords}的通报`;

/** 「任务按时完成率40%、周晒参与率30%、评议得分30%」 */
export const weightsText = (w: RankWeights): string =>
  rankParts.filter((p) => w[p] > 0).map((p) => `${rankPartLabels[p]}${w[p]}%`).join('、');
