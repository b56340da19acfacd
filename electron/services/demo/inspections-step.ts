import { addDays } from '../../../shared/weekly';
import { insertInspection } from '../../../db/inspections';
import { addNotice } from '../inspections';
import { daysBack, demoCalendar } from './conduct-calendar';
import type { DemoEnv, DemoStep } from './steps';

/**
 * 督查督办 of the demo office (DOMAIN §8.6): three 督查记录 dated back from the day of loading — one
 * 整改 done, one overdue (its 期限 a month past, nothing done), one still within its 期限 — and one
 * 通报表扬 and one 通报批评 registered through the 督查 service as a user would, so their 加减分
 * records come from the year's rules (and carry their own audit rows).
 */

interface DemoInspection {
  readonly daysAgo: number;
  readonly team: string;
  readonly unit: string;
  readonly person?: string;
  readonly content: string;
  readonly findings: string;
  readonly requirement: string;
  readonly days: number;
  /** 整改 done this many days after the 督查, with what was done */
  readonly done?: readonly [days: number, note: string];
}

const demoInspections: readonly DemoInspection[] = [
  {
    daysAgo: 150, team: '市委督查室', unit: '工程管理科', content: '人防工程审批事项办理情况', findings: '抽查12件审批事项，2件超出承诺时限办结，部分申请材料未一次性告知',
    requirement: '梳理审批流程，实行一次性告知和限时办结', days: 30, done: [24, '已修订审批流程，上线网上审批，办结时限压缩至5个工作日'],
  },
  {
    daysAgo: 60, team: '市国动委第二督查组', unit: '人防工程管理所', content: '公用人防工程安全管理', findings: '2处公用人防工程排水设备老化，应急照明不亮，巡检记录不全',
    requirement: '限期维修更换设备，建立并落实巡检记录制度', days: 30,
  },
  {
    daysAgo: 12, team: '机关作风建设督查组', unit: '办公室', person: '马俊杰', content: '工作纪律和值班值守情况', findings: '值班记录填写不规范，交接班情况未记录',
    requirement: '规范值班记录和交接班登记', days: 30,
  },
];

export const demoInspectionsStep: DemoStep = {
  label: '督查督办',
  run(env: DemoEnv) {
    const { db, ctx, now } = env;
    const c = demoCalendar(now);
    const unitId = (name: string) => [...env.unitIds].find(([path]) => path.split('/').pop() === name)![1];
    for (const r of demoInspections) {
      const date = daysBack(c, r.daysAgo);
      const doneOn = r.done ? addDays(date, r.done[0]) : null;
      insertInspection(db, {
        year: c.year, date, team: r.team, unitId: unitId(r.unit), personId: r.person ? env.personIds.get(r.person)! : null, content: r.content, findings: r.findings,
        requirement: r.requirement, deadline: addDays(date, r.days), doneOn: doneOn != null && doneOn <= c.today ? doneOn : null, doneNote: r.done?.[1] ?? '', evidenceNote: r.done ? '整改报告及流程图' : '',
      }, '办公室', now);
    }
    const person = (name: string) => env.personIds.get(name)!;
    addNotice(ctx, {
      year: c.year, date: daysBack(c, 40), docNo: `国动办〔${c.year}〕12号`, kind: 'praise', unitId: null, personIds: [person('于海涛'), person('韩冬梅')],
      reason: '防空警报试鸣组织周密，全市警报鸣响率100%',
    });
    addNotice(ctx, {
      year: c.year, date: daysBack(c, 20), docNo: `国动办〔${c.year}〕15号`, kind: 'criticism', unitId: null, personIds: [person('沈国强')],
      reason: '工程现场检查未按规定填写检查记录，经督查发现',
    });
    return `${demoInspections.length} 条督查记录、2 份通报`;
  },
};
