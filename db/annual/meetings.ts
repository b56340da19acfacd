import type { OutcomeCode } from '../../shared/annual/rules';
import type { Db } from '../open';
import { prepared } from '../prepared';

/** annual_meetings: the 考核委员会会议 whose decisions were recorded as the year's confirmations (DOMAIN §9.6). */

export interface MeetingFields {
  readonly name: string;
  readonly heldOn: string;
  readonly attendees: string;
  readonly note: string;
}

export interface MeetingRow extends MeetingFields {
  readonly id: number;
  readonly decided: number;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export function insertMeeting(
  db: Db, year: number, m: MeetingFields, decisions: readonly { personId: number; outcome: OutcomeCode }[], by: string, at: string,
): number {
  return Number(prepared(
    db,
    `INSERT INTO annual_meetings (year, name, held_on, attendees, note, decisions_json, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(year, m.name, m.heldOn, m.attendees, m.note, JSON.stringify(decisions), by, at).lastInsertRowid);
}

export const listMeetings = (db: Db, year: number): MeetingRow[] =>
  prepared(
    db,
    `SELECT id, name, held_on AS heldOn, attendees, note, json_array_length(decisions_json) AS decided, recorded_by AS recordedBy, recorded_at AS recordedAt
     FROM annual_meetings WHERE year = ? ORDER BY held_on DESC, id DESC`,
  ).all(year) as MeetingRow[];
