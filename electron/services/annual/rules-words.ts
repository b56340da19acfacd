import { componentLabels, roundingLabels, type AnnualRules, type ComponentKey } from '../../../shared/annual/rules';
import type { AuditChange } from '../../../db/audit';

/**
 * A 考核规则 change in words for the audit log: one line per setting that changed, named as
 * 「年度考核方案」 names it (「述职测评 权重：30 → 25」), values as the page shows them.
 */

const sectionLabels: Readonly<Record<string, string>> = {
  components: '组成部分', quarterPoints: '平时考核计分', quartersRequired: '平时考核所需季度数', evaluationEventIds: '引用的述职测评',
  missingPolicy: '缺项处理', roundParts: '各部分先保留两位小数', vocabularies: '等次名称', categoryVocabulary: '人员类别对应等次类别',
  defaultVocabulary: '默认等次类别', groupDefaults: '新分组默认比例', gates: '等次限制', bands: '分数线', undetermined: '不定等次',
  sanctionMonths: '处分期间（月）', results: '结果运用', conduct: '能力作风',
};

const leafLabels: Readonly<Record<string, string>> = {
  enabled: '计入', mode: '计入方式', weight: '权重', full: '满分', normalize: '按组内最高分折算', cap: '上限',
  good: '好', fair: '较好', average: '一般', poor: '较差', civil: '公务员', institution: '事业', label: '名称', levels: '等次',
  excellentShare: '优秀比例', goodShare: '“好”比例', rounding: '取整方式', requireGoodQuarter: '无“好”季度不得评优',
  sanctions: '处分限制', starsBarExcellent: '双十星不得评优', basicBelow: '基本称职分数线', failBelow: '不称职分数线',
  probation: '试用期', minMonthsInPost: '任职不满月数', referenceDay: '基准日', window: '适用期间', maxLevel: '最高等次',
  outcomes: '单年等次规则', runs: '连续年度规则', outcome: '等次', vocabulary: '适用', consequence: '结果运用', award: '奖励',
  kind: '类型', years: '连续年数', countOnce: '已用于记功的年度不重复计算',
  tasks: '任务按时完成率权重', weekly: '周晒参与率权重', review: '科室评议平均得分权重', campaign: '专项活动任务完成率权重', campaignId: '专项活动',
};

const valueWords: Readonly<Record<string, string>> = {
  weighted: '按权重', added: '直接加减', exclude: '不计算综合得分', reweight: '按其余部分重新折算', ...roundingLabels,
  civil: '公务员等次', institution: '事业单位等次', year: '当年受处分', period: '处分期内',
  excellent: '优秀', competent: '称职', basic: '基本称职', fail: '不称职', undetermined: '不定等次', award: '记奖励', flag: '提示处理',
};

function word(value: unknown): string {
  if (value === null || value === undefined) return '不设';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return valueWords[value] ?? value;
  if (typeof value === 'number') return String(Number(value.toPrecision(12)));
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.length === 0 ? '无' : value.map(word).join('、');
  return JSON.stringify(value);
}

/** Leaves of a value by path; components by their key (their order is not a setting). */
function leaves(value: unknown, path: readonly string[], out: Map<string, { path: string[]; value: unknown }>): void {
  // components are named by their key, 处分 gates by their type: the list order is not a setting
  const named = (v: unknown): string | undefined =>
    v && typeof v === 'object' ? ('key' in v ? componentLabels[v.key as ComponentKey] : 'type' in v ? String(v.type) : undefined) : undefined;
  if (Array.isArray(value) && value.length > 0 && value.every((v) => named(v) !== undefined)) {
    for (const v of value) leaves(v, [...path, named(v)!], out);
    return;
  }
  // other lists of settings (the 结果运用 rules) by their place: 「第2条」
  if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
    value.forEach((v, i) => leaves(v, [...path, String(i)], out));
    return;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) if (!(path.length > 1 && (k === 'key' || k === 'type'))) leaves(v, [...path, k], out);
    return;
  }
  out.set(path.join('\u0000'), { path: [...path], value });
}

/** path steps that only group settings and say nothing of their own (能力作风's weights) */
const silentSteps = new Set(['weights']);

const fieldOf = (path: readonly string[]) =>
  path
    .filter((p, i) => i === 0 || !silentSteps.has(p))
    .map((p, i) => (i === 0 ? sectionLabels[p] ?? '其他设置' : /^\d+$/.test(p) ? `第${Number(p) + 1}条` : leafLabels[p] ?? p))
    .join(' ');

export function rulesChanges(before: AnnualRules, after: AnnualRules): AuditChange[] {
  const a = new Map<string, { path: string[]; value: unknown }>();
  const b = new Map<string, { path: string[]; value: unknown }>();
  leaves(before, [], a);
  leaves(after, [], b);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys.flatMap((k) => {
    const was = a.get(k);
    const now = b.get(k);
    const w = word(was?.value);
    const n = word(now?.value);
    return w === n ? [] : [{ subject: '', field: fieldOf((now ?? was)!.path), before: w, after: n }];
  });
}
