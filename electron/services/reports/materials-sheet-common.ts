import { outcomeLabel, undeterminedLabel, vocabularyKeys, levelCodes, type AnnualRules, type OutcomeCode, type VocabularyKey } from '../../../shared/annual';
import type { CompositeRow } from '../../../shared/annual';
import type { MaterialsData, MaterialsGroup } from './materials-sheet-data';
import type { TableSheetOptions } from '../../excel/write';

/** What every sheet writer of the 年终考核材料 shares: titles, the subtitle line, 等次 words, pacing. */

export const scoreFormat = '0.00';
export const countFormat = '0';
export const textFormat = '@';

/** The long job yields and checks for 「取消」 through this, between sheets and every few hundred rows. */
export interface MaterialsPacing {
  /** before each sheet: its place among `count` and its name */
  sheet(index: number, count: number, name: string): Promise<void>;
  /** every `rowsPerPace` rows inside a sheet */
  rows(): Promise<void>;
}

export const rowsPerPace = 300;

/** Counts rows and lets the job breathe every `rowsPerPace`. */
export function rowPacer(pacing: MaterialsPacing): () => Promise<void> {
  let n = 0;
  return async () => {
    if (++n % rowsPerPace === 0) await pacing.rows();
  };
}

/** 「（未确定）」 while the year is not locked: every title says so. */
export const titleSuffix = (data: Pick<MaterialsData, 'final'>): string => (data.final ? '' : '（未确定）');

/** 「某市国防动员办公室2026年度考核结果汇总表（未确定）」 */
export const materialsTitle = (data: Pick<MaterialsData, 'final' | 'unitTitle' | 'year'>, what: string): string =>
  `${data.unitTitle}${data.year}年度${what}${titleSuffix(data)}`;

/** The line under each title: the unit and head count on the left, 锁定日期 / 制表日期 on the right. */
export function materialsSubtitle(data: MaterialsData, extra = ''): NonNullable<TableSheetOptions['subtitle']> {
  const parts = [data.unitTitle ? `单位：${data.unitTitle}` : '', `参加考核${data.view.rows.length}人`, data.final ? '' : `未确定等次${data.view.unconfirmed}人`, extra].filter(Boolean);
  return { left: parts.join('\u3000'), right: data.dateLine };
}

/** 1 -> 一, 12 -> 十二, 21 -> 二十一 (group numbering 「一、班子成员」) */
export function chineseOrdinal(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n]!;
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
  return String(n);
}

export const outcomeText = (rules: AnnualRules, vocabulary: VocabularyKey, outcome: OutcomeCode | null): string =>
  outcome == null ? '' : outcome === 'undetermined' ? undeterminedLabel : outcomeLabel(rules.vocabularies[vocabulary], outcome);

/**
 * 「优秀7人，称职40人，合格12人，不定等次1人」: the outcomes of `rows` by label, best level first,
 * 公务员 words before 事业 words of the same level; nobody -> ''.
 */
export function outcomeCounts(rules: AnnualRules, rows: readonly CompositeRow[], pick: (r: CompositeRow) => OutcomeCode | null): string {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const outcome = pick(r);
    if (outcome == null) continue;
    const label = outcomeText(rules, r.vocabulary, outcome);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const order = [...levelCodes.flatMap((level) => vocabularyKeys.map((v) => outcomeLabel(rules.vocabularies[v], level))), undeterminedLabel];
  return [...new Set(order)].filter((label) => counts.has(label)).map((label) => `${label}${counts.get(label)}人`).join('，');
}

/** The view's rows of each group with people, in the order given by `order` (person ids). */
export function rowsByGroup(data: MaterialsData, order: readonly number[]): { group: MaterialsGroup; rows: CompositeRow[] }[] {
  const place = new Map(order.map((id, i) => [id, i]));
  return data.groups.flatMap((group) => {
    const rows = data.view.rows.filter((r) => r.groupId === group.id).sort((a, b) => (place.get(a.personId) ?? 0) - (place.get(b.personId) ?? 0));
    return rows.length === 0 ? [] : [{ group, rows }];
  });
}

/** 「一、班子成员（4人，优秀名额1名）」 */
export const groupSubtitle = (index: number, group: MaterialsGroup, quota: string): string => `${chineseOrdinal(index + 1)}、${group.name}（${group.size}人，${quota}）`;

/**
 * What the page shows for a missing figure (a component the rules count that the person lacks, a
 * 星数 of someone who took no part in 评星): 「缺」, never 0 and never a blank that reads as 0.
 * One component figure as a cell: the number, 「缺」 when missing, empty when the rules do not count
 * the component (shared with the 综合评定表's columns).
 */
export { componentValue as componentCell, missingMark } from '../../../shared/annual';
