import type { NodeStatus } from '../../../shared/tasks';
import { addDays } from '../../../shared/weekly';
import { addTaskUnits, insertTaskItem, insertTaskNode } from '../../../db/tasks';
import { clampDay, demoCalendar, type DemoCalendar } from './conduct-calendar';
import { between, seededRandom, seedOf, type Random } from './random';
import type { DemoEnv, DemoStep } from './steps';

/**
 * 工作任务清单 of the demo office (DOMAIN §8.1): a year of 目标 → 项目 → 任务 spread over its 科室 and
 * 事业单位, each task with its 牵头 and 配合 units, a 责任人 of the 牵头单位 and dated 节点 across the
 * year. Relative to the day of loading, most past nodes were done on time, a few late, and the
 * tasks marked `lagging` leave their latest past node undone (滞后); nodes still to come are 未开始
 * or, when due within a month, 推进中. Drawn from seeded streams: the same on every machine.
 */

interface DemoTask {
  readonly title: string;
  readonly lead: string;
  readonly assist?: readonly string[];
  readonly person: string;
  readonly measure: string;
  /** 节点: what is to be done by when (month-day of the demo year) */
  readonly nodes: readonly (readonly [name: string, due: string])[];
  /** its latest past node is left undone */
  readonly lagging?: true;
  /** one of its past nodes was done after its date */
  readonly doneLate?: true;
}

interface DemoProject { readonly title: string; readonly tasks: readonly DemoTask[] }
interface DemoGoal { readonly title: string; readonly note: string; readonly projects: readonly DemoProject[] }

export const demoTaskList: readonly DemoGoal[] = [
  {
    title: '国防动员能力明显提升', note: '市委国防动员委员会年度工作要点',
    projects: [
      {
        title: '国防动员潜力调查与预案编修',
        tasks: [
          { title: '开展年度国防动员潜力统计调查', lead: '动员实施科', assist: ['综合计划科'], person: '谢文涛', measure: '调查数据准确率100%，按时上报省国动办', nodes: [['部署调查任务', '03-15'], ['完成数据采集', '06-30'], ['审核汇总上报', '09-30']], doneLate: true },
          { title: '修订完善国防动员预案', lead: '动员实施科', assist: ['人防指挥通信科'], person: '郑红霞', measure: '完成总体预案和5个专项预案修订', nodes: [['形成修订稿', '04-30'], ['征求成员单位意见', '07-31'], ['报市政府审定', '10-31']] },
          { title: '组织重点企业动员演练', lead: '动员实施科', assist: ['指挥信息保障中心'], person: '唐志勇', measure: '组织演练不少于2次，形成评估报告', nodes: [['制定演练方案', '05-15'], ['组织实兵演练', '09-15'], ['形成评估报告', '11-15']], lagging: true },
          { title: '建立国防动员物资储备目录', lead: '综合计划科', assist: ['动员实施科'], person: '康建华', measure: '目录覆盖全市重点储备单位', nodes: [['摸清储备底数', '04-15'], ['编制储备目录', '08-31']] },
        ],
      },
      {
        title: '人防指挥通信与防空警报建设',
        tasks: [
          { title: '人防指挥所升级改造', lead: '人防指挥通信科', assist: ['指挥信息保障中心', '工程管理科'], person: '于海涛', measure: '按期完成改造并通过验收', nodes: [['完成设计方案', '03-31'], ['完成设备安装', '08-31'], ['组织竣工验收', '11-30']], doneLate: true },
          { title: '组织防空警报试鸣', lead: '人防指挥通信科', assist: ['通信保障科', '法规宣传科'], person: '韩冬梅', measure: '警报鸣响率达到98%以上', nodes: [['发布试鸣公告', '09-05'], ['组织警报试鸣', '09-20']] },
          { title: '防空警报器巡检维护', lead: '通信保障科', assist: ['人防指挥通信科'], person: '方志远', measure: '每季度巡检一次，故障48小时内修复', nodes: [['一季度巡检', '03-31'], ['二季度巡检', '06-30'], ['三季度巡检', '09-30'], ['四季度巡检', '12-20']], lagging: true },
          { title: '机动指挥通信保障演练', lead: '指挥信息保障中心', assist: ['人防指挥通信科'], person: '姜海龙', measure: '实现与省、市指挥所互联互通', nodes: [['拟制保障方案', '05-31'], ['组织拉动演练', '10-15']] },
        ],
      },
      {
        title: '应急支援与信息化保障',
        tasks: [
          { title: '人防专业队伍整组训练', lead: '动员实施科', assist: ['人防工程管理所'], person: '冯晓东', measure: '专业队员参训率不低于90%', nodes: [['完成队伍整组', '04-30'], ['完成集中训练', '10-31']] },
          { title: '指挥信息系统等级保护测评', lead: '信息技术科', assist: ['人防指挥通信科'], person: '邹雯', measure: '通过三级等保测评', nodes: [['完成差距分析', '05-31'], ['完成整改加固', '08-31'], ['通过测评', '11-30']] },
          { title: '建设人防工程信息管理平台', lead: '信息技术科', assist: ['工程管理科', '人防工程管理所'], person: '熊国平', measure: '工程底数全部录入平台', nodes: [['完成需求调研', '03-31'], ['上线试运行', '09-30'], ['数据录入完成', '12-15']] },
        ],
      },
    ],
  },
  {
    title: '人防工程建设管理提质增效', note: '年度人防工程建设目标责任书',
    projects: [
      {
        title: '人防工程审批与质量监督',
        tasks: [
          { title: '规范结建人防工程审批', lead: '工程管理科', assist: ['法规宣传科'], person: '袁志华', measure: '审批事项办结时限压缩至5个工作日', nodes: [['梳理审批流程', '03-31'], ['上线网上审批', '06-30']], doneLate: true },
          { title: '在建人防工程质量监督检查', lead: '工程质量监督股', assist: ['工程管理科'], person: '潘建华', measure: '在建工程监督覆盖率100%', nodes: [['上半年专项检查', '06-15'], ['下半年专项检查', '11-15']], lagging: true },
          { title: '人防工程竣工验收备案', lead: '工程管理科', assist: ['工程质量监督股'], person: '许振宇', measure: '竣工工程验收备案率100%', nodes: [['建立验收台账', '04-15'], ['完成年度验收备案', '12-10']] },
          { title: '人防易地建设费征收管理', lead: '综合计划科', assist: ['工程管理科'], person: '罗雪梅', measure: '应收尽收，按时缴入国库', nodes: [['核定征收计划', '03-20'], ['上半年征收对账', '07-10'], ['全年征收对账', '12-20']] },
        ],
      },
      {
        title: '人防工程维护管理',
        tasks: [
          { title: '公用人防工程维护保养', lead: '维护管理股', assist: ['综合股'], person: '汪琳', measure: '维护保养计划完成率100%', nodes: [['制定维护计划', '02-28'], ['汛前检查维护', '05-31'], ['汛后检查维护', '10-31']] },
          { title: '人防工程平战结合利用检查', lead: '人防工程管理所', assist: ['工程管理科'], person: '魏春燕', measure: '检查覆盖全部使用单位', nodes: [['开展专项检查', '07-31'], ['督促问题整改', '10-31']], doneLate: true },
          { title: '人防工程安全隐患排查整治', lead: '人防工程管理所', assist: ['维护管理股', '工程质量监督股'], person: '薛志刚', measure: '隐患整改销号率100%', nodes: [['全面排查', '04-30'], ['集中整治', '08-31'], ['复查销号', '11-30']], lagging: true },
          { title: '人防工程档案规范化整理', lead: '综合股', person: '叶秀英', measure: '档案整理归档率100%', nodes: [['制定整理方案', '03-31'], ['完成档案整理', '09-30']] },
        ],
      },
    ],
  },
  {
    title: '机关建设和作风持续改进', note: '机关党建和作风建设年度工作要点',
    projects: [
      {
        title: '国防教育与法治宣传',
        tasks: [
          { title: '全民国防教育日主题宣传', lead: '法规宣传科', assist: ['人防指挥通信科'], person: '曾晓红', measure: '开展宣传活动不少于10场', nodes: [['制定宣传方案', '08-20'], ['开展集中宣传', '09-30']] },
          { title: '防空防灾知识进社区进校园', lead: '法规宣传科', assist: ['动员实施科'], person: '彭卫东', measure: '覆盖中小学校50所以上', nodes: [['上半年宣传', '06-30'], ['下半年宣传', '11-30']], doneLate: true },
          { title: '国防教育基地规范化管理', lead: '法规宣传科', assist: ['综合计划科'], person: '郝文杰', measure: '完成2个基地年度评估', nodes: [['开展基地评估', '06-20'], ['完成整改提升', '10-20']] },
          { title: '人防行政执法专项检查', lead: '法规宣传科', assist: ['工程管理科'], person: '吕建平', measure: '案件办理合法率100%', nodes: [['制定检查计划', '04-10'], ['开展专项检查', '08-31'], ['通报检查结果', '10-31']] },
        ],
      },
      {
        title: '机关党建与作风建设',
        tasks: [
          { title: '开展解放思想大讨论活动', lead: '机关党办', assist: ['办公室'], person: '卢永强', measure: '全员参与，人人提交心得体会', nodes: [['召开动员大会', '05-15'], ['集中学习讨论', '08-31'], ['总结活动成效', '12-25']] },
          { title: '落实“三会一课”制度', lead: '机关党办', person: '蒋丽华', measure: '各支部组织生活按时开展', nodes: [['上半年检查', '06-30'], ['下半年检查', '12-15']] },
          { title: '党风廉政建设责任制考核', lead: '机关党办', assist: ['办公室'], person: '蔡明辉', measure: '签订责任书并年终考核', nodes: [['签订责任书', '03-10'], ['开展年中督查', '07-15'], ['组织年终考核', '12-20']], lagging: true },
          { title: '周晒成绩比作为常态化', lead: '办公室', assist: ['机关党办'], person: '孙国栋', measure: '每周汇总晒评，每月通报', nodes: [['制定实施办法', '03-15'], ['半年总结', '07-10']] },
        ],
      },
      {
        title: '机关运行保障',
        tasks: [
          { title: '年度部门预算编制与执行', lead: '办公室', assist: ['综合计划科'], person: '徐晓燕', measure: '预算执行率不低于95%', nodes: [['上半年执行分析', '07-15'], ['编制下年度预算', '11-20']] },
          { title: '重点工作督查督办', lead: '办公室', person: '吴明远', measure: '督办事项按期办结率95%以上', nodes: [['一季度督办通报', '04-10'], ['二季度督办通报', '07-10'], ['三季度督办通报', '10-10']] },
          { title: '政务信息报送', lead: '办公室', assist: ['法规宣传科'], person: '朱海燕', measure: '全年被市级以上采用信息30篇', nodes: [['上半年完成15篇', '06-30'], ['全年完成30篇', '12-25']] },
        ],
      },
    ],
  },
];

/** Status and completion of one node on the day of loading. */
function nodeOutcome(random: Random, due: string, c: DemoCalendar, undone: boolean, late: boolean): { status: NodeStatus; doneOn: string | null } {
  if (due < c.today) {
    if (undone) return { status: 'doing', doneOn: null };
    // done late: some days after its date, but not after today
    const doneOn = late ? clampDay(addDays(due, between(random, 3, 18)), due, c.today) : addDays(due, -between(random, 0, 12));
    return { status: 'done', doneOn: doneOn > c.today ? c.today : doneOn };
  }
  // still to come: under way when due within a month (a few already done early)
  if (due <= addDays(c.today, 31)) {
    if (random() < 0.25) {
      const doneOn = clampDay(addDays(c.today, -between(random, 1, 10)), `${c.year}-01-01`, c.today);
      return { status: 'done', doneOn };
    }
    return { status: 'doing', doneOn: null };
  }
  return { status: 'todo', doneOn: null };
}

export const demoTasksStep: DemoStep = {
  label: '工作任务清单',
  run(env: DemoEnv) {
    const c = demoCalendar(env.now);
    const unitId = (name: string) => {
      const found = [...env.unitIds].find(([path]) => path.split('/').pop() === name);
      if (!found) throw new Error(`demo unit ${name} missing`);
      return found[1];
    };
    let tasks = 0;
    let nodes = 0;
    for (const goal of demoTaskList) {
      const goalId = insertTaskItem(env.db, { year: c.year, kind: 'goal', parentId: null, title: goal.title, measure: '', note: goal.note, personId: null });
      for (const project of goal.projects) {
        const projectId = insertTaskItem(env.db, { year: c.year, kind: 'project', parentId: goalId, title: project.title, measure: '', note: '', personId: null });
        for (const t of project.tasks) {
          const random = seededRandom(seedOf(`kaoping-demo:工作任务:${t.title}`));
          const taskId = insertTaskItem(env.db, { year: c.year, kind: 'task', parentId: projectId, title: t.title, measure: t.measure, note: '', personId: env.personIds.get(t.person)! });
          addTaskUnits(env.db, taskId, unitId(t.lead), (t.assist ?? []).map(unitId));
          const dues = t.nodes.map(([, monthDay]) => `${c.year}-${monthDay}`);
          const past = dues.filter((d) => d < c.today);
          // the lagging task's latest past node; the late one's first past node
          const undoneDue = t.lagging ? past.at(-1) : undefined;
          const lateDue = t.doneLate && past.length > 0 ? past[0] : undefined;
          t.nodes.forEach(([name], i) => {
            const due = dues[i]!;
            const outcome = nodeOutcome(random, due, c, due === undoneDue, due === lateDue);
            const note = outcome.status === 'doing' && due < c.today ? '受客观因素影响，正在加紧推进' : '';
            insertTaskNode(env.db, taskId, { name, dueOn: due, status: outcome.status, doneOn: outcome.doneOn, note });
            nodes++;
          });
          tasks++;
        }
      }
    }
    return `${c.year}年度工作任务清单（${demoTaskList.length} 个目标、${tasks} 项任务、${nodes} 个节点）`;
  },
};
