import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { awardFrom, publicityEnd, publicityOver } from '../../../shared/stars/publicity';
import { objectionResultLabels } from '../../../shared/stars/states';
import { writeAudit } from '../../../db/audit';
import {
  findReviewId, getDisqualification, getObjection, getPublicity, getReviewRecord, insertObjection, listObjections, listPeriodReviews, listStates,
  recordStep, resolveObjectionRow, reviewStepDates, setPublicityRow, writeState, type ObjectionRecord, type PublicityRecord, type StarStateRecord,
} from '../../../db/stars/reviews';
import type { StarSchemeRecord } from '../../../db/stars/schemes';
import type { Db } from '../../../db/open';
import type { AppContext } from '../../context';
import { assertNotFuture, assertStepDay, requireItem, requirePeriod, requireScheme, requireTarget, schemeTitle, starName } from './common';
import { objectionView, publicityView } from './grid-build';
import { namesText, subjectsText } from '../audit';

/**
 * 公示 of one period's 支部评定 results not yet awarded: from `start` for the scheme's 公示天数
 * (end = start + N calendar days, shared/stars/publicity.ts). Each published star records the start
 * of this 公示 (star_states.published_on). Starting again (「重新公示」: a correction, or decisions
 * made later) replaces the period's 公示期 and publishes every result not yet awarded; 授星 takes
 * only the stars published in the current 公示. A review decided after `start` is not in it.
 */
export function startPublicity(ctx: AppContext, input: ParsedInput<'stars.startPublicity'>): ChannelOutput<'stars.startPublicity'> {
  const db = ctx.db;
  return db.transaction(() => {
    const scheme = requireScheme(db, input.schemeId);
    const period = requirePeriod(scheme, input.period);
    assertStepDay(input.start, '公示开始日期', period, ctx.today());
    const reviews = listPeriodReviews(db, scheme.id, period.no, scheme.kind);
    const nameOfReview = (reviewId: number) => {
      const r = getReviewRecord(db, reviewId)!;
      return requireTarget(db, scheme, (scheme.kind === 'person' ? r.personId : r.unitId)!).name;
    };
    const decided = reviews.flatMap((r) => {
      if (getDisqualification(db, r.id)) return [];
      // a 公示 publishes what was decided by the day it is posted
      if ((reviewStepDates(db, r.id).get('decision') ?? '') > input.start) return [];
      const open = [...listStates(db, r.id).values()].filter((s) => s.decision && !s.awardedOn);
      return open.length > 0 ? [{ id: r.id, open }] : [];
    });
    if (decided.length === 0) throw new AppError('STAR_NOTHING_TO_PUBLISH', `${schemeTitle(scheme)}${period.label}没有${input.start}前作出的待公示支部评定结果，无法公示`);
    const before = getPublicity(db, scheme.id, period.no);
    const by = input.by?.trim() || ctx.actor();
    const end = publicityEnd(input.start, scheme.publicityDays);
    setPublicityRow(db, scheme.id, period.no, { start: input.start, end, days: scheme.publicityDays, by });
    for (const r of decided) {
      for (const s of r.open) writeState(db, r.id, scheme.id, { ...s, publishedOn: input.start });
      recordStep(db, r.id, 'publicity', input.start, by);
    }
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.startPublicity', entity: 'star-scheme', entityId: scheme.id,
      summary: `${schemeTitle(scheme)} ${period.label}公示：${input.start}至${end}（${scheme.publicityDays}天，${decided.length}个对象）`,
      subjects: subjectsText(`${schemeTitle(scheme)} ${period.label}`, decided.map((r) => nameOfReview(r.id))),
      changes: [{ subject: '', field: '公示期', before: before ? `${before.start}至${before.end}` : '未公示', after: `${input.start}至${end}（${scheme.publicityDays}天）` }],
      before: before ?? null, after: { start: input.start, end, days: scheme.publicityDays, by },
    });
    return publicityView(db, scheme, period.no)!;
  })();
}

/** 公示异议, during the 公示期, about a target or one of its decided stars. */
export function addObjection(ctx: AppContext, input: ParsedInput<'stars.addObjection'>): ChannelOutput<'stars.addObjection'> {
  const db = ctx.db;
  return db.transaction(() => {
    const scheme = requireScheme(db, input.schemeId);
    const period = requirePeriod(scheme, input.period);
    const target = requireTarget(db, scheme, input.targetId);
    assertNotFuture(input.date, '异议日期', ctx.today());
    const p = getPublicity(db, scheme.id, period.no);
    if (!p) throw new AppError('STAR_NOT_PUBLISHED', `${period.label}尚未公示，不能登记公示异议`);
    if (input.date < p.start || input.date > p.end) throw new AppError('STAR_OUTSIDE_PUBLICITY', `异议日期（${input.date}）不在公示期（${p.start}至${p.end}）内`);
    const reviewId = findReviewId(db, scheme.id, period.no, scheme.kind, target.targetId);
    const states = reviewId == null ? new Map<string, StarStateRecord>() : listStates(db, reviewId);
    const published = (s: StarStateRecord | undefined) => s?.publishedOn === p.start;
    if (reviewId == null || ![...states.values()].some(published)) throw new AppError('STAR_NOT_PUBLISHED', `${target.name}不在${period.label}公示名单中`);
    if (input.code != null) {
      const item = requireItem(scheme, input.code, target.name);
      if (!published(states.get(item.code))) throw new AppError('STAR_NOT_PUBLISHED', `${target.name}的“${item.name}”不在公示内容中`);
    }
    const id = insertObjection(db, { reviewId, code: input.code, date: input.date, content: input.content });
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.addObjection', entity: 'star-review', entityId: reviewId,
      summary: `公示异议：${target.name} ${schemeTitle(scheme)}${period.label}${input.code ? `“${starName(scheme, input.code)}”` : ''}（${input.date}）`,
      subjects: subjectsText(`${schemeTitle(scheme)} ${period.label}`, [target.name]),
      changes: [{ subject: target.name, field: `公示异议${input.code ? `（${starName(scheme, input.code)}）` : ''}`, before: '无', after: `${input.date}：${input.content}` }],
      after: { code: input.code, date: input.date, content: input.content },
    });
    return objectionView(db, scheme, getObjection(db, id)!);
  })();
}

export function resolveObjection(ctx: AppContext, input: ParsedInput<'stars.resolveObjection'>): ChannelOutput<'stars.resolveObjection'> {
  const db = ctx.db;
  return db.transaction(() => {
    const before = getObjection(db, input.id);
    if (!before) throw new AppError('STAR_OBJECTION_NOT_FOUND', '找不到该异议，可能已被删除，请刷新后重试');
    const review = getReviewRecord(db, before.reviewId)!;
    const scheme = requireScheme(db, review.schemeId);
    const view = objectionView(db, scheme, before);
    if (reviewStepDates(db, review.id).has('award')) throw new AppError('STAR_ALREADY_AWARDED', `${view.targetName}已授星，异议处理结果不能再修改`);
    resolveObjectionRow(db, before.id, input.result, input.note);
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.resolveObjection', entity: 'star-review', entityId: review.id,
      summary: `处理公示异议：${view.targetName}，${objectionResultLabels[input.result]}${input.note ? `（${input.note}）` : ''}`,
      subjects: subjectsText(`${schemeTitle(scheme)} ${requirePeriod(scheme, review.period).label}`, [view.targetName]),
      reason: input.note,
      changes: [{ subject: view.targetName, field: '异议处理结果', before: objectionResultLabels[before.result], after: objectionResultLabels[input.result], note: `异议内容：${before.content}` }],
      before: { result: before.result, note: before.resultNote }, after: { result: input.result, note: input.note },
    });
    return objectionView(db, scheme, getObjection(db, before.id)!);
  })();
}

/** Stars of one target in an award plan, by name, in the scheme's order. */
export interface PlanEntry {
  readonly reviewId: number;
  readonly targetId: number;
  readonly name: string;
  readonly stars: string[];
}

/**
 * What 授星 of a period will do, worked out once for the 授星 dialog (stars.awardPreview) and for
 * 授星 itself, so the dialog never promises what the award then refuses:
 * - award: stars passed in 支部评定 and published in the current 公示, with no upheld objection;
 * - refuse: such stars with an upheld objection (they become 未通过);
 * - republish: stars passed but not in the current 公示 (decided after it was posted, or changed
 *   since): they need 「重新公示」 first;
 * - pending: targets with objections not yet handled (they block 授星).
 */
export interface AwardPlan {
  readonly publicity: PublicityRecord | null;
  readonly award: PlanEntry[];
  readonly refuse: (PlanEntry & { readonly reasons: string[] })[];
  readonly republish: PlanEntry[];
  readonly pending: string[];
}

export function awardPlan(db: Db, scheme: StarSchemeRecord, periodNo: number): AwardPlan {
  const p = getPublicity(db, scheme.id, periodNo) ?? null;
  const objections = listObjections(db, scheme.id, periodNo);
  const order = new Map(scheme.items.map((item, i) => [item.code, i]));
  const plan: AwardPlan = { publicity: p, award: [], refuse: [], republish: [], pending: [] };
  const pendingNames = new Set<string>();
  for (const r of listPeriodReviews(db, scheme.id, periodNo, scheme.kind)) {
    if (getDisqualification(db, r.id)) continue;
    const passed = [...listStates(db, r.id).values()].filter((s) => s.decision === 'award' && !s.awardedOn);
    if (passed.length === 0) continue;
    passed.sort((a, b) => (order.get(a.code) ?? 99) - (order.get(b.code) ?? 99));
    const name = requireTarget(db, scheme, r.targetId).name;
    const entry = (states: readonly StarStateRecord[]): PlanEntry => ({ reviewId: r.id, targetId: r.targetId, name, stars: states.map((s) => starName(scheme, s.code)) });
    const inCurrent = p ? passed.filter((s) => s.publishedOn === p.start) : [];
    const outside = passed.filter((s) => !inCurrent.includes(s));
    if (outside.length > 0) plan.republish.push(entry(outside));
    const mine = objections.filter((o) => o.reviewId === r.id);
    if (mine.some((o) => o.result === 'pending')) pendingNames.add(name);
    const upheldFor = (s: StarStateRecord): ObjectionRecord | undefined => mine.find((o) => o.result === 'upheld' && (o.code === s.code || o.code == null));
    const refused = inCurrent.filter((s) => upheldFor(s));
    const awarded = inCurrent.filter((s) => !upheldFor(s));
    if (refused.length > 0) plan.refuse.push({ ...entry(refused), reasons: refused.map((s) => upheldFor(s)!.resultNote || upheldFor(s)!.content) });
    if (awarded.length > 0) plan.award.push(entry(awarded));
  }
  plan.pending.push(...pendingNames);
  return plan;
}

const starCount = (entries: readonly PlanEntry[]): number => entries.reduce((n, e) => n + e.stars.length, 0);

/** The 授星 dialog's facts: the plan, the first day 授星 may be recorded, and today. */
export function awardPreview(ctx: AppContext, input: ParsedInput<'stars.awardPreview'>): ChannelOutput<'stars.awardPreview'> {
  const scheme = requireScheme(ctx.db, input.schemeId);
  const period = requirePeriod(scheme, input.period);
  const plan = awardPlan(ctx.db, scheme, period.no);
  const strip = ({ reviewId: _r, ...e }: PlanEntry) => e;
  return {
    publicity: plan.publicity ? { start: plan.publicity.start, end: plan.publicity.end, days: plan.publicity.days } : null,
    awardFrom: plan.publicity ? awardFrom(plan.publicity.end) : null,
    today: ctx.today(),
    award: plan.award.map(strip),
    refuse: plan.refuse.map(({ reviewId: _r, ...e }) => e),
    republish: plan.republish.map(strip),
    pending: plan.pending,
  };
}

/**
 * 授星 once the 公示 has ended (from the day after its last day, and not after today). Pending
 * objections block it. Exactly what awardPlan says happens: the stars of the current 公示 become
 * held from `date`, those with an upheld objection become 未通过 with the objection as reason; stars
 * not in the current 公示 are left for a 「重新公示」.
 */
export function awardStars(ctx: AppContext, input: ParsedInput<'stars.award'>): ChannelOutput<'stars.award'> {
  const db = ctx.db;
  return db.transaction(() => {
    const scheme = requireScheme(db, input.schemeId);
    const period = requirePeriod(scheme, input.period);
    assertStepDay(input.date, '授星日期', period, ctx.today());
    const plan = awardPlan(db, scheme, period.no);
    const p = plan.publicity;
    if (!p) throw new AppError('STAR_NOT_PUBLISHED', `${schemeTitle(scheme)}${period.label}尚未公示，不能授星`);
    if (!publicityOver(p.end, input.date)) {
      throw new AppError('STAR_PUBLICITY_RUNNING', `公示期至${p.end}（含当日），${awardFrom(p.end)}起方可授星；${input.date}公示尚未结束，不能授星`);
    }
    if (plan.pending.length > 0) throw new AppError('STAR_OBJECTION_PENDING', `${plan.pending.join('、')}的公示异议尚未处理，请先处理再授星`);
    if (plan.award.length === 0 && plan.refuse.length === 0) {
      const later = plan.republish.length > 0
        ? `；${plan.republish.map((e) => e.name).join('、')}的${starCount(plan.republish)}颗星在公示发布后评定，不在本次公示中，请重新公示后再授星`
        : '';
      throw new AppError('STAR_NOTHING_TO_AWARD', `${schemeTitle(scheme)}${period.label}本次公示（${p.start}至${p.end}）中没有待授予的星级${later}`);
    }
    const by = input.by?.trim() || ctx.actor();
    const audited: { name: string; awarded: string[]; refused: string[] }[] = [];
    const touched = new Map<number, { name: string; awarded: string[]; refused: string[] }>();
    const entryFor = (e: PlanEntry) => {
      let a = touched.get(e.reviewId);
      if (!a) touched.set(e.reviewId, (a = { name: e.name, awarded: [], refused: [] }));
      return a;
    };
    const objections = listObjections(db, scheme.id, period.no);
    for (const e of [...plan.award, ...plan.refuse]) {
      const states = listStates(db, e.reviewId);
      const upheld = objections.filter((o) => o.reviewId === e.reviewId && o.result === 'upheld');
      for (const s of states.values()) {
        if (s.decision !== 'award' || s.awardedOn || s.publishedOn !== p.start) continue;
        const objection = upheld.find((o) => o.code === s.code || o.code == null);
        if (objection) {
          writeState(db, e.reviewId, scheme.id, { ...s, decision: 'refuse', refuseReason: `公示异议成立：${objection.resultNote || objection.content}` });
          entryFor(e).refused.push(starName(scheme, s.code));
        } else {
          writeState(db, e.reviewId, scheme.id, { ...s, awardedOn: input.date });
          entryFor(e).awarded.push(starName(scheme, s.code));
        }
      }
    }
    for (const [reviewId, a] of touched) {
      recordStep(db, reviewId, 'award', input.date, by);
      audited.push(a);
    }
    const awarded = audited.reduce((n, a) => n + a.awarded.length, 0);
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.award', entity: 'star-scheme', entityId: scheme.id,
      summary: `${schemeTitle(scheme)} ${period.label}授星：${audited.length}个对象共${awarded}颗星（${input.date}，${by}）：${namesText(audited.map((a) => a.name))}`,
      subjects: subjectsText(`${schemeTitle(scheme)} ${period.label}`, audited.map((a) => a.name)),
      changes: audited.flatMap((a) => [
        ...a.awarded.map((star) => ({ subject: a.name, field: star, before: '评定通过', after: `已授星（${input.date}）` })),
        ...a.refused.map((star) => ({ subject: a.name, field: star, before: '评定通过', after: '不通过', note: '公示异议成立' })),
      ]),
      after: audited,
    });
    return { awarded, targets: audited.filter((a) => a.awarded.length > 0).length };
  })();
}
