import type { FilingCounts, FilingRow } from '../../../shared/annual';
import { addTableSheet, createWorkbook, workbookBytes, type CellValue, type TableColumn } from '../../excel/write';

/**
 * 年度考核结果备案表 (.xlsx, DOMAIN §9) in the shared style (ARCHITECTURE §2): sheet 1 the counts
 * per 人员类别 and 等次 with the 优秀 share, sheet 2 the 名册. Both A4 landscape, the header repeated on
 * every page, fitted to one page wide, the 单位（盖章）/填表人/审核人/日期 footer.
 */

export const filingCountsSheetName = '等次统计';
export const filingRosterSheetName = '名册';

export interface FilingRosterLine {
  readonly name: string;
  readonly gender: string;
  readonly birth: string;
  readonly unitName: string;
  readonly postRank: string;
  readonly category: string;
  readonly outcome: string;
  readonly awards: string;
  readonly recent: string;
}

export interface FilingWorkbookInput {
  readonly year: number;
  readonly unitTitle: string;
  /** 填报日期, as on paper */
  readonly date: string;
  readonly counts: FilingCounts;
  readonly roster: readonly FilingRosterLine[];
}

const count = '0';
const percent = '0.00%';

const rowValues = (row: FilingRow): CellValue[] => [
  ...row.levels, row.undetermined, row.absent, row.participants, row.excellentShare,
];

export async function writeFilingWorkbook(input: FilingWorkbookInput): Promise<Uint8Array> {
  const { counts } = input;
  const workbook = createWorkbook({ pagesPerSheet: true });
  const subtitle = { left: `填报单位：${input.unitTitle}`, right: `填报日期：${input.date}` };
  const countColumns: TableColumn[] = [
    { header: '人员类别', width: 16, align: 'left', wrap: true },
    ...counts.columns.map((c): TableColumn => ({ header: c.label, width: 8, numFmt: count, group: '确定等次' })),
    { header: '不定等次', width: 9, numFmt: count },
    { header: '未参加', width: 8, numFmt: count },
    { header: '参加考核人数', width: 13, numFmt: count },
    { header: '优秀比例', width: 10, numFmt: percent },
  ];
  const sheet = addTableSheet(workbook, {
    sheetName: filingCountsSheetName,
    title: `${input.year}年度考核结果备案表`,
    subtitle,
    columns: countColumns,
    landscape: true,
    keyColumns: 1,
  });
  for (const row of counts.rows) sheet.addRow([row.category, ...rowValues(row)]);
  sheet.addTotalRow(counts.total.category, 1, rowValues(counts.total));
  sheet.addMergedRow(
    `说明：表中人数单位为人；参加考核人数含不定等次人员；优秀比例＝优秀人数÷${counts.inQuotaBase ? '参加考核人数（含不定等次人员）' : '确定等次人数（参加考核人数减不定等次人数）'}，按百分比保留两位小数；` +
      '未参加为本年度有人员参加考核的单位中，在职但未参加本年度考核的人员（按花名册当前状态）。',
    'note',
  );
  sheet.addMergedRow('填表人：　　　　　　　　审核人：　　　　　　　　联系电话：', 'note');
  sheet.finish();

  const roster = addTableSheet(workbook, {
    sheetName: filingRosterSheetName,
    title: `${input.year}年度考核结果备案名册`,
    subtitle,
    columns: [
      { header: '序号', width: 5, numFmt: count },
      { header: '姓名', width: 9 },
      { header: '性别', width: 5 },
      { header: '出生年月', width: 9 },
      { header: '单位', width: 20, align: 'left', wrap: true },
      { header: '职务职级', width: 22, align: 'left', wrap: true },
      { header: '人员类别', width: 9, wrap: true },
      { header: '等次', width: 9 },
      { header: '奖励', width: 12, wrap: true },
      { header: '近三年等次', width: 32, align: 'left', wrap: true },
    ],
    landscape: true,
  });
  input.roster.forEach((p, i) => roster.addRow([i + 1, p.name, p.gender, p.birth, p.unitName, p.postRank, p.category, p.outcome, p.awards, p.recent]));
  roster.addMergedRow('填表人：　　　　　　　　审核人：　　　　　　　　联系电话：', 'note');
  roster.finish();
  return workbookBytes(workbook);
}
