import type { BulletinFigureInput } from '../../../shared/bulletins';
import type { WeeklyItemFact } from '../../../shared/weekly';
import { listInspectionRows, listNoticeRows, noticePeople } from '../../../db/inspections';
import type { Db } from '../../../db/open';
import { listTaskItems, listTaskNodes } from '../../../db/tasks';
import { listYearItemFacts, personNames } from '../../../db/weekly';
import { yearFigureTasks } from '../tasks';
import { loadWeeklySettings } from '../weekly';

/**
 * The year's rows the 月度通报 is computed from (DOMAIN §8.5), loaded once: tasks with their nodes
 * (工作任务清单), 周晒 items (a person's item counts for the person's unit when the year posts 按个人),
 * 督查记录 and 通报表扬/批评. `activeUnitIds`: the units leading a task or posting 周晒 (the preset
 * list of units a 通报 covers).
 */
export type YearSources = Pick<BulletinFigureInput, 'tasks' | 'taskTitles' | 'nodeNames' | 'weekly' | 'inspections' | 'notices'> & { activeUnitIds: ReadonlySet<number> };

export function yearSources(db: Db, year: number): YearSources {
  const tasks = yearFigureTasks(db, year);
  const taskTitles = new Map(listTaskItems(db, year).map((t) => [t.id, t.title]));
  const nodeNames = new Map(listTaskNodes(db, year).map((n) => [n.id, n.name]));
  const { settings } = loadWeeklySettings(db, year);
  const raw = listYearItemFacts(db, year);
  const people = personNames(db, [...new Set(raw.flatMap((i) => (i.personId == null ? [] : [i.personId])))]);
  const items: WeeklyItemFact[] = raw.flatMap((i) => {
    if (i.personId == null) return [i];
    const unitId = people.get(i.personId)?.unitId;
    return unitId === undefined ? [] : [{ ...i, unitId, personId: null }];
  });
  const noticeUnits = noticePeople(db, year);
  const notices = listNoticeRows(db, year).map((n) => ({ kind: n.kind, date: n.date, unitIds: n.unitId !== null ? [n.unitId] : (noticeUnits.get(n.id) ?? []).map((p) => p.unitId) }));
  const activeUnitIds = new Set([...tasks.flatMap((t) => t.units.filter((u) => u.role === 'lead').map((u) => u.unitId)), ...items.flatMap((i) => (i.unitId == null ? [] : [i.unitId]))]);
  return {
    tasks, taskTitles, nodeNames,
    weekly: { rules: { weekRule: settings.weekRule, startWeek: settings.startWeek }, items },
    inspections: listInspectionRows(db, year),
    notices,
    activeUnitIds,
  };
}
