import type { NoticeKind } from '../../shared/inspections';
import type { Db } from '../open';
import { prepared } from '../prepared';

/** inspection_notices: 通报表扬 / 通报批评, their people and the 加减分 they created (DOMAIN §8.6). */

export interface NoticeRow {
  readonly id: number;
  readonly year: number;
  readonly date: string;
  readonly docNo: string;
  readonly kind: NoticeKind;
  readonly unitId: number | null;
  readonly unitName: string | null;
  readonly reason: string;
}

const select = `SELECT n.id, n.year, n.date, n.doc_no AS docNo, n.kind, n.unit_id AS unitId, u.name AS unitName, n.reason
  FROM inspection_notices n LEFT JOIN units u ON u.id = n.unit_id`;

export function listNoticeRows(db: Db, year: number): NoticeRow[] {
  return prepared(db, `${select} WHERE n.year = ? ORDER BY n.date DESC, n.id DESC`).all(year) as NoticeRow[];
}

export function getNoticeRow(db: Db, id: number): NoticeRow | undefined {
  return prepared(db, `${select} WHERE n.id = ?`).get(id) as NoticeRow | undefined;
}

/** The people of the year's 通报 (notice id -> people in roster order). */
export function noticePeople(db: Db, year: number): Map<number, { id: number; name: string; unitId: number }[]> {
  const rows = prepared(db, `SELECT np.notice_id AS noticeId, p.id, p.name, p.unit_id AS unitId FROM inspection_notice_people np
    JOIN inspection_notices n ON n.id = np.notice_id JOIN people p ON p.id = np.person_id WHERE n.year = ? ORDER BY p.sort_order, p.id`)
    .all(year) as { noticeId: number; id: number; name: string; unitId: number }[];
  const map = new Map<number, { id: number; name: string; unitId: number }[]>();
  for (const { noticeId, ...p } of rows) map.set(noticeId, [...(map.get(noticeId) ?? []), p]);
  return map;
}

/** The 加减分 records the year's 通报 created (notice id -> records). */
export function noticeAdjustments(db: Db, year: number): Map<number, { id: number; personId: number; name: string; points: number }[]> {
  const rows = prepared(db, `SELECT na.notice_id AS noticeId, a.id, a.person_id AS personId, p.name, a.points FROM inspection_notice_adjustments na
    JOIN inspection_notices n ON n.id = na.notice_id JOIN annual_adjustments a ON a.id = na.adjustment_id JOIN people p ON p.id = a.person_id
    WHERE n.year = ? ORDER BY p.sort_order, p.id`).all(year) as { noticeId: number; id: number; personId: number; name: string; points: number }[];
  const map = new Map<number, { id: number; personId: number; name: string; points: number }[]>();
  for (const { noticeId, ...a } of rows) map.set(noticeId, [...(map.get(noticeId) ?? []), a]);
  return map;
}

export function insertNotice(db: Db, n: { year: number; date: string; docNo: string; kind: NoticeKind; unitId: number | null; reason: string }, actor: string, now: Date): number {
  return Number(prepared(db, `INSERT INTO inspection_notices (year, date, doc_no, kind, unit_id, reason, entered_by, entered_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(n.year, n.date, n.docNo, n.kind, n.unitId, n.reason, actor, now.toISOString()).lastInsertRowid);
}

export function insertNoticePerson(db: Db, noticeId: number, personId: number): void {
  prepared(db, 'INSERT INTO inspection_notice_people (notice_id, person_id) VALUES (?, ?)').run(noticeId, personId);
}

export function linkNoticeAdjustment(db: Db, noticeId: number, adjustmentId: number): void {
  prepared(db, 'INSERT INTO inspection_notice_adjustments (adjustment_id, notice_id) VALUES (?, ?)').run(adjustmentId, noticeId);
}

export function deleteNoticeRow(db: Db, id: number): void {
  prepared(db, 'DELETE FROM inspection_notices WHERE id = ?').run(id);
}
