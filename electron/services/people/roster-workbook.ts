import type { Person } from '../../../shared/domain';
import { rosterFieldKeys, rosterFieldLabels, type RosterFieldKey } from '../../../shared/domain';
import { addTableSheet, createWorkbook, workbookBytes, type CellValue, type TableColumn } from '../../excel/write';

/**
 * The 人员花名册 workbook. Its headers are the roster field labels the import recognizes, in the
 * order an office roster uses, so an exported file imports back as 无变化 for everyone.
 */
export const rosterSheetName = '人员花名册';

type ColumnLayout = Omit<TableColumn, 'header'>;

/**
 * Widths (Excel characters; a CJK character takes about 2.1 in Excel's default font) and alignment
 * per field; 身份证号 is text ('@') so Excel never turns it into 4.2E+17.
 */
const layout: Readonly<Record<RosterFieldKey, ColumnLayout>> = {
  name: { width: 10 },
  gender: { width: 6 },
  birth: { width: 10 },
  idNumber: { width: 21, numFmt: '@' },
  staffNo: { width: 10, numFmt: '@' },
  political: { width: 12, wrap: true },
  unitName: { width: 22, align: 'left', wrap: true },
  post: { width: 18, align: 'left', wrap: true },
  rank: { width: 14, wrap: true },
  postSince: { width: 11 },
  category: { width: 12, wrap: true },
  isLeader: { width: 13 },
  hireDate: { width: 12 },
  probationEnd: { width: 12 },
  ethnicity: { width: 8 },
  nativePlace: { width: 12, wrap: true },
  education: { width: 10, wrap: true },
  workStart: { width: 12 },
  partySince: { width: 10 },
  note: { width: 20, align: 'left', wrap: true },
};

export const rosterColumns: readonly TableColumn[] = [
  { header: '序号', width: 6 },
  ...rosterFieldKeys.map((key) => ({ header: rosterFieldLabels[key], ...layout[key] })),
];

/** One person as the roster shows them: the field values in rosterFieldKeys order. */
export function rosterCells(p: Person): Record<RosterFieldKey, CellValue> {
  return {
    name: p.name, gender: p.gender, birth: p.birth, idNumber: p.idNumber, staffNo: p.staffNo, political: p.political,
    unitName: p.unitName, post: p.post, rank: p.rank, postSince: p.postSince, category: p.category,
    isLeader: p.isLeader ? '是' : '否', hireDate: p.hireDate, probationEnd: p.probationEnd, ethnicity: p.ethnicity,
    nativePlace: p.nativePlace, education: p.education, workStart: p.workStart, partySince: p.partySince, note: p.note,
  };
}

export interface RosterWorkbookInput {
  /** e.g. 「某某区国防动员办公室人员花名册」 */
  readonly title: string;
  /** 填报单位 */
  readonly unitName: string;
  /** 日期 as printed: 2026年11月25日 */
  readonly dateText: string;
  readonly people: readonly Person[];
}

export async function writeRosterWorkbook(input: RosterWorkbookInput): Promise<Uint8Array> {
  const workbook = createWorkbook();
  const sheet = addTableSheet(workbook, {
    sheetName: rosterSheetName,
    title: input.title,
    subtitle: { left: `填报单位：${input.unitName}`, right: `日期：${input.dateText}` },
    columns: rosterColumns,
    landscape: true,
  });
  input.people.forEach((p, i) => {
    const cells = rosterCells(p);
    sheet.addRow([i + 1, ...rosterFieldKeys.map((key) => cells[key])]);
  });
  sheet.finish();
  return workbookBytes(workbook);
}
