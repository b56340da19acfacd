import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { noticeKindLabels, noticePoints, passOnLabels, passOnPeople, pointsWord, type InspectionNotice } from '../../../shared/inspections';
import { writeAudit } from '../../../db/audit';
import { participantIdSet } from '../../../db/annual';
import {
  activePeopleOfUnits, deleteNoticeRow, getNoticeRow, insertNotice, insertNoticePerson, linkNoticeAdjustment, listNoticeRows, noticeAdjustments, noticePeople, peopleByIds,
  type NoticeRow,
} from '../../../db/inspections';
import type { Db } from '../../../db/open';
import { getUnitRow, unitAndDescendantIds } from '../../../db/units';
import { assertYearOpen } from '../../../db/year-lock';
import type { AppContext } from '../../context';
import { addAdjustments, deleteAdjustment, requireYear } from '../annual';
import { namesText } from '../audit';
import { loadInspectionSettings } from './settings';

/**
 * 通报表扬 / 通报批评 (DOMAIN §8.6). A 通报 of people gives each of them a 加减分 record of the year's
 * points for its kind; a 通报 of a unit passes on to the unit's people as the year's rule says. The
 * records go through the 年度考核's own 加减分 path (its vocabulary, cap and year checks, its audit
 * rows), all in the 通报's transaction: everyone named gets the record, or the 通报 is refused.
 */

function noticeViews(db: Db, year: number, rows: readonly NoticeRow[]): InspectionNotice[] {
  const people = noticePeople(db, year);
  const adjustments = noticeAdjustments(db, year);
  return rows.map((r) => ({ ...r, people: people.get(r.id) ?? [], adjustments: adjustments.get(r.id) ?? [] }));
}

export function listNotices(ctx: AppContext, input: ParsedInput<'inspections.notices'>): ChannelOutput<'inspections.notices'> {
  requireYear(ctx.db, input.year);
  return noticeViews(ctx.db, input.year, listNoticeRows(ctx.db, input.year));
}

/** 「2026-04-10 通报批评（某督通〔2026〕3号）」 */
const noticeTitle = (n: { date: string; kind: keyof typeof noticeKindLabels; docNo: string }) => `${n.date} ${noticeKindLabels[n.kind]}${n.docNo ? `（${n.docNo}）` : ''}`;

export function addNotice(ctx: AppContext, input: ParsedInput<'inspections.addNotice'>): ChannelOutput<'inspections.addNotice'> {
  const db = ctx.db;
  const now = ctx.now();
  return db.transaction(() => {
    requireYear(db, input.year);
    assertYearOpen(db, input.year);
    const personIds = [...new Set(input.personIds)];
    if (input.unitId === null && personIds.length === 0) throw new AppError('NOTICE_NO_SUBJECT', '请选择被通报的单位或人员');
    if (input.unitId !== null && personIds.length > 0) throw new AppError('NOTICE_TWO_SUBJECTS', '一条通报只能针对一个单位或若干人员，请分开登记');
    if (!input.date.startsWith(`${input.year}-`)) throw new AppError('NOTICE_DATE_OUTSIDE_YEAR', `通报日期应在${input.year}年度内，输入的${input.date}不在${input.year}年`);
    const { settings } = loadInspectionSettings(db, input.year);
    const points = noticePoints(settings, input.kind);
    const label = noticeKindLabels[input.kind];
    const participants = participantIdSet(db, input.year);

    let recipients: { id: number; name: string }[];
    let notParticipants: string[] = [];
    let subjectName: string;
    let passOnNote = '';
    if (input.unitId !== null) {
      const unit = getUnitRow(db, input.unitId);
      if (!unit) throw new AppError('UNIT_NOT_FOUND', '所选单位已不存在，请刷新后重新选择');
      subjectName = unit.name;
      const named = passOnPeople(settings.passOn, activePeopleOfUnits(db, unitAndDescendantIds(db, unit.id)));
      recipients = named.filter((p) => participants.has(p.id));
      notParticipants = named.filter((p) => !participants.has(p.id)).map((p) => p.name);
      passOnNote = `单位通报，按本年度规则${passOnLabels[settings.passOn]}`;
    } else {
      const people = peopleByIds(db, personIds);
      const missing = personIds.filter((id) => !people.has(id));
      if (missing.length > 0) throw new AppError('PERSON_NOT_FOUND', `有${missing.length}名所选人员已不存在，请刷新后重新选择`);
      const outside = personIds.filter((id) => !participants.has(id)).map((id) => people.get(id)!.name);
      if (outside.length > 0) {
        throw new AppError('NOT_A_PARTICIPANT', `${outside.join('、')}不在${input.year}年度考核的参加人员中，${label}无法计入其加减分；请先在「年度考核方案」中加入，或从本次通报中去掉（本次通报未登记）`);
      }
      recipients = personIds.map((id) => people.get(id)!);
      subjectName = namesText(recipients.map((p) => p.name));
    }

    const id = insertNotice(db, { year: input.year, date: input.date, docNo: input.docNo, kind: input.kind, unitId: input.unitId, reason: input.reason }, ctx.actor(), now);
    for (const personId of personIds) insertNoticePerson(db, id, personId);
    const title = noticeTitle(input);
    const evidence = `${title}：${subjectName}，${input.reason}${passOnNote ? `（${passOnNote}）` : ''}`;
    const created = addAdjustments(ctx, recipients.map((p) => ({
      year: input.year, personId: p.id, kind: label, points, date: input.date, reason: `${label}：${input.reason}`, evidence,
    })));
    for (const a of created) linkNoticeAdjustment(db, id, a.id);

    const recordsText = created.length === 0 ? '未产生加减分记录' : `${created.length}人各${pointsWord(points)}（${namesText(recipients.map((p) => p.name))}）`;
    writeAudit(db, {
      actor: ctx.actor(), action: 'inspections.notice', entity: 'inspection-notice', entityId: id,
      summary: `登记${title}：${subjectName}，${input.reason}；加减分${recordsText}${notParticipants.length > 0 ? `；未参加本年度考核未计入：${notParticipants.join('、')}` : ''}`,
      subjects: `${input.year}年度督查：${subjectName}`,
      reason: input.reason,
      changes: [{ subject: subjectName, field: label, before: '无', after: `${title}，加减分${recordsText}` }],
      after: { ...input, adjustmentIds: created.map((a) => a.id), notParticipants },
    }, now);
    const notice = noticeViews(db, input.year, [getNoticeRow(db, id)!])[0]!;
    return { notice, notParticipants };
  })();
}

export function deleteNotice(ctx: AppContext, input: ParsedInput<'inspections.deleteNotice'>): ChannelOutput<'inspections.deleteNotice'> {
  const db = ctx.db;
  return db.transaction(() => {
    const row = getNoticeRow(db, input.id);
    if (!row) throw new AppError('NOTICE_NOT_FOUND', `通报（编号${input.id}）不存在，可能已被删除，请刷新后重试`);
    assertYearOpen(db, row.year);
    const notice = noticeViews(db, row.year, [row])[0]!;
    for (const a of notice.adjustments) deleteAdjustment(ctx, { id: a.id });
    deleteNoticeRow(db, row.id);
    const subjectName = notice.unitName ?? namesText(notice.people.map((p) => p.name));
    const removed = notice.adjustments.length === 0 ? '' : `，同时删除其加减分记录${notice.adjustments.length}条（${namesText(notice.adjustments.map((a) => a.name))}）`;
    writeAudit(db, {
      actor: ctx.actor(), action: 'inspections.deleteNotice', entity: 'inspection-notice', entityId: row.id,
      summary: `删除${noticeTitle(row)}：${subjectName}${removed}`,
      subjects: `${row.year}年度督查：${subjectName}`,
      changes: [{ subject: subjectName, field: noticeKindLabels[row.kind], before: `${noticeTitle(row)}，${row.reason}`, after: '已删除' }],
      before: notice,
    });
    return null;
  })();
}
