import { z } from 'zod';
import { levelCode, levelIndex, undeterminedLabel, vocabularyKey, type OutcomeCode } from './codes';
import { consequenceRules, consequenceRulesPreset } from './consequences';
import { noticeTemplate, noticeTemplatePreset } from './notice';

/**
 * The rules of one 考核年度 (DOMAIN.md §4): the composite formula, the 平时考核 points, the 等次
 * vocabularies, the gates and the 不定等次 rule. All of it is data the office edits per year
 * (「年度考核方案」); `annualRulesPreset` is the example preset of DOMAIN §4.
 */

export { levelCode, levelCodes, levelIndex, outcomeCode, undeterminedLabel, vocabularyKey, vocabularyKeys } from './codes';
export type { LevelCode, OutcomeCode, VocabularyKey } from './codes';

const levelName = z.string().trim().min(1, '等次名称不能为空').max(10, '等次名称不超过10字');
export const levelVocabulary = z.object({
  /** e.g. 公务员（参公） */
  label: z.string().trim().min(1).max(20),
  /** names of the four levels, in levelCodes order */
  levels: z.tuple([levelName, levelName, levelName, levelName]),
});
export type LevelVocabulary = z.infer<typeof levelVocabulary>;

/**
 * 平时考核 grades. The names are fixed by the 平时考核 regulations, so they are not edited; their
 * points in the composite are data (`quarterPoints`).
 */
export const quarterGrades = ['good', 'fair', 'average', 'poor', 'undetermined'] as const;
export const quarterGrade = z.enum(quarterGrades);
export type QuarterGrade = z.infer<typeof quarterGrade>;
export const quarterGradeLabels: Record<QuarterGrade, string> = { good: '好', fair: '较好', average: '一般', poor: '较差', undetermined: '不确定等次' };
export const quarters = [1, 2, 3, 4] as const;
export const quarterNumber = z.number().int().min(1).max(4);
/** How the office names a quarter, on screen, in messages and on paper alike: 第三季度, never 第3季度. */
export const quarterNames = ['第一季度', '第二季度', '第三季度', '第四季度'] as const;
export const quarterName = (quarter: number): string => quarterNames[quarter - 1] ?? `第${quarter}季度`;

/** 处分 types (《公务员法》/《政务处分法》), with their usual periods in months (开除: none). */
export const sanctionTypes = ['警告', '记过', '记大过', '降级', '撤职', '开除'] as const;
export const sanctionType = z.enum(sanctionTypes);
export type SanctionType = z.infer<typeof sanctionType>;

/** Components of the composite. */
export const componentKeys = ['quarters', 'evaluation', 'leader', 'stars', 'items', 'conduct', 'adjustments'] as const;
export const componentKey = z.enum(componentKeys);
export type ComponentKey = z.infer<typeof componentKey>;
export const componentLabels: Record<ComponentKey, string> = {
  quarters: '平时考核',
  evaluation: '述职测评',
  leader: '领导评价',
  stars: '双十星',
  items: '考核项目',
  conduct: '能力作风',
  adjustments: '加减分',
};

/**
 * One component of the composite.
 * - 'weighted': contributes weight% × its 百分制 score, where the 百分制 score is raw / full × 100,
 *   or raw / (best raw in the group) × 100 when `normalize` is set (DOMAIN §6 normalised composite).
 * - 'added': its raw points are added to the composite as they are, clamped to ±cap (加减分).
 */
export const compositeComponent = z.object({
  key: componentKey,
  enabled: z.boolean(),
  mode: z.enum(['weighted', 'added']),
  /** percent of the composite (weighted) */
  weight: z.number().min(0, '权重不能为负').max(100, '权重不超过100'),
  /** the raw value that counts as 100 (weighted), e.g. 10 for 双十星 points capped at 10 */
  full: z.number().positive('满分应大于0').max(10000),
  normalize: z.boolean(),
  /** |added points| ≤ cap (added); null: no cap */
  cap: z.number().min(0).max(100).nullable(),
});
export type CompositeComponent = z.infer<typeof compositeComponent>;

/** A sanction's gate: from when it applies and the best level it still allows. */
export const sanctionGate = z.object({
  type: sanctionType,
  /** 'year': decided within the 考核年度; 'period': its 处分期间 overlaps the year */
  window: z.enum(['year', 'period']),
  /** the best level allowed while it applies */
  maxLevel: levelCode,
});
export type SanctionGate = z.infer<typeof sanctionGate>;

export const roundingRule = z.enum(['floor', 'round', 'ceil']);
export type RoundingRule = z.infer<typeof roundingRule>;
export const roundingLabels: Record<RoundingRule, string> = { floor: '向下取整', round: '四舍五入', ceil: '向上取整' };

const share = z.number().min(0, '比例不能为负').max(1, '比例不超过100%');
const percentWeight = z.number().min(0, '权重不能为负').max(100, '权重不超过100');

/**
 * The 能力作风 component (DOMAIN §8.7): a weighted mean, in 百分制, of the four 能力作风建设 figures of
 * the person (their unit's for 任务, 科室评议 and 周晒 按科室): each figure's weight is data; a weight of 0
 * leaves the figure out. `campaignId`: the 专项活动 whose duties count.
 */
export const conductRule = z.object({
  weights: z.object({ tasks: percentWeight, weekly: percentWeight, review: percentWeight, campaign: percentWeight }),
  campaignId: z.number().int().nullable(),
});
export type ConductRule = z.infer<typeof conductRule>;
export const conductRulePreset: ConductRule = { weights: { tasks: 40, weekly: 20, review: 40, campaign: 0 }, campaignId: null };

/** years stored before 能力作风 existed have six components: it joins them disabled, before 加减分 */
const conductOff: CompositeComponent = { key: 'conduct', enabled: false, mode: 'weighted', weight: 0, full: 100, normalize: false, cap: null };
const withConduct = (components: CompositeComponent[]): CompositeComponent[] => {
  if (components.some((c) => c.key === 'conduct')) return components;
  const at = components.findIndex((c) => c.key === 'adjustments');
  return at < 0 ? [...components, conductOff] : [...components.slice(0, at), conductOff, ...components.slice(at)];
};
const points100 = z.number().min(0, '分值不能为负').max(100, '分值不超过100');

export const annualRules = z
  .object({
    components: z.array(compositeComponent).transform(withConduct),
    /** 平时考核 grade -> points (不确定等次 quarters are left out of the mean) */
    quarterPoints: z.object({ good: points100, fair: points100, average: points100, poor: points100 }),
    /** the 平时考核 component counts once this many quarters have a grade */
    quartersRequired: z.number().int().min(1).max(4),
    /** 述职测评 events whose score is used: the first event, in this order, in which the person is a 测评对象 */
    evaluationEventIds: z.array(z.number().int()).max(20),
    /** a missing weighted component: 'exclude' = no composite (the person waits); 'reweight' = weights re-normalised over the present ones */
    missingPolicy: z.enum(['exclude', 'reweight']),
    /**
     * How the printed parts make the composite (both keep 折算分之和 + 加减分 = 综合得分 to the cent):
     * true: each part rounded to 2 decimals and the composite is their sum (DOMAIN §6); false: the
     * composite is the exact sum rounded to 2 decimals and the cents are shared out among the parts
     * by largest remainder. Either way the ranked composite is the printed one.
     */
    roundParts: z.boolean(),
    /**
     * How many of the enabled weighted components a person needs for a rank and a suggested 等次;
     * null = all of them. Below it the page says 「数据不足」 (a composite re-weighted from one of five
     * parts suggests nothing). Years stored before the rule existed read as null.
     */
    suggestionMinComponents: z.number().int().min(1, '至少为1项').max(componentKeys.length).nullable().default(null),
    vocabularies: z.object({ civil: levelVocabulary, institution: levelVocabulary }),
    /** 人员类别 -> vocabulary; a category not listed uses `defaultVocabulary` */
    categoryVocabulary: z.record(z.string(), vocabularyKey),
    defaultVocabulary: vocabularyKey,
    /** what a new 考核分组 starts with */
    groupDefaults: z.object({ excellentShare: share, goodShare: share, rounding: roundingRule }),
    gates: z.object({
      /** 没有“好”等次季度的，不得评为优秀 */
      requireGoodQuarter: z.boolean(),
      sanctions: z.array(sanctionGate),
      /** the 双十星 scheme's 「不得评优」 gates bar 优秀 */
      starsBarExcellent: z.boolean(),
    }),
    /** composite below these suggests 基本称职 / 不称职 (null: never by score alone) */
    bands: z.object({ basicBelow: z.number().min(0).max(200).nullable(), failBelow: z.number().min(0).max(200).nullable() }),
    undetermined: z.object({
      /** still in 试用期 on the reference date */
      probation: z.boolean(),
      /** hired fewer than this many months before the reference date (0: off) */
      minMonthsInPost: z.number().int().min(0).max(24),
      /** MM-DD within the year, e.g. 12-31 */
      referenceDay: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '基准日应为 MM-DD 格式，例如 12-31'),
      /**
       * 不定等次 people count in the 优秀 quota's base (they take part in the 年度考核, DOMAIN §4/§9:
       * 「参加年度考核人数」); false: the base is the people who get a 等次. Never ranked either way.
       */
      inQuotaBase: z.boolean().default(true),
    }),
    /** months of each 处分期间 (开除: null = no end) */
    sanctionMonths: z.record(sanctionType, z.number().int().min(1).max(120).nullable()),
    /** 能力作风 component's figures and weights; years stored before it existed read as the preset */
    conduct: conductRule.default(conductRulePreset),
    /** 考核结果运用 (consequences.ts); years stored before the rule existed read as the preset */
    results: consequenceRules.default(consequenceRulesPreset),
    /** the 考核结果通知书's text (notice.ts); years stored before it existed read as the preset */
    notice: noticeTemplate.default(noticeTemplatePreset),
  })
  .superRefine((rules, ctx) => {
    const keys = new Set(rules.components.map((c) => c.key));
    if (keys.size !== componentKeys.length || rules.components.length !== componentKeys.length) ctx.addIssue({ code: 'custom', path: ['components'], message: '每个组成部分应出现且只出现一次' });
    if (rules.components.some((c) => c.key === 'conduct' && c.enabled)) {
      const w = rules.conduct.weights;
      const sum = w.tasks + w.weekly + w.review + w.campaign;
      if (Math.abs(sum - 100) > 1e-6) ctx.addIssue({ code: 'custom', path: ['conduct', 'weights'], message: `能力作风各项取数的权重之和应为100%，当前为${Math.round(sum * 100) / 100}%` });
      if (w.campaign > 0 && rules.conduct.campaignId == null) ctx.addIssue({ code: 'custom', path: ['conduct', 'campaignId'], message: '能力作风计入专项活动任务完成率，请选择专项活动' });
    }
    const weighted = rules.components.filter((c) => c.enabled && c.mode === 'weighted');
    const total = weighted.reduce((sum, c) => sum + c.weight, 0);
    if (weighted.length > 0 && Math.abs(total - 100) > 1e-6) {
      ctx.addIssue({ code: 'custom', path: ['components'], message: `计入权重的各部分权重之和应为100%，当前为${Math.round(total * 100) / 100}%` });
    }
    if (weighted.length === 0) ctx.addIssue({ code: 'custom', path: ['components'], message: '至少需要一个按权重计入的组成部分' });
    const min = rules.suggestionMinComponents;
    if (min != null && weighted.length > 0 && min > weighted.length) {
      ctx.addIssue({ code: 'custom', path: ['suggestionMinComponents'], message: `给出建议等次所需的计权得分项数（${min}项）多于启用的按权重计入部分（${weighted.length}项）` });
    }
    const types = rules.gates.sanctions.map((g) => g.type);
    if (new Set(types).size !== types.length) ctx.addIssue({ code: 'custom', path: ['gates', 'sanctions'], message: '同一处分种类只能设置一条规则' });
    const { basicBelow, failBelow } = rules.bands;
    if (basicBelow != null && failBelow != null && failBelow > basicBelow) {
      ctx.addIssue({ code: 'custom', path: ['bands'], message: '“不称职”分数线不应高于“基本称职”分数线' });
    }
  });
export type AnnualRules = z.infer<typeof annualRules>;

const weighted = (key: ComponentKey, weight: number, full = 100): CompositeComponent => ({ key, enabled: weight > 0, mode: 'weighted', weight, full, normalize: false, cap: null });

/** DOMAIN §4 example: 平时考核 40% + 述职测评 30% + 领导评价 20% + 双十星 10% + 加减分 (±5). */
export const annualRulesPreset: AnnualRules = {
  components: [
    weighted('quarters', 40),
    weighted('evaluation', 30),
    weighted('leader', 20),
    weighted('stars', 10, 10),
    weighted('items', 0),
    weighted('conduct', 0),
    { key: 'adjustments', enabled: true, mode: 'added', weight: 0, full: 100, normalize: false, cap: 5 },
  ],
  quarterPoints: { good: 100, fair: 85, average: 70, poor: 50 },
  quartersRequired: 4,
  evaluationEventIds: [],
  missingPolicy: 'exclude',
  roundParts: false,
  suggestionMinComponents: null,
  vocabularies: {
    civil: { label: '公务员（参公）', levels: ['优秀', '称职', '基本称职', '不称职'] },
    institution: { label: '事业单位（工勤）', levels: ['优秀', '合格', '基本合格', '不合格'] },
  },
  categoryVocabulary: { 公务员: 'civil', 参照公务员法管理: 'civil', 事业: 'institution', 工勤: 'institution', 聘用: 'institution' },
  defaultVocabulary: 'civil',
  groupDefaults: { excellentShare: 0.2, goodShare: 0.4, rounding: 'floor' },
  gates: {
    requireGoodQuarter: true,
    sanctions: [
      { type: '警告', window: 'year', maxLevel: 'competent' },
      { type: '记过', window: 'period', maxLevel: 'basic' },
      { type: '记大过', window: 'period', maxLevel: 'basic' },
      { type: '降级', window: 'period', maxLevel: 'fail' },
      { type: '撤职', window: 'period', maxLevel: 'fail' },
      { type: '开除', window: 'period', maxLevel: 'fail' },
    ],
    starsBarExcellent: true,
  },
  bands: { basicBelow: null, failBelow: null },
  undetermined: { probation: true, minMonthsInPost: 6, referenceDay: '12-31', inQuotaBase: true },
  sanctionMonths: { 警告: 6, 记过: 12, 记大过: 18, 降级: 24, 撤职: 24, 开除: null },
  conduct: conductRulePreset,
  results: consequenceRulesPreset,
  notice: noticeTemplatePreset,
};

/** 考核分组 as preset for a new year without a year to copy from. */
export const annualGroupPresets = ['班子成员', '机关科室', '事业单位'] as const;
/** 指标体系 categories as preset. */
export const annualCategoryPresets = ['主责业绩', '重点任务', '党建绩效', '作风建设'] as const;
/** 加减分 kinds as preset (vocabulary kind 'annual-adjustment', editable). */
export const adjustmentKindPresets = ['表彰奖励', '通报表扬', '通报批评', '负面清单', '其他'] as const;

/** Label of an outcome in a vocabulary. */
export const outcomeLabel = (vocabulary: LevelVocabulary, outcome: OutcomeCode): string =>
  outcome === 'undetermined' ? undeterminedLabel : vocabulary.levels[levelIndex(outcome)]!;

/**
 * quota = share × size under the rounding rule. The epsilon keeps float noise (0.29 × 100 =
 * 28.999…) from losing a place under 向下取整.
 */
export function quotaFor(share: number, size: number, rounding: RoundingRule): number {
  const exact = share * size;
  if (rounding === 'floor') return Math.floor(exact + 1e-9);
  if (rounding === 'ceil') return Math.ceil(exact - 1e-9);
  return Math.floor(exact + 0.5 + 1e-9);
}
