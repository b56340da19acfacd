import { rankWithTies } from '../numbers';
import { groupMaxima, personComponents, type PersonComponents } from './components';
import { capOf, personGates } from './gates';
import { quotaFor, type AnnualRules, type ComponentKey, type OutcomeCode, type QuarterGrade, type RoundingRule, type SanctionType, type VocabularyKey } from './rules';
import { suggestForGroup } from './suggestion';

/**
 * The year-end composite (「综合评定」, DOMAIN.md §4): per person, each component's 百分制 score and
 * weighted part, the composite, the rank within the group (ties 1, 1, 3), the gates that apply and
 * the suggested 等次 that respects the group's 优秀 quota. Pure: the service gathers the raw facts.
 *
 * Full precision throughout; rounding is for display and export only (except `rules.roundParts`).
 */

export interface CompositeGroupInput {
  readonly id: number;
  readonly excellentShare: number;
  readonly rounding: RoundingRule;
}

/** A raw component value, or why it is missing (Chinese, e.g. 「缺第四季度」, 「未参加述职测评」). */
export type RawComponent = { readonly value: number } | { readonly missing: string };

export interface SanctionFact {
  readonly type: SanctionType;
  /** YYYY-MM-DD */
  readonly decidedOn: string;
  /** 处分期间 in months; null: no end */
  readonly months: number | null;
}

export interface CompositePersonInput {
  readonly personId: number;
  readonly groupId: number;
  readonly vocabulary: VocabularyKey;
  /** raw value of every enabled component (adjustments: the net points before the cap) */
  readonly raw: Readonly<Partial<Record<ComponentKey, RawComponent>>>;
  /** Q1..Q4, null = not graded */
  readonly quarters: readonly (QuarterGrade | null)[];
  readonly sanctions: readonly SanctionFact[];
  /** the 双十星 gate that bars 优秀, e.g. 「少于5星不得评优」; null when none */
  readonly starsBar: string | null;
  /** why the person is 不定等次 (试用期, 任职不满半年, or the committee's override); null = gets a 等次 */
  readonly undetermined: string | null;
}

export interface ComponentFigure {
  /** raw value as gathered; null when missing */
  readonly raw: number | null;
  /** weighted: the 百分制 score; added: the points after the cap */
  readonly score: number | null;
  /** what it adds to the composite: weight% × score (weighted, re-normalised under 'reweight') or the capped points (added) */
  readonly part: number | null;
  readonly missing: string | null;
}

export interface GateFigure {
  /** stable code: 'no-good-quarter', 'sanction:警告', 'stars', 'undetermined', 'band' */
  readonly code: string;
  /** Chinese, e.g. 「全年无“好”等次季度，不得评为优秀」 */
  readonly label: string;
  /** the best outcome the gate allows */
  readonly maxOutcome: OutcomeCode;
}

export interface CompositeFigure {
  readonly personId: number;
  readonly groupId: number;
  readonly components: Readonly<Partial<Record<ComponentKey, ComponentFigure>>>;
  /** null when a weighted component is missing under 'exclude' (or every one is) */
  readonly composite: number | null;
  /** 「述职测评：未参加述职测评」… one per missing enabled component */
  readonly missing: readonly string[];
  /** within the group by composite; ties share a rank (1, 1, 3); null without a composite */
  readonly rank: number | null;
  readonly gates: readonly GateFigure[];
  /** the best outcome every gate allows ('excellent' when none applies) */
  readonly cap: OutcomeCode;
  /** null when the composite is missing and no gate decides the outcome */
  readonly suggested: OutcomeCode | null;
  /** why the suggestion is what it is when that is not obvious, e.g. 「与第3名并列，优秀名额不足，请考核委员会确定」 */
  readonly note: string;
  /** tied at the 优秀 boundary: for the committee to decide one by one, never confirmed in bulk */
  readonly committee: boolean;
  /** fewer weighted components than the rules require: no rank, no suggestion (「数据不足」) */
  readonly insufficient: boolean;
}

export interface CompositeGroupFigure {
  readonly id: number;
  readonly size: number;
  /** the people the 优秀 quota is a share of: everyone, or (rules.undetermined.inQuotaBase off) those who get a 等次 */
  readonly quotaBase: number;
  readonly excellentQuota: number;
  readonly excellentSuggested: number;
}

export interface CompositeInput {
  readonly year: number;
  readonly rules: AnnualRules;
  /** full marks that come from a component's source, over the rules' 满分 (考核项目: Σ of the 指标体系's maxima) */
  readonly fullMarks?: Readonly<Partial<Record<ComponentKey, number>>>;
  readonly groups: readonly CompositeGroupInput[];
  readonly people: readonly CompositePersonInput[];
}

export interface CompositeOutput {
  /** in the order of `input.people` */
  readonly rows: readonly CompositeFigure[];
  readonly groups: readonly CompositeGroupFigure[];
}

/**
 * Per group: normalisation maxima, components and composite, ranks, gates (bands need the
 * composite), then the quota walk. Every step only looks at the group's people as a set, so the
 * figures do not depend on the order of `input.people`.
 */
export function computeComposite(input: CompositeInput): CompositeOutput {
  const { rules, year } = input;
  const members = new Map<number, number[]>(input.groups.map((g) => [g.id, []]));
  input.people.forEach((person, index) => {
    const list = members.get(person.groupId);
    if (!list) throw new Error(`computeComposite: person ${person.personId} is in unknown group ${person.groupId}`);
    list.push(index);
  });

  const rows: CompositeFigure[] = new Array<CompositeFigure>(input.people.length);
  const groups: CompositeGroupFigure[] = input.groups.map((group) => {
    const indices = members.get(group.id)!;
    const people = indices.map((i) => input.people[i]!);
    // 不定等次 people get a comment, not a 等次: they take no rank (they still count for the group's
    // best under normalisation, so that nobody's score passes 100)
    const graded = people.filter((p) => p.undetermined === null);
    const maxima = groupMaxima(people, rules);
    const figures: PersonComponents[] = people.map((person) => personComponents(person, rules, maxima, input.fullMarks));
    const ranks = rankWithTies(figures.map((f, k) => (people[k]!.undetermined !== null || f.insufficient !== null ? null : f.composite)));
    const gates = people.map((person, k) => personGates(person, figures[k]!.composite, rules, year));
    const caps = gates.map(capOf);
    const quotaBase = rules.undetermined.inQuotaBase ? people.length : graded.length;
    const excellentQuota = quotaFor(group.excellentShare, quotaBase, group.rounding);
    const { suggestions, excellent } = suggestForGroup(
      people.map((_, k) => ({ rank: ranks[k]!, cap: caps[k]!, missingLabels: figures[k]!.missingLabels, insufficient: figures[k]!.insufficient })),
      excellentQuota,
    );
    people.forEach((person, k) => {
      const figure = figures[k]!;
      rows[indices[k]!] = {
        personId: person.personId,
        groupId: person.groupId,
        components: figure.components,
        composite: figure.composite,
        missing: figure.missing,
        rank: ranks[k]!,
        gates: gates[k]!,
        cap: caps[k]!,
        suggested: suggestions[k]!.suggested,
        note: suggestions[k]!.note,
        committee: suggestions[k]!.committee,
        insufficient: figure.insufficient !== null && people[k]!.undetermined === null,
      };
    });
    return { id: group.id, size: people.length, quotaBase, excellentQuota, excellentSuggested: excellent };
  });
  return { rows, groups };
}
