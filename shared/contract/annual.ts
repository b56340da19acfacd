import { z } from 'zod';
import { channel, incomingFile, noInput, nothing, outgoingFile } from './channel';
import { isoDate } from '../domain';
import { annualRules, outcomeCode, quarterGrade, quarterNumber, roundingRule, sanctionType, vocabularyKey, adjustmentRecord, annualYear, annualYearSummary, assessmentItem, committeeBlock, compositeView, itemCategory, itemMethod, itemSource, itemTarget, participant, quarterGrid, quarterImportResult, sanctionRecord, scoreCell, scoreGrid } from '../annual';

/**
 * 年度考核 (DOMAIN.md §4): the year and its rules, participants and 考核分组, 指标体系 and scores,
 * 平时考核, 领导评价, 加减分 and 处分, the composite, the committee's 等次 and the year lock.
 * Every write to a locked year is refused (YEAR_LOCKED).
 */

const year = z.number().int().min(2000).max(2100);
const personId = z.number().int();
const personIds = z.array(personId).min(1, '请至少选择一人').max(20000);
const shortText = (max: number) => z.string().trim().max(max, `不超过${max}字`);
const reason = z.string().trim().min(1, '请填写理由').max(500, '理由不超过500字');

export const groupInput = z.object({
  /** absent: a new group */
  id: z.number().int().optional(),
  name: z.string().trim().min(1, '请填写分组名称').max(20, '分组名称不超过20字'),
  excellentShare: z.number().min(0).max(1),
  goodShare: z.number().min(0).max(1),
  rounding: roundingRule,
});

export const itemInput = z.object({
  id: z.number().int().optional(),
  categoryId: z.number().int(),
  name: z.string().trim().min(1, '请填写项目名称').max(40, '项目名称不超过40字'),
  description: shortText(500).default(''),
  appliesTo: itemTarget,
  method: itemMethod,
  maxPoints: z.number().positive('分值上限应大于0').max(1000),
  /** bonus/deduct: points per occurrence */
  stepPoints: z.number().positive('每次分值应大于0').max(1000).nullable(),
  passToPeople: z.boolean().default(false),
  /** 自动取数 (DOMAIN §8.7): typed scores ('none') or the figure the points come from */
  source: itemSource.default('none'),
  sourceCampaignId: z.number().int().nullable().default(null),
  /** the figure that earns the 满分 and the one at or below which the item earns 0 (percent, or 评议 score) */
  sourceFull: z.number().positive('得满分的取数值应大于0').max(100, '取数值不超过100').default(100),
  sourceZero: z.number().min(0, '取数值不能为负').max(100, '取数值不超过100').default(0),
}).refine((i) => i.source === 'none' || i.sourceFull > i.sourceZero, { path: ['sourceZero'], message: '得0分的取数值应小于得满分的取数值' });

export const meetingInput = z.object({
  name: z.string().trim().min(1, '请填写会议名称').max(60, '会议名称不超过60字'),
  heldOn: isoDate,
  /** 出席人员 */
  attendees: shortText(500).default(''),
  note: shortText(1000).default(''),
});
export const meetingRecord = meetingInput.extend({
  id: z.number().int(),
  decided: z.number().int(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type MeetingRecord = z.infer<typeof meetingRecord>;

export const confirmEntry = z.object({
  personId,
  outcome: outcomeCode,
  /** required when the outcome differs from the suggestion */
  reason: shortText(500).default(''),
  /** required when this confirms 优秀 beyond the group's quota */
  overrideReason: shortText(500).default(''),
});

export const annualChannels = {
  /** the preset rules, groups and categories a new year starts from */
  'annual.presets': channel(noInput, z.object({ rules: annualRules, groups: z.array(z.string()), categories: z.array(z.string()) })),
  'annual.years': channel(noInput, z.array(annualYearSummary)),
  'annual.year': channel(z.object({ year }), annualYear),
  /**
   * A new 考核年度 from the preset, or copying the rules, groups and 指标体系 of `copyFromYear`
   * (「沿用上年方案」). With `addParticipants`, every 在职 person joins, grouped by the default rule.
   */
  'annual.createYear': channel(z.object({ year, copyFromYear: year.optional(), addParticipants: z.boolean().default(true) }), annualYear),
  /** only a year without data (no quarter grades, scores, records or confirmations) */
  'annual.deleteYear': channel(z.object({ year }), nothing),
  'annual.updateRules': channel(z.object({ year, rules: annualRules }), annualYear),
  /** replaces the group list, in order; a group with participants cannot be dropped */
  'annual.saveGroups': channel(z.object({ year, groups: z.array(groupInput).min(1, '至少需要一个考核分组').max(50) }), annualYear),

  'annual.participants': channel(z.object({ year }), z.array(participant)),
  /** people join the year; without groupId each goes to the group the default rule picks */
  'annual.addParticipants': channel(z.object({ year, personIds, groupId: z.number().int().optional() }), z.object({ added: z.number().int() })),
  /** only participants without any data of the year */
  'annual.removeParticipants': channel(z.object({ year, personIds }), z.object({ removed: z.number().int() })),
  /** move people to a group and/or set their 等次 vocabulary */
  'annual.updateParticipants': channel(z.object({ year, personIds, groupId: z.number().int().optional(), vocabulary: vocabularyKey.optional() }), z.object({ saved: z.number().int() })),
  /** 不定等次 decided by the office: 'yes' / 'no' with a reason, or null to follow the roster's dates */
  'annual.setUndetermined': channel(
    z.object({ year, personId, override: z.enum(['yes', 'no']).nullable(), reason: shortText(500).default('') }),
    participant,
  ),

  /**
   * 从事或分管工作 and 备注 as the 年度考核登记表 prints them (DOMAIN §5), for one person or many at once;
   * a field left out keeps its value, '' clears it.
   */
  'annual.setParticipantNotes': channel(
    z.object({
      year,
      entries: z.array(z.object({ personId, duties: shortText(100).optional(), remark: shortText(200).optional() })).min(1, '请至少填写一人').max(20000),
    }),
    z.object({ saved: z.number().int() }),
  ),

  // ── 指标体系 and scores ──
  'annual.items': channel(z.object({ year }), z.object({ categories: z.array(itemCategory), items: z.array(assessmentItem) })),
  /** replaces the category list, in order; a category with items cannot be dropped */
  'annual.saveCategories': channel(
    z.object({ year, categories: z.array(z.object({ id: z.number().int().optional(), name: z.string().trim().min(1, '请填写类别名称').max(20, '类别名称不超过20字') })).min(1, '至少需要一个类别').max(30) }),
    z.array(itemCategory),
  ),
  'annual.saveItem': channel(z.object({ year, item: itemInput }), assessmentItem),
  'annual.moveItem': channel(z.object({ id: z.number().int(), direction: z.enum(['up', 'down']) }), nothing),
  /** only an item without entries */
  'annual.deleteItem': channel(z.object({ id: z.number().int() }), nothing),
  /** targets × items of one kind (people of the year, or units) */
  'annual.scoreGrid': channel(z.object({ year, appliesTo: itemTarget, unitId: z.number().int().optional(), text: z.string().max(40).optional() }), scoreGrid),
  /** one entry; value null clears it. Values outside the item's range are refused with the range. */
  'annual.setScore': channel(
    z.object({ year, itemId: z.number().int(), targetId: z.number().int(), value: z.number().nullable(), date: isoDate.nullable().default(null), evidence: shortText(500).default('') }),
    z.object({ cell: scoreCell.nullable(), total: z.number() }),
  ),

  // ── 平时考核 ──
  'annual.quarterGrid': channel(z.object({ year, groupId: z.number().int().optional(), unitId: z.number().int().optional(), text: z.string().max(40).optional() }), quarterGrid),
  /** one cell; the next “好” over the group's quota is refused (QUARTER_GOOD_QUOTA) */
  'annual.setQuarter': channel(
    z.object({ year, personId, quarter: quarterNumber, grade: quarterGrade.nullable() }),
    z.object({ grade: quarterGrade.nullable(), used: z.number().int(), quota: z.number().int() }),
  ),
  /** read a 平时考核 sheet; with commit and no problem rows, write it in one transaction */
  'annual.importQuarters': channel(z.object({ year, file: incomingFile, commit: z.boolean().default(false) }), quarterImportResult),
  /** the 平时考核 登记表: empty (the import template) or with the grades entered */
  'annual.quarterTemplate': channel(z.object({ year, withGrades: z.boolean().default(false) }), outgoingFile),

  // ── 领导评价, 加减分, 处分 ──
  'annual.setLeaderScores': channel(
    z.object({ year, entries: z.array(z.object({ personId, score: z.number().min(0, '领导评价分应在0～100之间').max(100, '领导评价分应在0～100之间').nullable() })).min(1).max(20000) }),
    z.object({ saved: z.number().int() }),
  ),
  'annual.adjustmentKinds': channel(noInput, z.array(z.string())),
  'annual.setAdjustmentKinds': channel(z.object({ kinds: z.array(z.string().trim().min(1).max(20)).min(1, '至少保留一项').max(30) }), z.array(z.string())),
  'annual.adjustments': channel(z.object({ year, personId: personId.optional() }), z.array(adjustmentRecord)),
  'annual.addAdjustment': channel(
    z.object({
      year,
      personId,
      kind: z.string().trim().min(1, '请选择类别').max(20),
      points: z.number().refine((p) => p !== 0, '分值不能为0').refine((p) => Math.abs(p) <= 100, '分值应在-100～100之间'),
      date: isoDate,
      reason: reason,
      evidence: shortText(500).default(''),
    }),
    adjustmentRecord,
  ),
  'annual.deleteAdjustment': channel(z.object({ id: z.number().int() }), nothing),
  /** 处分 whose period overlaps the year, for the year's participants */
  'annual.sanctions': channel(z.object({ year }), z.array(sanctionRecord)),
  /** months default to the year's rules for the type */
  'annual.addSanction': channel(
    z.object({ year, personId, type: sanctionType, decidedOn: isoDate, months: z.number().int().min(1).max(120).nullable().optional(), documentNo: shortText(60).default(''), reason: shortText(500).default('') }),
    sanctionRecord,
  ),
  'annual.deleteSanction': channel(z.object({ id: z.number().int() }), nothing),

  // ── 综合评定, confirm, lock ──
  /** the composite as it stands (a locked year: as frozen at the lock) */
  'annual.composite': channel(z.object({ year }), compositeView),
  /** the committee's 等次 for people; refused as a whole if any entry lacks its reason */
  'annual.confirm': channel(z.object({ year, entries: z.array(confirmEntry).min(1).max(20000) }), z.object({ saved: z.number().int() })),
  /**
   * confirm every unconfirmed participant with a suggestion as suggested (optionally one group),
   * except tied blocks at the 优秀 boundary: those are left for the committee and listed
   */
  'annual.confirmAsSuggested': channel(
    z.object({ year, groupId: z.number().int().optional() }),
    z.object({ saved: z.number().int(), leftForCommittee: z.array(committeeBlock) }),
  ),
  'annual.clearConfirmation': channel(z.object({ year, personIds }), z.object({ cleared: z.number().int() })),
  /** 「确认并锁定年度」: every participant confirmed; freezes the composite */
  'annual.lock': channel(z.object({ year }), annualYearSummary),
  /** admin only, with the admin password and a reason */
  'annual.unlock': channel(z.object({ year, password: z.string().min(1, '请输入管理员密码').max(200), reason }), annualYearSummary),
  /**
   * 「录入会议结果」: the 考核委员会会议 and the 等次 it decided, stored as confirmations under the
   * confirm rules (quotas, reasons), each reason naming the meeting; all or nothing
   */
  'annual.recordMeeting': channel(
    z.object({ year, meeting: meetingInput, entries: z.array(confirmEntry).min(1, '请至少录入一人的确定等次').max(20000) }),
    z.object({ saved: z.number().int(), meetingId: z.number().int() }),
  ),
  /** the year's recorded meetings, newest first */
  'annual.meetings': channel(z.object({ year }), z.array(meetingRecord)),
  /** 综合评定表 .xlsx (the full 年终考核 workbook is issue 6) */
  'annual.exportComposite': channel(z.object({ year, unitTitle: z.string().max(60).optional() }), outgoingFile),
};

