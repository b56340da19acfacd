import { z } from 'zod';
import { itemSource } from './item-sources';
import { annualRules, componentKey, levelCode, outcomeCode, quarterGrade, roundingRule, sanctionType, vocabularyKey } from './rules';

/** What the 年度考核 channels return (shared/contract/annual.ts). */

export const yearStatus = z.enum(['open', 'locked']);
export type YearStatus = z.infer<typeof yearStatus>;

export const annualGroup = z.object({
  id: z.number().int(),
  name: z.string(),
  /** 优秀 share of the participants, 0..1 */
  excellentShare: z.number(),
  /** 平时考核 “好” share per quarter, 0..1 */
  goodShare: z.number(),
  rounding: roundingRule,
  sortOrder: z.number().int(),
  /** participants in the group */
  size: z.number().int(),
  excellentQuota: z.number().int(),
  goodQuota: z.number().int(),
});
export type AnnualGroup = z.infer<typeof annualGroup>;

export const annualYearSummary = z.object({
  year: z.number().int(),
  name: z.string(),
  status: yearStatus,
  participants: z.number().int(),
  confirmed: z.number().int(),
  lockedAt: z.string().nullable(),
  lockedBy: z.string().nullable(),
});
export type AnnualYearSummary = z.infer<typeof annualYearSummary>;

export const annualYear = annualYearSummary.extend({
  rules: annualRules,
  groups: z.array(annualGroup),
  /** 述职测评 events of the year that can feed the composite */
  evaluationEvents: z.array(z.object({ id: z.number().int(), name: z.string(), date: z.string(), closed: z.boolean() })),
  /** the year's 双十星 党员干部 scheme, if any */
  starScheme: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  /** true once quarters, scores, records or confirmations exist (the year can no longer be deleted) */
  hasData: z.boolean(),
  /** the 考核项目 component's full marks as the 指标体系 gives them (Σ of what a person can score); null: no item scores */
  itemsFullMarks: z.number().nullable().default(null),
});
export type AnnualYear = z.infer<typeof annualYear>;

export const undeterminedView = z.object({
  /** computed from the roster: 「试用期至2027-03-01」, 「2026-09-01入职，不满6个月」; null = none */
  computed: z.string().nullable(),
  /** the office's decision: 'yes' = 不定等次, 'no' = gets a 等次, null = follow `computed` */
  override: z.enum(['yes', 'no']).nullable(),
  overrideReason: z.string(),
  /** the outcome: is the person 不定等次 */
  effective: z.boolean(),
});

export const participant = z.object({
  personId: z.number().int(),
  name: z.string(),
  gender: z.string().nullable(),
  unitId: z.number().int(),
  unitName: z.string(),
  post: z.string(),
  rank: z.string(),
  category: z.string(),
  isLeader: z.boolean(),
  groupId: z.number().int(),
  vocabulary: vocabularyKey,
  undetermined: undeterminedView,
  /** 领导评价 */
  leaderScore: z.number().nullable(),
  /** 从事或分管工作 for the 登记表; '' prints the 职务 */
  duties: z.string().default(''),
  /** 备注 for the 登记表; '' prints the 未确定等次原因 of a 不定等次 person */
  remark: z.string().default(''),
});
export type Participant = z.infer<typeof participant>;

// ── 指标体系 ──────────────────────────────────────────────────────────────

export const itemMethod = z.enum(['score', 'bonus', 'deduct', 'done']);
export type ItemMethod = z.infer<typeof itemMethod>;
export const itemMethodLabels: Record<ItemMethod, string> = { score: '直接评分', bonus: '加分项（按次）', deduct: '扣分项（按次）', done: '完成/未完成' };
export const itemTarget = z.enum(['person', 'unit']);
export type ItemTarget = z.infer<typeof itemTarget>;

export const itemCategory = z.object({ id: z.number().int(), name: z.string(), sortOrder: z.number().int() });
export type ItemCategory = z.infer<typeof itemCategory>;

export const assessmentItem = z.object({
  id: z.number().int(),
  categoryId: z.number().int(),
  name: z.string(),
  description: z.string(),
  appliesTo: itemTarget,
  method: itemMethod,
  /** score/done: full points; bonus/deduct: the cap of the item's points */
  maxPoints: z.number(),
  /** bonus/deduct: points per occurrence */
  stepPoints: z.number().nullable(),
  /** unit items: the unit's points count for each participant of the unit */
  passToPeople: z.boolean(),
  /** 自动取数 (DOMAIN §8.7): 'none' = typed scores; else the figure the points are computed from */
  source: itemSource.default('none'),
  /** source 'campaign': the 专项活动 */
  sourceCampaignId: z.number().int().nullable().default(null),
  /** the figure (percent, or 评议 score) that earns maxPoints, and the one at or below which it earns 0 */
  sourceFull: z.number().default(100),
  sourceZero: z.number().default(0),
  sortOrder: z.number().int(),
  /** entries recorded */
  entries: z.number().int(),
});
export type AssessmentItem = z.infer<typeof assessmentItem>;

export const scoreCell = z.object({
  /** score: points; bonus/deduct: occurrences; done: 1 完成 / 0 未完成 */
  value: z.number(),
  /** points the entry is worth (negative for 扣分), after the item's cap */
  points: z.number(),
  date: z.string().nullable(),
  evidence: z.string(),
  enteredBy: z.string(),
  enteredAt: z.string(),
});
export type ScoreCell = z.infer<typeof scoreCell>;

/** A 自动取数 value as the score grid shows it: points (null: 「缺」) with its basis. */
export const computedCell = z.object({
  points: z.number().nullable(),
  /** 「按时完成节点 8 / 到期节点 10 = 80%」, or why it is missing */
  basis: z.string(),
  missing: z.string().nullable(),
});
export type ComputedCell = z.infer<typeof computedCell>;

export const scoreGrid = z.object({
  items: z.array(assessmentItem),
  rows: z.array(
    z.object({
      targetId: z.number().int(),
      name: z.string(),
      unitName: z.string(),
      /** item id (as a string key) -> entry */
      cells: z.record(z.string(), scoreCell),
      /** Σ points of the row's entries (people: own items plus unit items passed on) */
      total: z.number(),
      /** points passed on from the unit (people only) */
      fromUnit: z.number(),
      /** 自动取数 items of the row's kind: item id -> the computed value (read-only) */
      computed: z.record(z.string(), computedCell).optional(),
    }),
  ),
});
export type ScoreGrid = z.infer<typeof scoreGrid>;

// ── 平时考核 ───────────────────────────────────────────────────────────────

export const quarterQuota = z.object({
  groupId: z.number().int(),
  groupName: z.string(),
  size: z.number().int(),
  /** “好” allowed per quarter */
  quota: z.number().int(),
  /** “好” given, Q1..Q4 */
  used: z.array(z.number().int()).length(4),
});
export type QuarterQuota = z.infer<typeof quarterQuota>;

export const quarterGrid = z.object({
  rows: z.array(
    z.object({
      personId: z.number().int(),
      name: z.string(),
      unitName: z.string(),
      post: z.string(),
      groupId: z.number().int(),
      /** Q1..Q4 */
      grades: z.array(quarterGrade.nullable()).length(4),
    }),
  ),
  quotas: z.array(quarterQuota),
});
export type QuarterGrid = z.infer<typeof quarterGrid>;

export const quarterImportRow = z.object({
  /** row number in the sheet, 1-based */
  row: z.number().int(),
  name: z.string(),
  personId: z.number().int().nullable(),
  grades: z.array(quarterGrade.nullable()).length(4),
  /** Chinese, naming the field: 「第二季度：“优”不是有效等次（应为好/较好/一般/较差/不确定等次）」 */
  problems: z.array(z.string()),
});
export const quarterImportResult = z.object({
  sheetName: z.string(),
  headerRow: z.number().int(),
  rows: z.array(quarterImportRow),
  okRows: z.number().int(),
  errorRows: z.number().int(),
  /** set when committed */
  saved: z.number().int().nullable(),
});
export type QuarterImportResult = z.infer<typeof quarterImportResult>;

// ── 领导评价, 加减分, 处分 ─────────────────────────────────────────────────

export const adjustmentRecord = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  name: z.string(),
  unitName: z.string(),
  kind: z.string(),
  /** + bonus, − deduction */
  points: z.number(),
  date: z.string(),
  reason: z.string(),
  evidence: z.string(),
  enteredBy: z.string(),
  enteredAt: z.string(),
});
export type AdjustmentRecord = z.infer<typeof adjustmentRecord>;

export const sanctionRecord = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  name: z.string(),
  unitName: z.string(),
  type: sanctionType,
  decidedOn: z.string(),
  /** 处分期间 in months; null = no end */
  months: z.number().int().nullable(),
  /** last day of the period (YYYY-MM-DD); null = no end */
  endsOn: z.string().nullable(),
  documentNo: z.string(),
  reason: z.string(),
  enteredBy: z.string(),
  enteredAt: z.string(),
});
export type SanctionRecord = z.infer<typeof sanctionRecord>;

// ── 综合评定 ───────────────────────────────────────────────────────────────

export const componentFigure = z.object({
  raw: z.number().nullable(),
  score: z.number().nullable(),
  part: z.number().nullable(),
  missing: z.string().nullable(),
});

export const gateFigure = z.object({ code: z.string(), label: z.string(), maxOutcome: outcomeCode });

/** One line of the list behind a 自动取数 figure: a task node, a week, a 评议, a duty (DOMAIN §8.7). */
export const itemBasisLine = z.object({
  /** 「推进政务服务改革 · 完成方案」, 「第12周（3月16日—3月22日）」, 「2026年5月科室评议」, 「提交心得体会」 */
  label: z.string(),
  /** 按时完成 / 完成（逾期） / 滞后; 已晒 / 未晒; 评议得分; 已完成 / 逾期完成 / 逾期未完成 */
  state: z.string(),
  /** dates, counts: 「时限3月31日，完成3月31日」 */
  detail: z.string(),
  /** counts towards the numerator (shown as such) */
  counted: z.boolean(),
});
export type ItemBasisLine = z.infer<typeof itemBasisLine>;

/** A 自动取数 item's figure for one unit or person, with everything behind it (frozen with the year). */
export const itemBasisFigure = z.object({
  /** `${itemId}:${target}:${targetId}` */
  key: z.string(),
  itemId: z.number().int(),
  source: itemSource,
  target: itemTarget,
  targetName: z.string(),
  points: z.number().nullable(),
  /** the figure itself: a percent, or a 评议 score (null: missing; absent in views frozen before) */
  value: z.number().nullable().optional(),
  /** why there is no figure: 「办公室本年度无到期节点」 */
  missing: z.string().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** 「按时完成节点 8 / 到期节点 10 = 80%」 */
  figureText: z.string(),
  /** 「截至2026年12月31日」 */
  asOf: z.string(),
  lines: z.array(itemBasisLine),
});
export type ItemBasisFigure = z.infer<typeof itemBasisFigure>;

/** A 考核项目 as 综合评定's breakdown names it, once per view (DOMAIN §8.7). */
export const compositeItemInfo = z.object({
  itemId: z.number().int(),
  name: z.string(),
  source: itemSource,
  maxPoints: z.number(),
  /** a unit item passed on to the unit's people */
  fromUnit: z.boolean(),
  /** 自动取数: how the figure becomes points; typed: the 计分方式 */
  rule: z.string(),
});
export type CompositeItemInfo = z.infer<typeof compositeItemInfo>;

/** One 考核项目 that counts for a person: its points and where they came from (kept short: one per item and person). */
export const compositeItemEntry = z.object({
  itemId: z.number().int(),
  /** null: no typed entry, or the figure is missing */
  points: z.number().nullable(),
  /** typed: 「录入45分」 / 「未录入」; null for 自动取数 */
  typed: z.string().nullable(),
  /** 自动取数: the key of its figure in `view.itemFigures` */
  figureKey: z.string().nullable(),
});
export type CompositeItemEntry = z.infer<typeof compositeItemEntry>;

export const compositeRow = z.object({
  personId: z.number().int(),
  name: z.string(),
  unitName: z.string(),
  post: z.string(),
  groupId: z.number().int(),
  vocabulary: vocabularyKey,
  components: z.partialRecord(componentKey, componentFigure),
  composite: z.number().nullable(),
  missing: z.array(z.string()),
  rank: z.number().int().nullable(),
  gates: z.array(gateFigure),
  cap: outcomeCode,
  /** 述职测评 red lines (shown to the committee): 「称职及以上率低于…」 */
  redLines: z.array(z.string()),
  suggested: outcomeCode.nullable(),
  note: z.string(),
  /** tied at the 优秀 boundary: the committee decides one by one; 「按建议等次确认」 leaves the person open (absent in views frozen before: false) */
  committee: z.boolean().default(false),
  /** fewer components than the rules require for a suggestion: 「数据不足」, no rank */
  insufficient: z.boolean().default(false),
  confirmed: outcomeCode.nullable(),
  /** why the confirmed 等次 differs from the suggestion */
  confirmReason: z.string(),
  /** non-empty: confirmed 优秀 over the group's quota by the committee's explicit decision (shown in red) */
  overrideReason: z.string(),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  /** the 考核项目 behind the component, for the breakdown (absent in views frozen before: none) */
  items: z.array(compositeItemEntry).optional(),
  /** the 能力作风 component's figures with their weights, keys into `view.itemFigures` (DOMAIN §8.7) */
  conduct: z.array(z.object({ source: itemSource, weight: z.number(), figureKey: z.string() })).optional(),
});
export type CompositeRow = z.infer<typeof compositeRow>;

export const compositeGroup = z.object({
  id: z.number().int(),
  name: z.string(),
  size: z.number().int(),
  /** what the 优秀 quota is a share of (size, or size without 不定等次 under the rules); absent in views frozen before: size */
  quotaBase: z.number().int().optional(),
  excellentQuota: z.number().int(),
  excellentSuggested: z.number().int(),
  excellentConfirmed: z.number().int(),
});

export const compositeView = z.object({
  year: z.number().int(),
  status: yearStatus,
  /** the rules the figures were computed under (frozen with the year when locked) */
  rules: annualRules,
  /** full marks taken from a component's source over the rules' 满分 (考核项目: the 指标体系's Σ of maxima) */
  fullMarks: z.partialRecord(componentKey, z.number()).default({}),
  groups: z.array(compositeGroup),
  /** in group order, then rank, then roster order */
  rows: z.array(compositeRow),
  /** where the figures came from, Chinese: 「述职测评：2026年度述职测评（已结束）」, 「双十星：未建立2026年度党员干部评星方案」 */
  sources: z.array(z.string()),
  /** participants without a confirmed outcome */
  unconfirmed: z.number().int(),
  /** the 考核项目 the rows' items refer to, and the 自动取数 figures (absent in views frozen before: none) */
  itemInfos: z.array(compositeItemInfo).optional(),
  itemFigures: z.array(itemBasisFigure).optional(),
  computedAt: z.string(),
});
export type CompositeView = z.infer<typeof compositeView>;

/** A tied block at the 优秀 boundary that 「按建议等次确认」 left for the committee. */
export const committeeBlock = z.object({ groupName: z.string(), rank: z.number().int(), names: z.array(z.string()) });
export type CommitteeBlock = z.infer<typeof committeeBlock>;

/** 「3人与第4名并列（机关科室：张三、李四、王五），优秀名额不足，未确认，请逐一确定」 */
export function committeeBlockText(block: CommitteeBlock): string {
  return `${block.names.length}人与第${block.rank}名并列（${block.groupName}：${block.names.join('、')}），优秀名额不足，未确认，请逐一确定`;
}

export { levelCode };
