import { AppError } from '../../../shared/errors';
import { defaultWeeklySettings, weekSpan, weeksInYear, type WeeklySettings, type WeekSpan } from '../../../shared/weekly';
import type { Db } from '../../../db/open';
import { unitAndDescendantIds, unitsInTreeOrder } from '../../../db/units';
import { activePeopleOfUnits, getWeeklySettings, personNames, type WeeklyItemRecord } from '../../../db/weekly';
import { requireYear } from '../annual';

/** What the 周晒成绩 services share (DOMAIN §8): the year's rules, its weeks and its 参晒 targets. */

export interface WeeklyTargetInfo {
  readonly kind: 'unit' | 'person';
  readonly id: number;
  readonly name: string;
  readonly unitName: string;
}

export const targetKey = (t: { kind: string; id: number }): string => `${t.kind}:${t.id}`;
export const itemTargetKey = (i: Pick<WeeklyItemRecord, 'unitId' | 'personId'>): string => (i.unitId != null ? `unit:${i.unitId}` : `person:${i.personId}`);

/** The year's rules: saved, or the defaults from the unit tree. The year must exist. */
export function loadSettings(db: Db, year: number): { settings: WeeklySettings; saved: boolean } {
  requireYear(db, year);
  const saved = getWeeklySettings(db, year);
  return saved ? { settings: saved, saved: true } : { settings: defaultWeeklySettings(unitsInTreeOrder(db)), saved: false };
}

export function requireWeek(year: number, week: number, settings: WeeklySettings): WeekSpan {
  const n = weeksInYear(year, settings.weekRule);
  if (week > n) throw new AppError('WEEKLY_WEEK_INVALID', `${year}年只有${n}周，没有第${week}周`);
  return weekSpan(year, week, settings.weekRule);
}

/**
 * The 参晒 targets in unit-tree order: the chosen units, or (按个人晒) the 在职 people of those units
 * and their sub-units, in roster order.
 */
export function participantTargets(db: Db, settings: WeeklySettings): WeeklyTargetInfo[] {
  const units = unitsInTreeOrder(db);
  const byId = new Map(units.map((u) => [u.id, u]));
  const chosen = new Set(settings.unitIds);
  const parentName = (id: number) => {
    const p = byId.get(id)?.parentId;
    return p == null ? '' : (byId.get(p)?.name ?? '');
  };
  if (settings.mode === 'unit') return units.filter((u) => chosen.has(u.id)).map((u) => ({ kind: 'unit', id: u.id, name: u.name, unitName: parentName(u.id) }));
  const order = new Map(units.map((u, i) => [u.id, i]));
  const unitIds = [...new Set(units.filter((u) => chosen.has(u.id)).flatMap((u) => unitAndDescendantIds(db, u.id)))];
  return activePeopleOfUnits(db, unitIds)
    .sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0))
    .map((p) => ({ kind: 'person', id: p.id, name: p.name, unitName: byId.get(p.unitId)?.name ?? '' }));
}

/** A target of a write: a 参晒 target, or one that already has items that week (taken off the list since). */
export function requireTarget(db: Db, settings: WeeklySettings, target: { kind: 'unit' | 'person'; id: number }, weekItems: readonly WeeklyItemRecord[]): WeeklyTargetInfo {
  const found = participantTargets(db, settings).find((t) => t.kind === target.kind && t.id === target.id);
  if (found) return found;
  if (weekItems.some((i) => itemTargetKey(i) === targetKey(target))) return describeTarget(db, target);
  const what = target.kind === 'unit' ? '单位' : '人员';
  throw new AppError('WEEKLY_TARGET_INVALID', `该${what}不在本年度的参晒名单中，请先在「周晒设置」中加入`);
}

/** Name and unit of any target (one no longer on the list, e.g. in an older week). */
export function describeTarget(db: Db, target: { kind: 'unit' | 'person'; id: number }): WeeklyTargetInfo {
  const units = new Map(unitsInTreeOrder(db).map((u) => [u.id, u]));
  if (target.kind === 'unit') {
    const u = units.get(target.id);
    return { ...target, name: u?.name ?? `单位${target.id}`, unitName: u?.parentId == null ? '' : (units.get(u.parentId)?.name ?? '') };
  }
  const p = personNames(db, [target.id]).get(target.id);
  return { ...target, name: p?.name ?? `人员${target.id}`, unitName: p ? (units.get(p.unitId)?.name ?? '') : '' };
}

/** 「综合计划科 2026年第49周」 */
export const weekSubject = (name: string, w: { year: number; week: number }): string => `${name} ${w.year}年第${w.week}周`;
