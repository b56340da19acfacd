import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { quotaFor } from '../../../shared/annual/rules';
import type { QuarterQuota } from '../../../shared/annual/views';
import { writeAudit } from '../../../db/audit';
import { listGroupRecords } from '../../../db/annual/years';
import {
  deleteQuarterGrade, goodCount, goodCountsByGroup, listParticipantRows, quarterCellContext, quarterGradesOf, upsertQuarterGrade, yearStatusOf,
} from '../../../db/annual/quarters';
import type { Db } from '../../../db/open';
import { unitsInTreeOrder } from '../../../db/units';
import { assertYearOpen } from '../../../db/year-lock';
import type { AppContext } from '../../context';
import { requireParticipant, requireYear } from './common';
import { cellAudit, quarterGradeText, quarterName, subjectsText } from '../audit';

/**
 * 平时考核: people × Q1–Q4. The “好” share of each group is a quota per quarter, enforced on every
 * cell as it is typed; a keystroke costs a handful of prepared statements, never a grid reload.
 */

/** 「机关科室：本季度“好”等次已无剩余名额（已用 12/12）」 (the wording is fixed by the issue). */
export const goodQuotaMessage = (groupName: string, used: number, quota: number): string =>
  `${groupName}：本季度“好”等次已无剩余名额（已用 ${used}/${quota}）`;

/** Each group's size, “好” quota per quarter and the “好” given in each quarter. */
export function quarterQuotas(db: Db, year: number): QuarterQuota[] {
  const used = goodCountsByGroup(db, year);
  return listGroupRecords(db, year).map((g) => ({
    groupId: g.id, groupName: g.name, size: g.size, quota: quotaFor(g.goodShare, g.size, g.rounding), used: used.get(g.id) ?? [0, 0, 0, 0],
  }));
}

export function quarterGrid(ctx: AppContext, input: ParsedInput<'annual.quarterGrid'>): ChannelOutput<'annual.quarterGrid'> {
  const db = ctx.db;
  requireYear(db, input.year);
  let units: Set<number> | undefined;
  if (input.unitId !== undefined) {
    units = new Set([input.unitId]);
    // tree order: a unit's descendants follow it, so one pass collects them
    for (const u of unitsInTreeOrder(db)) if (u.parentId != null && units.has(u.parentId)) units.add(u.id);
  }
  const text = input.text?.trim().toLowerCase() ?? '';
  const grades = quarterGradesOf(db, input.year);
  const rows = listParticipantRows(db, input.year, true)
    .filter((p) => (input.groupId === undefined || p.groupId === input.groupId) && (!units || units.has(p.unitId)) && (!text || p.name.toLowerCase().includes(text)))
    .map((p) => ({ personId: p.personId, name: p.name, unitName: p.unitName, post: p.post, groupId: p.groupId, grades: grades.get(p.personId) ?? [null, null, null, null] }));
  return { rows, quotas: quarterQuotas(db, input.year) };
}

/** One cell of the grid. The next “好” over the group's quota for the quarter is refused; re-setting one's own “好” is not a new one. */
export function setQuarterGrade(ctx: AppContext, input: ParsedInput<'annual.setQuarter'>): ChannelOutput<'annual.setQuarter'> {
  const now = ctx.now();
  const db = ctx.db;
  const { year, personId, quarter, grade } = input;
  return db.transaction(() => {
    // the year's status without parsing its rules: this runs on every keystroke
    const status = yearStatusOf(db, year);
    if (status === undefined) requireYear(db, year);
    if (status === 'locked') assertYearOpen(db, year);
    const cell = quarterCellContext(db, year, personId, quarter);
    if (!cell) {
      requireParticipant(db, year, personId);
      throw new AppError('NOT_A_PARTICIPANT', `人员（编号${personId}）不在${year}年度考核的参加人员中`);
    }
    const quota = quotaFor(cell.goodShare, cell.size, cell.rounding);
    const usedBefore = goodCount(db, year, cell.groupId, quarter);
    if (grade === cell.current) return { grade, used: usedBefore, quota };
    if (grade === 'good' && usedBefore >= quota) {
      throw new AppError('QUARTER_GOOD_QUOTA', goodQuotaMessage(cell.groupName, usedBefore, quota), { groupId: cell.groupId, quarter, used: usedBefore, quota });
    }
    if (grade === null) deleteQuarterGrade(db, year, personId, quarter);
    else upsertQuarterGrade(db, year, personId, quarter, grade, ctx.actor(), now.toISOString());
    const used = usedBefore + (grade === 'good' ? 1 : 0) - (cell.current === 'good' ? 1 : 0);
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.setQuarter', entity: 'annual-quarter', entityId: `${year}:${personId}:${quarter}`,
      subjects: subjectsText(`${year}年度平时考核`, [cell.name]),
      ...cellAudit(`${year}年度平时考核 ${cell.name}`, `quarter:${year}:${personId}:${quarter}`, {
        subject: cell.name, field: quarterName(quarter), before: quarterGradeText(cell.current), after: quarterGradeText(grade),
      }),
      before: { grade: cell.current }, after: { grade },
    }, now);
    return { grade, used, quota };
  })();
}
