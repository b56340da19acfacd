import type { ChannelOutput, ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { publicityEnd, publicityOver } from '../../shared/stars/publicity';
import { objectionResultLabels } from '../../shared/stars/states';
import { writeAudit } from '../../db/audit';
import {
  findReviewId, getDisqualification, getObjection, getPublicity, getReviewRecord, insertObjection, listObjections, listPeriodReviews, listStates,
  recordStep, resolveObjectionRow, reviewStepDates, setPublicityRow, writeState,
} from '../../db/stars-reviews';
import type { AppContext } from '../context';
import { assertDay, assertStepDay, requireItem, requirePeriod, requireScheme, requireTarget, schemeTitle, starName } from './stars-common';
import { objectionView, publicityView } from './stars-grid-build';
import { namesText, subjectsText } from './audit-words';

/**
 * 公示 of one period's 支部评定 results not yet awarded: from `start` for the scheme's 公示天数
 * (end = start + N calendar days, shared/stars/publicity.ts). Starting again (a correction, or a
 * 补充公示 of decisions made later) replaces the period's 公示期; 授星 takes only the decisions that
 * were made by the start of the current 公示.
 */
export function startPublicity(ctx: AppContext, input: ParsedInput<'stars.startPublicity'>): ChannelOutput<'stars.startPublicity'> {
  const db = ctx.db;
  return db.transaction(() => {
    const scheme = requireScheme(db, input.schemeId);
    const period = requirePeriod(scheme, input.period);
    assertStepDay(input.start, '公示开始日期', period);
    const reviews = listPeriodReviews(db, scheme.id, period.no, scheme.kind);
    const nameOfReview = (reviewId: number) => {
      const r = getReviewRecord(db, reviewId)!;
      return requireTarget(db, scheme, (scheme.kind === 'person' ? r.personId : r.unitId)!).name;
    };
    const decided = reviews.filter((r) => !getDisqualification(db, r.id) && [...listStates(db, r.id).values()].some((s) => s.decision && !s.awardedOn));
    if (decided.length === 0) throw new AppError('STAR_NOTHING_TO_PUBLISH', `${schemeTitle(scheme)}${period.label}没有待公示的支部评定结果，无法公示`);
    const before = getPublicity(db, scheme.id, period.no);
    const by = input.by?.trim() || ctx.actor();
    const end = publicityEnd(input.start, scheme.publicityDays);
    setPublicityRow(db, scheme.id, period.no, { start: input.start, end, days: scheme.publicityDays, by });
    for (const r of decided) recordStep(db, r.id, 'publicity', input.start, by);
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
    assertDay(input.date, '异议日期');
    const p = getPublicity(db, scheme.id, period.no);
    if (!p) throw new AppError('STAR_NOT_PUBLISHED', `${period.label}尚未公示，不能登记公示异议`);
    if (input.date < p.start || input.date > p.end) throw new AppError('STAR_OUTSIDE_PUBLICITY', `异议日期（${input.date}）不在公示期（${p.start}至${p.end}）内`);
    const reviewId = findReviewId(db, scheme.id, period.no, scheme.kind, target.targetId);
    const states = reviewId == null ? new Map() : listStates(db, reviewId);
    if (reviewId == null || ![...states.values()].some((s) => s.decision)) throw new AppError('STAR_NOT_PUBLISHED', `${target.name}不在${period.label}公示名单中`);
    if (input.code != null) {
      const item = requireItem(scheme, input.code, target.name);
      if (!states.get(item.code)?.decision) throw new AppError('STAR_NOT_PUBLISHED', `${target.name}的“${item.name}”不在公示内容中`);
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

/**
 * 授星 on or after the 公示 end date. Pending objections block it. An upheld objection turns its star
 * (or, when it names no star, all the target's approved stars) into 未通过 with the objection as
 * reason; every other approved star becomes held from `date`.
 */
export function awardStars(ctx: AppContext, input: ParsedInput<'stars.award'>): ChannelOutput<'stars.award'> {
  const db = ctx.db;
  return db.transaction(() => {
    const scheme = requireScheme(db, input.schemeId);
    const period = requirePeriod(scheme, input.period);
    assertStepDay(input.date, '授星日期', period);
    const p = getPublicity(db, scheme.id, period.no);
    if (!p) throw new AppError('STAR_NOT_PUBLISHED', `${schemeTitle(scheme)}${period.label}尚未公示，不能授星`);
    if (!publicityOver(p.end, input.date)) throw new AppError('STAR_PUBLICITY_RUNNING', `公示期至${p.end}截止，${input.date}尚未期满，不能授星`);
    const objections = listObjections(db, scheme.id, period.no);
    const nameOf = (reviewId: number) => {
      const r = getReviewRecord(db, reviewId)!;
      return requireTarget(db, scheme, (scheme.kind === 'person' ? r.personId : r.unitId)!).name;
    };
    const pending = objections.filter((o) => o.result === 'pending');
    if (pending.length > 0) {
      throw new AppError('STAR_OBJECTION_PENDING', `${[...new Set(pending.map((o) => nameOf(o.reviewId)))].join('、')}的公示异议尚未处理，请先处理再授星`);
    }
    const by = input.by?.trim() || ctx.actor();
    let awarded = 0;
    const audited: { name: string; awarded: string[]; refused: string[] }[] = [];
    for (const r of listPeriodReviews(db, scheme.id, period.no, scheme.kind)) {
      if (getDisqualification(db, r.id)) continue;
      // only what was decided by the start of the current 公示 was published
      const steps = reviewStepDates(db, r.id);
      if (steps.get('publicity') !== p.start || (steps.get('decision') ?? '') > p.start) continue;
      const upheld = objections.filter((o) => o.reviewId === r.id && o.result === 'upheld');
      const open = [...listStates(db, r.id).values()].filter((s) => s.decision === 'award' && !s.awardedOn);
      if (open.length === 0) continue;
      const entry = { name: nameOf(r.id), awarded: [] as string[], refused: [] as string[] };
      for (const s of open) {
        const objection = upheld.find((o) => o.code === s.code || o.code == null);
        if (objection) {
          writeState(db, r.id, scheme.id, { ...s, decision: 'refuse', refuseReason: `公示异议成立：${objection.resultNote || objection.content}` });
          entry.refused.push(starName(scheme, s.code));
        } else {
          writeState(db, r.id, scheme.id, { ...s, awardedOn: input.date });
          entry.awarded.push(starName(scheme, s.code));
          awarded++;
        }
      }
      recordStep(db, r.id, 'award', input.date, by);
      audited.push(entry);
    }
    if (audited.length === 0) throw new AppError('STAR_NOTHING_TO_AWARD', `${schemeTitle(scheme)}${period.label}没有待授予的星级`);
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
