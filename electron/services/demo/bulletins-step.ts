import { addDays } from '../../../shared/weekly';
import { bulletinViewOf, issueBulletinChannel, saveBulletin } from '../bulletins';
import { demoCalendar } from './conduct-calendar';
import type { DemoEnv, DemoStep } from './steps';

/**
 * 月度通报 of the demo office (DOMAIN §8.5): the two months before the day of loading, each written
 * through the 月度通报 service as a clerk would — the proposed 期数, title and 落款, 表扬 and 批评 lines
 * taken from the units the page suggests. The earlier one is 印发 (its figures frozen); the later one
 * stays a draft for the clerk to read over and issue. Runs after the tasks, 周晒 and 督查 it counts.
 */
export const demoBulletinsStep: DemoStep = {
  label: '月度通报',
  run(env: DemoEnv) {
    const { db, ctx } = env;
    const c = demoCalendar(env.now);
    // the months that have ended by the last day of the demo year: up to the one before today's
    const lastMonth = c.lastDay === `${c.year}-12-31` ? 12 : Number(c.lastDay.slice(5, 7)) - 1;
    const months = [lastMonth - 1, lastMonth].filter((m) => m >= 1);
    months.forEach((month, i) => {
      const view = bulletinViewOf(db, c.year, month, c.lastDay);
      const nextMonthStart = month === 12 ? `${c.year}-12-31` : `${c.year}-${String(month + 1).padStart(2, '0')}-01`;
      const issuedOn = [addDays(nextMonthStart, 2), c.lastDay].sort()[0]!;
      const praise = view.suggestions.praise.slice(0, 2).map((s) => `${s.unitName}${s.why}，予以通报表扬。`);
      const criticism = view.suggestions.criticism.slice(0, 2).map((s) => `${s.unitName}${s.why}，予以通报批评，请于下月5日前说明原因并报送整改措施。`);
      saveBulletin(ctx, { year: c.year, month, text: { ...view.proposal, issuedOn, praise, criticism } });
      // the services date 印发 by today: only a month that has begun by then can be issued
      if (i === 0 && ctx.today() >= `${c.year}-${String(month).padStart(2, '0')}-01`) issueBulletinChannel(ctx, { year: c.year, month });
    });
    return `${months.length} 期月度通报`;
  },
};
