import { levelCodes, type LevelCode, type OutcomeCode, type VocabularyKey } from './codes';
import type { LevelVocabulary } from './rules';

/**
 * 年度考核结果备案表 counts (DOMAIN.md §9): one row per 人员类别 and a 合计 row; one column per 等次
 * of both vocabularies (a word both use, 优秀, is one column), then 不定等次, 未参加, 参加考核人数 and
 * the 优秀 share. Pure, so the counts are tested without a database.
 *
 * - 参加考核人数: the year's participants (不定等次 included: they take part in the 年度考核).
 * - 未参加: people 在职 on the roster in a unit where the year has participants, who are not
 *   participants (the service picks them; they count in no other column).
 * - 优秀比例 = 优秀 ÷ base, base = 参加考核人数 when the year's rule `undetermined.inQuotaBase` holds,
 *   else 参加考核人数 − 不定等次 (the same base as the 优秀 quota, DOMAIN §4).
 */

export interface FilingParticipant {
  readonly category: string | null;
  readonly vocabulary: VocabularyKey;
  /** the confirmed outcome (null: not confirmed, only in an open year) */
  readonly outcome: OutcomeCode | null;
}

export interface FilingColumn {
  readonly label: string;
  /** the 等次 that count in the column, e.g. 优秀 of both vocabularies */
  readonly levels: ReadonlyArray<{ readonly vocabulary: VocabularyKey; readonly level: LevelCode }>;
}

export interface FilingRow {
  /** the 人员类别, 「合计」 for the total */
  readonly category: string;
  /** per column of `columns` */
  readonly levels: readonly number[];
  readonly undetermined: number;
  /** participants without a confirmed outcome (an open year only) */
  readonly unconfirmed: number;
  readonly absent: number;
  readonly participants: number;
  readonly excellent: number;
  /** the share's base: participants, less 不定等次 when they are not in the base */
  readonly base: number;
  /** 0..1, null when the base is 0 */
  readonly excellentShare: number | null;
}

export interface FilingCounts {
  readonly columns: readonly FilingColumn[];
  readonly rows: readonly FilingRow[];
  readonly total: FilingRow;
  readonly inQuotaBase: boolean;
}

export const noCategoryLabel = '未填人员类别';
export const totalLabel = '合计';

/** The 等次 columns: the 公务员 words, then the 事业单位 words the 公务员 do not use. */
export function filingColumns(vocabularies: Readonly<Record<VocabularyKey, LevelVocabulary>>): FilingColumn[] {
  const columns: Array<{ label: string; levels: Array<{ vocabulary: VocabularyKey; level: LevelCode }> }> = [];
  for (const vocabulary of ['civil', 'institution'] as const) {
    levelCodes.forEach((level, i) => {
      const label = vocabularies[vocabulary].levels[i]!;
      const column = columns.find((c) => c.label === label);
      if (column) column.levels.push({ vocabulary, level });
      else columns.push({ label, levels: [{ vocabulary, level }] });
    });
  }
  return columns;
}

export interface FilingInput {
  readonly participants: readonly FilingParticipant[];
  /** the 未参加 people's 人员类别 */
  readonly absent: readonly (string | null)[];
  readonly vocabularies: Readonly<Record<VocabularyKey, LevelVocabulary>>;
  readonly inQuotaBase: boolean;
  /** categories in this order first (the rules' 人员类别 list), the others after them by name */
  readonly categoryOrder?: readonly string[];
}

const categoryOf = (category: string | null): string => category?.trim() || noCategoryLabel;

export function filingCounts(input: FilingInput): FilingCounts {
  const columns = filingColumns(input.vocabularies);
  const columnOf = (vocabulary: VocabularyKey, level: LevelCode): number =>
    columns.findIndex((c) => c.levels.some((l) => l.vocabulary === vocabulary && l.level === level));
  interface Tally { levels: number[]; undetermined: number; unconfirmed: number; absent: number; participants: number; excellent: number }
  const blank = (): Tally => ({ levels: columns.map(() => 0), undetermined: 0, unconfirmed: 0, absent: 0, participants: 0, excellent: 0 });
  const tallies = new Map<string, Tally>();
  const tallyOf = (category: string | null): Tally => {
    const key = categoryOf(category);
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = blank()));
    return t;
  };
  for (const p of input.participants) {
    const t = tallyOf(p.category);
    t.participants += 1;
    if (p.outcome == null) t.unconfirmed += 1;
    else if (p.outcome === 'undetermined') t.undetermined += 1;
    else {
      t.levels[columnOf(p.vocabulary, p.outcome)]! += 1;
      if (p.outcome === 'excellent') t.excellent += 1;
    }
  }
  for (const category of input.absent) tallyOf(category).absent += 1;

  const toRow = (category: string, t: Tally): FilingRow => {
    const base = input.inQuotaBase ? t.participants : t.participants - t.undetermined;
    return { category, ...t, base, excellentShare: base > 0 ? t.excellent / base : null };
  };
  const order = input.categoryOrder ?? [];
  const rank = (c: string): number => (order.includes(c) ? order.indexOf(c) : c === noCategoryLabel ? Number.MAX_SAFE_INTEGER : order.length);
  const categories = [...tallies.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'zh-Hans-CN'));
  const sum = blank();
  for (const t of tallies.values()) {
    t.levels.forEach((n, i) => (sum.levels[i]! += n));
    sum.undetermined += t.undetermined;
    sum.unconfirmed += t.unconfirmed;
    sum.absent += t.absent;
    sum.participants += t.participants;
    sum.excellent += t.excellent;
  }
  return { columns, rows: categories.map((c) => toRow(c, tallies.get(c)!)), total: toRow(totalLabel, sum), inQuotaBase: input.inQuotaBase };
}

/** 「2024：优秀；2025：—；2026：称职」: the 近三年等次 cell of the 名册 (— : no record that year). */
export function recentOutcomesText(recent: ReadonlyArray<{ readonly year: number; readonly label: string | null }>): string {
  return recent.map((r) => `${r.year}：${r.label ?? '—'}`).join('；');
}
