import { z } from 'zod';
import { channel, noInput, nothing, outgoingFile } from './channel';
import { ballotMarks, evaluationConfig, invalidReason, evaluationResults, reviewPeriod } from '../evaluation';

const eventId = z.number().int();
const year = z.number().int().min(2000).max(2100);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD 格式');

export const evaluationStatus = z.enum(['setup', 'test', 'live', 'closed']);
export type EvaluationStatus = z.infer<typeof evaluationStatus>;

export const evaluationTarget = z.object({
  /** the target's id within the event (ballot lines refer to it) */
  id: z.number().int(),
  personId: z.number().int().nullable(),
  /** a 领导班子/unit assessed as a whole */
  unitId: z.number().int().nullable(),
  name: z.string(),
  post: z.string(),
  unitName: z.string(),
  /** ranking group, e.g. 正职, 副职, 机关, 基层 */
  group: z.string(),
  sortOrder: z.number().int(),
});
export type EvaluationTarget = z.infer<typeof evaluationTarget>;

export const evaluationSummary = z.object({
  id: eventId,
  name: z.string(),
  year,
  date: isoDay,
  status: evaluationStatus,
  /** a 科室评议's 评议周期 ('2026-05' or '2026-Q2'); null for every other event */
  reviewPeriod: z.string().nullable(),
  targets: z.number().int(),
  liveBallots: z.number().int(),
  /** valid live ballots (有效票) */
  validBallots: z.number().int(),
  testBallots: z.number().int(),
});
export type EvaluationSummary = z.infer<typeof evaluationSummary>;

export const evaluationEvent = evaluationSummary.extend({
  /** 单位 in the ballot title 「XX单位2026年度干部述职测评票」 */
  unitTitle: z.string(),
  presetKey: z.string(),
  config: evaluationConfig,
  targetList: z.array(evaluationTarget),
  /** category code -> 实到人数 entered on the day (missing = use 收回) */
  attendance: z.record(z.string(), z.number().int().min(0)),
  ticketsIssued: z.number().int(),
  /** settings are locked once live ballots exist */
  locked: z.boolean(),
  closedAt: z.string().nullable(),
});
export type EvaluationEvent = z.infer<typeof evaluationEvent>;

export const unitReviewScore = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  /** the event's overall score of the unit, 0..100; null when no valid ballot rated it */
  score: z.number().nullable(),
  /** (满意 + 基本满意) / 有效票, 0..1 */
  satisfaction: z.number().nullable(),
  validBallots: z.number().int(),
  rank: z.number().int().nullable(),
});
export type UnitReviewScore = z.infer<typeof unitReviewScore>;
/** One closed 科室评议 and its scores. */
export const unitReview = z.object({ eventId, name: z.string(), date: isoDay, period: z.string(), scores: z.array(unitReviewScore) });
export type UnitReview = z.infer<typeof unitReview>;

export const evaluationPreset = z.object({ key: z.string(), name: z.string(), description: z.string(), config: evaluationConfig });

export const ballotOutcome = z.object({
  valid: z.boolean(),
  reasons: z.array(invalidReason),
  /** Chinese, e.g. 「优秀等次不超过3人，本票选了4人」 */
  messages: z.array(z.string()),
});
export type BallotOutcome = z.infer<typeof ballotOutcome>;

export const paperEntryState = z.enum(['awaiting-second', 'counted', 'mismatch', 'counted-single']);

export const evaluationChannels = {
  'evaluation.presets': channel(noInput, z.array(evaluationPreset)),
  'evaluation.list': channel(z.object({ year: year.optional() }).default({}), z.array(evaluationSummary)),
  'evaluation.get': channel(z.object({ id: eventId }), evaluationEvent),
  /** 「新建测评」 from a preset */
  'evaluation.create': channel(z.object({ name: z.string().trim().min(1, '请填写测评名称').max(60), year, date: isoDay, unitTitle: z.string().trim().min(1, '请填写单位名称').max(40), presetKey: z.string(), reviewPeriod: reviewPeriod.nullable().optional() }), evaluationEvent),
  /** edit the name/date/rules; refused once live ballots exist */
  'evaluation.update': channel(z.object({ id: eventId, name: z.string().trim().min(1).max(60).optional(), date: isoDay.optional(), unitTitle: z.string().trim().min(1).max(40).optional(), config: evaluationConfig.optional(), reviewPeriod: reviewPeriod.optional() }), evaluationEvent),
  /** the 测评对象 in ballot order, with their groups; refused once live ballots exist */
  'evaluation.setTargets': channel(
    z.object({ id: eventId, targets: z.array(z.object({ personId: z.number().int().nullable(), unitId: z.number().int().nullable(), group: z.string().max(20) })) }),
    evaluationEvent,
  ),
  /** 实到人数 per category, entered on the day */
  'evaluation.setAttendance': channel(z.object({ id: eventId, attendance: z.record(z.string(), z.number().int().min(0)) }), evaluationEvent),
  /** draws `count` new random 票号 (kept only as issued, never with a name) */
  'evaluation.issueTickets': channel(z.object({ id: eventId, count: z.number().int().min(1).max(2000) }), z.object({ tickets: z.array(z.string()) })),
  /** what the ballot print view needs */
  'evaluation.ballotSheet': channel(z.object({ id: eventId }), z.object({ event: evaluationEvent, tickets: z.array(z.string()), rulesText: z.array(z.string()) })),
  /** 测试模式 on/off; going live requires the test ballots wiped */
  'evaluation.setStatus': channel(z.object({ id: eventId, status: z.enum(['setup', 'test', 'live']) }), evaluationEvent),
  /** wipes every test-round ballot (confirmed in the UI) */
  'evaluation.wipeTestBallots': channel(z.object({ id: eventId }), z.object({ wiped: z.number().int() })),
  /** 现场测评: one ballot from the kiosk; an invalid ballot is refused with the rule message */
  'evaluation.kioskSubmit': channel(z.object({ id: eventId, marks: ballotMarks }), z.object({ saved: z.literal(true) })),
  /** 纸质票录入: one entry of a paper ballot (双人录入: the second entry is blind to the first) */
  'evaluation.paperEntry': channel(
    z.object({ id: eventId, ticketNo: z.string().trim().min(1, '请输入票号'), marks: ballotMarks, clerk: z.string().trim().min(1, '请填写录入人').max(20), doubleEntry: z.boolean() }),
    z.object({ state: paperEntryState, outcome: ballotOutcome.nullable() }),
  ),
  /** 双人录入 disagreements, side by side, to settle against the paper */
  'evaluation.mismatches': channel(
    z.object({ id: eventId }),
    z.array(z.object({ ticketNo: z.string(), first: ballotMarks, second: ballotMarks, firstClerk: z.string(), secondClerk: z.string() })),
  ),
  /** the settled (checked against paper) marks for a mismatched 票号 */
  'evaluation.settleMismatch': channel(z.object({ id: eventId, ticketNo: z.string(), marks: ballotMarks, clerk: z.string().trim().min(1).max(20) }), z.object({ outcome: ballotOutcome })),
  /** re-validates every ballot after a rule change (only before going live) */
  'evaluation.revalidate': channel(z.object({ id: eventId }), z.object({ valid: z.number().int(), invalid: z.number().int() })),
  /** live (or test-round) results */
  'evaluation.results': channel(z.object({ id: eventId, round: z.enum(['live', 'test']).default('live') }), evaluationResults),
  /** the year's closed 科室评议 with each unit's score (the 月度通报 and the 年度考核 read these) */
  'evaluation.unitReviews': channel(z.object({ year }), z.array(unitReview)),
  /** 民主测评结果统计表 + raw ballots sheet */
  'evaluation.exportResults': channel(z.object({ id: eventId }), outgoingFile),
  /** 结束测评: results frozen */
  'evaluation.close': channel(z.object({ id: eventId }), evaluationEvent),
  /** only events without live ballots */
  'evaluation.delete': channel(z.object({ id: eventId }), nothing),
  /** kiosk exit: the admin password (scrypt hash in settings) */
  'settings.setAdminPassword': channel(z.object({ current: z.string().max(100).optional(), next: z.string().min(6, '管理员密码至少6位').max(100) }), nothing),
  'settings.verifyAdminPassword': channel(z.object({ password: z.string().max(100) }), z.object({ ok: z.boolean() })),
  'settings.hasAdminPassword': channel(noInput, z.object({ set: z.boolean() })),
};
