import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { ReviewPeriod } from '../../../shared/stars/periods';
import type { ReviewStep } from '../../../shared/stars/states';
import type { StarTarget } from '../../../shared/stars/views';
import { writeAudit, type AuditChange } from '../../../db/audit';
import type { Db } from '../../../db/open';
import { listEvidenceRecords } from '../../../db/stars/evidence';
import {
  deleteDisqualificationRow, deleteState, emptyStarState, ensureReview, findReviewId, getDisqualification, getRemark, hasVotes, listStates, recordStep,
  setDisqualificationRow, setRemarkRow, writeState, type StarStateRecord,
} from '../../../db/stars/reviews';
import { listDisqualifyReasons, type StarSchemeRecord } from '../../../db/stars/schemes';
import type { AppContext } from '../../context';
import {
  assertDistinctCodes, assertDistinctTargets, assertStepDay, requireItem, requirePeriod, requireScheme, requireTarget, schemeTitle, starName,
} from './common';
import { buildGrid, gridRows, publicityView } from './grid-build';
import { evaluationScoresFor } from './evaluation-scores';
import { cellAudit, joinReasons, namesText, starDecisionText, starsText, subjectsText, votesText } from '../audit';

export const starGrid = (ctx: AppContext, input: ParsedInput<'stars.grid'>): ChannelOutput<'stars.grid'> =>
  buildGrid(ctx.db, requireScheme(ctx.db, input.schemeId), input.period, input);

export function starReview(ctx: AppContext, input: ParsedInput<'stars.review'>): ChannelOutput<'stars.review'> {
  const db = ctx.db;
  const scheme = requireScheme(db, input.schemeId);
  const period = requirePeriod(scheme, input.period);
  const target = requireTarget(db, scheme, input.targetId);
  const row = gridRows(db, scheme, input.period, [target])[0]!;
  const evidence = row.reviewId == null ? [] : listEvidenceRecords(db, row.reviewId).map(({ reviewId: _r, storedName: _s, ...e }) => e);
  const objections = (publicityView(db, scheme, input.period)?.objections ?? []).filter((o) => o.targetId === target.targetId);
  return { schemeId: scheme.id, period: { ...period }, target, row, evidence, objections };
}

/** What a step over many targets shares: the scheme, period, date, who, and each target's review and states. */
interface StepTarget {
  readonly target: StarTarget;
  readonly reviewId: number;
  readonly states: Map<string, StarStateRecord>;
}

interface StepBatch {
  readonly db: Db;
  readonly scheme: StarSchemeRecord;
  readonly period: ReviewPeriod;
  readonly by: string;
}

function openStep(ctx: AppContext, input: { schemeId: number; period: number; date: string; by?: string | undefined }, label: string): StepBatch {
  const scheme = requireScheme(ctx.db, input.schemeId);
  const period = requirePeriod(scheme, input.period);
  assertStepDay(input.date, `${label}日期`, period, ctx.today());
  return { db: ctx.db, scheme, period, by: input.by?.trim() || ctx.actor() };
}

/** The target's review (created on first use), refused when the target is 不得参评 this period. */
function stepTarget(batch: StepBatch, targetId: number, action: string): StepTarget {
  const target = requireTarget(batch.db, batch.scheme, targetId);
  const reviewId = ensureReview(batch.db, batch.scheme.id, batch.period.no, batch.scheme.kind, targetId);
  const d = getDisqualification(batch.db, reviewId);
  if (d) throw new AppError('STAR_DISQUALIFIED', `${target.name}${batch.period.label}不得参评（${d.reason}），不能${action}`);
  return { target, reviewId, states: listStates(batch.db, reviewId) };
}

/** The stars a target has claimed, in the scheme's order. */
const claimedStars = (scheme: StarSchemeRecord, states: ReadonlyMap<string, StarStateRecord>): string[] =>
  scheme.items.filter((i) => states.get(i.code)?.claimed).map((i) => i.name);

function finishStep(batch: StepBatch, t: StepTarget, step: ReviewStep, date: string): void {
  recordStep(batch.db, t.reviewId, step, date, batch.by);
}

const entryNames = (db: Db, scheme: StarSchemeRecord) => (id: number) => {
  try {
    return requireTarget(db, scheme, id).name;
  } catch {
    return `编号${id}`;
  }
};

/**
 * What a list of problems found over a whole batch reads like: 「周立新：学习提升星、工作实绩星；黄振华：服务群众星」.
 * A batch is checked in full before it is refused, so one message names every star to fix.
 */
function problemList(problems: readonly { who: string; star: string }[]): string {
  const byWho = new Map<string, string[]>();
  for (const p of problems) byWho.set(p.who, [...(byWho.get(p.who) ?? []), p.star]);
  return [...byWho].map(([who, stars]) => `${who}：${stars.join('、')}`).join('；');
}

/**
 * 自评: each entry's claims replace the target's claim set. Stars already decided in 支部评定 keep
 * their claim (and their decision); an unclaimed star loses its votes. A star whose scheme asks for
 * evidence is claimed only with a file attached or a note (申报说明); every claimed star of the
 * batch lacking both is named in one refusal.
 */
export function selfAssess(ctx: AppContext, input: ParsedInput<'stars.selfAssess'>): ChannelOutput<'stars.selfAssess'> {
  return ctx.db.transaction(() => {
    const batch = openStep(ctx, input, '自评');
    const { db, scheme } = batch;
    assertDistinctTargets(input.entries, entryNames(db, scheme));
    let claims = 0;
    const audited: { name: string; claimed: string[] }[] = [];
    const lacking: { who: string; star: string }[] = [];
    const changes: AuditChange[] = [];
    for (const entry of input.entries) {
      const t = stepTarget(batch, entry.targetId, '申报');
      const who = t.target.name;
      assertDistinctCodes(entry.claims.map((c) => c.code), who, scheme);
      const wanted = new Map(entry.claims.map((c) => [requireItem(scheme, c.code, who).code, c.note]));
      const files = new Set(listEvidenceRecords(db, t.reviewId).map((e) => e.code));
      for (const [code, note] of wanted) {
        const item = requireItem(scheme, code, who);
        if (item.evidenceRequired && !t.states.get(code)?.decision && !note.trim() && !files.has(code)) lacking.push({ who, star: item.name });
      }
      if (lacking.length > 0) continue; // keep checking, write nothing
      const claimedBefore = claimedStars(scheme, t.states);
      for (const [code, s] of t.states) {
        if (wanted.has(code) || !s.claimed) continue;
        if (s.decision) continue; // decided stars keep their claim
        deleteState(db, t.reviewId, code);
      }
      for (const [code, note] of wanted) {
        const s = t.states.get(code) ?? emptyStarState(code);
        if (s.decision) continue;
        writeState(db, t.reviewId, scheme.id, { ...s, claimed: true, claimNote: note });
      }
      finishStep(batch, t, 'self', input.date);
      claims += wanted.size;
      audited.push({ name: who, claimed: [...wanted.keys()].map((c) => starName(scheme, c)) });
      changes.push({ subject: who, field: '申报星级', before: starsText(claimedBefore), after: starsText(claimedStars(scheme, listStates(db, t.reviewId))), note: `${input.date}，${batch.by}` });
    }
    if (lacking.length > 0) {
      throw new AppError('STAR_EVIDENCE_REQUIRED', `以下星目须附佐证材料，请先上传文件或填写申报说明再申报：${problemList(lacking)}`);
    }
    const context = `${schemeTitle(scheme)} ${batch.period.label}`;
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.selfAssess', entity: 'star-scheme', entityId: scheme.id,
      summary: `${context}自评：${input.entries.length}个对象申报${claims}颗星（${input.date}，${batch.by}）：${namesText(audited.map((a) => a.name))}`,
      subjects: subjectsText(context, audited.map((a) => a.name)),
      changes,
      // one person's claims from the 评星 grid (Space on a star): a run of presses on that row is one row
      ...(input.entries.length === 1 ? cellAudit(`${context}自评 ${audited[0]!.name}`, `claims:${scheme.id}:${batch.period.no}:${input.entries[0]!.targetId}`, changes[0]!) : {}),
      after: audited,
    });
    return { saved: input.entries.length };
  })();
}

/** 民主测评/互评 per claimed star; refused for a star not claimed or already awarded. */
export function recordVotes(ctx: AppContext, input: ParsedInput<'stars.recordVotes'>): ChannelOutput<'stars.recordVotes'> {
  return ctx.db.transaction(() => {
    const batch = openStep(ctx, input, '民主测评');
    const { db, scheme } = batch;
    assertDistinctTargets(input.entries, entryNames(db, scheme));
    const audited: { name: string; votes: unknown[] }[] = [];
    const changes: AuditChange[] = [];
    for (const entry of input.entries) {
      const t = stepTarget(batch, entry.targetId, '录入测评结果');
      const who = t.target.name;
      assertDistinctCodes(entry.votes.map((v) => v.code), who, scheme);
      for (const v of entry.votes) {
        const item = requireItem(scheme, v.code, who);
        const s = t.states.get(item.code);
        if (!s?.claimed) throw new AppError('STAR_NOT_CLAIMED', `${who}未申报“${item.name}”，不能录入测评结果`);
        if (s.awardedOn) throw new AppError('STAR_ALREADY_AWARDED', `${who}的“${item.name}”已授星，不能再修改测评结果`);
        // 支部评定 rests on a recorded 民主测评: a decided star cannot be left without one
        if (s.decision && !hasVotes(v)) throw new AppError('STAR_VOTES_REQUIRED', `${who}的“${item.name}”已支部评定，不能清空民主测评结果`);
        writeState(db, t.reviewId, scheme.id, { ...s, agree: v.agree, disagree: v.disagree, score: v.score });
        changes.push({ subject: who, field: `${item.name} 民主测评`, before: votesText(s.agree == null && s.disagree == null && s.score == null ? undefined : s), after: votesText(v) });
      }
      finishStep(batch, t, 'vote', input.date);
      audited.push({ name: who, votes: entry.votes.map((v) => ({ star: starName(scheme, v.code), agree: v.agree, disagree: v.disagree, score: v.score })) });
    }
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.recordVotes', entity: 'star-scheme', entityId: scheme.id,
      summary: `${schemeTitle(scheme)} ${batch.period.label}民主测评：录入${input.entries.length}个对象（${input.date}，${batch.by}）：${namesText(audited.map((a) => a.name))}`,
      subjects: subjectsText(`${schemeTitle(scheme)} ${batch.period.label}`, audited.map((a) => a.name)),
      changes,
      after: audited,
    });
    return { saved: input.entries.length };
  })();
}

/**
 * 民主测评 from a 述职测评 event: each reviewed target that is also a 测评对象 of the event gets its
 * overall score on every claimed, not yet awarded star. Targets without claims are skipped.
 */
export function votesFromEvaluation(ctx: AppContext, input: ParsedInput<'stars.votesFromEvaluation'>): ChannelOutput<'stars.votesFromEvaluation'> {
  return ctx.db.transaction(() => {
    const batch = openStep(ctx, input, '民主测评');
    const { db, scheme } = batch;
    const { eventName, scores } = evaluationScoresFor(db, input.evaluationId, scheme.kind);
    let saved = 0;
    let skipped = 0;
    const audited: { name: string; score: number }[] = [];
    const changes: AuditChange[] = [];
    for (const [targetId, score] of scores) {
      const reviewId = findReviewId(db, scheme.id, batch.period.no, scheme.kind, targetId);
      const states = reviewId == null ? new Map<string, StarStateRecord>() : listStates(db, reviewId);
      const open = [...states.values()].filter((s) => s.claimed && !s.awardedOn);
      if (reviewId == null || open.length === 0 || score == null || getDisqualification(db, reviewId)) {
        skipped++;
        continue;
      }
      for (const s of open) writeState(db, reviewId, scheme.id, { ...s, score });
      recordStep(db, reviewId, 'vote', input.date, batch.by);
      audited.push({ name: requireTarget(db, scheme, targetId).name, score });
      changes.push({
        subject: audited.at(-1)!.name, field: `${open.map((s) => starName(scheme, s.code)).join('、')} 民主测评`,
        before: votesText(open[0]!.score == null && open[0]!.agree == null && open[0]!.disagree == null ? undefined : open[0]!), after: `得分${score}（引用“${eventName}”）`,
      });
      saved++;
    }
    if (saved === 0) throw new AppError('STAR_NO_MATCHING_TARGETS', `“${eventName}”的测评对象中没有本期已申报星级的对象，未引用任何结果`);
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.votesFromEvaluation', entity: 'star-scheme', entityId: scheme.id,
      summary: `${schemeTitle(scheme)} ${batch.period.label}民主测评：引用“${eventName}”得分，${saved}个对象：${namesText(audited.map((a) => a.name))}`,
      subjects: subjectsText(`${schemeTitle(scheme)} ${batch.period.label}`, audited.map((a) => a.name)),
      changes,
      after: audited,
    });
    return { saved, skipped };
  })();
}

/**
 * 支部评定: award or refuse claimed stars, in order after 民主测评: a star without a recorded
 * 民主测评 result is not decided either way (every such star of the batch named in one refusal). A
 * refusal needs a reason; a star needing evidence needs a file or a note to pass. A changed decision
 * leaves the 公示 it was published in: it waits for the next one.
 */
export function decideStars(ctx: AppContext, input: ParsedInput<'stars.decide'>): ChannelOutput<'stars.decide'> {
  return ctx.db.transaction(() => {
    const batch = openStep(ctx, input, '支部评定');
    const { db, scheme } = batch;
    assertDistinctTargets(input.entries, entryNames(db, scheme));
    let awarded = 0;
    let refused = 0;
    const audited: { name: string; decisions: unknown[] }[] = [];
    const unvoted: { who: string; star: string }[] = [];
    const changes: AuditChange[] = [];
    for (const entry of input.entries) {
      const t = stepTarget(batch, entry.targetId, '评定');
      const who = t.target.name;
      assertDistinctCodes(entry.decisions.map((d) => d.code), who, scheme);
      const evidence = listEvidenceRecords(db, t.reviewId);
      for (const d of entry.decisions) {
        const item = requireItem(scheme, d.code, who);
        const s = t.states.get(item.code);
        if (!s?.claimed) throw new AppError('STAR_NOT_CLAIMED', `${who}未申报“${item.name}”，不能评定（请先完成自评申报）`);
        if (s.awardedOn) throw new AppError('STAR_ALREADY_AWARDED', `${who}的“${item.name}”已授星，不能再评定；如需取消请摘星`);
        if (!hasVotes(s)) {
          unvoted.push({ who, star: item.name });
          continue;
        }
        if (d.decision === 'refuse' && !d.reason) throw new AppError('STAR_REASON_REQUIRED', `${who}的“${item.name}”评定为不通过，请填写理由`);
        if (d.decision === 'award' && item.evidenceRequired && !s.claimNote && !evidence.some((e) => e.code === item.code)) {
          throw new AppError('STAR_EVIDENCE_REQUIRED', `“${item.name}”需要佐证材料，${who}尚未上传文件或填写说明，不能评定通过`);
        }
        const reason = d.decision === 'refuse' ? d.reason : '';
        const same = s.decision === d.decision && s.refuseReason === reason;
        writeState(db, t.reviewId, scheme.id, { ...s, decision: d.decision, refuseReason: reason, publishedOn: same ? s.publishedOn : null });
        changes.push({
          subject: who, field: item.name, before: starDecisionText(s.decision), after: starDecisionText(d.decision),
          ...(d.decision === 'refuse' ? { note: `理由：${d.reason}` } : {}),
        });
        if (d.decision === 'award') awarded++;
        else refused++;
      }
      if (unvoted.length > 0) continue; // keep checking, the batch is refused below
      finishStep(batch, t, 'decision', input.date);
      audited.push({ name: who, decisions: entry.decisions.map((d) => ({ star: starName(scheme, d.code), decision: d.decision, reason: d.reason })) });
    }
    if (unvoted.length > 0) {
      throw new AppError('STAR_VOTES_MISSING', `尚未录入民主测评结果，不能支部评定（请先完成民主测评）：${problemList(unvoted)}`);
    }
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.decide', entity: 'star-scheme', entityId: scheme.id,
      summary: `${schemeTitle(scheme)} ${batch.period.label}支部评定：${input.entries.length}个对象，通过${awarded}颗、不通过${refused}颗（${input.date}，${batch.by}）：${namesText(audited.map((a) => a.name))}`,
      subjects: subjectsText(`${schemeTitle(scheme)} ${batch.period.label}`, audited.map((a) => a.name)),
      reason: joinReasons(changes.map((c) => (c.note ? `${c.subject}“${c.field}”不通过，${c.note}` : ''))),
      changes,
      // Y on one star of the 评星 grid: repeated presses on that cell are one row
      ...(changes.length === 1 ? cellAudit(`${schemeTitle(scheme)} ${batch.period.label}支部评定 ${changes[0]!.subject}`, `decide:${scheme.id}:${batch.period.no}:${input.entries[0]!.targetId}:${input.entries[0]!.decisions[0]!.code}`, changes[0]!) : {}),
      after: audited,
    });
    return { saved: input.entries.length };
  })();
}

/** 摘星: a held star removed, with date and reason. The date may fall in any later period (at any time). */
export function removeStar(ctx: AppContext, input: ParsedInput<'stars.removeStar'>): null {
  const db = ctx.db;
  return db.transaction(() => {
    const scheme = requireScheme(db, input.schemeId);
    const period = requirePeriod(scheme, input.period);
    const target = requireTarget(db, scheme, input.targetId);
    const item = requireItem(scheme, input.code, target.name);
    assertStepDay(input.date, '摘星日期', period, ctx.today());
    const reviewId = findReviewId(db, scheme.id, period.no, scheme.kind, target.targetId);
    const s = reviewId == null ? undefined : listStates(db, reviewId).get(item.code);
    if (!s?.awardedOn) throw new AppError('STAR_NOT_HELD', `${target.name}${period.label}未获得“${item.name}”，无需摘星`);
    if (s.removedOn) throw new AppError('STAR_ALREADY_REMOVED', `${target.name}${period.label}的“${item.name}”已于${s.removedOn}摘除`);
    if (input.date < s.awardedOn) throw new AppError('STAR_REMOVED_BEFORE_AWARD', `摘星日期（${input.date}）早于授星日期（${s.awardedOn}）`);
    writeState(db, reviewId!, scheme.id, { ...s, removedOn: input.date, removedReason: input.reason });
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.removeStar', entity: 'star-review', entityId: reviewId!,
      summary: `摘星：${target.name} ${schemeTitle(scheme)}${period.label}“${item.name}”（${input.date}，${input.reason}）`,
      subjects: subjectsText(`${schemeTitle(scheme)} ${period.label}`, [target.name]),
      reason: input.reason,
      changes: [{ subject: target.name, field: item.name, before: `已授星（${s.awardedOn}）`, after: `已摘星（${input.date}）` }],
      before: { awardedOn: s.awardedOn }, after: { removedOn: input.date, reason: input.reason },
    });
    return null;
  })();
}

/**
 * 不得参评 for the period. Stars already awarded this period must be removed (摘星) first; claims
 * and decisions not yet awarded are withdrawn (kept in the audit row).
 */
export function disqualifyTarget(ctx: AppContext, input: ParsedInput<'stars.disqualify'>): null {
  const db = ctx.db;
  return db.transaction(() => {
    const scheme = requireScheme(db, input.schemeId);
    const period = requirePeriod(scheme, input.period);
    const target = requireTarget(db, scheme, input.targetId);
    assertStepDay(input.date, '不得参评认定日期', period, ctx.today());
    if (!listDisqualifyReasons(db).includes(input.reason)) {
      throw new AppError('STAR_REASON_UNKNOWN', `“${input.reason}”不在不得参评原因列表中，请先在列表中添加`);
    }
    const reviewId = ensureReview(db, scheme.id, period.no, scheme.kind, target.targetId);
    const order = new Map(scheme.items.map((item, i) => [item.code, i]));
    const states = [...listStates(db, reviewId).values()].sort((a, b) => (order.get(a.code) ?? 99) - (order.get(b.code) ?? 99));
    const held = states.filter((s) => s.awardedOn && !s.removedOn);
    if (held.length > 0) {
      throw new AppError('STAR_HELD', `${target.name}${period.label}已获${held.map((s) => `“${starName(scheme, s.code)}”`).join('、')}，请先摘星再标记不得参评`);
    }
    const before = getDisqualification(db, reviewId);
    const withdrawn = states.filter((s) => !s.awardedOn);
    for (const s of withdrawn) deleteState(db, reviewId, s.code);
    const by = input.by?.trim() || ctx.actor();
    setDisqualificationRow(db, reviewId, { reason: input.reason, note: input.note, date: input.date, by });
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.disqualify', entity: 'star-review', entityId: reviewId,
      summary: `不得参评：${target.name} ${schemeTitle(scheme)}${period.label}（${input.reason}${input.note ? `，${input.note}` : ''}）`,
      subjects: subjectsText(`${schemeTitle(scheme)} ${period.label}`, [target.name]),
      reason: joinReasons([input.reason, input.note]),
      changes: [
        { subject: target.name, field: '参评资格', before: before ? `不得参评（${before.reason}）` : '参评', after: `不得参评（${input.reason}）` },
        ...(withdrawn.some((s) => s.claimed)
          ? [{ subject: target.name, field: '申报星级', before: starsText(claimedStars(scheme, new Map(withdrawn.map((s) => [s.code, s])))), after: '已撤回' }]
          : []),
      ],
      before: { disqualification: before ?? null, withdrawn }, after: { reason: input.reason, note: input.note, date: input.date, by },
    });
    return null;
  })();
}

export function clearDisqualification(ctx: AppContext, input: ParsedInput<'stars.clearDisqualification'>): null {
  const db = ctx.db;
  return db.transaction(() => {
    const scheme = requireScheme(db, input.schemeId);
    const period = requirePeriod(scheme, input.period);
    const target = requireTarget(db, scheme, input.targetId);
    const reviewId = findReviewId(db, scheme.id, period.no, scheme.kind, target.targetId);
    const before = reviewId == null ? undefined : getDisqualification(db, reviewId);
    if (!before) throw new AppError('STAR_NOT_DISQUALIFIED', `${target.name}${period.label}未被标记为不得参评`);
    deleteDisqualificationRow(db, reviewId!);
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.clearDisqualification', entity: 'star-review', entityId: reviewId!,
      summary: `取消不得参评：${target.name} ${schemeTitle(scheme)}${period.label}（原因：${before.reason}）`,
      subjects: subjectsText(`${schemeTitle(scheme)} ${period.label}`, [target.name]),
      changes: [{ subject: target.name, field: '参评资格', before: `不得参评（${before.reason}）`, after: '参评' }],
      before,
    });
    return null;
  })();
}

export function setReviewRemark(ctx: AppContext, input: ParsedInput<'stars.setRemark'>): null {
  const db = ctx.db;
  return db.transaction(() => {
    const scheme = requireScheme(db, input.schemeId);
    const period = requirePeriod(scheme, input.period);
    const target = requireTarget(db, scheme, input.targetId);
    const existing = findReviewId(db, scheme.id, period.no, scheme.kind, target.targetId);
    const before = existing == null ? '' : getRemark(db, existing);
    if (before === input.remark) return null;
    const reviewId = existing ?? ensureReview(db, scheme.id, period.no, scheme.kind, target.targetId);
    setRemarkRow(db, reviewId, input.remark);
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.setRemark', entity: 'star-review', entityId: reviewId,
      summary: `评星备注：${target.name} ${schemeTitle(scheme)}${period.label}`,
      subjects: subjectsText(`${schemeTitle(scheme)} ${period.label}`, [target.name]),
      changes: [{ subject: target.name, field: '备注', before: before || '无', after: input.remark || '无' }],
      before, after: input.remark,
    });
    return null;
  })();
}
