import type ExcelJS from 'exceljs';
import { excelJsLibrary, makeExcelWritesXmlSafe } from '../../excel/write';
import { committeeOpinionText, registerEducationLabel, registerLabels, registerSignLines, registerTitleText, remarkExtraLines } from '../../../shared/reports/register-layout';
import type { RegisterForm, RegisterForms } from '../../../shared/reports/views';

/**
 * 年度考核登记表 as .xlsx, laid out like the paper form: a merged title, a bordered grid of the
 * person's particulars, and the boxes 个人总结 / 主管领导评语和考核等次建议 / 考核委员会意见 / 本人意见
 * with their signature and date lines. One A4 portrait page per person: either one sheet each
 * ('sheets', fitted to one page), or one sheet with a manual page break after each form ('pages').
 *
 * A normal (non-streaming) exceljs Workbook: forms are small, merged and bordered cell by cell,
 * which the streaming writer of workbook-style.ts is not made for.
 */

export type RegisterLayout = 'sheets' | 'pages';

export interface RegisterWriteProgress {
  /** called before each person's form (0-based); may throw to stop (cancellation) */
  beforePerson?(index: number, total: number): void;
  /** called once every form is laid out, before the file is written */
  beforeWriting?(): void;
}

/** 仿宋 is the body face of official forms; 黑体 ships with every Windows, 方正小标宋 does not. */
const bodyFont = '仿宋';
const titleFont = '黑体';

/** A..F: label, value, label, value, label, value (Excel character widths; about 16 cm in all). */
const columnWidths = [12, 15, 12, 15, 11, 17] as const;
const lastColumn = columnWidths.length;

/** Row heights in points; a form is about 750 pt, so it fits A4 within its margins at 100 %. */
const heights = { title: 44, field: 36, summary: 196, leaderComment: 92, committee: 64, own: 42, sign: 24, remark: 36, remarkLine: 16 } as const;

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

const styles = {
  title: { font: { name: titleFont, size: 18, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  label: { font: { name: bodyFont, size: 12, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  value: { font: { name: bodyFont, size: 12 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  longValue: { font: { name: bodyFont, size: 12 }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true, indent: 1 } },
  box: { font: { name: bodyFont, size: 12 }, alignment: { horizontal: 'left', vertical: 'top', wrapText: true, indent: 1 } },
  sign: { font: { name: bodyFont, size: 12 }, alignment: { horizontal: 'right', vertical: 'middle', indent: 2 } },
} as const satisfies Record<string, Partial<ExcelJS.Style>>;

interface Edges {
  readonly top: boolean;
  readonly bottom: boolean;
}
const closed: Edges = { top: true, bottom: true };

/**
 * Styles a rectangle of cells, draws its outline (top/bottom edges optional: a box and its
 * signature line are one outlined box on paper) and merges it. Every cell gets the border of its
 * edge, as Excel draws a merged range's outline from the cells under it.
 */
function area(ws: ExcelJS.Worksheet, r1: number, c1: number, r2: number, c2: number, value: string, style: Partial<ExcelJS.Style>, edges: Edges = closed): void {
  // merge first: exceljs gives every merged cell the master's style when merging
  if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2);
  for (let r = r1; r <= r2; r++) {
    for (let c = c1; c <= c2; c++) {
      const border: Partial<ExcelJS.Borders> = {};
      if (r === r1 && edges.top) border.top = thin;
      if (r === r2 && edges.bottom) border.bottom = thin;
      if (c === c1) border.left = thin;
      if (c === c2) border.right = thin;
      ws.getCell(r, c).style = { ...style, border };
    }
  }
  ws.getCell(r1, c1).value = value;
}

const labelText = (lines: readonly string[]) => lines.join('\n');

/** A long title gets a smaller size so it stays on one line across the form. */
const titleSize = (text: string) => Math.min(18, Math.floor(470 / Math.max(1, [...text].length)));

/** Writes one form from row `top`; returns its last row. */
function writeForm(ws: ExcelJS.Worksheet, form: RegisterForm, final: boolean, top: number): number {
  const setHeight = (row: number, height: number) => (ws.getRow(row).height = height);
  const title = registerTitleText(form, final);
  ws.getCell(top, 1).value = title;
  ws.getCell(top, 1).style = { ...styles.title, font: { ...styles.title.font, size: titleSize(title) } };
  ws.mergeCells(top, 1, top, lastColumn);
  setHeight(top, heights.title);

  let r = top + 1;
  // 姓名 | … | 性别 | … | 出生年月 | …
  area(ws, r, 1, r, 1, labelText(registerLabels.name), styles.label);
  area(ws, r, 2, r, 2, form.name, styles.value);
  area(ws, r, 3, r, 3, labelText(registerLabels.gender), styles.label);
  area(ws, r, 4, r, 4, form.gender, styles.value);
  area(ws, r, 5, r, 5, labelText(registerLabels.birth), styles.label);
  area(ws, r, 6, r, 6, form.birth, styles.value);
  setHeight(r++, heights.field);
  // 民族 | … | 政治面貌 | … | 学历 (文化程度) | …
  area(ws, r, 1, r, 1, labelText(registerLabels.ethnicity), styles.label);
  area(ws, r, 2, r, 2, form.ethnicity, styles.value);
  area(ws, r, 3, r, 3, labelText(registerLabels.political), styles.label);
  area(ws, r, 4, r, 4, form.political, styles.value);
  area(ws, r, 5, r, 5, labelText(registerEducationLabel(form)), styles.label);
  area(ws, r, 6, r, 6, form.education, styles.value);
  setHeight(r++, heights.field);
  // 参加工作时间 | … | 入党时间 | … | 任现职时间 | …
  area(ws, r, 1, r, 1, labelText(registerLabels.workStart), styles.label);
  area(ws, r, 2, r, 2, form.workStart, styles.value);
  area(ws, r, 3, r, 3, labelText(registerLabels.partySince), styles.label);
  area(ws, r, 4, r, 4, form.partySince, styles.value);
  area(ws, r, 5, r, 5, labelText(registerLabels.postSince), styles.label);
  area(ws, r, 6, r, 6, form.postSince, styles.value);
  setHeight(r++, heights.field);
  area(ws, r, 1, r, 1, labelText(registerLabels.unitAndPost), styles.label);
  area(ws, r, 2, r, lastColumn, form.unitAndPost, styles.longValue);
  setHeight(r++, heights.field);
  area(ws, r, 1, r, 1, labelText(registerLabels.work), styles.label);
  area(ws, r, 2, r, lastColumn, form.work, styles.longValue);
  setHeight(r++, heights.field);

  // The boxes: a tall space to write in, and the signature line at its foot.
  const box = (label: readonly string[], height: number, text: string, sign: string) => {
    area(ws, r, 1, r + 1, 1, labelText(label), styles.label);
    area(ws, r, 2, r, lastColumn, text, styles.box, { top: true, bottom: false });
    area(ws, r + 1, 2, r + 1, lastColumn, sign, styles.sign, { top: false, bottom: true });
    setHeight(r, height);
    setHeight(r + 1, heights.sign);
    r += 2;
  };
  // a long 备注 takes its extra lines from the 个人总结 box (one A4 page per person)
  const extra = remarkExtraLines(form.remark) * heights.remarkLine;
  box(registerLabels.summary, heights.summary - extra, '', registerSignLines.signature);
  box(registerLabels.leaderComment, heights.leaderComment, '', registerSignLines.signature);
  box(registerLabels.committee, heights.committee, committeeOpinionText(form), registerSignLines.seal);
  box(registerLabels.own, heights.own, '', registerSignLines.signature);
  area(ws, r, 1, r, 1, labelText(registerLabels.remark), styles.label);
  area(ws, r, 2, r, lastColumn, form.remark, styles.longValue);
  setHeight(r, heights.remark + extra);
  return r;
}

const basePageSetup: Partial<ExcelJS.PageSetup> = {
  paperSize: 9, // A4
  orientation: 'portrait',
  horizontalCentered: true,
  margins: { left: 0.6, right: 0.6, top: 0.55, bottom: 0.5, header: 0.3, footer: 0.3 },
};

/** Excel refuses sheet names with []:*?/\, longer than 31 characters, or equal to another (case-blind). */
export function uniqueSheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '').replace(/^'+|'+$/g, '').trim() || '登记表';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `（${n}）`;
    const candidate = `${[...base].slice(0, 31 - suffix.length).join('')}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

const newSheet = (workbook: ExcelJS.Workbook, name: string, pageSetup: Partial<ExcelJS.PageSetup>) => {
  const ws = workbook.addWorksheet(name, { views: [{ showGridLines: false }], pageSetup: { ...basePageSetup, ...pageSetup } });
  ws.columns = columnWidths.map((width) => ({ width }));
  return ws;
};

/** Lets a cancel request (and anything else waiting) in between people. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function writeRegisterWorkbook(data: RegisterForms, layout: RegisterLayout, progress: RegisterWriteProgress = {}): Promise<Uint8Array> {
  makeExcelWritesXmlSafe();
  const workbook = new (excelJsLibrary().Workbook)();
  workbook.creator = '干部考核测评系统';
  workbook.created = new Date();
  const total = data.forms.length;
  const taken = new Set<string>();
  // One page wide and as many tall as there are forms: the manual breaks decide where pages end.
  const pagesSheet = layout === 'pages' ? newSheet(workbook, '年度考核登记表', { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }) : null;
  let nextTop = 1;
  for (const [i, form] of data.forms.entries()) {
    if (i > 0 && i % 25 === 0) await yieldToEvents();
    progress.beforePerson?.(i, total);
    if (pagesSheet) {
      const last = writeForm(pagesSheet, form, data.final, nextTop);
      pagesSheet.getRow(last).addPageBreak();
      nextTop = last + 1;
    } else {
      const ws = newSheet(workbook, uniqueSheetName(form.name, taken), { fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
      const last = writeForm(ws, form, data.final, 1);
      ws.pageSetup.printArea = `A1:F${last}`;
    }
  }
  if (pagesSheet) pagesSheet.pageSetup.printArea = `A1:F${nextTop - 1}`;
  progress.beforeWriting?.();
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
