import { partsRuleText, componentLabels, quarterGradeLabels } from '../../../shared/annual';
import type { CompositeRow } from '../../../shared/annual';
import type { MaterialsData } from './materials-sheet-data';
import { postRankText } from '../../../shared/domain';
import {
  componentCell, countFormat, groupSubtitle, missingMark, materialsSubtitle, materialsTitle, outcomeCounts, outcomeText, rowPacer, rowsByGroup, scoreFormat, textFormat,
  type MaterialsPacing,
} from './materials-sheet-common';
import { addTableSheet, type CellValue, type StyledWorkbook, type TableColumn } from '../../excel/write';

/**
 * 年度考核结果汇总表 and 考核排名表 (DOMAIN §5): both by 考核分组, each group under a merged
 * subtitle 「一、班子成员（4人，优秀名额1名）」. Scores are the composite's numbers at full precision
 * under a 0.00 format, so what a reader adds up from the cells is what the service computed.
 */

interface ResultColumn extends TableColumn {
  value(row: CompositeRow, index: number): CellValue;
}

/**
 * 备注 of the 汇总表: why a person's 等次 is what it is. The “no 好 quarter” gate is left out: the
 * quarter columns beside it show it, and it would fill the column for most of the office.
 */
export function summaryRemark(row: CompositeRow): string {
  return [
    ...row.gates.filter((g) => g.code !== 'no-good-quarter').map((g) => g.label),
    ...row.redLines,
    ...row.missing,
    row.note,
    row.confirmReason ? `调整理由：${row.confirmReason}` : '',
    row.overrideReason ? `超出优秀名额，经考核委员会研究决定：${row.overrideReason}` : '',
  ].filter(Boolean).join('；');
}

/** 「科长（一级主任科员）」 */

const quarterHeaders = ['一季度', '二季度', '三季度', '四季度'] as const;

function summaryColumns(data: MaterialsData): ResultColumn[] {
  const { rules } = data.view;
  const person = (r: CompositeRow) => data.people.get(r.personId);
  return [
    { header: '序号', width: 4, numFmt: countFormat, value: (_r, i) => i + 1 },
    { header: '姓名', width: 8, value: (r) => r.name },
    { header: '性别', width: 4, value: (r) => person(r)?.gender ?? '' },
    { header: '出生年月', width: 8, numFmt: textFormat, value: (r) => person(r)?.birth ?? '' },
    { header: '政治面貌', width: 9, wrap: true, value: (r) => person(r)?.political ?? '' },
    { header: '单位', width: 10, align: 'left', wrap: true, value: (r) => r.unitName },
    { header: '职务职级', width: 14, align: 'left', wrap: true, value: (r) => postRankText(r.post, person(r)?.rank ?? '') },
    { header: '人员类别', width: 7, wrap: true, value: (r) => person(r)?.category ?? '' },
    ...quarterHeaders.map((header, q): ResultColumn => ({
      header, width: 6, wrap: true, group: '平时考核',
      value: (r) => {
        const grade = data.quarters.get(r.personId)?.[q] ?? null;
        return grade == null ? '' : quarterGradeLabels[grade];
      },
    })),
    { header: '测评得分', width: 7, numFmt: scoreFormat, value: (r) => componentCell(r, 'evaluation', 'raw') },
    // only people who took part in 评星 have a count (0 stars is a count); the others 「缺」, as on the page
    { header: '星数', width: 5, numFmt: countFormat, value: (r) => data.starCounts?.get(r.personId) ?? missingMark },
    { header: '加减分', width: 6, numFmt: scoreFormat, value: (r) => r.components.adjustments?.score ?? null },
    { header: '综合得分', width: 7, numFmt: scoreFormat, value: (r) => r.composite },
    { header: '排名', width: 5, numFmt: countFormat, value: (r) => r.rank },
    { header: '建议等次', width: 7, wrap: true, value: (r) => outcomeText(rules, r.vocabulary, r.suggested) },
    { header: '确定等次', width: 7, wrap: true, value: (r) => outcomeText(rules, r.vocabulary, r.confirmed) },
    { header: '备注', width: 14, align: 'left', wrap: true, value: (r) => summaryRemark(r) },
  ];
}

/** The closing lines: per group and in all, the confirmed 等次 and, while some are open, the suggestions for them. */
export function totalLines(data: MaterialsData): string[] {
  const { rules } = data.view;
  const line = (label: string, rows: readonly CompositeRow[]) => {
    const open = rows.filter((r) => r.confirmed == null);
    const confirmed = outcomeCounts(rules, rows, (r) => r.confirmed);
    const suggested = outcomeCounts(rules, open, (r) => r.suggested);
    const parts = [confirmed, open.length > 0 ? `未确定等次${open.length}人${suggested ? `（建议等次：${suggested}）` : ''}` : ''].filter(Boolean);
    return `${label}：参加考核${rows.length}人，${parts.join('；')}`;
  };
  const groups = rowsByGroup(data, data.rosterOrder);
  return [...groups.map(({ group, rows }) => line(group.name, rows)), line('合计', data.view.rows)];
}

export async function addSummarySheet(workbook: StyledWorkbook, data: MaterialsData, sheetName: string, pacing: MaterialsPacing): Promise<void> {
  const columns = summaryColumns(data);
  const sheet = addTableSheet(workbook, {
    sheetName,
    title: materialsTitle(data, '考核结果汇总表'),
    subtitle: materialsSubtitle(data),
    columns,
    landscape: true,
  });
  const pace = rowPacer(pacing);
  let n = 0;
  for (const [g, { group, rows }] of rowsByGroup(data, data.rosterOrder).entries()) {
    sheet.addMergedRow(groupSubtitle(g, group, `优秀名额${group.excellentQuota}名`));
    for (const r of rows) {
      sheet.addRow(columns.map((c) => c.value(r, n)));
      n++;
      await pace();
    }
  }
  for (const text of totalLines(data)) sheet.addMergedRow(text, 'total');
  sheet.finish();
}

function rankingColumns(data: MaterialsData): ResultColumn[] {
  const columns: ResultColumn[] = [
    { header: '排名', width: 5, numFmt: countFormat, value: (r) => r.rank },
    { header: '姓名', width: 8, value: (r) => r.name },
    { header: '单位', width: 14, align: 'left', wrap: true, value: (r) => r.unitName },
    { header: '综合得分', width: 8, numFmt: scoreFormat, value: (r) => r.composite },
  ];
  for (const c of data.view.rules.components) {
    if (!c.enabled) continue;
    if (c.mode === 'weighted') {
      const group = `${componentLabels[c.key]}（${c.weight}%）`;
      columns.push(
        { header: '得分', width: 7, numFmt: scoreFormat, group, value: (r) => componentCell(r, c.key, 'score') },
        { header: '折算分', width: 7, numFmt: scoreFormat, group, value: (r) => componentCell(r, c.key, 'part') },
      );
    } else {
      columns.push({ header: `${componentLabels[c.key]}${c.cap == null ? '' : `（±${c.cap}）`}`, width: 8, numFmt: scoreFormat, value: (r) => r.components[c.key]?.score ?? null });
    }
  }
  columns.push({ header: '备注', width: 22, align: 'left', wrap: true, value: (r) => [...r.missing, r.note].filter(Boolean).join('；') });
  return columns;
}

export async function addRankingSheet(workbook: StyledWorkbook, data: MaterialsData, sheetName: string, pacing: MaterialsPacing): Promise<void> {
  const columns = rankingColumns(data);
  const sheet = addTableSheet(workbook, {
    sheetName,
    title: materialsTitle(data, '考核排名表'),
    subtitle: materialsSubtitle(data),
    columns,
    landscape: true,
  });
  const pace = rowPacer(pacing);
  // the view is in group order, then rank
  for (const [g, { group, rows }] of rowsByGroup(data, data.view.rows.map((r) => r.personId)).entries()) {
    sheet.addMergedRow(groupSubtitle(g, group, `优秀名额${group.excellentQuota}名`));
    for (const r of rows) {
      sheet.addRow(columns.map((c) => c.value(r, 0)));
      await pace();
    }
  }
  const { rules } = data.view;
  const reweight = rules.missingPolicy === 'reweight' ? '；缺少某项得分的，折算分按其余各项权重重新折算' : '';
  sheet.addMergedRow(
    `说明：综合得分 = 各项折算分之和${rules.components.some((c) => c.enabled && c.mode === 'added') ? ' + 加减分' : ''}；折算分 = 得分 × 权重${reweight}。${partsRuleText(rules.roundParts)}。“缺”表示缺少该项得分。各项得分的计算方法见“计分规则说明”。`,
    'note',
  );
  sheet.finish();
}
