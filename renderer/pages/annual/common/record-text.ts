import type { AnnualRules, LevelCode, SanctionGate } from '../../../../shared/annual/rules';
import type { AdjustmentRecord } from '../../../../shared/annual/views';

/**
 * The words of the 评价与奖惩 page that come from the year's rules: the 加减分 cap, the 处分 gates and
 * 处分期间. Pure, so they are unit-tested and read the same as the rules the composite applies.
 */

/** 「+2」「−1.5」「0」: points with their sign, as a form prints them */
export function signedPoints(points: number): string {
  const shown = Number(Math.abs(points).toFixed(2)).toString();
  if (points > 0) return `+${shown}`;
  if (points < 0) return `−${shown}`;
  return '0';
}

/** how 加减分 count in the composite, from the rules' 加减分 component */
export function adjustmentCapText(rules: AnnualRules): string {
  const c = rules.components.find((x) => x.key === 'adjustments');
  if (!c || !c.enabled) return '本年度考核方案未将加减分计入综合得分，记录仅供备查。';
  if (c.mode === 'weighted') return `加减分合计按${c.weight}%权重计入综合得分（满分${c.full}分）。`;
  if (c.cap === null) return '加减分合计直接计入综合得分，不封顶。';
  return `加减分合计按±${c.cap}分封顶计入综合得分。`;
}

/** the cap of the added 加减分 (null: none, or not added) */
export function adjustmentCap(rules: AnnualRules): number | null {
  const c = rules.components.find((x) => x.key === 'adjustments');
  return c && c.enabled && c.mode === 'added' ? c.cap : null;
}

export interface PersonNet {
  readonly personId: number;
  readonly name: string;
  readonly unitName: string;
  readonly plus: number;
  readonly minus: number;
  readonly net: number;
  /** what the composite takes: net within ±cap */
  readonly counted: number;
  readonly records: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Each person's 加减分: bonuses, deductions, net and what counts after the cap; in first-record order. */
export function personNets(records: readonly AdjustmentRecord[], cap: number | null): PersonNet[] {
  const byPerson = new Map<number, { name: string; unitName: string; plus: number; minus: number; records: number }>();
  for (const r of records) {
    const p = byPerson.get(r.personId) ?? { name: r.name, unitName: r.unitName, plus: 0, minus: 0, records: 0 };
    if (r.points > 0) p.plus += r.points;
    else p.minus += r.points;
    p.records += 1;
    byPerson.set(r.personId, p);
  }
  return [...byPerson].map(([personId, p]) => {
    const net = round2(p.plus + p.minus);
    const counted = cap === null ? net : Math.max(-cap, Math.min(cap, net));
    return { personId, name: p.name, unitName: p.unitName, plus: round2(p.plus), minus: round2(p.minus), net, counted: round2(counted), records: p.records };
  });
}

const levelLabels = (rules: AnnualRules, level: LevelCode): string => {
  const i = ['excellent', 'competent', 'basic', 'fail'].indexOf(level);
  const civil = rules.vocabularies.civil.levels[i]!;
  const institution = rules.vocabularies.institution.levels[i]!;
  return civil === institution ? civil : `${civil}（${institution}）`;
};

function restriction(rules: AnnualRules, level: LevelCode): string {
  if (level === 'competent') return `不得评为${levelLabels(rules, 'excellent')}`;
  if (level === 'fail') return `定为${levelLabels(rules, 'fail')}`;
  return `最高为${levelLabels(rules, level)}`;
}

/**
 * The 处分 gates, one sentence per effect, types with the same effect together, worded as the
 * regulations are: 「受警告处分的，处分决定当年不得评为优秀」「受记过、记大过处分的，处分期间内最高为基本称职（基本合格）」.
 */
export function sanctionGateLines(rules: AnnualRules): string[] {
  const groups = new Map<string, SanctionGate[]>();
  for (const g of rules.gates.sanctions) {
    if (g.maxLevel === 'excellent') continue;
    const key = `${g.window}:${g.maxLevel}`;
    groups.set(key, [...(groups.get(key) ?? []), g]);
  }
  return [...groups.values()].map((gates) => {
    const first = gates[0]!;
    const when = first.window === 'year' ? '处分决定当年' : '处分期间内';
    return `受${gates.map((g) => g.type).join('、')}处分的，${when}${restriction(rules, first.maxLevel)}`;
  });
}

/** 「12个月（至2027-03-14）」「无期限」 */
export function periodText(months: number | null, endsOn: string | null): string {
  if (months === null) return '无期限';
  return endsOn ? `${months}个月（至${endsOn}）` : `${months}个月`;
}

/** how 领导评价 counts in the composite, from the rules */
export function leaderWeightText(rules: AnnualRules): string {
  const c = rules.components.find((x) => x.key === 'leader');
  if (!c || !c.enabled) return '本年度考核方案未将领导评价计入综合得分。';
  if (c.mode === 'added') return '领导评价分直接计入综合得分。';
  return `领导评价为百分制（0～100分），按${c.weight}%权重计入综合得分。`;
}
