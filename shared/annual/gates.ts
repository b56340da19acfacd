import { formatScore } from '../numbers';
import type { CompositePersonInput, GateFigure } from './composite';
import { stricterOutcome } from './outcome-order';
import { outcomeLabel, type AnnualRules, type LevelCode, type LevelVocabulary, type OutcomeCode, type SanctionGate } from './rules';
import { decidedInYear, periodOverlapsYear, sanctionPeriodEnd } from './sanction-period';

/**
 * The gates of DOMAIN §4 for one person, each with the best outcome it still allows, worded in the
 * person's own 等次 vocabulary (称职 or 合格). Which gates exist and how far they reach is all in
 * `rules.gates` and `rules.bands`.
 */

/** what a ceiling means in words: 「不得评为优秀」, 「最高为基本称职」, 「定为不称职」 */
function restriction(vocabulary: LevelVocabulary, level: LevelCode): string {
  if (level === 'competent') return `不得评为${outcomeLabel(vocabulary, 'excellent')}`;
  if (level === 'fail') return `定为${outcomeLabel(vocabulary, 'fail')}`;
  return `最高为${outcomeLabel(vocabulary, level)}`;
}

function sanctionGateFigure(fact: CompositePersonInput['sanctions'][number], gate: SanctionGate, vocabulary: LevelVocabulary, year: number): GateFigure | null {
  // a rule that still allows 优秀 restricts nothing
  if (gate.maxLevel === 'excellent') return null;
  const code = `sanction:${fact.type}`;
  if (gate.window === 'year') {
    if (!decidedInYear(fact.decidedOn, year)) return null;
    return { code, label: `${fact.decidedOn}受${fact.type}处分，当年${restriction(vocabulary, gate.maxLevel)}`, maxOutcome: gate.maxLevel };
  }
  if (!periodOverlapsYear(fact.decidedOn, fact.months, year)) return null;
  const end = sanctionPeriodEnd(fact.decidedOn, fact.months);
  const span = end === null ? `自${fact.decidedOn}起，无截止日期` : `至${end}`;
  return { code, label: `${fact.type}处分期间（${span}），${restriction(vocabulary, gate.maxLevel)}`, maxOutcome: gate.maxLevel };
}

function bandGate(composite: number | null, rules: AnnualRules, vocabulary: LevelVocabulary): GateFigure | null {
  if (composite === null) return null;
  const { failBelow, basicBelow } = rules.bands;
  const shown = formatScore(composite);
  if (failBelow !== null && composite < failBelow) {
    return { code: 'band', label: `综合得分${shown}，低于${failBelow}分，${restriction(vocabulary, 'fail')}`, maxOutcome: 'fail' };
  }
  if (basicBelow !== null && composite < basicBelow) {
    return { code: 'band', label: `综合得分${shown}，低于${basicBelow}分，${restriction(vocabulary, 'basic')}`, maxOutcome: 'basic' };
  }
  return null;
}

/** every gate that applies to the person in `year` (不定等次 first, as it overrides the rest) */
export function personGates(person: CompositePersonInput, composite: number | null, rules: AnnualRules, year: number): GateFigure[] {
  const vocabulary = rules.vocabularies[person.vocabulary];
  const gates: GateFigure[] = [];
  if (person.undetermined !== null) {
    gates.push({ code: 'undetermined', label: `${outcomeLabel(vocabulary, 'undetermined')}：${person.undetermined}`, maxOutcome: 'undetermined' });
  }
  if (rules.gates.requireGoodQuarter && !person.quarters.includes('good')) {
    gates.push({ code: 'no-good-quarter', label: `全年无“好”等次季度，${restriction(vocabulary, 'competent')}`, maxOutcome: 'competent' });
  }
  for (const fact of person.sanctions) {
    const gate = rules.gates.sanctions.find((g) => g.type === fact.type);
    const figure = gate ? sanctionGateFigure(fact, gate, vocabulary, year) : null;
    if (figure) gates.push(figure);
  }
  if (rules.gates.starsBarExcellent && person.starsBar !== null) {
    gates.push({ code: 'stars', label: `双十星：${person.starsBar}`, maxOutcome: 'competent' });
  }
  const band = bandGate(composite, rules, vocabulary);
  if (band) gates.push(band);
  return gates;
}

/** the most restrictive gate's ceiling; 优秀 when no gate applies */
export const capOf = (gates: readonly GateFigure[]): OutcomeCode => gates.reduce<OutcomeCode>((cap, g) => stricterOutcome(cap, g.maxOutcome), 'excellent');
