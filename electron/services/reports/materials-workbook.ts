import { starSchemeKindLabels } from '../../../shared/stars';
import type { MaterialsData, MaterialsEvaluation } from './materials-sheet-data';
import { materialsTitle, titleSuffix, type MaterialsPacing } from './materials-sheet-common';
import { addAdjustmentsSheet, addQuartersSheet, addSanctionsSheet } from './materials-sheet-records';
import { addRankingSheet, addSummarySheet } from './materials-sheet-results';
import { addRulesSheet } from './materials-sheet-rules';
import { addEvaluationResultsSheet, evaluationDetailSheets } from '../evaluation';
import { addSummarySheet as addStarSummarySheet, addTenStarSheet } from '../stars';
import { createWorkbook, safeSheetName, workbookBytes, type StyledWorkbook } from '../../excel/write';

/**
 * 年终考核材料 (DOMAIN §5, issue 6): one .xlsx with, in this order,
 *   年度考核结果汇总表 · 考核排名表 · 民主测评-… (one per 述职测评 the rules use) · 评星汇总-党员干部 /
 *   评星汇总-党组织 · 十星级党员干部 / 十星级党组织 · 平时考核 · 加减分记录 · 处分记录 · 计分规则说明.
 * A source the year does not have (no 述职测评 chosen, no 评星方案) leaves its sheets out, and the
 * 计分规则说明 says so under 「未列入的材料」. Every sheet is in the shared table style (merged
 * title with unit and year, 「（未确定）」 until the year is locked, repeated header, A4 fitted to
 * one page wide, sign-off footer, `— N —`).
 */

export interface MaterialsWorkbook {
  readonly bytes: Uint8Array;
  readonly sheetNames: readonly string[];
}

interface PlannedSheet {
  readonly name: string;
  write(workbook: StyledWorkbook, name: string): Promise<void> | void;
}

/** 「2026年度干部述职民主测评」 -> 「民主测评-干部述职民主测评」 */
function evaluationSheetName(e: MaterialsEvaluation): string {
  const short = e.event.name.replace(/^\s*\d{4}\s*年度?/, '').trim() || e.event.name;
  return `民主测评-${short}`;
}

/** The event's name carries the year as offices name them; one that does not gets it in front. A detail sheet says what it holds. */
function evaluationTitle(data: MaterialsData, e: MaterialsEvaluation, detail?: string): string {
  const name = e.event.name.includes(String(data.year)) ? e.event.name : `${data.year}年度${e.event.name}`;
  return `${data.unitTitle}${name}结果统计表${detail ? `（${detail}）` : ''}${titleSuffix(data)}`;
}

export async function writeMaterialsWorkbook(data: MaterialsData, pacing: MaterialsPacing): Promise<MaterialsWorkbook> {
  const taken = new Set<string>();
  const plan: PlannedSheet[] = [];
  const omitted: string[] = [];
  const add = (name: string, write: PlannedSheet['write']) => plan.push({ name: safeSheetName(name, taken), write });

  add('年度考核结果汇总表', (wb, name) => addSummarySheet(wb, data, name, pacing));
  add('考核排名表', (wb, name) => addRankingSheet(wb, data, name, pacing));

  for (const e of data.evaluations) {
    const summaryName = evaluationSheetName(e);
    add(summaryName, (wb, name) => addEvaluationResultsSheet(wb, e, { sheetName: name, title: evaluationTitle(data, e) }));
    for (const detail of evaluationDetailSheets(e)) {
      add(`${summaryName}-${detail.label}`, (wb, name) => detail.write(wb, { sheetName: name, title: evaluationTitle(data, e, detail.label) }));
    }
  }
  if (data.view.rules.evaluationEventIds.length === 0) omitted.push('民主测评结果统计表：本年度考核规则未选择述职测评活动');
  for (const id of data.missingEvaluations) omitted.push(`民主测评结果统计表：所选测评活动（编号${id}）已被删除`);

  for (const scheme of data.starSchemes) {
    const word = starSchemeKindLabels[scheme.kind];
    add(`评星汇总-${word}`, (wb, name) => addStarSummarySheet(wb, {
      title: materialsTitle(data, `${word}评星汇总表`),
      subtitleLeft: `${scheme.name}（${scheme.cycleLabel}评星）`,
      subtitleRight: data.dateLine,
      nameHeader: scheme.kind === 'org' ? '党组织' : '姓名',
      items: scheme.items,
      rows: scheme.summary,
    }, { sheetName: name }));
  }
  for (const scheme of data.starSchemes) {
    const word = starSchemeKindLabels[scheme.kind];
    add(`十星级${word}`, (wb, name) => addTenStarSheet(wb, {
      sheetName: name,
      title: materialsTitle(data, `十星级${word}名单`),
      nameHeader: scheme.kind === 'org' ? '党组织' : '姓名',
      withPost: scheme.kind === 'person',
      rows: scheme.tenStar,
    }, `${scheme.name}，年终认定${scheme.yearEndRule}`, { emptyNote: `本年度无十星级${word}`, subtitleRight: data.dateLine }));
  }
  for (const kind of ['person', 'org'] as const) {
    if (!data.starSchemes.some((s) => s.kind === kind)) {
      omitted.push(`${starSchemeKindLabels[kind]}评星汇总表和十星级${starSchemeKindLabels[kind]}名单：未建立${data.year}年度${starSchemeKindLabels[kind]}评星方案`);
    }
  }

  add('平时考核', (wb, name) => addQuartersSheet(wb, data, name, pacing));
  add('加减分记录', (wb, name) => addAdjustmentsSheet(wb, data, name, pacing));
  add('处分记录', (wb, name) => addSanctionsSheet(wb, data, name, pacing));
  const rulesName = safeSheetName('计分规则说明', taken);
  const sheetNames = [...plan.map((p) => p.name), rulesName];
  plan.push({ name: rulesName, write: (wb, name) => addRulesSheet(wb, data, name, sheetNames, omitted) });

  const workbook = createWorkbook({ pagesPerSheet: true });
  for (const [i, sheet] of plan.entries()) {
    await pacing.sheet(i, plan.length, sheet.name);
    await sheet.write(workbook, sheet.name);
  }
  return { bytes: await workbookBytes(workbook), sheetNames };
}
