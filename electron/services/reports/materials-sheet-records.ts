import { componentLabels, quarterGradeLabels } from '../../../shared/annual';
import type { CompositeRow, SanctionRecord } from '../../../shared/annual';
import { round2 } from '../../../shared/numbers';
import type { MaterialsData } from './materials-sheet-data';
import { countFormat, groupSubtitle, materialsSubtitle, materialsTitle, rowPacer, rowsByGroup, scoreFormat, textFormat, type MaterialsPacing } from './materials-sheet-common';
import { addTableSheet, type StyledWorkbook } from '../../excel/write';

/**
 * The records behind the composite: the 平时考核 grid (Q1–Q4 by 考核分组, with the “好” count per
 * group and quarter against its quota), the 加减分 records and the 处分 records with what each does
 * to the year's 等次.
 */

const quarterHeaders = ['一季度', '二季度', '三季度', '四季度'] as const;

export async function addQuartersSheet(workbook: StyledWorkbook, data: MaterialsData, sheetName: string, pacing: MaterialsPacing): Promise<void> {
  const sheet = addTableSheet(workbook, {
    sheetName,
    title: materialsTitle(data, '平时考核结果统计表'),
    subtitle: materialsSubtitle(data),
    columns: [
      { header: '序号', width: 5, numFmt: countFormat },
      { header: '姓名', width: 8 },
      { header: '单位', width: 13, align: 'left', wrap: true },
      { header: '职务', width: 10, align: 'left', wrap: true },
      ...quarterHeaders.map((header) => ({ header, width: 7, wrap: true, group: '平时考核等次' })),
      { header: '“好”等次季度数', width: 7, numFmt: countFormat },
      { header: '备注', width: 18, align: 'left', wrap: true },
    ],
  });
  const pace = rowPacer(pacing);
  const goodCounts: { name: string; quota: number; counts: number[] }[] = [];
  let n = 0;
  for (const [g, { group, rows }] of rowsByGroup(data, data.rosterOrder).entries()) {
    sheet.addMergedRow(groupSubtitle(g, group, `每季度“好”等次名额${group.goodQuota}名`));
    const counts = [0, 0, 0, 0];
    for (const r of rows) {
      const grades = data.quarters.get(r.personId) ?? [null, null, null, null];
      grades.forEach((grade, q) => (counts[q]! += grade === 'good' ? 1 : 0));
      const remark = [...r.gates.filter((gate) => gate.code === 'no-good-quarter').map((gate) => gate.label), r.components.quarters?.missing ?? ''].filter(Boolean).join('；');
      sheet.addRow([++n, r.name, r.unitName, r.post, ...grades.map((grade) => (grade == null ? '' : quarterGradeLabels[grade])), grades.filter((grade) => grade === 'good').length, remark]);
      await pace();
    }
    goodCounts.push({ name: group.name, quota: group.goodQuota, counts });
  }
  for (const { name, quota, counts } of goodCounts) sheet.addTotalRow(`${name}“好”等次人数（每季度名额${quota}名）`, 4, [...counts, null, null], countFormat);
  if (goodCounts.length > 1) {
    sheet.addTotalRow('合计“好”等次人数', 4, [0, 1, 2, 3].map((q) => goodCounts.reduce((sum, g) => sum + g.counts[q]!, 0)), countFormat);
  }
  sheet.finish();
}

const signedPoints = (points: number) => `${points > 0 ? '+' : points < 0 ? '−' : ''}${round2(Math.abs(points)).toFixed(2).replace(/\.?0+$/, '')}`;

export async function addAdjustmentsSheet(workbook: StyledWorkbook, data: MaterialsData, sheetName: string, pacing: MaterialsPacing): Promise<void> {
  const sheet = addTableSheet(workbook, {
    sheetName,
    title: materialsTitle(data, '考核加减分记录'),
    subtitle: materialsSubtitle(data),
    columns: [
      { header: '序号', width: 5, numFmt: countFormat },
      { header: '姓名', width: 8 },
      { header: '单位', width: 13, align: 'left', wrap: true },
      { header: '类别', width: 10, wrap: true },
      { header: '分值', width: 7, numFmt: scoreFormat },
      { header: '日期', width: 11, numFmt: textFormat },
      { header: '事由', width: 20, align: 'left', wrap: true },
      { header: '依据', width: 14, align: 'left', wrap: true },
    ],
  });
  const pace = rowPacer(pacing);
  const records = data.adjustments;
  for (const [i, a] of records.entries()) {
    sheet.addRow([i + 1, a.name, a.unitName, a.kind, a.points, a.date, a.reason, a.evidence]);
    await pace();
  }
  const component = data.view.rules.components.find((c) => c.key === 'adjustments');
  const use = !component?.enabled
    ? `本年度${componentLabels.adjustments}不计入综合评定`
    : `每人各条记录的分值相加后计入综合评定${component.cap == null ? '' : `，合计不超过±${component.cap}分`}（见“考核排名表”）`;
  if (records.length === 0) {
    sheet.addMergedRow(`本年度参加考核人员无加减分记录。${use}。`, 'total');
  } else {
    const plus = records.filter((a) => a.points > 0).reduce((s, a) => s + a.points, 0);
    const minus = records.filter((a) => a.points < 0).reduce((s, a) => s + a.points, 0);
    const people = new Set(records.map((a) => a.personId)).size;
    sheet.addMergedRow(`合计：${records.length}条记录，涉及${people}人；加分合计${signedPoints(plus)}分，减分合计${signedPoints(minus)}分。${use}。`, 'total');
  }
  sheet.finish();
}

/** What a 处分 does to the year's 等次: the composite's gate for it, or that it does not apply this year. */
function sanctionEffect(s: SanctionRecord, row: CompositeRow | undefined): string {
  const gates = row?.gates.filter((g) => g.code === `sanction:${s.type}`) ?? [];
  const own = gates.find((g) => g.label.includes(s.decidedOn) || (s.endsOn != null && g.label.includes(s.endsOn))) ?? (gates.length === 1 ? gates[0] : undefined);
  return own ? own.label : '不影响本年度等次';
}

export async function addSanctionsSheet(workbook: StyledWorkbook, data: MaterialsData, sheetName: string, pacing: MaterialsPacing): Promise<void> {
  const sheet = addTableSheet(workbook, {
    sheetName,
    title: materialsTitle(data, '考核处分记录'),
    subtitle: materialsSubtitle(data, '处分期间涉及本年度的处分'),
    columns: [
      { header: '序号', width: 5, numFmt: countFormat },
      { header: '姓名', width: 8 },
      { header: '单位', width: 13, align: 'left', wrap: true },
      { header: '处分种类', width: 7, wrap: true },
      { header: '决定日期', width: 11, numFmt: textFormat },
      { header: '处分期间（月）', width: 7, numFmt: countFormat },
      { header: '期间截止', width: 11, numFmt: textFormat },
      { header: '文号', width: 13, align: 'left', wrap: true },
      { header: '事由', width: 16, align: 'left', wrap: true },
      { header: '对本年度等次的影响', width: 26, align: 'left', wrap: true },
    ],
    landscape: true,
  });
  const pace = rowPacer(pacing);
  const rows = new Map(data.view.rows.map((r) => [r.personId, r]));
  for (const [i, s] of data.sanctions.entries()) {
    sheet.addRow([i + 1, s.name, s.unitName, s.type, s.decidedOn, s.months, s.endsOn ?? '无', s.documentNo, s.reason, sanctionEffect(s, rows.get(s.personId))]);
    await pace();
  }
  if (data.sanctions.length === 0) sheet.addMergedRow('本年度参加考核人员无处分期间涉及本年度的处分记录。', 'total');
  else sheet.addMergedRow(`合计：${data.sanctions.length}条记录，涉及${new Set(data.sanctions.map((s) => s.personId)).size}人。处分对等次的限制见“计分规则说明”。`, 'total');
  sheet.finish();
}
