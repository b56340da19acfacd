import { componentLabels, conductWeightsText, levelIndex, roundingLabels, sanctionTypes, type AnnualRules, type ComponentKey, type LevelCode, type SanctionGate, fullMarksOf, requiredComponents, partsRuleText } from '../../../shared/annual';
import { round2 } from '../../../shared/numbers';
import type { MaterialsData } from './materials-sheet-data';
import { materialsTitle } from './materials-sheet-common';
import { addTableSheet, type StyledWorkbook } from '../../excel/write';

/**
 * 计分规则说明: the year's rules in words and numbers (formula, each component's weight, full marks,
 * normalisation and cap, 平时考核 points, quotas per group with their arithmetic, gates, 不定等次,
 * missing components, rounding), so a reader can recompute any figure of the other sheets.
 */

/** The rounding rule stated on every 年终考核材料 (DOMAIN §6). */
export const materialsRoundingRule = '计算过程保留全部精度，显示和导出保留两位小数（四舍五入）';

/** 0.2 -> 「20%」, 0.125 -> 「12.5%」 */
const percent = (share: number) => `${round2(share * 100)}%`;
/** 4.6000000001 -> 「4.6」 */
const figure = (x: number) => String(round2(x));

/** 「称职（合格）」: a level in both vocabularies, once when they agree. */
function levelWords(rules: AnnualRules, level: LevelCode): string {
  const civil = rules.vocabularies.civil.levels[levelIndex(level)]!;
  const institution = rules.vocabularies.institution.levels[levelIndex(level)]!;
  return civil === institution ? civil : `${civil}（${institution}）`;
}

function restriction(rules: AnnualRules, level: LevelCode): string {
  if (level === 'excellent') return '不受限制';
  if (level === 'competent') return `不得评为${levelWords(rules, 'excellent')}`;
  if (level === 'fail') return `定为${levelWords(rules, 'fail')}`;
  return `最高为${levelWords(rules, level)}`;
}

function sanctionRule(rules: AnnualRules, gate: SanctionGate): string {
  const months = rules.sanctionMonths[gate.type];
  const when = gate.window === 'year'
    ? `在考核年度内受${gate.type}处分的，当年`
    : months == null
      ? `受${gate.type}处分（不设处分期间）且处分决定不晚于考核年度末的，`
      : `${gate.type}处分期间（自处分决定之日起${months}个月）与考核年度有重叠的，`;
  return `${when}${restriction(rules, gate.maxLevel)}`;
}

/** Where each component's raw value comes from. */
function rawSource(data: MaterialsData, key: ComponentKey): string {
  const { rules } = data.view;
  switch (key) {
    case 'quarters':
      return `原始分为各季度平时考核等次分值的平均数（不确定等次的季度不计入平均），须有${rules.quartersRequired}个季度的等次`;
    case 'evaluation': {
      const names = data.evaluations.map((e) => `“${e.event.name}”`);
      if (names.length === 0) return '原始分为述职测评得分（本年度未选择述职测评活动）';
      return `原始分为本人在${names.join('、')}中的得分（有标准化得分的取标准化得分，否则取综合得分${names.length > 1 ? '；按所列顺序取本人作为测评对象的第一个活动' : ''}），见“民主测评”表`;
    }
    case 'leader':
      return '原始分为录入的领导评价分';
    case 'stars': {
      const scheme = data.starSchemes.find((s) => s.kind === 'person');
      if (!scheme) return `原始分为双十星年终星级积分（本年度未建立党员干部评星方案）`;
      return `原始分为“${scheme.name}”年终星级积分：年终获星数（${scheme.yearEndRule}）× ${figure(scheme.points.perStar)}分，最高${figure(scheme.points.cap)}分；未参加评星的缺此项`;
    }
    case 'items':
      return '原始分为本人各考核项目得分之和，含所在单位“计入个人”的单位考核项目得分；加分项按次数 × 每次分值计、扣分项按次数 × 每次分值扣，均不超过该项上限';
    case 'conduct':
      return `原始分为能力作风建设各项取数的加权平均（百分制）：${conductWeightsText(data.view.rules.conduct)}；单位的取数计入其人员，缺任一项的缺此项`;
    case 'adjustments':
      return '各条加减分记录的分值相加';
  }
}

export function rulesLines(data: MaterialsData, sheetNames: readonly string[], omitted: readonly string[]): [string, string][] {
  const { rules } = data.view;
  const lines: [string, string][] = [];
  lines.push(['考核年度', `${data.year}年度考核，${data.final ? `已确定并锁定（${data.dateLine}）` : '尚未确定并锁定，本材料中的得分和等次仍可能变化，各表标题注明“未确定”'}`]);
  lines.push(['本材料包含', sheetNames.join('、')]);
  if (omitted.length > 0) lines.push(['未列入的材料', omitted.join('；')]);

  const weighted = rules.components.filter((c) => c.enabled && c.mode === 'weighted');
  const added = rules.components.filter((c) => c.enabled && c.mode === 'added');
  lines.push(['综合得分', `综合得分 = ${[
    ...weighted.map((c) => `${componentLabels[c.key]}得分 × ${figure(c.weight)}%`),
    ...added.map((c) => `${componentLabels[c.key]}${c.cap == null ? '' : `（合计不超过±${figure(c.cap)}分）`}`),
  ].join(' + ')}。其中“得分”为百分制得分，“得分 × 权重”为折算分（见“考核排名表”）`]);
  for (const c of rules.components) {
    const label = componentLabels[c.key];
    if (!c.enabled) {
      lines.push([label, '本年度不计入综合评定']);
    } else if (c.mode === 'weighted') {
      const full = fullMarksOf(c, data.view.fullMarks);
      const fromItems = data.view.fullMarks[c.key] !== undefined ? '，按指标体系中计入个人的各项目分值合计' : '';
      const scale = c.normalize
        ? '百分制得分 = 原始分 ÷ 本考核分组内该项最高原始分 × 100（组内最高者为100分）'
        : `百分制得分 = 原始分 ÷ ${figure(full)} × 100（原始分${figure(full)}分为满分${fromItems}；原始分超过满分的不计入，按缺项处理）`;
      lines.push([`${label}（权重${figure(c.weight)}%）`, `${rawSource(data, c.key)}；${scale}；折算分 = 百分制得分 × ${figure(c.weight)}%`]);
    } else {
      lines.push([label, `${rawSource(data, c.key)}，${c.cap == null ? '不设上限' : `合计超过±${figure(c.cap)}分的按±${figure(c.cap)}分计`}，直接计入综合得分（没有记录的为0分）`]);
    }
  }
  const q = rules.quarterPoints;
  lines.push(['平时考核等次分值', `好${figure(q.good)}分，较好${figure(q.fair)}分，一般${figure(q.average)}分，较差${figure(q.poor)}分；不确定等次的季度不计入平均`]);
  lines.push(['缺项处理', rules.missingPolicy === 'reweight'
    ? '缺少某项得分的（如未参加述职测评），按本人有得分各项的权重重新折算：折算分 = 百分制得分 × 该项权重 ÷ 有得分各项权重之和（例如缺权重20%的一项时，权重30%的一项折算分 = 得分 × 30 ÷ 80）'
    : '缺少某项得分的，不计算综合得分，不参加排名，由考核委员会确定等次']);
  lines.push(['折算分的舍入', `${partsRuleText(rules.roundParts)}。因此“考核排名表”中各项折算分与加减分之和等于综合得分`]);
  const required = requiredComponents(rules);
  lines.push(['排名', `在同一考核分组内按综合得分从高到低排名，得分相同者名次并列，其后名次顺延（如90、90、85分依次为第1、1、3名）；没有综合得分的、不定等次人员和按权重计入的得分不足${required}项（数据不足）的不参加排名，不给出建议等次`]);

  for (const g of data.groups) {
    const view = data.view.groups.find((x) => x.id === g.id);
    const rounding = roundingLabels[g.rounding];
    // the quota's base: everyone, or without 不定等次 people, as the rules say
    const base = view?.quotaBase ?? g.size;
    lines.push([`名额：${g.name}`, [
      base === g.size ? `参加考核${g.size}人（含不定等次人员）` : `参加考核${g.size}人，其中不定等次${g.size - base}人不计入优秀名额基数`,
      `优秀名额 = ${base} × ${percent(g.excellentShare)} = ${figure(base * g.excellentShare)}，${rounding}为${g.excellentQuota}名`,
      `平时考核每季度“好”等次名额 = ${g.size} × ${percent(g.goodShare)} = ${figure(g.size * g.goodShare)}，${rounding}为${g.goodQuota}名`,
      view ? `建议优秀${view.excellentSuggested}名，确定优秀${view.excellentConfirmed}名` : '',
    ].filter(Boolean).join('；')]);
  }
  lines.push(['建议等次', `按组内排名依次建议为${levelWords(rules, 'excellent')}，直至优秀名额用完；受下列限制不得评为优秀的人员跳过，名额顺延；名次并列的人数超过剩余名额时，并列者均不建议为优秀，由考核委员会确定；其余人员建议为${levelWords(rules, 'competent')}，受限制的按限制建议`]);

  lines.push(['限制：平时考核', rules.gates.requireGoodQuarter ? `全年没有“好”等次季度的，${restriction(rules, 'competent')}` : '不设此项限制']);
  for (const type of sanctionTypes) {
    const gate = rules.gates.sanctions.find((g) => g.type === type);
    lines.push([`限制：${type}`, gate ? sanctionRule(rules, gate) : '不设此项限制']);
  }
  if (rules.gates.starsBarExcellent) {
    const scheme = data.starSchemes.find((s) => s.kind === 'person');
    const barring = scheme?.gates.filter((g) => g.effect === 'barred').map((g) => `“${g.label}”`) ?? [];
    lines.push(['限制：双十星', scheme
      ? `双十星评星方案中“不得评优”的规则${barring.length > 0 ? `（${barring.join('、')}）` : ''}适用于本人的，${restriction(rules, 'competent')}`
      : `双十星评星方案中“不得评优”的规则适用于本人的，${restriction(rules, 'competent')}（本年度未建立党员干部评星方案）`]);
  } else {
    lines.push(['限制：双十星', '不设此项限制']);
  }
  const { basicBelow, failBelow } = rules.bands;
  lines.push(['限制：分数线', [
    basicBelow != null ? `综合得分低于${figure(basicBelow)}分的，${restriction(rules, 'basic')}` : '',
    failBelow != null ? `综合得分低于${figure(failBelow)}分的，${restriction(rules, 'fail')}` : '',
  ].filter(Boolean).join('；') || '不设分数线']);

  const u = rules.undetermined;
  const reference = `${data.year}-${u.referenceDay}`;
  const undetermined = [
    u.probation ? `截至${reference}仍在试用期的` : '',
    u.minMonthsInPost > 0 ? `${reference}前入职不满${u.minMonthsInPost}个月的` : '',
  ].filter(Boolean);
  lines.push(['不定等次', `${undetermined.length > 0 ? `${undetermined.join('，或')}，不定等次（只写评语）` : '不按花名册自动确定不定等次'}；经考核办调整并写明理由的，以调整为准（理由见汇总表备注）。不定等次人员计入所在分组的参加人数，不参加排名，${u.inQuotaBase ? '计入' : '不计入'}优秀名额基数，不计入各单位平均综合得分`]);
  const { civil, institution } = rules.vocabularies;
  const categories = Object.entries(rules.categoryVocabulary).map(([category, key]) => `${category}→${rules.vocabularies[key].label}`);
  lines.push(['等次名称', `${civil.label}：${civil.levels.join('、')}；${institution.label}：${institution.levels.join('、')}。人员类别对应：${categories.join('，')}；其他类别按${rules.vocabularies[rules.defaultVocabulary].label}`]);
  lines.push(['确定等次', '考核委员会逐人确定等次；确定等次与建议等次不同的，须写明理由；确定为优秀的人数超出名额的，须经考核委员会研究决定并写明理由（均见汇总表备注）']);
  lines.push(['数据来源', data.view.sources.join('；')]);
  lines.push(['数值修约', `${materialsRoundingRule}。综合得分和折算分按上述“折算分的舍入”保存为两位小数，其他得分单元格保存未舍入的数值，按两位小数显示。缺少的得分显示为“缺”，不作0分`]);
  return lines;
}

export function addRulesSheet(workbook: StyledWorkbook, data: MaterialsData, sheetName: string, sheetNames: readonly string[], omitted: readonly string[]): void {
  const sheet = addTableSheet(workbook, {
    sheetName,
    title: materialsTitle(data, '考核计分规则说明'),
    subtitle: { right: data.dateLine },
    columns: [
      { header: '项目', width: 16, wrap: true },
      { header: '内容', width: 70, align: 'left', wrap: true },
    ],
  });
  for (const line of rulesLines(data, sheetNames, omitted)) sheet.addRow(line);
  sheet.finish();
}
