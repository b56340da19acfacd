import { z } from 'zod';
import { isoDate } from '../domain';

/**
 * A 专项活动's 活动方案 (DOMAIN §8.2): name, 活动目的/总体要求, dated phases, tasks with 牵头单位 and a due
 * date, and per-person duties. The whole plan is data the user edits per year; presets.ts only fills it.
 */

const text = (max: number, what: string) => z.string().trim().max(max, `${what}不超过${max}字`);

export const campaignPhase = z.object({
  name: text(20, '阶段名称').min(1, '请填写阶段名称'),
  from: isoDate,
  to: isoDate,
});
export type CampaignPhase = z.infer<typeof campaignPhase>;

export const campaignTask = z.object({
  name: text(60, '任务名称').min(1, '请填写任务名称'),
  leadUnitId: z.number().int(),
  partnerUnitIds: z.array(z.number().int()).max(50).default([]),
  due: isoDate,
  /** the day the 牵头单位 reported it done, null while open */
  doneOn: isoDate.nullable().default(null),
});
export type CampaignTask = z.infer<typeof campaignTask>;

export const campaignDuty = z.object({
  /** stable within the campaign: the register's rows refer to it; a new duty comes without one */
  id: z.number().int().min(1).optional(),
  name: text(30, '个人任务名称').min(1, '请填写个人任务名称'),
  due: isoDate,
  /** how many times (参加集中学习 N 次); 1 for a single piece of work (提交心得体会) */
  count: z.number().int().min(1, '次数至少为1').max(99, '次数不超过99'),
  /** the units whose 在职 people owe it (with their sub-units); null: everyone */
  unitIds: z.array(z.number().int()).max(500).nullable().default(null),
});
export type CampaignDuty = z.infer<typeof campaignDuty>;

export const campaignPlan = z.object({
  name: text(60, '活动名称').min(1, '请填写活动名称'),
  purpose: text(2000, '活动目的和总体要求').default(''),
  phases: z.array(campaignPhase).max(12, '阶段不超过12个'),
  tasks: z.array(campaignTask).max(100, '工作任务不超过100项'),
  duties: z.array(campaignDuty).max(20, '个人任务不超过20项'),
});
export type CampaignPlan = z.infer<typeof campaignPlan>;
export type CampaignPlanInput = z.input<typeof campaignPlan>;

/** A saved plan: every duty has its id. */
export type SavedCampaignPlan = Omit<CampaignPlan, 'duties'> & { duties: (CampaignDuty & { id: number })[] };

const inYear = (year: number, day: string) => day.startsWith(`${year}-`);

/** 「5月6日」 on screen and paper inside a campaign's own year. */
export const monthDayText = (iso: string): string => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

const realDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

/**
 * What is wrong with a plan for the 考核年度 `year`, each message naming the row and field (DOMAIN §8.2):
 * real days inside the year; a phase's 起 not after its 止; phases in order and not overlapping; a task's
 * 牵头单位 among `unitIds`, its 配合单位 too and not the 牵头单位 itself; duty names unique.
 */
export function planProblems(plan: CampaignPlan, year: number, unitIds: ReadonlySet<number>): string[] {
  const problems: string[] = [];
  const day = (where: string, field: string, iso: string) => {
    if (!realDay(iso)) problems.push(`${where}：${field}“${iso}”不是有效日期`);
    else if (!inYear(year, iso)) problems.push(`${where}：${field}${iso}不在${year}年度内`);
  };
  plan.phases.forEach((p, i) => {
    const where = `第${i + 1}阶段“${p.name}”`;
    day(where, '开始日期', p.from);
    day(where, '结束日期', p.to);
    if (p.from > p.to) problems.push(`${where}：开始日期${p.from}晚于结束日期${p.to}`);
    const prev = plan.phases[i - 1];
    if (prev && p.from <= prev.to) {
      problems.push(prev.from > p.from
        ? `${where}：应排在第${i}阶段“${prev.name}”之前（阶段按时间先后排列）`
        : `${where}：开始日期${p.from}与第${i}阶段“${prev.name}”（至${prev.to}）重叠`);
    }
  });
  plan.tasks.forEach((t, i) => {
    const where = `第${i + 1}项工作任务“${t.name}”`;
    day(where, '完成时限', t.due);
    if (t.doneOn != null && !realDay(t.doneOn)) problems.push(`${where}：完成日期“${t.doneOn}”不是有效日期`);
    if (!unitIds.has(t.leadUnitId)) problems.push(`${where}：牵头单位不存在，请重新选择`);
    if (t.partnerUnitIds.some((id) => !unitIds.has(id))) problems.push(`${where}：配合单位中有不存在的单位，请重新选择`);
    if (t.partnerUnitIds.includes(t.leadUnitId)) problems.push(`${where}：牵头单位不必再列为配合单位`);
  });
  const names = new Set<string>();
  plan.duties.forEach((d, i) => {
    const where = `第${i + 1}项个人任务“${d.name}”`;
    day(where, '完成时限', d.due);
    if (names.has(d.name)) problems.push(`${where}：与前面的个人任务重名`);
    names.add(d.name);
    if (d.unitIds?.some((id) => !unitIds.has(id))) problems.push(`${where}：适用单位中有不存在的单位，请重新选择`);
    if (d.unitIds?.length === 0) problems.push(`${where}：请选择适用单位（不选即为全体）`);
  });
  return problems;
}

/** The phase `day` falls in, or null between phases / before / after. */
export function currentPhaseIndex(phases: readonly CampaignPhase[], day: string): number | null {
  const i = phases.findIndex((p) => p.from <= day && day <= p.to);
  return i < 0 ? null : i;
}

export type TaskStatus = 'done' | 'doneLate' | 'overdue' | 'open';
export const taskStatusLabels: Readonly<Record<TaskStatus, string>> = { done: '已完成', doneLate: '逾期完成', overdue: '逾期未完成', open: '推进中' };

/** A task at `day`: done on or before its 时限, done after it, past it undone, or still open. */
export function taskStatus(task: Pick<CampaignTask, 'due' | 'doneOn'>, day: string): TaskStatus {
  if (task.doneOn != null && task.doneOn <= day) return task.doneOn <= task.due ? 'done' : 'doneLate';
  return day > task.due ? 'overdue' : 'open';
}
