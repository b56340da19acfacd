import { z } from 'zod';
import { channel, incomingFile, noInput, nothing, outgoingFile } from './channel';
import { isoDate } from '../domain';
import { starItem, starSchemeKind, starSchemeSettings, starTier, evidenceItem, objection, publicity, reviewDetail, starBoard, starGrid, starScheme, starSchemeSummary, yearEndResult, objectionResult } from '../stars';

const schemeId = z.number().int();
const year = z.number().int().min(2000).max(2100);
/** 评星期次 1..N of the scheme's cycle (12 months, 4 quarters, 2 halves, 1 year) */
const period = z.number().int().min(1).max(12);
const targetId = z.number().int();
const starCode = z.string().min(1).max(20);
/** who performed a step; default: the operator (ctx.actor()) */
const by = z.string().trim().max(20).optional();
const note = z.string().trim().max(500);
const inPeriod = { schemeId, period };

const planEntry = z.object({ targetId, name: z.string(), stars: z.array(z.string()) });
const awardPreview = z.object({
  publicity: z.object({ start: isoDate, end: isoDate, days: z.number().int() }).nullable(),
  /** the first day 授星 may be recorded (the day after the 公示's last day) */
  awardFrom: isoDate.nullable(),
  today: isoDate,
  award: z.array(planEntry),
  refuse: z.array(planEntry.extend({ reasons: z.array(z.string()) })),
  republish: z.array(planEntry),
  /** names of targets with objections not yet handled */
  pending: z.array(z.string()),
});

const unitFilter = {
  unitId: z.number().int().optional(),
  /** with unitId: include sub-units (default true) */
  includeSubunits: z.boolean().default(true),
};

export const starPreset = z.object({ kind: starSchemeKind, items: z.array(starItem), settings: starSchemeSettings });

export const starsChannels = {
  /** the preset star lists and default settings, per kind */
  'stars.presets': channel(noInput, z.array(starPreset)),
  'stars.schemes': channel(z.object({ year: year.optional() }).default({}), z.array(starSchemeSummary)),
  'stars.scheme': channel(z.object({ id: schemeId }), starScheme),
  /** from the preset, or copied from the scheme of the same kind of `copyFromYear` (「沿用上年」) */
  'stars.createScheme': channel(z.object({ year, kind: starSchemeKind, copyFromYear: year.optional() }), starScheme),
  /**
   * edit settings and/or the star list (replaces it, in order). Once reviews exist the cycle is fixed
   * and a star with recorded states cannot be dropped (its code stays).
   */
  'stars.updateScheme': channel(
    z.object({ id: schemeId, settings: starSchemeSettings.partial().optional(), items: z.array(starItem).min(1, '至少需要一颗星').max(20).optional() }),
    starScheme,
  ),
  /** only a scheme without reviews */
  'stars.deleteScheme': channel(z.object({ id: schemeId }), nothing),

  /** 不得参评 reasons (editable list, vocabulary kind 'star-disqualify') */
  'stars.disqualifyReasons': channel(noInput, z.array(z.string())),
  'stars.setDisqualifyReasons': channel(z.object({ reasons: z.array(z.string().trim().min(1).max(20)).min(1, '至少保留一项').max(30) }), z.array(z.string())),

  /** targets × stars for a period with every state (the 评星 grid) */
  'stars.grid': channel(z.object({ ...inPeriod, ...unitFilter, text: z.string().max(40).optional() }), starGrid),
  /** one target's review: states, steps, evidence, objections */
  'stars.review': channel(z.object({ ...inPeriod, targetId }), reviewDetail),

  /**
   * 自评: for each target, the claimed stars (replaces the claim set; stars already decided keep
   * their claim). Records the step with date and who. Refused as a whole if any entry is invalid.
   */
  'stars.selfAssess': channel(
    z.object({ ...inPeriod, date: isoDate, by, entries: z.array(z.object({ targetId, claims: z.array(z.object({ code: starCode, note: note.default('') })) })).min(1) }),
    z.object({ saved: z.number().int() }),
  ),
  /** 民主测评/互评 per claimed star: agree/disagree counts and/or a score (null clears) */
  'stars.recordVotes': channel(
    z.object({
      ...inPeriod,
      date: isoDate,
      by,
      entries: z
        .array(
          z.object({
            targetId,
            votes: z.array(z.object({ code: starCode, agree: z.number().int().min(0).max(10000).nullable(), disagree: z.number().int().min(0).max(10000).nullable(), score: z.number().min(0).max(1000).nullable() })),
          }),
        )
        .min(1),
    }),
    z.object({ saved: z.number().int() }),
  ),
  /** 民主测评 scores taken from a 述职测评 event: each target's overall score for every claimed star */
  'stars.votesFromEvaluation': channel(z.object({ ...inPeriod, evaluationId: z.number().int(), date: isoDate, by }), z.object({ saved: z.number().int(), skipped: z.number().int() })),
  /** 支部评定: award or refuse claimed stars; a refusal needs a reason */
  'stars.decide': channel(
    z.object({
      ...inPeriod,
      date: isoDate,
      by,
      entries: z.array(z.object({ targetId, decisions: z.array(z.object({ code: starCode, decision: z.enum(['award', 'refuse']), reason: note.default('') })) })).min(1),
    }),
    z.object({ saved: z.number().int() }),
  ),
  /** 公示 of the period's decisions from `start` for the scheme's 公示天数; returns the end date */
  'stars.startPublicity': channel(z.object({ ...inPeriod, start: isoDate, by }), publicity),
  'stars.addObjection': channel(z.object({ ...inPeriod, targetId, code: starCode.nullable(), date: isoDate, content: z.string().trim().min(1, '请填写异议内容').max(500) }), objection),
  'stars.resolveObjection': channel(z.object({ id: z.number().int(), result: objectionResult.exclude(['pending']), note }), objection),
  /**
   * What 授星 will do now, for the dialog: per target, the stars that will be awarded, those an upheld
   * objection turns into 未通过, those not in the current 公示 (need 「重新公示」), and who has objections
   * pending; with the first day 授星 may be recorded and today's date.
   */
  'stars.awardPreview': channel(z.object(inPeriod), awardPreview),
  /**
   * 授星 once the 公示 has ended (from the day after its last day, not after today): the stars of the
   * current 公示 become held; an upheld objection turns its star (or the target's stars) into 未通过.
   */
  'stars.award': channel(z.object({ ...inPeriod, date: isoDate, by }), z.object({ awarded: z.number().int(), targets: z.number().int() })),
  /** 摘星: a held star removed with date and reason */
  'stars.removeStar': channel(z.object({ ...inPeriod, targetId, code: starCode, date: isoDate, reason: z.string().trim().min(1, '请填写摘星原因').max(500) }), nothing),
  /** 不得参评 for the period, with a reason from the list */
  'stars.disqualify': channel(z.object({ ...inPeriod, targetId, reason: z.string().trim().min(1, '请选择不得参评原因').max(20), note: note.default(''), date: isoDate, by }), nothing),
  'stars.clearDisqualification': channel(z.object({ ...inPeriod, targetId }), nothing),
  /** 备注 on the 评星汇总表 */
  'stars.setRemark': channel(z.object({ ...inPeriod, targetId, remark: z.string().trim().max(200) }), nothing),

  /** 佐证材料: images, PDF or Office documents up to 20 MB, copied into the data folder */
  'stars.addEvidence': channel(z.object({ ...inPeriod, targetId, code: starCode, file: incomingFile, note: note.default('') }), evidenceItem),
  'stars.openEvidence': channel(z.object({ id: z.number().int() }), outgoingFile),
  'stars.deleteEvidence': channel(z.object({ id: z.number().int() }), nothing),

  /** 星级公示榜 for a period, or the year (period null: year-end rule applied) */
  'stars.board': channel(z.object({ schemeId, period: period.nullable(), ...unitFilter, tier: starTier.optional() }), starBoard),
  /** the year-end figures per target (what the 年终考核 reads) */
  'stars.yearEnd': channel(z.object({ year, kind: starSchemeKind }), yearEndResult),

  /** 星级公示榜 .xlsx (A4 landscape, ★/☆) */
  'stars.exportBoard': channel(z.object({ schemeId, period: period.nullable(), ...unitFilter, tier: starTier.optional(), unitTitle: z.string().max(60).optional() }), outgoingFile),
  /** 评星汇总表 .xlsx: every target × period with each star's state, count and remark */
  'stars.exportSummary': channel(z.object({ schemeId, ...unitFilter, unitTitle: z.string().max(60).optional() }), outgoingFile),
  /** 十星级党组织 / 十星级党员干部 名单 .xlsx for the year */
  'stars.exportTenStar': channel(z.object({ year, unitTitle: z.string().max(60).optional() }), outgoingFile),
};
