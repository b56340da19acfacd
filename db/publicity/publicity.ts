import { publicityName, workCalendar, type PublicityFields, type PublicityName, type PublicityStatus } from '../../shared/publicity';
import type { Db } from '../open';
import { prepared } from '../prepared';

/** annual_publicity: one 优秀等次公示 per 考核年度 (DOMAIN §9.1). */

export interface PublicityRecord extends PublicityFields {
  readonly year: number;
  readonly end: string;
  readonly status: PublicityStatus;
  readonly publishedOn: string | null;
  readonly endedOn: string | null;
  readonly names: PublicityName[];
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface Raw {
  year: number; title: string; body: string; objection_text: string; phone: string; address: string; signer: string;
  signed_on: string; start_date: string; end_date: string; working_days: number; calendar_json: string; names_json: string;
  status: PublicityStatus; published_on: string | null; ended_on: string | null; created_by: string; created_at: string; updated_at: string;
}

const fromRaw = (r: Raw): PublicityRecord => ({
  year: r.year, title: r.title, body: r.body, objectionText: r.objection_text, phone: r.phone, address: r.address, signer: r.signer,
  signedOn: r.signed_on, start: r.start_date, end: r.end_date, workingDays: r.working_days,
  calendar: workCalendar.parse(JSON.parse(r.calendar_json)),
  names: publicityName.array().parse(JSON.parse(r.names_json)),
  status: r.status, publishedOn: r.published_on, endedOn: r.ended_on, createdBy: r.created_by, createdAt: r.created_at, updatedAt: r.updated_at,
});

export function getPublicity(db: Db, year: number): PublicityRecord | undefined {
  const raw = prepared(db, 'SELECT * FROM annual_publicity WHERE year = ?').get(year) as Raw | undefined;
  return raw ? fromRaw(raw) : undefined;
}

/** The latest 公示 of a year before `year`: a new one starts from its words. */
export function previousPublicity(db: Db, year: number): PublicityRecord | undefined {
  const raw = prepared(db, 'SELECT * FROM annual_publicity WHERE year < ? ORDER BY year DESC LIMIT 1').get(year) as Raw | undefined;
  return raw ? fromRaw(raw) : undefined;
}

const fieldParams = (f: PublicityFields, end: string) => ({
  title: f.title, body: f.body, objection_text: f.objectionText, phone: f.phone, address: f.address, signer: f.signer,
  signed_on: f.signedOn, start_date: f.start, end_date: end, working_days: f.workingDays, calendar_json: JSON.stringify(f.calendar),
});

export function insertPublicity(db: Db, year: number, f: PublicityFields, end: string, names: readonly PublicityName[], by: string, at: string): void {
  prepared(
    db,
    `INSERT INTO annual_publicity (year, title, body, objection_text, phone, address, signer, signed_on, start_date, end_date, working_days,
       calendar_json, names_json, created_by, created_at, updated_at)
     VALUES (@year, @title, @body, @objection_text, @phone, @address, @signer, @signed_on, @start_date, @end_date, @working_days,
       @calendar_json, @names_json, @by, @at, @at)`,
  ).run({ year, ...fieldParams(f, end), names_json: JSON.stringify(names), by, at });
}

export function updatePublicityFields(db: Db, year: number, f: PublicityFields, end: string, at: string): void {
  prepared(
    db,
    `UPDATE annual_publicity SET title = @title, body = @body, objection_text = @objection_text, phone = @phone, address = @address,
       signer = @signer, signed_on = @signed_on, start_date = @start_date, end_date = @end_date, working_days = @working_days,
       calendar_json = @calendar_json, updated_at = @at WHERE year = @year`,
  ).run({ year, ...fieldParams(f, end), at });
}

export function setPublicityNames(db: Db, year: number, names: readonly PublicityName[], at: string): void {
  prepared(db, 'UPDATE annual_publicity SET names_json = ?, updated_at = ? WHERE year = ?').run(JSON.stringify(names), at, year);
}

export function setPublicityStatus(db: Db, year: number, status: PublicityStatus, publishedOn: string | null, endedOn: string | null, at: string): void {
  prepared(db, 'UPDATE annual_publicity SET status = ?, published_on = ?, ended_on = ?, updated_at = ? WHERE year = ?').run(status, publishedOn, endedOn, at, year);
}

export function deletePublicityRow(db: Db, year: number): void {
  prepared(db, 'DELETE FROM annual_publicity WHERE year = ?').run(year);
}
