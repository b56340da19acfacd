import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { weekOf, weeksInYear, type WeeklyItem } from '../../../shared/weekly';
import { unitsInTreeOrder } from '../../../db/units';
import { listWeekItems, type WeeklyItemRecord } from '../../../db/weekly';
import type { AppContext } from '../../context';
import { describeTarget, itemTargetKey, loadSettings, participantTargets, requireWeek, targetKey } from './common';

/** One week of 周晒 (DOMAIN §8): the grid, the board and the 未晒 list read this. */

export const itemView = ({ year: _y, week: _w, unitId: _u, personId: _p, sortOrder: _s, evidenceStored: _e, evidenceSha256: _h, ...item }: WeeklyItemRecord): WeeklyItem => item;

export function weeklyWeek(ctx: AppContext, input: ParsedInput<'weekly.week'>): ChannelOutput<'weekly.week'> {
  const db = ctx.db;
  const { settings } = loadSettings(db, input.year);
  const today = weekOf(ctx.today(), settings.weekRule);
  const currentWeek = today.year === input.year ? today.week : null;
  const fallback = input.year < today.year ? weeksInYear(input.year, settings.weekRule) : 1;
  const span = requireWeek(input.year, input.week ?? currentWeek ?? fallback, settings);
  const items = listWeekItems(db, span.year, span.week);
  const byTarget = new Map<string, WeeklyItemRecord[]>();
  for (const i of items) byTarget.set(itemTargetKey(i), [...(byTarget.get(itemTargetKey(i)) ?? []), i]);
  const listed = participantTargets(db, settings);
  const listedKeys = new Set(listed.map(targetKey));
  // targets that posted this week but have left the list since still show their items
  const others = [...byTarget.keys()].filter((k) => !listedKeys.has(k)).map((k) => {
    const [kind, id] = k.split(':') as ['unit' | 'person', string];
    return describeTarget(db, { kind, id: Number(id) });
  });
  const targets = [...listed, ...others].map((t) => ({ ...t, items: (byTarget.get(targetKey(t)) ?? []).map(itemView) }));
  const expected = span.week >= settings.startWeek;
  return {
    year: span.year, week: span.week, start: span.start, end: span.end,
    weeksInYear: weeksInYear(span.year, settings.weekRule), currentWeek, settings, targets,
    notPosted: expected ? listed.filter((t) => !byTarget.has(targetKey(t))).map(({ kind, id, name }) => ({ kind, id, name })) : [],
    officeName: unitsInTreeOrder(db).find((u) => u.parentId == null)?.name ?? '',
  };
}
