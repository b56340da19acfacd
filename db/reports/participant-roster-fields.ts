import type { Db } from '../open';
import { prepared } from '../prepared';

/**
 * The roster fields the 年终考核 materials and the 年度考核登记表 print that the participant records
 * do not carry. They are not frozen when a year is locked (its composite view keeps only 姓名,
 * 单位, 职务), so even a locked year's forms read them from the roster as it stands.
 */
export interface ParticipantRosterFields {
  readonly birth: string | null;
  readonly political: string | null;
  readonly postSince: string | null;
  readonly ethnicity: string | null;
  readonly education: string | null;
  readonly workStart: string | null;
  readonly partySince: string | null;
}

/** person id -> 出生年月, 政治面貌, 任现职时间, 民族, 学历, 参加工作时间, 入党时间 (dates as stored: YYYY.MM) of every participant of the year. */
export function participantRosterFields(db: Db, year: number): Map<number, ParticipantRosterFields> {
  const rows = prepared(
    db,
    `SELECT x.id, x.birth, x.political, x.post_since AS postSince, x.ethnicity, x.education, x.work_start AS workStart, x.party_since AS partySince
     FROM annual_participants a JOIN people x ON x.id = a.person_id WHERE a.year = ?`,
  ).all(year) as (ParticipantRosterFields & { id: number })[];
  return new Map(rows.map(({ id, ...fields }) => [id, fields]));
}
