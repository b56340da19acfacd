import { campaignDutyFigures, completionRate, currentPhaseIndex, taskStatus } from '../../../shared/campaigns';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { listCampaignRecords } from '../../../db/campaigns';
import type { AppContext } from '../../context';
import { campaignPeople, requireCampaign } from './common';

/** A campaign's progress at a date (DOMAIN §8.2): phases, tasks, per-unit duty figures, the overdue names. */
export function campaignProgressView(ctx: AppContext, input: ParsedInput<'campaigns.progress'>): ChannelOutput<'campaigns.progress'> {
  const c = requireCampaign(ctx.db, input.id);
  const asOf = input.asOf ?? ctx.today();
  const { people, duties, unitName, units } = campaignPeople(ctx.db, c.plan);
  const figures = campaignDutyFigures({ duties, people, records: listCampaignRecords(ctx.db, c.id), asOf });
  const current = currentPhaseIndex(c.plan.phases, asOf);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const overdue = new Map<number, { personId: number; name: string; duties: string[] }[]>();
  for (const p of figures.people) {
    if (p.overdue === 0) continue;
    const list = overdue.get(p.unitId) ?? [];
    list.push({ personId: p.personId, name: names.get(p.personId) ?? '', duties: c.plan.duties.filter((d) => p.statuses[d.id] === 'overdue').map((d) => d.name) });
    overdue.set(p.unitId, list);
  }
  return {
    id: c.id, year: c.year, name: c.plan.name, purpose: c.plan.purpose, officeName: units.find((u) => u.parentId == null)?.name ?? '', asOf,
    phases: c.plan.phases.map((p, i) => ({ ...p, current: i === current })),
    tasks: c.plan.tasks.map((t) => ({ ...t, leadUnitName: unitName(t.leadUnitId), partnerUnitNames: t.partnerUnitIds.map(unitName), status: taskStatus(t, asOf) })),
    duties: c.plan.duties.map((d, i) => {
      const t = figures.duties[i]!;
      return { ...d, assigned: t.assigned, done: t.done, doneLate: t.doneLate, overdue: t.overdue };
    }),
    units: figures.units.map((u) => ({ ...u, unitName: unitName(u.unitId), rate: completionRate(u) })),
    total: { ...figures.total, rate: completionRate(figures.total) },
    overdue: [...overdue].map(([unitId, list]) => ({ unitId, unitName: unitName(unitId), people: list })),
  };
}
