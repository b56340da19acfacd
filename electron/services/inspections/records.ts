import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { rectificationLabels, rectificationState, type InspectionRecord } from '../../../shared/inspections';
import { writeAudit } from '../../../db/audit';
import { deleteInspectionRow, getInspectionRow, insertInspection, inspectionTeams, listInspectionRows, peopleByIds, updateInspection, type InspectionRecordRow } from '../../../db/inspections';
import type { Db } from '../../../db/open';
import { getUnitRow } from '../../../db/units';
import { assertYearOpen } from '../../../db/year-lock';
import type { AppContext } from '../../context';
import { requireYear } from '../annual';
import { emptyWord } from '../audit';

/** 督查记录 and their 整改 (DOMAIN §8.6): the state (整改中/逾期/已整改) is computed as of ctx.today(). */

const viewOf = (r: InspectionRecordRow, today: string): InspectionRecord => ({ ...r, ...rectificationState(r, today) });

export function listInspections(ctx: AppContext, input: ParsedInput<'inspections.records'>): ChannelOutput<'inspections.records'> {
  requireYear(ctx.db, input.year);
  const today = ctx.today();
  return { year: input.year, today, records: listInspectionRows(ctx.db, input.year).map((r) => viewOf(r, today)), teams: inspectionTeams(ctx.db) };
}

function requireRecord(db: Db, id: number): InspectionRecordRow {
  const r = getInspectionRow(db, id);
  if (!r) throw new AppError('INSPECTION_NOT_FOUND', `督查记录（编号${id}）不存在，可能已被删除，请刷新后重试`);
  return r;
}

/** 「2026-03-05 县委督查组 督查综合计划科」 */
const recordSubject = (r: { date: string; team: string; unitName: string }) => `${r.date} ${r.team}督查${r.unitName}`;

const fieldWords = (r: Omit<InspectionRecordRow, 'id' | 'year'>): Record<string, string> => ({
  督查日期: r.date, 督查组: r.team, 被督查单位: r.unitName, 被督查人员: r.personName ?? '', 督查内容: r.content, 发现问题: r.findings,
  整改要求: r.requirement, 整改期限: r.deadline ?? '', 整改完成日期: r.doneOn ?? '', 整改情况: r.doneNote, 佐证说明: r.evidenceNote,
});

export function saveInspection(ctx: AppContext, input: ParsedInput<'inspections.saveRecord'>): ChannelOutput<'inspections.saveRecord'> {
  const db = ctx.db;
  const now = ctx.now();
  return db.transaction(() => {
    requireYear(db, input.year);
    const before = input.id === undefined ? undefined : requireRecord(db, input.id);
    if (before && before.year !== input.year) throw new AppError('INSPECTION_NOT_FOUND', `督查记录（编号${input.id}）不属于${input.year}年度，请刷新后重试`);
    assertYearOpen(db, input.year);
    const unit = getUnitRow(db, input.unitId);
    if (!unit) throw new AppError('UNIT_NOT_FOUND', '所选被督查单位已不存在，请刷新后重新选择');
    const person = input.personId === null ? undefined : peopleByIds(db, [input.personId]).get(input.personId);
    if (input.personId !== null && !person) throw new AppError('PERSON_NOT_FOUND', `人员（编号${input.personId}）不存在，可能已被删除，请刷新后重试`);
    if (!input.date.startsWith(`${input.year}-`)) throw new AppError('INSPECTION_DATE_OUTSIDE_YEAR', `督查日期应在${input.year}年度内，输入的${input.date}不在${input.year}年`);
    if (input.deadline !== null && input.deadline < input.date) throw new AppError('INSPECTION_DEADLINE_BEFORE', `整改期限${input.deadline}早于督查日期${input.date}`);
    if (input.doneOn !== null && input.doneOn < input.date) throw new AppError('INSPECTION_DONE_BEFORE', `整改完成日期${input.doneOn}早于督查日期${input.date}`);
    if (input.doneOn !== null && input.doneOn > ctx.today()) throw new AppError('INSPECTION_DONE_FUTURE', `整改完成日期${input.doneOn}晚于今天，请在整改完成后再登记`);
    if (input.doneOn !== null && input.requirement === '' && input.deadline === null) throw new AppError('INSPECTION_DONE_WITHOUT_REQUIREMENT', '该记录没有整改要求或期限，不需要登记整改完成');
    const write = {
      year: input.year, date: input.date, team: input.team, unitId: input.unitId, personId: input.personId, content: input.content, findings: input.findings,
      requirement: input.requirement, deadline: input.deadline, doneOn: input.doneOn, doneNote: input.doneNote, evidenceNote: input.evidenceNote,
    };
    const id = before ? before.id : insertInspection(db, write, ctx.actor(), now);
    if (before) updateInspection(db, before.id, write, now);
    const after = requireRecord(db, id);
    const a = fieldWords(after);
    const b = before ? fieldWords(before) : undefined;
    const changes = Object.keys(a).filter((k) => !b || a[k] !== b[k]).filter((k) => b || a[k] !== '')
      .map((k) => ({ subject: after.unitName, field: k, before: b ? (b[k] || emptyWord) : '无', after: a[k] || emptyWord }));
    if (before && changes.length === 0) return viewOf(after, ctx.today());
    const completed = after.doneOn !== null && before?.doneOn == null;
    writeAudit(db, {
      actor: ctx.actor(), action: 'inspections.record', entity: 'inspection-record', entityId: id,
      summary: `${before ? (completed ? '登记整改完成' : '修改督查记录') : '登记督查记录'}：${recordSubject(after)}${after.deadline ? `，整改期限${after.deadline}` : ''}${completed ? `，${after.doneOn}${rectificationLabels.done}` : ''}`,
      subjects: `${input.year}年度督查：${after.unitName}${after.personName ? `、${after.personName}` : ''}`,
      changes, before, after,
    }, now);
    return viewOf(after, ctx.today());
  })();
}

export function deleteInspection(ctx: AppContext, input: ParsedInput<'inspections.deleteRecord'>): ChannelOutput<'inspections.deleteRecord'> {
  const db = ctx.db;
  return db.transaction(() => {
    const r = requireRecord(db, input.id);
    assertYearOpen(db, r.year);
    deleteInspectionRow(db, r.id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'inspections.deleteRecord', entity: 'inspection-record', entityId: r.id,
      summary: `删除督查记录：${recordSubject(r)}`,
      subjects: `${r.year}年度督查：${r.unitName}`,
      changes: [{ subject: r.unitName, field: '督查记录', before: recordSubject(r), after: '已删除' }],
      before: r,
    });
    return null;
  })();
}
