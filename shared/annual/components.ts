import { round2 } from '../numbers';
import { pointsText } from './item-points';
import { printedParts } from './printed-parts';
import type { ComponentFigure, CompositePersonInput, RawComponent } from './composite';
import { componentLabels, quarterName, quarters as quarterNumbers, type AnnualRules, type CompositeComponent, type ComponentKey, type QuarterGrade } from './rules';

/**
 * Component scores and parts of the composite (DOMAIN §4, §6), all driven by `rules.components`:
 * a weighted component turns its raw value into a 百分制 score (raw / full, or raw / the group's
 * best raw when normalised) and adds weight% of it; an added component (加减分) adds its points
 * clamped to ±cap. A missing weighted component is shown, never taken as zero.
 */

/**
 * 平时考核 raw value: the mean points of the graded quarters (`rules.quarterPoints`), 不确定等次
 * quarters left out of the mean. Missing until `rules.quartersRequired` quarters have a grade.
 */
export function quartersRaw(grades: readonly (QuarterGrade | null)[], rules: AnnualRules): RawComponent {
  const graded = grades.filter((g): g is QuarterGrade => g !== null);
  if (graded.length < rules.quartersRequired) {
    const absent = quarterNumbers.filter((q) => (grades[q - 1] ?? null) === null);
    return { missing: `缺${absent.map(quarterName).join('、')}` };
  }
  const counted = graded.filter((g): g is Exclude<QuarterGrade, 'undetermined'> => g !== 'undetermined');
  if (counted.length === 0) return { missing: '各季度均为不确定等次' };
  return { value: counted.reduce((sum, g) => sum + rules.quarterPoints[g], 0) / counted.length };
}

/**
 * The raw value the service gathered; 平时考核 falls back to the quarter grades themselves, and
 * anything else not gathered counts as missing.
 */
export function rawOf(person: CompositePersonInput, key: ComponentKey, rules: AnnualRules): RawComponent {
  const given = person.raw[key];
  if (given) return given;
  if (key === 'quarters') return quartersRaw(person.quarters, rules);
  return { missing: '无数据' };
}

/** the best raw value per normalised weighted component among the people of one group */
export function groupMaxima(people: readonly CompositePersonInput[], rules: AnnualRules): Partial<Record<ComponentKey, number>> {
  const maxima: Partial<Record<ComponentKey, number>> = {};
  for (const component of rules.components) {
    if (!component.enabled || component.mode !== 'weighted' || !component.normalize) continue;
    let best: number | undefined;
    for (const person of people) {
      const raw = rawOf(person, component.key, rules);
      if ('value' in raw && (best === undefined || raw.value > best)) best = raw.value;
    }
    if (best !== undefined) maxima[component.key] = best;
  }
  return maxima;
}

/** 百分制 score; a group whose best is not positive gives everybody 0 rather than dividing by it */
function percentScore(component: CompositeComponent, full: number, raw: number, groupMax: number | undefined): number {
  if (!component.normalize) return (raw / full) * 100;
  return groupMax === undefined || groupMax <= 0 ? 0 : (raw / groupMax) * 100;
}

/**
 * The full marks of a weighted component: what its source says when it says (the 考核项目's is the
 * 指标体系's, given by the service in `fullMarks`), else the rules' 满分.
 */
export const fullMarksOf = (component: CompositeComponent, fullMarks: Partial<Record<ComponentKey, number>> | undefined): number => fullMarks?.[component.key] ?? component.full;

/**
 * Why a raw value cannot count against its full marks, or null when it can: a value above the full
 * marks would make a score above 100 (an item raised to 95 under a 满分 of 85 gave 111.76), so it is
 * refused rather than counted or silently cut. Normalised components are scored against the group's
 * best and cannot pass 100.
 */
export function overFullMarks(component: CompositeComponent, full: number, raw: number): string | null {
  if (component.normalize) return null;
  if (!(full > 0)) return '满分为0，无法折算（请核对计分规则或指标体系）';
  if (raw > full + 1e-9) return `得分${pointsText(raw)}超过满分${pointsText(full)}，未计入（请核对计分规则中的满分）`;
  return null;
}

/** how many weighted components a rank and a suggestion need: the rule, at most the enabled ones */
export function requiredComponents(rules: AnnualRules): number {
  const enabled = rules.components.filter((c) => c.enabled && c.mode === 'weighted').length;
  return Math.min(rules.suggestionMinComponents ?? enabled, enabled);
}

const clamp = (value: number, cap: number | null) => (cap === null ? value : Math.min(cap, Math.max(-cap, value)));

export interface PersonComponents {
  readonly components: Partial<Record<ComponentKey, ComponentFigure>>;
  /** the sum of the printed parts (shared/annual/printed-parts.ts): what is shown and what is ranked */
  readonly composite: number | null;
  /** 「述职测评：未参加述职测评」 */
  readonly missing: string[];
  /** labels of the missing components, for the suggestion's note: 「述职测评」 */
  readonly missingLabels: string[];
  /** 「数据不足：有1项计权得分，至少需要4项」 when fewer weighted components than the rules require are present; else null */
  readonly insufficient: string | null;
}

export function personComponents(
  person: CompositePersonInput,
  rules: AnnualRules,
  maxima: Partial<Record<ComponentKey, number>>,
  fullMarks?: Partial<Record<ComponentKey, number>>,
): PersonComponents {
  const components: Partial<Record<ComponentKey, ComponentFigure>> = {};
  const missing: string[] = [];
  const missingLabels: string[] = [];
  const present: { key: ComponentKey; weight: number; raw: number; score: number }[] = [];
  const added: { key: ComponentKey; raw: number; capped: number }[] = [];

  for (const component of rules.components) {
    if (!component.enabled) continue;
    const raw = rawOf(person, component.key, rules);
    if (component.mode === 'added') {
      // no 加减分 records is 0 points, not a gap
      const value = 'value' in raw ? raw.value : 0;
      added.push({ key: component.key, raw: value, capped: clamp(value, component.cap) });
      continue;
    }
    const full = fullMarksOf(component, fullMarks);
    const refused = 'missing' in raw ? raw.missing : overFullMarks(component, full, raw.value);
    if (refused !== null || !('value' in raw)) {
      const why = refused ?? '无数据';
      components[component.key] = { raw: 'value' in raw ? raw.value : null, score: null, part: null, missing: why };
      missing.push(`${componentLabels[component.key]}：${why}`);
      missingLabels.push(componentLabels[component.key]);
      continue;
    }
    const score = percentScore(component, full, raw.value, maxima[component.key]);
    present.push({ key: component.key, weight: component.weight, raw: raw.value, score: rules.roundParts ? round2(score) : score });
  }

  // 'reweight' spreads the missing weight over the present components (weights / Σ present weights)
  const presentWeight = present.reduce((sum, p) => sum + p.weight, 0);
  const reweight = missing.length > 0 && rules.missingPolicy === 'reweight';
  const divisor = reweight ? presentWeight : 100;
  const exact = [...present.map((p) => (divisor > 0 ? (p.weight / divisor) * p.score : 0)), ...added.map((a) => a.capped)];
  const printed = printedParts(exact, rules.roundParts);
  present.forEach((p, i) => {
    components[p.key] = { raw: p.raw, score: p.score, part: printed.parts[i]!, missing: null };
  });
  added.forEach((a, i) => {
    const part = printed.parts[present.length + i]!;
    components[a.key] = { raw: a.raw, score: part, part, missing: null };
  });

  const hasComposite = present.length > 0 && presentWeight > 0 && (missing.length === 0 || rules.missingPolicy === 'reweight');
  const composite = hasComposite ? printed.total : null;
  const required = requiredComponents(rules);
  const insufficient = composite !== null && present.length < required ? `数据不足：有${present.length}项计权得分，至少需要${required}项` : null;
  return { components, composite, missing, missingLabels, insufficient };
}
