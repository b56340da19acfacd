import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { workbenchSteps } from '../../../shared/workbench';
import { yearCounts } from '../../../db/workbench';
import type { AppContext } from '../../context';
import { campaignProgressView, listYearCampaigns } from '../campaigns';
import { weeklyWeek } from '../weekly';

/**
 * 工作台 (ARCHITECTURE §2.1): where the 考核年度 stands. Counts come from one pass of aggregate queries;
 * this week's 周晒 and the campaigns' overdue duties come from their own services, so the 工作台 says
 * exactly what those pages say.
 */
export function workbenchOverview(ctx: AppContext, input: ParsedInput<'workbench.overview'>): ChannelOutput<'workbench.overview'> {
  const today = ctx.today();
  const counts = yearCounts(ctx.db, input.year, today);
  const hasYear = counts.yearStatus !== 'none';
  const current = Number(today.slice(0, 4)) === input.year;
  let weeklyNotPosted = null;
  if (hasYear && current) {
    const week = weeklyWeek(ctx, { year: input.year });
    weeklyNotPosted = { count: week.notPosted.length, of: week.targets.length, week: week.week };
  }
  let campaignOverduePeople = null;
  if (hasYear && counts.campaigns > 0) {
    const overdue = new Set<number>();
    for (const c of listYearCampaigns(ctx, { year: input.year })) {
      for (const unit of campaignProgressView(ctx, { id: c.id, asOf: today }).overdue) for (const p of unit.people) overdue.add(p.personId);
    }
    campaignOverduePeople = overdue.size;
  }
  // last month's 通报 is due in the current year from February on
  const month = Number(today.slice(5, 7));
  const bulletinDue = current && month > 1 ? month - 1 : null;
  const steps = workbenchSteps({ ...counts, year: input.year, weeklyNotPosted, campaignOverduePeople, bulletinDue });
  return { year: input.year, yearStatus: counts.yearStatus, steps };
}
