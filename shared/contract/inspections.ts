import { z } from 'zod';
import { channel } from './channel';
import { isoDate } from '../domain';
import { addNoticeResult, inspectionNotice, inspectionRecord, inspectionRecordsView, inspectionSettings, inspectionSettingsView, noticeKind } from '../inspections';

/** 督查督办 (DOMAIN §8.6): 督查记录 with their 整改, and 通报表扬/通报批评 that create 加减分 records. */

const year = z.number().int().min(2000).max(2100);
const id = z.number().int();
const text = (max: number, what: string) => z.string().trim().max(max, `${what}不超过${max}字`).default('');

export const inspectionsChannels = {
  'inspections.settings': channel(z.object({ year }), inspectionSettingsView),
  'inspections.setSettings': channel(z.object({ year, settings: inspectionSettings }), inspectionSettingsView),
  /** the year's 督查记录 with their 整改 state as of today, and the 督查组 typed before */
  'inspections.records': channel(z.object({ year }), inspectionRecordsView),
  /** a new record (no id) or an edit of one */
  'inspections.saveRecord': channel(
    z.object({
      year,
      id: id.optional(),
      date: isoDate,
      team: z.string().trim().min(1, '请填写督查组').max(40, '督查组不超过40字'),
      unitId: id,
      personId: id.nullable().default(null),
      content: text(500, '督查内容'),
      findings: text(1000, '发现问题'),
      requirement: text(500, '整改要求'),
      deadline: isoDate.nullable().default(null),
      doneOn: isoDate.nullable().default(null),
      doneNote: text(500, '整改情况'),
      evidenceNote: text(200, '佐证说明'),
    }),
    inspectionRecord,
  ),
  'inspections.deleteRecord': channel(z.object({ id }), z.null()),
  'inspections.notices': channel(z.object({ year }), z.array(inspectionNotice)),
  /**
   * a 通报表扬/通报批评 of a unit or of people; creates the 加减分 records under the year's rules in
   * the same transaction (all or none)
   */
  'inspections.addNotice': channel(
    z.object({
      year,
      date: isoDate,
      docNo: text(40, '文号'),
      kind: noticeKind,
      unitId: id.nullable().default(null),
      personIds: z.array(id).max(200).default([]),
      reason: z.string().trim().min(1, '请填写通报事由').max(200, '通报事由不超过200字'),
    }),
    addNoticeResult,
  ),
  /** removes the 通报 and the 加减分 records it created */
  'inspections.deleteNotice': channel(z.object({ id }), z.null()),
};
