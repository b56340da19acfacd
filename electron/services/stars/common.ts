import { AppError } from '../../../shared/errors';
import { isValidPeriod, periodCount, periodsFor, type ReviewPeriod } from '../../../shared/stars/periods';
import { isCalendarDay } from '../../../shared/stars/publicity';
import { reviewCycleLabels, starSchemeKindLabels, type StarItem } from '../../../shared/stars/scheme';
import type { StarScheme, StarTarget } from '../../../shared/stars/views';
import type { Db } from '../../../db/open';
import { searchPeopleRows, getPersonRow } from '../../../db/people';
import { reviewedTargetIds } from '../../../db/stars/board';
import { unitsInTreeOrder, getUnitRow } from '../../../db/units';
import { countSchemeReviews, getStarSchemeRecord, type StarSchemeRecord } from '../../../db/stars/schemes';

/** What the 双十星 services share: look-ups, guards and the targets of a scheme. */

export function requireScheme(db: Db, id: number): StarSchemeRecord {
  const scheme = getStarSchemeRecord(db, id);
  if (!scheme) throw new AppError('STAR_SCHEME_NOT_FOUND', '找不到该评星方案，可能已被删除，请刷新后重试');
  return scheme;
}

export const schemeTitle = (s: Pick<StarSchemeRecord, 'year' | 'kind'>): string => `${s.year}年度${starSchemeKindLabels[s.kind]}评星`;

export function requirePeriod(scheme: StarSchemeRecord, period: number): ReviewPeriod {
  if (!isValidPeriod(scheme.cycle, period)) {
    throw new AppError('STAR_PERIOD_INVALID', `${schemeTitle(scheme)}${reviewCycleLabels[scheme.cycle]}进行，共${periodCount(scheme.cycle)}期，没有第${period}期`);
  }
  return periodsFor(scheme.cycle, scheme.year)[period - 1]!;
}

/** A real calendar day (the contract checks only the shape). */
export function assertDay(day: string, label: string): void {
  if (!isCalendarDay(day)) throw new AppError('INVALID_DATE', `${label}“${day}”不是有效的日期`);
}

/**
 * A day that has happened: nothing in 双十星 (a claim, a vote, a decision, a 公示, an objection, an
 * award, a removal, a disqualification) may be recorded as done on a day still to come.
 */
export function assertNotFuture(day: string, label: string, today: string): void {
  assertDay(day, label);
  if (day > today) throw new AppError('STAR_DATE_IN_FUTURE', `${label}（${day}）晚于今天（${today}），不能登记尚未发生的事项`);
}

/** Step dates: a real day, not before the period begins and not after today. */
export function assertStepDay(day: string, label: string, period: ReviewPeriod, today: string): void {
  assertNotFuture(day, label, today);
  if (day < period.start) throw new AppError('STAR_DATE_BEFORE_PERIOD', `${label}（${day}）早于${period.label}的开始日期（${period.start}）`);
}

export function requireItem(scheme: StarSchemeRecord, code: string, who: string): StarItem {
  const item = scheme.items.find((i) => i.code === code);
  if (!item) throw new AppError('STAR_NOT_FOUND', `${who}：本方案中没有代码为“${code}”的星目`);
  return item;
}

export function schemeView(db: Db, scheme: StarSchemeRecord): StarScheme {
  const { createdAt: _created, ...rest } = scheme;
  return { ...rest, periods: periodsFor(scheme.cycle, scheme.year).map((p) => ({ ...p })), hasReviews: countSchemeReviews(db, scheme.id) > 0 };
}

export interface TargetFilter {
  readonly unitId?: number | undefined;
  readonly includeSubunits?: boolean | undefined;
  readonly text?: string | undefined;
}

/**
 * The targets of a scheme in board order: for 党员干部 every person 在职 (and anyone who left but
 * has a review in the scheme), in unit-tree order; for 党组织 every unit in tree order. The unit
 * filter takes a unit (and its sub-units); text matches the name.
 */
export function schemeTargets(db: Db, scheme: Pick<StarSchemeRecord, 'id' | 'kind'>, filter: TargetFilter = {}): StarTarget[] {
  const text = filter.text?.trim().toLowerCase() ?? '';
  const reviewed = reviewedTargetIds(db, scheme.id, scheme.kind);
  if (scheme.kind === 'person') {
    const people = searchPeopleRows(db, { status: '全部', unitId: filter.unitId, includeSubunits: filter.includeSubunits ?? true });
    const out: StarTarget[] = [];
    for (const p of people) {
      if (p.status !== '在职' && !reviewed.has(p.id)) continue;
      if (text && !p.name.toLowerCase().includes(text)) continue;
      out.push({ targetId: p.id, name: p.name, unitId: p.unitId, unitName: p.unitName, post: p.post ?? '' });
    }
    return out;
  }
  const units = unitsInTreeOrder(db);
  const names = new Map(units.map((u) => [u.id, u.name]));
  let allowed: Set<number> | undefined;
  if (filter.unitId != null) {
    allowed = new Set([filter.unitId]);
    if (filter.includeSubunits ?? true) {
      // tree order: a unit's descendants follow it, so one pass collects them
      for (const u of units) if (u.parentId != null && allowed.has(u.parentId)) allowed.add(u.id);
    }
  }
  return units
    .filter((u) => (!allowed || allowed.has(u.id)) && (!text || u.name.toLowerCase().includes(text)))
    .map((u) => ({ targetId: u.id, name: u.name, unitId: u.parentId, unitName: u.parentId == null ? '' : names.get(u.parentId) ?? '', post: '' }));
}

/** One target for a write: must exist (a person who left may still be reviewed only where reviewed before). */
export function requireTarget(db: Db, scheme: Pick<StarSchemeRecord, 'kind'>, targetId: number): StarTarget {
  if (scheme.kind === 'person') {
    const p = getPersonRow(db, targetId);
    if (!p) throw new AppError('PERSON_NOT_FOUND', `人员（编号${targetId}）不存在，可能已被删除，请刷新后重试`);
    return { targetId: p.id, name: p.name, unitId: p.unitId, unitName: p.unitName, post: p.post ?? '' };
  }
  const u = getUnitRow(db, targetId);
  if (!u) throw new AppError('UNIT_NOT_FOUND', `单位（编号${targetId}）不存在，可能已被删除，请刷新后重试`);
  const parent = u.parentId == null ? undefined : getUnitRow(db, u.parentId);
  return { targetId: u.id, name: u.name, unitId: u.parentId, unitName: parent?.name ?? '', post: '' };
}

/** Refuses a batch naming the same target twice (which entry would win is not obvious). */
export function assertDistinctTargets(entries: readonly { targetId: number }[], nameOf: (id: number) => string): void {
  const seen = new Set<number>();
  for (const e of entries) {
    if (seen.has(e.targetId)) throw new AppError('STAR_TARGET_TWICE', `${nameOf(e.targetId)}在本次提交中出现了两次`);
    seen.add(e.targetId);
  }
}

export function assertDistinctCodes(codes: readonly string[], who: string, scheme: StarSchemeRecord): void {
  const seen = new Set<string>();
  for (const c of codes) {
    if (seen.has(c)) throw new AppError('STAR_TWICE', `${who}：“${scheme.items.find((i) => i.code === c)?.name ?? c}”出现了两次`);
    seen.add(c);
  }
}

export const starName = (scheme: StarSchemeRecord, code: string): string => scheme.items.find((i) => i.code === code)?.name ?? code;
