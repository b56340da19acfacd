import { campaignPresets, planFromPreset, planProblems, type SavedCampaignPlan } from '../../../shared/campaigns';
import { addDays } from '../../../shared/weekly';
import { insertCampaign, upsertCampaignRecord } from '../../../db/campaigns';
import { getPersonRow } from '../../../db/people';
import { unitsInTreeOrder } from '../../../db/units';
import { demoCalendar, type DemoCalendar } from './conduct-calendar';
import { between, seededRandom, seedOf } from './random';
import type { DemoEnv, DemoStep } from './steps';

/**
 * 专项活动 of the demo office (DOMAIN §8.2): a 「解放思想大讨论」 from its preset, moved earlier by whole
 * months so that it has just ended when the demo is loaded (its last phase in the month before; never
 * before January), its 工作任务 done, one of them late. The register is partly filled: four
 * 集中学习 sessions in the 学习讨论 phase that most people attended (a few missed one, recruits
 * joined after some), and 心得体会 from most people, a few late and a few still missing — overdue.
 * Seeded per person: the same on every machine.
 */

const presetKey = 'emancipation';
const registrar = '机关党办';
const studySessions = 4;
/** people who have not handed in their 心得体会, and who handed it in after the deadline */
const missingReflections: ReadonlySet<string> = new Set(['马俊杰', '冯晓东', '曹慧敏', '钟立伟', '陆家豪']);
const lateReflections: ReadonlySet<string> = new Set(['高建军', '戴永生']);

const pad2 = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A day `months` months earlier or later in the same year; a month's last day stays its last day. */
export function shiftMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const month = m + months;
  const last = d === daysIn(y, m);
  return `${y}-${pad2(month)}-${pad2(last ? daysIn(y, month) : Math.min(d, daysIn(y, month)))}`;
}

/** How many months the preset moves: to end in the month before today's, not starting before January. */
function monthsEarlier(plan: SavedCampaignPlan, c: DemoCalendar): number {
  const end = plan.phases.at(-1)!.to;
  if (end <= c.lastDay) return 0;
  const startMonth = Number(plan.phases[0]!.from.slice(5, 7));
  const wanted = Number(c.today.slice(5, 7)) - 1 - Number(end.slice(5, 7));
  return Math.max(wanted, 1 - startMonth);
}

function demoPlan(db: DemoEnv['db'], c: DemoCalendar): SavedCampaignPlan {
  const preset = campaignPresets.find((p) => p.key === presetKey)!;
  const plan = planFromPreset(preset, c.year, unitsInTreeOrder(db)) as SavedCampaignPlan;
  const shift = monthsEarlier(plan, c);
  const moved = (day: string) => shiftMonths(day, shift);
  return {
    ...plan,
    phases: plan.phases.map((p) => ({ ...p, from: moved(p.from), to: moved(p.to) })),
    // the 工作任务 whose 时限 has passed are done, a few days early; the 整改 one late
    tasks: plan.tasks.map((t, i) => {
      const due = moved(t.due);
      const doneOn = i === 3 ? addDays(due, 6) : addDays(due, -between(seededRandom(seedOf(`kaoping-demo:专项活动任务:${t.name}`)), 1, 6));
      return { ...t, due, doneOn: due < c.lastDay && doneOn <= c.lastDay ? doneOn : null };
    }),
    duties: plan.duties.map((d) => ({ ...d, due: moved(d.due) })),
  };
}

export const demoCampaignStep: DemoStep = {
  label: '专项活动',
  run(env: DemoEnv) {
    const { db, now } = env;
    const c = demoCalendar(now);
    const plan = demoPlan(db, c);
    // what 活动方案 checks on every save holds for the demo's too
    const problems = planProblems(plan, c.year, new Set(env.unitIds.values()));
    if (problems.length > 0) throw new Error(`demo campaign: ${problems.join('；')}`);
    const campaignId = insertCampaign(db, c.year, plan, registrar, now);
    const [study, reflection] = plan.duties;
    const discussion = plan.phases[1]!;
    const span = (Date.parse(discussion.to) - Date.parse(discussion.from)) / 86_400_000;
    const sessions = Array.from({ length: studySessions }, (_, k) => addDays(discussion.from, Math.round(((k + 0.5) * span) / studySessions)));
    let records = 0;
    for (const [name, personId] of env.personIds) {
      const random = seededRandom(seedOf(`kaoping-demo:专项活动:${name}`));
      const hired = getPersonRow(db, personId)?.hireDate ?? '';
      const attended = sessions.filter((day) => day <= c.lastDay && day >= hired && random() < 0.96);
      if (attended.length > 0) {
        upsertCampaignRecord(db, { campaignId, dutyId: study!.id, personId }, { count: attended.length, doneOn: attended.at(-1)!, note: '' }, registrar, now);
        records++;
      }
      if (missingReflections.has(name)) continue;
      const handedIn = lateReflections.has(name) ? addDays(reflection!.due, between(random, 1, 3)) : addDays(reflection!.due, -between(random, 0, 20));
      if (handedIn > c.lastDay) continue;
      upsertCampaignRecord(db, { campaignId, dutyId: reflection!.id, personId }, { count: 1, doneOn: handedIn, note: random() < 0.3 ? '纸质稿已交支部' : '' }, registrar, now);
      records++;
    }
    return `${plan.name}（${records} 条个人任务登记）`;
  },
};
