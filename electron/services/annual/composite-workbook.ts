import { componentLabels } from '../../../shared/annual/rules';
import type { CompositeRow, CompositeView } from '../../../shared/annual/views';
import { compositeTableColumns, type CompositeCellKind } from '../../../shared/annual/composite-table';
import { partsRuleText } from '../../../shared/annual/printed-parts';
import { roundingRule } from '../../../shared/numbers';
import { addTableSheet, createWorkbook, workbookBytes, type CellValue, type TableColumn } from '../../excel/write';

/**
 * 年度考核综合评定表 (.xlsx, A4 landscape): per person, in group order then rank, each component's
 * score, the composite, the rank in the group, the suggested and the confirmed 等次 (in the person's
 * own vocabulary), and a 备注 with the gates, 述职测评 red lines, missing components and the
 * committee's reasons. Scores are numbers at full precision shown with 0.00, so a sum over the cells
 * equals the service's. A second sheet states the sources, the quotas and the rounding rule.
 */

export const compositeSheetName = '综合评定表';
export const notesSheetName = '计分说明';

const numberFormats: Record<CompositeCellKind, string | undefined> = { score: '0.00', count: '0', text: undefined };

interface CompositeColumn extends TableColumn {
  value(row: CompositeRow, index: number): CellValue;
}

/** The shared 综合评定表 columns (shared/annual/composite-table.ts) as workbook columns. */
export function compositeColumns(view: CompositeView, groupNames: ReadonlyMap<number, string>): CompositeColumn[] {
  return compositeTableColumns(view, groupNames).map((c) => ({
    header: c.header, width: c.width, numFmt: numberFormats[c.kind], align: c.align, wrap: c.wrap, group: c.group, value: c.value,
  }));
}

export interface CompositeWorkbookInput {
  readonly view: CompositeView;
  readonly title: string;
  readonly subtitleLeft: string;
  readonly subtitleRight: string;
}

export async function writeCompositeWorkbook(input: CompositeWorkbookInput): Promise<Uint8Array> {
  const { view } = input;
  const workbook = createWorkbook();
  const groupNames = new Map(view.groups.map((g) => [g.id, g.name]));
  const columns = compositeColumns(view, groupNames);
  const sheet = addTableSheet(workbook, {
    sheetName: compositeSheetName,
    title: input.title,
    subtitle: { left: input.subtitleLeft, right: input.subtitleRight },
    columns,
    landscape: true,
  });
  view.rows.forEach((r, i) => sheet.addRow(columns.map((c) => c.value(r, i))));
  sheet.finish();

  const notes = addTableSheet(workbook, {
    sheetName: notesSheetName,
    title: `${input.title}计分说明`,
    columns: [
      { header: '项目', width: 14 },
      { header: '内容', width: 90, align: 'left', wrap: true },
    ],
    landscape: true,
    signatureFooter: false,
  });
  const { rules } = view;
  const weighted = rules.components.filter((c) => c.enabled && c.mode === 'weighted');
  const added = rules.components.filter((c) => c.enabled && c.mode === 'added');
  notes.addRow(['计分办法', [
    `综合得分 = ${weighted.map((c) => `${componentLabels[c.key]}百分制得分 × ${c.weight}%`).join(' + ')}${added.map((c) => ` + ${componentLabels[c.key]}${c.cap == null ? '' : `（合计不超过±${c.cap}分）`}`).join('')}`,
    rules.missingPolicy === 'reweight' ? '缺少某项得分的，按其余各项权重重新折算' : '缺少某项得分的，暂不计算综合得分',
    partsRuleText(rules.roundParts),
    '缺少的得分显示为“缺”，不作0分',
  ].filter(Boolean).join('；')]);
  notes.addRow(['数据来源', view.sources.join('；')]);
  for (const g of view.groups) {
    const base = g.quotaBase ?? g.size;
    const basis = base === g.size ? '' : `（不定等次${g.size - base}人不计入名额基数）`;
    notes.addRow([g.name, `参加考核${g.size}人，优秀名额${g.excellentQuota}名${basis}，建议优秀${g.excellentSuggested}名，确定优秀${g.excellentConfirmed}名`]);
  }
  notes.addRow(['排名', '在同一考核分组内按综合得分（两位小数）排名，得分相同者名次并列；不定等次人员和数据不足的人员不参加排名']);
  notes.addRow(['数值修约', roundingRule]);
  notes.finish();
  return workbookBytes(workbook);
}
