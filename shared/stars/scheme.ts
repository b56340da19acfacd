import { z } from 'zod';

/**
 * The rules of one 双十星 scheme (DOMAIN.md §3): one per 考核年度 and kind, ten stars each, and the
 * year-end rules the 年终考核 reads. Everything here is data the office edits; presets fill it in.
 */

/** 党组织 (units / 党支部) or 党员干部 (people). */
export const starSchemeKinds = ['org', 'person'] as const;
export const starSchemeKind = z.enum(starSchemeKinds);
export type StarSchemeKind = z.infer<typeof starSchemeKind>;
export const starSchemeKindLabels: Record<StarSchemeKind, string> = { org: '党组织', person: '党员干部' };

/** 基础星 / 业绩星 / 提高星 */
export const starTiers = ['basic', 'performance', 'advanced'] as const;
export const starTier = z.enum(starTiers);
export type StarTier = z.infer<typeof starTier>;
export const starTierLabels: Record<StarTier, string> = { basic: '基础星', performance: '业绩星', advanced: '提高星' };

/** 评星周期 */
export const reviewCycles = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export const reviewCycle = z.enum(reviewCycles);
export type ReviewCycle = z.infer<typeof reviewCycle>;
export const reviewCycleLabels: Record<ReviewCycle, string> = { monthly: '按月', quarterly: '按季度', 'half-yearly': '按半年', yearly: '按年度' };

/** One star of a scheme. `code` is stable within the scheme (states refer to it); the name is editable. */
export const starItem = z.object({
  code: z.string().trim().regex(/^[A-Za-z0-9_-]{1,20}$/, '星目代码应为1-20位字母、数字、下划线或短横线'),
  name: z.string().trim().min(1, '请填写星目名称').max(20, '星目名称不超过20字'),
  tier: starTier,
  /** 评星标准, printed on the forms */
  criteria: z.string().max(1000, '评星标准不超过1000字'),
  /** 自评 of this star needs at least one attached file or a note */
  evidenceRequired: z.boolean(),
});
export type StarItem = z.infer<typeof starItem>;

/**
 * Which stars count as held at year end:
 * - 'last-period': held (awarded and not removed) in the last period of the year;
 * - 'min-periods': held in at least `periods` periods of the year.
 * In both, a star removed (摘星) after its latest award is not held at year end.
 */
export const yearEndRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('last-period') }),
  z.object({ kind: z.literal('min-periods'), periods: z.number().int().min(1, '期数至少为1').max(12, '期数不超过12') }),
]);
export type YearEndRule = z.infer<typeof yearEndRule>;

/** star points for the 年终考核 = stars × perStar, capped at cap */
export const starPoints = z.object({
  perStar: z.number().min(0).max(100),
  cap: z.number().min(0).max(1000),
});
export type StarPoints = z.infer<typeof starPoints>;

/** When a gate applies, on the number of stars held at year end. */
export const gateCondition = z.discriminatedUnion('kind', [
  /** every star of the scheme (十星级) */
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('at-least'), stars: z.number().int().min(0).max(50) }),
  /** fewer than `stars` */
  z.object({ kind: z.literal('below'), stars: z.number().int().min(0).max(50) }),
]);
export type GateCondition = z.infer<typeof gateCondition>;

/** 'priority' = 优先评优; 'barred' = 不得评优 */
export const gateEffects = ['priority', 'barred'] as const;
export const gateEffect = z.enum(gateEffects);
export type GateEffect = z.infer<typeof gateEffect>;

/** e.g. 「十星 优先评优」, 「少于5星 不得评优」 */
export const starGate = z.object({
  label: z.string().trim().min(1, '请填写规则名称').max(30),
  when: gateCondition,
  effect: gateEffect,
});
export type StarGate = z.infer<typeof starGate>;

/** The editable settings of a scheme, apart from its stars. */
export const starSchemeSettings = z.object({
  name: z.string().trim().min(1, '请填写方案名称').max(60),
  cycle: reviewCycle,
  /** 公示天数 (calendar days, see shared/stars/publicity.ts) */
  publicityDays: z.number().int().min(1, '公示天数至少为1天').max(30, '公示天数不超过30天'),
  yearEndRule,
  points: starPoints,
  gates: z.array(starGate).max(10),
});
export type StarSchemeSettings = z.infer<typeof starSchemeSettings>;
