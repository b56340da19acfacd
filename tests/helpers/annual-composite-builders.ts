import type { CompositeInput, CompositePersonInput, RawComponent } from '../../shared/annual/composite';
import { annualRules, annualRulesPreset, type AnnualRules, type ComponentKey, type QuarterGrade } from '../../shared/annual/rules';

/** Test builders for the year-end composite (issue 5). */

/** the preset rules (DOMAIN §4), changed and checked against the rules schema */
export function rulesWith(change: (rules: AnnualRules) => void = () => {}): AnnualRules {
  const rules = structuredClone(annualRulesPreset);
  change(rules);
  return annualRules.parse(rules);
}

export const value = (v: number): RawComponent => ({ value: v });
export const missing = (why: string): RawComponent => ({ missing: why });

export const allGood: QuarterGrade[] = ['good', 'good', 'good', 'good'];

/** a civil-service person in group 1 with every preset component present, no gate */
export function person(personId: number, change: Partial<CompositePersonInput> = {}, raw: Partial<Record<ComponentKey, RawComponent>> = {}): CompositePersonInput {
  return {
    personId,
    groupId: 1,
    vocabulary: 'civil',
    raw: { evaluation: value(90), leader: value(90), stars: value(10), adjustments: value(0), ...raw },
    quarters: allGood,
    sanctions: [],
    starsBar: null,
    undetermined: null,
    ...change,
  };
}

export function input(people: CompositePersonInput[], rules: AnnualRules = rulesWith(), groupIds: number[] = [1], year = 2026): CompositeInput {
  return { year, rules, groups: groupIds.map((id) => ({ id, excellentShare: 0.2, rounding: 'floor' as const })), people };
}
