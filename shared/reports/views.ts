import { z } from 'zod';
import { outcomeCode, vocabularyKey, yearStatus } from '../annual';

/** What the 年终考核 report channels return (shared/contract/reports.ts). */

/** Who a 登记表 batch is for. */
export const reportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('people'), personIds: z.array(z.number().int()).min(1, '请至少选择一人').max(20000) }),
  /** the participants of a unit (and its sub-units) */
  z.object({ kind: z.literal('unit'), unitId: z.number().int(), includeSubunits: z.boolean().default(true) }),
  z.object({ kind: z.literal('group'), groupId: z.number().int() }),
  z.object({ kind: z.literal('all') }),
]);
export type ReportScope = z.infer<typeof reportScope>;

/** One 年度考核登记表 (DOMAIN §5), filled from the roster and the confirmed 等次. */
export const registerForm = z.object({
  personId: z.number().int(),
  /** 「2026年度公务员年度考核登记表」 or 「2026年度事业单位工作人员年度考核登记表」 by vocabulary */
  title: z.string(),
  vocabulary: vocabularyKey,
  name: z.string(),
  gender: z.string(),
  /** YYYY.MM */
  birth: z.string(),
  political: z.string(),
  /** 单位及职务职级, e.g. 「办公室 副主任（二级主任科员）」 */
  unitAndPost: z.string(),
  /** YYYY.MM */
  postSince: z.string(),
  /** 民族, 学历 (文化程度), from the roster */
  ethnicity: z.string().default(''),
  education: z.string().default(''),
  /** 参加工作时间, 入党时间: YYYY.MM */
  workStart: z.string().default(''),
  partySince: z.string().default(''),
  /** 从事或分管工作: the participant's own (年度考核方案 → 参加人员), else the roster's 职务 */
  work: z.string(),
  /** 备注: the participant's own, else 「未确定等次原因：…」 for a 不定等次 person */
  remark: z.string().default(''),
  /** the confirmed outcome's label (优秀/称职/…/不定等次); empty while not confirmed */
  outcome: z.string(),
  outcomeCode: outcomeCode.nullable(),
  /** 近三年等次 (DOMAIN §9): 「2023年度称职，2024年度优秀，2025年度优秀」; '' without any record */
  recent: z.string().default(''),
});
export type RegisterForm = z.infer<typeof registerForm>;

export const registerForms = z.object({
  year: z.number().int(),
  unitTitle: z.string(),
  /** false: the year is not locked, every form says 「未确定」 */
  final: z.boolean(),
  forms: z.array(registerForm),
});
export type RegisterForms = z.infer<typeof registerForms>;

const outcomeCount = z.object({ outcome: outcomeCode, label: z.string(), count: z.number().int() });
const personLine = z.object({ personId: z.number().int(), name: z.string(), unitName: z.string(), post: z.string(), groupName: z.string(), composite: z.number().nullable(), outcome: z.string() });

/** The 年终考核汇总报告 for leadership (DOMAIN §5). */
export const summaryReport = z.object({
  year: z.number().int(),
  unitTitle: z.string(),
  status: yearStatus,
  /** every participant has a confirmed outcome and the year is locked */
  final: z.boolean(),
  generatedAt: z.string(),
  totals: z.object({
    participants: z.number().int(),
    confirmed: z.number().int(),
    undetermined: z.number().int(),
    /** outcome counts over everybody; labels joined across vocabularies: 「称职（合格）」 */
    byOutcome: z.array(outcomeCount),
  }),
  /** per 考核分组: size, 优秀 quota and the outcome counts (confirmed, else suggested when not final) */
  groups: z.array(z.object({ name: z.string(), size: z.number().int(), excellentQuota: z.number().int(), byOutcome: z.array(outcomeCount), overQuota: z.boolean() })),
  /** per unit (direct unit of each participant), in unit-tree order */
  byUnit: z.array(z.object({ unitName: z.string(), participants: z.number().int(), byOutcome: z.array(outcomeCount), averageComposite: z.number().nullable() })),
  excellent: z.array(personLine),
  /** 基本称职/不称职 (基本合格/不合格) */
  lower: z.array(personLine),
  /** 述职测评 red lines shown to the committee */
  redLines: z.array(personLine.extend({ redLines: z.array(z.string()) })),
  tenStar: z.object({ people: z.array(z.object({ name: z.string(), unitName: z.string() })), orgs: z.array(z.object({ name: z.string() })) }),
  /** stars held at year end -> people (党员干部 scheme) */
  starCounts: z.array(z.object({ stars: z.number().int(), people: z.number().int() })),
  /** where the figures come from, Chinese lines */
  sources: z.array(z.string()),
});
export type SummaryReport = z.infer<typeof summaryReport>;
