import { compositeTableColumns, limitsOf, type CompositeTableColumn } from '../../../../shared/annual/composite-table';
import type { CompositeRow, CompositeView } from '../../../../shared/annual/views';
import { formatScore } from '../../../../shared/numbers';

/**
 * The 综合评定表 for the 考核委员会会议 (DOMAIN §9.6): the .xlsx's columns (shared/annual/composite-table.ts)
 * less 考核分组 (each group is its own section), with 确定等次 left EMPTY for the committee to write in,
 * and the 备注 split in two: the gates and red lines that hit, and the rest.
 */
export interface SheetColumn {
  readonly key: string;
  readonly header: string;
  readonly group?: string;
  /** share of the table's width */
  readonly width: number;
  readonly align: 'left' | 'center';
  text(row: CompositeRow, index: number): string;
}

const cellText = (c: CompositeTableColumn, row: CompositeRow, index: number): string => {
  const v = c.value(row, index);
  if (v == null) return '';
  return typeof v === 'number' && c.kind === 'score' ? formatScore(v) : String(v);
};

export function meetingSheetColumns(view: Pick<CompositeView, 'rules'>): SheetColumn[] {
  return compositeTableColumns(view, new Map()).flatMap((c): SheetColumn[] => {
    if (c.key === 'group') return [];
    const base = { key: c.key, header: c.header, group: c.group, width: c.width, align: c.align ?? ('center' as const) };
    if (c.key === 'confirmed') return [{ ...base, width: c.width + 4, text: () => '' }];
    if (c.key === 'remark') {
      return [
        { key: 'limits', header: '红线与限制', width: 16, align: 'left', text: (r) => limitsOf(r).join('；') },
        { key: 'notes', header: '备注', width: 16, align: 'left', text: (r) => [...r.missing, r.note].filter(Boolean).join('；') },
      ];
    }
    return [{ ...base, text: (r, i) => cellText(c, r, i) }];
  });
}

export type Paper = 'A4' | 'A3';
export const paperLabels: Record<Paper, string> = { A4: 'A4 横向', A3: 'A3 横向' };
