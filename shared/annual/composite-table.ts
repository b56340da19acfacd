import { componentLabels, outcomeLabel, undeterminedLabel, type AnnualRules, type ComponentKey, type OutcomeCode, type VocabularyKey } from './rules';
import type { CompositeRow, CompositeView } from './views';

/**
 * The 综合评定表's columns, once for every place it is printed (DOMAIN §4, §9.6): the .xlsx
 * (electron/services/annual/composite-workbook.ts) and the print view for the 考核委员会会议
 * (renderer/pages/annual/composite-print). Each column says what it holds and how wide it is; the
 * workbook turns `kind` into a number format, the print view into a formatted text.
 */

/**
 * What the page shows for a missing figure (a component the rules count that the person lacks):
 * 「缺」, never 0 and never a blank that reads as 0.
 */
export const missingMark = '缺';

export type CompositeCellKind = 'count' | 'score' | 'text';
export type CompositeColumnKey = 'no' | 'group' | 'name' | 'unit' | 'post' | `component:${ComponentKey}` | 'composite' | 'rank' | 'suggested' | 'confirmed' | 'remark';

export interface CompositeTableColumn {
  readonly key: CompositeColumnKey;
  readonly header: string;
  /** in Excel characters (a CJK character counts about 2) */
  readonly width: number;
  readonly kind: CompositeCellKind;
  readonly align?: 'left';
  readonly wrap?: boolean;
  /** a merged header above consecutive columns (各项得分) */
  readonly group?: string;
  value(row: CompositeRow, index: number): string | number | null;
}

/** One component figure: the number, 「缺」 when missing, null when the rules do not count the component. */
export function componentValue(row: CompositeRow, key: ComponentKey, pick: 'raw' | 'score' | 'part'): number | string | null {
  const figure = row.components[key];
  if (!figure) return null;
  if (figure.missing !== null) return missingMark;
  return figure[pick];
}

export const outcomeWord = (rules: AnnualRules, vocabulary: VocabularyKey, outcome: OutcomeCode | null): string =>
  outcome == null ? '' : outcome === 'undetermined' ? undeterminedLabel : outcomeLabel(rules.vocabularies[vocabulary], outcome);

/** The gates and 述职测评 red lines that hit the person, one clause each. */
export const limitsOf = (row: CompositeRow): string[] => [...row.gates.map((g) => g.label), ...row.redLines];

/** 备注: why the figures are what they are, one clause per fact (gates, red lines, missing, the committee's reasons). */
export function remarkOf(row: CompositeRow): string {
  return [
    ...limitsOf(row),
    ...row.missing,
    row.note,
    row.confirmReason ? `调整理由：${row.confirmReason}` : '',
    row.overrideReason ? `超出优秀名额：${row.overrideReason}` : '',
  ].filter(Boolean).join('；');
}

/** The header of a component column: 「述职测评（30%）」, 「加减分（±5）」. */
export function componentHeader(c: AnnualRules['components'][number]): string {
  return c.mode === 'weighted' ? `${componentLabels[c.key]}（${c.weight}%）` : `${componentLabels[c.key]}${c.cap == null ? '' : `（±${c.cap}）`}`;
}

export function compositeTableColumns(view: Pick<CompositeView, 'rules'>, groupNames: ReadonlyMap<number, string>): CompositeTableColumn[] {
  const { rules } = view;
  const columns: CompositeTableColumn[] = [
    { key: 'no', header: '序号', width: 5, kind: 'count', value: (_r, i) => i + 1 },
    { key: 'group', header: '考核分组', width: 8, kind: 'text', wrap: true, value: (r) => groupNames.get(r.groupId) ?? '' },
    { key: 'name', header: '姓名', width: 9, kind: 'text', value: (r) => r.name },
    { key: 'unit', header: '单位', width: 13, kind: 'text', align: 'left', wrap: true, value: (r) => r.unitName },
    { key: 'post', header: '职务', width: 10, kind: 'text', align: 'left', wrap: true, value: (r) => r.post },
  ];
  for (const c of rules.components) {
    if (!c.enabled) continue;
    columns.push({ key: `component:${c.key}`, header: componentHeader(c), width: 8, kind: 'score', group: '各项得分', value: (r) => componentValue(r, c.key, 'score') });
  }
  columns.push(
    { key: 'composite', header: '综合得分', width: 8, kind: 'score', value: (r) => r.composite },
    { key: 'rank', header: '组内排名', width: 6, kind: 'count', value: (r) => r.rank },
    { key: 'suggested', header: '建议等次', width: 8, kind: 'text', value: (r) => outcomeWord(rules, r.vocabulary, r.suggested) },
    { key: 'confirmed', header: '确定等次', width: 8, kind: 'text', value: (r) => outcomeWord(rules, r.vocabulary, r.confirmed) },
    { key: 'remark', header: '备注', width: 20, kind: 'text', align: 'left', wrap: true, value: (r) => remarkOf(r) },
  );
  return columns;
}
