import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { unitMonthFigures, type FigureTask, type UnitMonthFigures, type UnitRole } from '../../../shared/tasks';
import { listTaskItems, listTaskNodes } from '../../../db/tasks';
import { unitsInTreeOrder } from '../../../db/units';
import type { Db } from '../../../db/open';
import type { AppContext } from '../../context';

/**
 * The monthly figures per unit (DOMAIN §8.1): what the 月度通报 prints and the 年度考核's
 * 任务按时完成率 is built from. The computation is shared/tasks' `unitMonthFigures`; this loads the
 * year's tasks once and asks it for every unit that leads (or assists in) a task.
 */
export function yearFigureTasks(db: Db, year: number): FigureTask[] {
  const nodes = new Map<number, FigureTask['nodes'][number][]>();
  for (const n of listTaskNodes(db, year)) nodes.set(n.taskId, [...(nodes.get(n.taskId) ?? []), n]);
  return listTaskItems(db, year)
    .filter((i) => i.kind === 'task')
    .map((t) => ({
      id: t.id,
      units: [...(t.leadUnitId == null ? [] : [{ unitId: t.leadUnitId, role: 'lead' as const }]), ...t.assistUnitIds.map((unitId) => ({ unitId, role: 'assist' as const }))],
      nodes: nodes.get(t.id) ?? [],
    }));
}

export function monthFigures(ctx: AppContext, input: ParsedInput<'tasks.monthFigures'>): ChannelOutput<'tasks.monthFigures'> {
  const tasks = yearFigureTasks(ctx.db, input.year);
  const roles: readonly UnitRole[] = input.withAssist ? ['lead', 'assist'] : ['lead'];
  const involved = new Set(tasks.flatMap((t) => t.units.filter((u) => roles.includes(u.role)).map((u) => u.unitId)));
  const today = ctx.today();
  const out: UnitMonthFigures[] = [];
  for (const u of unitsInTreeOrder(ctx.db)) if (involved.has(u.id)) out.push(unitMonthFigures(tasks, u.id, input.month, today, { roles }));
  return out.map((f) => ({ ...f, nodes: [...f.nodes] }));
}
