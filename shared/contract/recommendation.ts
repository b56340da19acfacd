import { z } from 'zod';
import { channel, nothing, outgoingFile } from './channel';
import { evaluationStatus, paperEntryState } from './evaluation';
import { adjustmentRecord } from '../annual';
import { postVerdictView, recommendationConfig, recommendationKind, recommendationMarks, recommendationResults } from '../recommendation';

/**
 * 民主推荐 / 评选表优 / 赞成票 events (DOMAIN.md §7). They are ballot events like the 述职测评's and
 * share its machinery (票号, ballot slots, 测试模式, 双人录入, the kiosk session, the year lock); their
 * rules, marks and results are their own.
 */

const eventId = z.number().int();
const year = z.number().int().min(2000).max(2100);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD 格式');

export const recommendationSummary = z.object({
  id: eventId,
  name: z.string(),
  year,
  date: isoDay,
  status: evaluationStatus,
  kind: recommendationKind,
  /** 推荐职位/荣誉 and candidates (a person standing for two posts counts twice) */
  posts: z.number().int(),
  candidates: z.number().int(),
  liveBallots: z.number().int(),
  testBallots: z.number().int(),
});
export type RecommendationSummary = z.infer<typeof recommendationSummary>;

export const recommendationEvent = recommendationSummary.extend({
  /** 单位 in the ballot's title */
  unitTitle: z.string(),
  presetKey: z.string(),
  config: recommendationConfig,
  /** category code -> 实到人数 entered on the day (missing = use 收回) */
  attendance: z.record(z.string(), z.number().int().min(0)),
  ticketsIssued: z.number().int(),
  /** settings are locked once live ballots exist */
  locked: z.boolean(),
  closedAt: z.string().nullable(),
});
export type RecommendationEvent = z.infer<typeof recommendationEvent>;

export const recommendationPresetView = z.object({ key: z.string(), name: z.string(), config: recommendationConfig });

const clerk = z.string().trim().min(1, '请填写录入人').max(20);

export const recommendationChannels = {
  /** the presets of 「新建推荐」, filled in for the year */
  'recommendation.presets': channel(z.object({ year }), z.array(recommendationPresetView)),
  'recommendation.list': channel(z.object({ year: year.optional() }).default({}), z.array(recommendationSummary)),
  'recommendation.get': channel(z.object({ id: eventId }), recommendationEvent),
  /** 「新建推荐」 from a preset, in 准备中 */
  'recommendation.create': channel(
    z.object({ name: z.string().trim().min(1, '请填写名称').max(60), year, date: isoDay, unitTitle: z.string().trim().min(1, '请填写单位名称').max(40), presetKey: z.string() }),
    recommendationEvent,
  ),
  /**
   * name, date, 单位 and the rules with the posts and their candidates (each candidate's name, unit and
   * post are taken again from the roster); refused once live ballots exist
   */
  'recommendation.update': channel(
    z.object({ id: eventId, name: z.string().trim().min(1).max(60).optional(), date: isoDay.optional(), unitTitle: z.string().trim().min(1).max(40).optional(), config: recommendationConfig.optional() }),
    recommendationEvent,
  ),
  'recommendation.setAttendance': channel(z.object({ id: eventId, attendance: z.record(z.string(), z.number().int().min(0)) }), recommendationEvent),
  'recommendation.issueTickets': channel(z.object({ id: eventId, count: z.number().int().min(1).max(2000) }), z.object({ tickets: z.array(z.string()) })),
  /** what the ballot print view needs: the event and every printed 票号 (sorted) */
  'recommendation.ballotSheet': channel(z.object({ id: eventId }), z.object({ event: recommendationEvent, tickets: z.array(z.string()) })),
  'recommendation.setStatus': channel(z.object({ id: eventId, status: z.enum(['setup', 'test', 'live']) }), recommendationEvent),
  'recommendation.wipeTestBallots': channel(z.object({ id: eventId }), z.object({ wiped: z.number().int() })),
  /** 现场测评: one ballot from the kiosk (always counted; the verdicts say what each post got) */
  'recommendation.kioskSubmit': channel(z.object({ id: eventId, marks: recommendationMarks }), z.object({ saved: z.literal(true), verdicts: z.array(postVerdictView) })),
  /** 另推荐 at the kiosk: eligible people of the roster by name or 拼音 initials, a handful at a time */
  'recommendation.writeInSearch': channel(
    z.object({ id: eventId, text: z.string().trim().min(1).max(20) }),
    z.array(z.object({ personId: z.number().int(), name: z.string(), unitName: z.string() })),
  ),
  /** 纸质票录入, single or 双人录入 (the second entry is blind to the first) */
  'recommendation.paperEntry': channel(
    z.object({ id: eventId, ticketNo: z.string().trim().min(1, '请输入票号'), marks: recommendationMarks, clerk, doubleEntry: z.boolean() }),
    z.object({ state: paperEntryState, verdicts: z.array(postVerdictView).nullable() }),
  ),
  'recommendation.mismatches': channel(
    z.object({ id: eventId }),
    z.array(z.object({ ticketNo: z.string(), first: recommendationMarks, second: recommendationMarks, firstClerk: z.string(), secondClerk: z.string() })),
  ),
  'recommendation.settleMismatch': channel(
    z.object({ id: eventId, ticketNo: z.string(), marks: recommendationMarks, clerk }),
    z.object({ verdicts: z.array(postVerdictView) }),
  ),
  /** live (or test-round) results; a closed event's are the ones frozen at close */
  'recommendation.results': channel(z.object({ id: eventId, round: z.enum(['live', 'test']).default('live') }), recommendationResults),
  /** 民主推荐得票情况统计表 or 赞成票统计表, with the 原始票据 sheet */
  'recommendation.exportResults': channel(z.object({ id: eventId }), outgoingFile),
  /** 结束推荐: results frozen */
  'recommendation.close': channel(z.object({ id: eventId }), recommendationEvent),
  /**
   * 评选表优 into the year: a 加减分 record (e.g. 表彰奖励 +2) for each chosen person of a post of a closed
   * event, with the event and the person's votes as its evidence
   */
  'recommendation.commend': channel(
    z.object({
      id: eventId,
      postCode: z.string(),
      personIds: z.array(z.number().int()).min(1, '请选择要表彰的人员'),
      kind: z.string().trim().min(1, '请选择类别').max(20),
      points: z.number().refine((p) => p > 0, '表彰的分值应大于0').refine((p) => p <= 100, '分值应在0～100之间'),
      date: isoDay,
      reason: z.string().trim().max(200).default(''),
    }),
    z.array(adjustmentRecord),
  ),
  /** lists already drawn up (other events' candidates, 述职测评's 测评对象), 在职 people only, to reuse as candidates */
  'recommendation.candidateLists': channel(
    z.object({ exceptId: eventId.optional() }).default({}),
    z.array(z.object({ label: z.string(), people: z.array(z.object({ personId: z.number().int(), name: z.string(), unitName: z.string(), post: z.string() })) })),
  ),
  /** only events without live ballots */
  'recommendation.delete': channel(z.object({ id: eventId }), nothing),
};
