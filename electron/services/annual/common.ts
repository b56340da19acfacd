import { AppError } from '../../../shared/errors';
import { getAnnualYearRecord, type AnnualYearRecord } from '../../../db/annual/years';
import type { Db } from '../../../db/open';
import { prepared } from '../../../db/prepared';
import { assertYearOpen } from '../../../db/year-lock';

/** What the 年度考核 services share: look-ups and guards. */

export function requireYear(db: Db, year: number): AnnualYearRecord {
  const record = getAnnualYearRecord(db, year);
  if (!record) throw new AppError('ANNUAL_YEAR_NOT_FOUND', `尚未建立${year}年度考核，请先在「年度考核方案」中新建考核年度`);
  return record;
}

/** The year, for a write: it must exist and not be locked. */
export function requireOpenYear(db: Db, year: number): AnnualYearRecord {
  const record = requireYear(db, year);
  assertYearOpen(db, year);
  return record;
}

export interface ParticipantRef {
  readonly personId: number;
  readonly name: string;
  readonly groupId: number;
  readonly unitId: number;
}

/** A participant of the year, for a write about that person. */
export function requireParticipant(db: Db, year: number, personId: number): ParticipantRef {
  const row = prepared(
    db,
    `SELECT p.person_id AS personId, x.name, p.group_id AS groupId, x.unit_id AS unitId
     FROM annual_participants p JOIN people x ON x.id = p.person_id WHERE p.year = ? AND p.person_id = ?`,
  ).get(year, personId) as ParticipantRef | undefined;
  if (!row) {
    const person = prepared(db, 'SELECT name FROM people WHERE id = ?').get(personId) as { name: string } | undefined;
    if (!person) throw new AppError('PERSON_NOT_FOUND', `人员（编号${personId}）不存在，可能已被删除，请刷新后重试`);
    throw new AppError('NOT_A_PARTICIPANT', `${person.name}不在${year}年度考核的参加人员中，请先在「年度考核方案」中加入`);
  }
  return row;
}
