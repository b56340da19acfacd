import { defaultWeeklySettings, isFigureError, parseFigure, weekOf, weeksInYear, weekSpan, type WeeklyFigure, type WeeklyMark } from '../../../shared/weekly';
import { unitsInTreeOrder } from '../../../db/units';
import { insertWeeklyItem, saveWeeklySettings, setWeeklyMark } from '../../../db/weekly';
import { demoCalendar } from './conduct-calendar';
import { between, pick, seededRandom, seedOf, shuffled } from './random';
import type { DemoEnv, DemoStep } from './steps';

/**
 * 周晒成绩 of the demo office (DOMAIN §8): the 科室 and 事业单位 post from twelve weeks before the
 * current one (the year's rules start there), two or three short items a week, a figure where one
 * fits; an item left 未完成 comes back the next week as done; the 分管 leaders mark a few items
 * 亮点 or 不足 with a comment. Two units miss one week each, so the 未晒 list and the participation
 * figures have something to show. The current week is left to the user. Seeded: the same on every machine.
 */

const weekRule = 'thursday' as const;
const weeksShown = 12;

/** What each unit posts, week after week: an item and, where one fits, its figure as typed (数字加单位). */
const demoPostings: Readonly<Record<string, readonly (readonly [text: string, figure?: string])[]>> = {
  办公室: [['起草主任办公会议纪要和工作要点', '文稿 3篇'], ['办理市委市政府督办事项', '办结 5件'], ['报送政务信息', '采用 2篇'], ['开展机关安全保密检查'], ['做好公务接待和车辆保障', '出车 14次'], ['整理上月公文归档', '归档 86件']],
  综合计划科: [['核对人防易地建设费征收台账', '征收 126万元'], ['编制年度统计报表'], ['审核工程项目资金拨付', '拨付 3笔'], ['汇总国防动员物资储备数据'], ['调度重点任务推进情况', '调度 30项'], ['完成政府采购项目验收', '2项']],
  动员实施科: [['开展重点企业潜力调查', '走访企业 8家'], ['修改完善国防动员预案'], ['组织人防专业队伍训练', '参训 120人'], ['对接成员单位落实动员任务', '6个单位'], ['检查应急物资储备点', '4处']],
  人防指挥通信科: [['巡检防空警报器', '巡检 24台'], ['维护指挥所通信设备'], ['组织通信值班和联调联试', '联调 3次'], ['推进指挥所升级改造设备安装', '完成率 65%'], ['排查警报控制终端故障', '修复 2处']],
  工程管理科: [['审批结建人防工程', '审批 4件'], ['现场检查在建人防工程', '检查 9处'], ['组织人防工程竣工验收', '验收 2个'], ['核查人防工程面积和防护等级'], ['答复建设单位咨询', '12件']],
  法规宣传科: [['开展防空防灾知识进社区宣传', '覆盖 800人'], ['审核行政执法案卷', '6卷'], ['更新门户网站和公众号', '发布 7条'], ['组织国防教育进校园', '3所学校'], ['办理行政执法案件', '立案 1件']],
  机关党办: [['组织支部主题党日活动'], ['督促党员提交解放思想大讨论心得体会', '已交 41篇'], ['收缴党费并公示'], ['编发机关党建工作简报', '1期'], ['开展廉政风险点排查', '排查 18个岗位']],
  人防工程管理所: [['检查公用人防工程设施设备', '12处'], ['督促使用单位整改安全隐患', '整改 5条'], ['开展汛期人防工程巡查', '巡查 20处'], ['维护保养通风和排水设备', '8套'], ['整理人防工程档案', '240卷']],
  指挥信息保障中心: [['保障指挥信息系统运行', '可用率 99.8%'], ['完成网络安全巡检和漏洞修复', '修复 6个'], ['推进工程信息平台数据录入', '录入 35个工程'], ['组织机动通信车拉动训练'], ['开展等保测评整改', '完成率 80%']],
};

/** Who of the 班子 marks a unit's items (their 分管 units, DOMAIN §5 从事或分管工作). */
const demoMarkers: Readonly<Record<string, string>> = {
  办公室: '黄振华', 综合计划科: '黄振华', 机关党办: '黄振华', 动员实施科: '何丽娟', 人防指挥通信科: '何丽娟', 指挥信息保障中心: '何丽娟',
  工程管理科: '郭志强', 法规宣传科: '郭志强', 人防工程管理所: '郭志强',
};

const highlightComments = ['工作扎实，成效明显', '主动作为，值得推广', '数据详实，推进有力', '按时高质量完成'];
const shortfallComments = ['进度偏慢，请加快推进', '只有过程没有成效，请写明结果', '与上周内容重复，请晒新进展'];

/** The units that miss a week: how many weeks before the last shown week. */
const missedWeeks: readonly (readonly [unit: string, weeksBeforeLast: number])[] = [['法规宣传科', 3], ['人防工程管理所', 7]];

/** The figure as typed, its count varying from week to week (a rate or a carried item's stays). */
function weekFigure(random: () => number, typed: string | undefined, carried: boolean): WeeklyFigure | null {
  const parsed = typed ? parseFigure(typed) : null;
  if (parsed == null || isFigureError(parsed)) return null;
  if (carried || parsed.unit === '%' || !Number.isInteger(parsed.value)) return parsed;
  return { ...parsed, value: Math.max(1, Math.round(parsed.value * (0.6 + random() * 0.8))) };
}

interface Line { readonly text: string; readonly figure: string | undefined; readonly carriedFrom: number | null; readonly unfinished: boolean }

/** The weeks the demo posts: the twelve before the current week (all of the year's last twelve when loaded after it). */
export function demoWeeks(now: Date): { year: number; weeks: number[] } {
  const c = demoCalendar(now);
  const current = weekOf(c.today, weekRule);
  const last = current.year === c.year ? current.week - 1 : current.year > c.year ? weeksInYear(c.year, weekRule) : 0;
  const first = Math.max(1, last - weeksShown + 1);
  return { year: c.year, weeks: Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i) };
}

export const demoWeeklyStep: DemoStep = {
  label: '周晒成绩',
  run(env: DemoEnv) {
    const { db, now } = env;
    const { year, weeks } = demoWeeks(now);
    const units = unitsInTreeOrder(db);
    const settings = { ...defaultWeeklySettings(units), weekRule, startWeek: weeks[0] ?? 1 };
    saveWeeklySettings(db, year, settings, now);
    const nameOf = new Map(units.map((u) => [u.id, u.name]));
    const lastWeek = weeks.at(-1) ?? 0;
    const missed = new Set(missedWeeks.map(([unit, before]) => `${unit}:${lastWeek - before}`));
    let items = 0;
    for (const unitId of settings.unitIds) {
      const unit = nameOf.get(unitId)!;
      const pool = demoPostings[unit] ?? [];
      let carry: { id: number; text: string; figure: string | undefined } | null = null;
      for (const week of weeks) {
        if (missed.has(`${unit}:${week}`)) continue;
        const random = seededRandom(seedOf(`kaoping-demo:周晒:${unit}:${week}`));
        const chosen = shuffled(random, pool).slice(0, between(random, 2, 3));
        const lines: Line[] = carry ? [{ text: carry.text, figure: carry.figure, carriedFrom: carry.id, unfinished: false }] : [];
        for (const [text, figure] of chosen) if (text !== carry?.text) lines.push({ text, figure, carriedFrom: null, unfinished: random() < 0.1 });
        carry = null;
        // entered at the end of its week by the unit, marked then by its 分管 leader
        const end = new Date(`${weekSpan(year, week, weekRule).end}T09:00:00Z`);
        const enteredAt = end < now ? end : now;
        for (const [i, line] of lines.entries()) {
          const figure = weekFigure(random, line.figure, line.carriedFrom != null);
          const id = insertWeeklyItem(db, { year, week, unitId, personId: null }, { text: line.text, figure, unfinished: line.unfinished, sortOrder: i + 1, carriedFrom: line.carriedFrom }, unit, enteredAt);
          items++;
          if (line.unfinished) carry = { id, text: line.text, figure: line.figure };
          const mark: WeeklyMark | null = random() < 0.1 ? 'highlight' : random() < 0.05 ? 'shortfall' : null;
          if (mark) setWeeklyMark(db, id, mark, pick(random, mark === 'highlight' ? highlightComments : shortfallComments), demoMarkers[unit] ?? '', enteredAt);
        }
      }
    }
    return weeks.length === 0 ? `${year}年度周晒设置` : `${year}年第${weeks[0]}—${lastWeek}周周晒成绩（${items} 条）`;
  },
};
