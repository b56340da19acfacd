import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { isFigureError, itemsToCarry, parseFigure, weeksInYear, type WeeklyFigure } from '../../../shared/weekly';
import { writeAudit } from '../../../db/audit';
import { deleteWeeklyItem, insertWeeklyItem, listWeekItems, updateWeeklyItem, type WeeklyItemRecord } from '../../../db/weekly';
import { assertYearOpen } from '../../../db/year-lock';
import type { AppContext } from '../../context';
import { itemTargetKey, loadSettings, participantTargets, requireTarget, requireWeek, targetKey, weekSubject } from './common';
import { itemView } from './week';
import { itemsText } from './words';

/** Posting a week's items and 「复制上周未完成」 (DOMAIN §8). */

const sameFigure = (a: WeeklyFigure | null, b: WeeklyFigure | null) => (a == null ? b == null : b != null && a.label === b.label && a.value === b.value && a.unit === b.unit);

export function saveWeeklyItems(ctx: AppContext, input: ParsedInput<'weekly.saveItems'>): ChannelOutput<'weekly.saveItems'> {
  const db = ctx.db;
  const now = ctx.now();
  const { settings } = loadSettings(db, input.year);
  assertYearOpen(db, input.year);
  const span = requireWeek(input.year, input.week, settings);
  const weekItems = listWeekItems(db, span.year, span.week);
  const target = requireTarget(db, settings, input.target, weekItems);
  const key = targetKey(input.target);
  const existing = weekItems.filter((i) => itemTargetKey(i) === key);
  const byId = new Map(existing.map((i) => [i.id, i]));

  // check every line before writing any
  const drafts = input.items.filter((d) => d.text !== '' || d.figure !== '');
  const wanted = drafts.map((d, n) => {
    const where = `${target.name}第${n + 1}条`;
    if (d.text === '') throw new AppError('WEEKLY_TEXT_REQUIRED', `${where}：请填写工作内容（只有数字“${d.figure}”）`);
    const figure = parseFigure(d.figure);
    if (isFigureError(figure)) throw new AppError('WEEKLY_FIGURE_INVALID', `${where}：${figure.error}`);
    if (d.id != null && !byId.has(d.id)) throw new AppError('WEEKLY_ITEM_NOT_FOUND', `${where}已被删除或不属于该周，请刷新后重试`);
    return { id: d.id, text: d.text, figure, unfinished: d.unfinished, sortOrder: n + 1 };
  });

  return db.transaction(() => {
    const keep = new Set(wanted.map((w) => w.id).filter((id): id is number => id != null));
    for (const i of existing) if (!keep.has(i.id)) deleteWeeklyItem(db, i.id);
    let changed = existing.length !== keep.size;
    for (const w of wanted) {
      const old = w.id == null ? undefined : byId.get(w.id);
      if (!old) {
        insertWeeklyItem(db, { year: span.year, week: span.week, unitId: input.target.kind === 'unit' ? input.target.id : null, personId: input.target.kind === 'person' ? input.target.id : null }, w, ctx.actor(), now);
        changed = true;
      } else if (old.text !== w.text || !sameFigure(old.figure, w.figure) || old.unfinished !== w.unfinished || old.sortOrder !== w.sortOrder) {
        updateWeeklyItem(db, old.id, w, now);
        changed = true;
      }
    }
    const after = listWeekItems(db, span.year, span.week).filter((i) => itemTargetKey(i) === key);
    if (changed) {
      const subject = weekSubject(target.name, span);
      writeAudit(db, {
        actor: ctx.actor(), action: 'weekly.post', entity: 'weekly-week', entityId: `${span.year}-${span.week}-${key}`,
        summary: `周晒成绩：${subject}`,
        subjects: subject,
        changes: [{ subject: target.name, field: `${span.year}年第${span.week}周`, before: itemsText(existing), after: itemsText(after) }],
        // keystrokes in the grid within a minute are one row (ARCHITECTURE §5)
        cell: { key: `weekly:${span.year}:${span.week}:${key}`, summary: (_c, unchanged) => `周晒成绩：${subject}${unchanged ? '（未改变）' : ''}` },
        after: after.map(itemView),
      }, now);
    }
    return after.map(itemView);
  })();
}

/** The week before: week 1's is the previous year's last week. */
function previousWeek(year: number, week: number, rule: 'thursday' | 'sunday'): { year: number; week: number } {
  return week > 1 ? { year, week: week - 1 } : { year: year - 1, week: weeksInYear(year - 1, rule) };
}

export function copyUnfinished(ctx: AppContext, input: ParsedInput<'weekly.copyUnfinished'>): ChannelOutput<'weekly.copyUnfinished'> {
  const db = ctx.db;
  const now = ctx.now();
  const { settings } = loadSettings(db, input.year);
  assertYearOpen(db, input.year);
  const span = requireWeek(input.year, input.week, settings);
  const prev = previousWeek(span.year, span.week, settings.weekRule);
  const listed = participantTargets(db, settings);
  const wanted = input.targets ? new Set(input.targets.map(targetKey)) : null;
  const targets = listed.filter((t) => !wanted || wanted.has(targetKey(t)));
  if (wanted && targets.length < wanted.size) throw new AppError('WEEKLY_TARGET_INVALID', '所选单位或人员中有不在本年度参晒名单中的，请刷新后重试');
  const lastWeek = listWeekItems(db, prev.year, prev.week);
  const thisWeek = listWeekItems(db, span.year, span.week);
  const of = (items: readonly WeeklyItemRecord[], key: string) => items.filter((i) => itemTargetKey(i) === key);

  return db.transaction(() => {
    const changes = [];
    let copied = 0;
    for (const t of targets) {
      const key = targetKey(t);
      const current = of(thisWeek, key);
      const carry = itemsToCarry(of(lastWeek, key), current);
      if (carry.length === 0) continue;
      let order = Math.max(0, ...current.map((i) => i.sortOrder));
      for (const c of carry) {
        insertWeeklyItem(db, { year: span.year, week: span.week, unitId: c.unitId, personId: c.personId }, { text: c.text, figure: c.figure, unfinished: true, sortOrder: ++order, carriedFrom: c.id }, ctx.actor(), now);
      }
      copied += carry.length;
      changes.push({ subject: t.name, field: `${span.year}年第${span.week}周`, before: itemsText(current), after: itemsText(of(listWeekItems(db, span.year, span.week), key)) });
    }
    if (copied > 0) {
      writeAudit(db, {
        actor: ctx.actor(), action: 'weekly.copyUnfinished', entity: 'weekly-week', entityId: `${span.year}-${span.week}`,
        summary: `复制上周未完成：${span.year}年第${span.week}周，${changes.length}个${settings.mode === 'unit' ? '单位' : '人'}共${copied}条`,
        subjects: changes.map((c) => c.subject).join('、'),
        changes,
      }, now);
    }
    return { copied };
  })();
}
