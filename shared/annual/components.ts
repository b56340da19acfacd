import { round2 } from '../evaluation/display';
import type { ComponentFigure, CompositePersonInput, RawComponent } from './composite';
import { componentLabels, quarters as quarterNumbers, type AnnualRules, type CompositeComponent, type ComponentKey, type QuarterGrade } from './rules';

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
    return { missing: `缺第${absent.join('、')}季度` };
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
function percentScore(component: CompositeComponent, raw: number, groupMax: number | undefined): number {
  if (!component.normalize) return (raw / component.full) * 100;
  return groupMax === undefined || groupMax <= 0 ? 0 : (raw / groupMax) * 100;
}

const clamp = (value: number, cap: number | null) => (cap === null ? value : Math.min(cap, Math.max(-cap, value)));

export interface PersonComponents {
  readonly components: Partial<Record<ComponentKey, ComponentFigure>>;
  readonly composite: number | null;
  /** 「述职测评：未参加述职测评」 */
  readonly missing: string[];
  /** labels of the missing components, for the suggestion's note: 「述职测评」 */
  readonly missingLabels: string[];
}

export function personComponents(person: CompositePersonInput, rules: AnnualRules, maxima: Partial<Record<ComponentKey, number>>): PersonComponents {
  const components: Partial<Record<ComponentKey, ComponentFigure>> = {};
  const missing: string[] = [];
  const missingLabels: string[] = [];
  const present: { key: ComponentKey; weight: number; raw: number; score: number }[] = [];
  let added = 0;

  for (const component of rules.components) {
    if (!component.enabled) continue;
    const raw = rawOf(person, component.key, rules);
    if (component.mode === 'added') {
      // no 加减分 records is 0 points, not a gap
      const value = 'value' in raw ? raw.value : 0;
      const capped = clamp(value, component.cap);
      const part = rules.roundParts ? round2(capped) : capped;
      components[component.key] = { raw: value, score: capped, part, missing: null };
      added += part;
      continue;
    }
    if ('missing' in raw) {
      components[component.key] = { raw: null, score: null, part: null, missing: raw.missing };
      missing.push(`${componentLabels[component.key]}：${raw.missing}`);
      missingLabels.push(componentLabels[component.key]);
      continue;
    }
    const score = percentScore(component, raw.value, maxima[component.key]);
    present.push({ key: component.key, weight: component.weight, raw: raw.value, score: rules.roundParts ? round2(score) : score });
  }

  // 'reweight' spreads the missing weight over the present components (weights / Σ present weights)
  const presentWeight = present.reduce((sum, p) => sum + p.weight, 0);
  const reweight = missing.length > 0 && rules.missingPolicy === 'reweight';
  const divisor = reweight ? presentWeight : 100;
  let weightedSum = 0;
  for (const p of present) {
    const exact = divisor > 0 ? (p.weight / divisor) * p.score : 0;
    const part = rules.roundParts ? round2(exact) : exact;
    components[p.key] = { raw: p.raw, score: p.score, part, missing: null };
    weightedSum += part;
  }

  const hasComposite = present.length > 0 && presentWeight > 0 && (missing.length === 0 || rules.missingPolicy === 'reweight');
  let composite: number | null = null;
  if (hasComposite) {
    const sum = weightedSum + added;
    // the sum of 2-decimal parts, without the float noise of adding them
    composite = rules.roundParts ? round2(sum) : sum;
  }
  return { components, composite, missing, missingLabels };
}
