import { outcomeLabel, type AnnualRules, type OutcomeCode, type VocabularyKey } from '../../../shared/annual';
import type { CompositeRow, CompositeView } from '../../../shared/annual';
import type { SummaryReport } from '../../../shared/reports/views';
import type { YearEndFigure } from '../../../shared/stars';

/**
 * The figures of the 年终考核汇总报告, from the composite view alone (pure; the service reads the
 * database). The 等次 of a person is the confirmed one; while the year is not final, someone not
 * yet confirmed counts with the suggestion (and is marked 「（建议）」 in the lists).
 */

/** every outcome, in the order the report lists them */
export const reportOutcomes: readonly OutcomeCode[] = ['excellent', 'competent', 'basic', 'fail', 'undetermined'];

type OutcomeCount = SummaryReport['totals']['byOutcome'][number];
type PersonLine = SummaryReport['excellent'][number];

export interface Standing {
  readonly outcome: OutcomeCode | null;
  /** counted with the suggestion, not a confirmed 等次 */
  readonly suggested: boolean;
}

/** What a row counts as: the confirmed 等次, else (not final) the suggestion, else nothing. */
export function standingOf(row: Pick<CompositeRow, 'confirmed' | 'suggested'>, final: boolean): Standing {
  if (row.confirmed != null) return { outcome: row.confirmed, suggested: false };
  if (final || row.suggested == null) return { outcome: null, suggested: false };
  return { outcome: row.suggested, suggested: true };
}

/**
 * A level's label across the vocabularies that occur, e.g. 「称职（合格）」 when both 公务员 and 事业
 * people are counted, 「合格」 when only 事业; the same word in both (优秀) is said once.
 */
export function joinedLabel(rules: Pick<AnnualRules, 'vocabularies'>, vocabularies: readonly VocabularyKey[], outcome: OutcomeCode): string {
  const labels = [...new Set(vocabularies.map((v) => outcomeLabel(rules.vocabularies[v], outcome)))];
  return labels.length <= 1 ? (labels[0] ?? outcomeLabel(rules.vocabularies.civil, outcome)) : `${labels[0]}（${labels.slice(1).join('、')}）`;
}

/** Vocabularies occurring among the rows, civil first; none: the rules' default. */
export function vocabulariesOf(rows: readonly Pick<CompositeRow, 'vocabulary'>[], fallback: VocabularyKey): VocabularyKey[] {
  const present = (['civil', 'institution'] as const).filter((v) => rows.some((r) => r.vocabulary === v));
  return present.length > 0 ? present : [fallback];
}

/** Counts of every outcome (zeros included, so tables have the same columns). */
export function countOutcomes(rules: AnnualRules, rows: readonly CompositeRow[], final: boolean): OutcomeCount[] {
  const vocabularies = vocabulariesOf(rows, rules.defaultVocabulary);
  return reportOutcomes.map((outcome) => ({
    outcome,
    label: joinedLabel(rules, vocabularies, outcome),
    count: rows.filter((r) => standingOf(r, final).outcome === outcome).length,
  }));
}

export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** 不定等次 people (by the roster or the office, or confirmed so) get a comment, not a score that ranks or averages. */
export const isUndeterminedRow = (row: Pick<CompositeRow, 'cap' | 'confirmed'>): boolean => row.cap === 'undetermined' || row.confirmed === 'undetermined';

/** Mean of the composites that exist, 不定等次 people left out, two decimals; null when nobody has one. */
export function averageComposite(rows: readonly Pick<CompositeRow, 'composite' | 'cap' | 'confirmed'>[]): number | null {
  const values = rows.flatMap((r) => (r.composite == null || isUndeterminedRow(r) ? [] : [r.composite]));
  return values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length);
}

export function personLine(view: CompositeView, row: CompositeRow, final: boolean): PersonLine {
  const standing = standingOf(row, final);
  const label = standing.outcome == null ? '' : outcomeLabel(view.rules.vocabularies[row.vocabulary], standing.outcome);
  return {
    personId: row.personId,
    name: row.name,
    unitName: row.unitName,
    post: row.post,
    groupName: view.groups.find((g) => g.id === row.groupId)?.name ?? '',
    composite: row.composite == null ? null : round2(row.composite),
    outcome: standing.suggested ? `${label}（建议）` : label,
  };
}

export interface UnitPlace {
  /** grouping key: one unit of the roster, or a unit name no longer on it (a locked year's frozen name) */
  readonly key: string;
  /** place in the unit tree; units no longer on the roster come last */
  readonly order: number;
}

/** Participants per unit (their direct unit), in the order of `placeOf`. */
export function unitBreakdown(view: CompositeView, final: boolean, placeOf: (row: CompositeRow) => UnitPlace): SummaryReport['byUnit'] {
  const units = new Map<string, { unitName: string; order: number; first: number; rows: CompositeRow[] }>();
  view.rows.forEach((row, i) => {
    const place = placeOf(row);
    let unit = units.get(place.key);
    if (!unit) units.set(place.key, (unit = { unitName: row.unitName, order: place.order, first: i, rows: [] }));
    unit.rows.push(row);
  });
  return [...units.values()]
    .sort((a, b) => a.order - b.order || a.first - b.first)
    .map((u) => ({ unitName: u.unitName, participants: u.rows.length, byOutcome: countOutcomes(view.rules, u.rows, final), averageComposite: averageComposite(u.rows) }));
}

/** People per number of stars held at year end (those who took part in 评星), most stars first. */
export function starCounts(rows: readonly Pick<YearEndFigure, 'participated' | 'stars'>[], starsInScheme: number): SummaryReport['starCounts'] {
  const taking = rows.filter((r) => r.participated);
  const top = Math.max(starsInScheme, ...taking.map((r) => r.stars));
  return Array.from({ length: top + 1 }, (_, i) => top - i).map((stars) => ({ stars, people: taking.filter((r) => r.stars === stars).length }));
}
