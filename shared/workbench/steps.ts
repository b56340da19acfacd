import { z } from 'zod';
import { quarterNames } from '../annual';

/**
 * The 工作台's steps (ARCHITECTURE §2.1): the year's 年度考核 in the order the office does it, then the
 * 能力作风建设 as of today, each with its state, a line saying where it stands, and the page that does it.
 * Built from counts only, so the page stays light; the pages themselves hold the detail.
 */
export const stepState = z.enum(['todo', 'doing', 'done', 'attention']);
export type StepState = z.infer<typeof stepState>;

export const workbenchStep = z.object({
  key: z.string(),
  group: z.enum(['annual', 'conduct']),
  title: z.string(),
  state: stepState,
  detail: z.string(),
  /** the page's address (hash route) */
  path: z.string(),
});
export type WorkbenchStep = z.infer<typeof workbenchStep>;

export const workbenchOverview = z.object({ year: z.number().int(), yearStatus: z.enum(['none', 'open', 'locked']), steps: z.array(workbenchStep) });
export type WorkbenchOverview = z.infer<typeof workbenchOverview>;

/** What the database counts for a year (db/workbench): the 工作台's raw material. */
export interface WorkbenchCounts {
  readonly peopleActive: number;
  readonly units: number;
  readonly yearStatus: 'none' | 'open' | 'locked';
  readonly participants: number;
  readonly groups: number;
  /** participants graded per quarter (index 0 = 第一季度) */
  readonly quartersGraded: readonly number[];
  readonly evaluationEvents: number;
  readonly evaluationClosed: number;
  readonly unitReviewsClosed: number;
  readonly starSchemes: number;
  readonly confirmed: number;
  readonly publicity: 'none' | 'draft' | 'published' | 'ended';
  readonly openObjections: number;
  /** task nodes of the year past their date and not done today (滞后) */
  readonly lateNodes: number;
  /** 整改 past their 期限 and not done today */
  readonly overdueRectifications: number;
  readonly campaigns: number;
  readonly bulletinsIssued: number;
  /** months with an issued 月度通报 */
  readonly bulletinMonths: readonly number[];
}

/** The counts and what the services add: this week's 周晒, the campaigns' overdue duties, the 通报 due. */
export interface WorkbenchFacts extends WorkbenchCounts {
  readonly year: number;
  /** the month whose 通报 is due now (last month), or null when the year is not the current one or it is January */
  readonly bulletinDue: number | null;
  /** people with an overdue 专项活动 duty (null: no campaign) */
  readonly campaignOverduePeople: number | null;
  /** units (or people) that have not posted this week's 周晒; null when the year is not the current one */
  readonly weeklyNotPosted: { readonly count: number; readonly of: number; readonly week: number } | null;
}

/** todo → doing → done by how many of `total` are there; nothing expected counts as todo. */
const progress = (count: number, total: number): StepState => (total === 0 || count === 0 ? 'todo' : count >= total ? 'done' : 'doing');

export function workbenchSteps(f: WorkbenchFacts): WorkbenchStep[] {
  const y = `${f.year}年度`;
  const hasYear = f.yearStatus !== 'none';
  const locked = f.yearStatus === 'locked';
  const annual = (key: string, title: string, state: StepState, detail: string, path: string): WorkbenchStep => ({ key, group: 'annual', title, state, detail, path });
  const conduct = (key: string, title: string, state: StepState, detail: string, path: string): WorkbenchStep => ({ key, group: 'conduct', title, state, detail, path });
  const quarterLine = f.quartersGraded.map((n, i) => `${quarterNames[i]} ${n}/${f.participants}`).join('，');
  const quartersDone = f.quartersGraded.filter((n) => f.participants > 0 && n >= f.participants).length;

  const steps: WorkbenchStep[] = [
    annual('roster', '人员花名册', f.peopleActive > 0 ? 'done' : 'todo', f.peopleActive > 0 ? `在职 ${f.peopleActive} 人，${f.units} 个单位` : '尚未导入花名册', f.peopleActive > 0 ? '/people' : '/import'),
    annual(
      'scheme', '年度考核方案',
      !hasYear ? 'todo' : f.participants === 0 ? 'doing' : 'done',
      !hasYear ? `尚未建立${y}考核` : f.participants === 0 ? '尚未添加参加人员' : `参加人员 ${f.participants} 人，${f.groups} 个考核分组`,
      '/annual/scheme',
    ),
    annual('quarters', '平时考核', quartersDone === 4 ? 'done' : f.quartersGraded.some((n) => n > 0) ? 'doing' : 'todo', hasYear ? quarterLine : '先建立年度考核', '/annual/quarters'),
    annual(
      'evaluation', '述职测评', f.evaluationEvents === 0 ? 'todo' : f.evaluationClosed >= f.evaluationEvents ? 'done' : 'doing',
      f.evaluationEvents === 0 ? '本年度尚无述职测评' : `${f.evaluationEvents} 次，已结束 ${f.evaluationClosed} 次`,
      '/evaluation',
    ),
    annual('stars', '双十星评星', f.starSchemes > 0 ? 'doing' : 'todo', f.starSchemes > 0 ? `已建立 ${f.starSchemes} 个评星方案` : '尚未建立本年度评星方案', '/stars'),
    annual(
      'composite', '综合评定', progress(f.confirmed, f.participants),
      f.participants === 0 ? '尚无参加人员' : `已确认等次 ${f.confirmed}/${f.participants} 人`,
      '/annual/composite',
    ),
    annual(
      'publicity', '优秀等次公示',
      f.openObjections > 0 ? 'attention' : f.publicity === 'ended' ? 'done' : f.publicity === 'none' ? 'todo' : 'doing',
      f.openObjections > 0 ? `有 ${f.openObjections} 件异议尚未办结`
        : { none: '尚未拟定公示', draft: '公示内容已拟定，尚未发布', published: '公示中', ended: '公示期已结束' }[f.publicity],
      '/annual/publicity',
    ),
    annual('lock', '确认并锁定年度', locked ? 'done' : 'todo', locked ? '已锁定（归档）' : '等次确认、公示结束后锁定', '/annual/composite'),
    annual('results', '通知书与备案表', locked ? 'doing' : 'todo', locked ? '可打印考核结果通知书、导出备案表' : '年度锁定后打印', '/annual/notices'),
  ];
  const late = f.lateNodes;
  steps.push(conduct('tasks', '工作任务清单', late > 0 ? 'attention' : 'done', late > 0 ? `滞后节点 ${late} 个` : '无滞后节点', '/conduct/tasks'));
  if (f.weeklyNotPosted) {
    const w = f.weeklyNotPosted;
    steps.push(conduct('weekly', '周晒成绩', w.count > 0 ? 'attention' : 'done', w.count > 0 ? `第${w.week}周未晒 ${w.count}/${w.of}` : `第${w.week}周已全部晒出`, '/conduct/weekly'));
  }
  const due = f.bulletinDue;
  const dueMissing = due != null && !f.bulletinMonths.includes(due);
  steps.push(conduct(
    'bulletins', '月度通报', dueMissing ? 'todo' : f.bulletinsIssued > 0 ? 'done' : 'todo',
    dueMissing ? `${due}月通报尚未印发${f.bulletinsIssued > 0 ? `（本年度已印发 ${f.bulletinsIssued} 期）` : ''}` : f.bulletinsIssued > 0 ? `本年度已印发 ${f.bulletinsIssued} 期` : '本年度尚未印发月度通报',
    '/conduct/bulletins',
  ));
  steps.push(conduct('reviews', '科室评议', f.unitReviewsClosed > 0 ? 'done' : 'todo', f.unitReviewsClosed > 0 ? `本年度已结束 ${f.unitReviewsClosed} 次` : '本年度尚无已结束的科室评议', '/conduct/reviews'));
  if (f.campaignOverduePeople != null) {
    const n = f.campaignOverduePeople;
    steps.push(conduct('campaigns', '专项活动', n > 0 ? 'attention' : 'done', n > 0 ? `${n} 人有逾期未完成的任务` : `${f.campaigns} 项活动，无逾期`, '/conduct/campaigns'));
  }
  const r = f.overdueRectifications;
  steps.push(conduct('inspections', '督查督办', r > 0 ? 'attention' : 'done', r > 0 ? `逾期未整改 ${r} 项` : '无逾期整改', '/conduct/inspections'));
  return steps;
}
