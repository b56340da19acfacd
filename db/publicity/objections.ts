import type { ObjectionInput, PublicityObjection } from '../../shared/publicity';
import type { Db } from '../open';
import { prepared } from '../prepared';

/** annual_publicity_objections: the 异议 a 公示 received and how each was concluded (DOMAIN §9.1). */

const select = `SELECT o.id, o.year, o.received_on AS receivedOn, o.raised_by AS raisedBy, o.person_id AS personId,
  coalesce(p.name, '') AS personName, o.content, o.handling, o.outcome, o.resolved_on AS resolvedOn,
  o.recorded_by AS recordedBy, o.recorded_at AS recordedAt
  FROM annual_publicity_objections o LEFT JOIN people p ON p.id = o.person_id`;

export type ObjectionRecord = PublicityObjection & { readonly year: number };

export const listObjections = (db: Db, year: number): ObjectionRecord[] =>
  prepared(db, `${select} WHERE o.year = ? ORDER BY o.received_on, o.id`).all(year) as ObjectionRecord[];

export const getObjection = (db: Db, id: number): ObjectionRecord | undefined =>
  prepared(db, `${select} WHERE o.id = ?`).get(id) as ObjectionRecord | undefined;

const params = (o: ObjectionInput) => ({
  received_on: o.receivedOn, raised_by: o.raisedBy, person_id: o.personId, content: o.content, handling: o.handling,
  outcome: o.outcome, resolved_on: o.resolvedOn,
});

export function insertObjection(db: Db, year: number, o: ObjectionInput, by: string, at: string): number {
  return Number(prepared(
    db,
    `INSERT INTO annual_publicity_objections (year, received_on, raised_by, person_id, content, handling, outcome, resolved_on, recorded_by, recorded_at)
     VALUES (@year, @received_on, @raised_by, @person_id, @content, @handling, @outcome, @resolved_on, @by, @at)`,
  ).run({ year, ...params(o), by, at }).lastInsertRowid);
}

export function updateObjectionRow(db: Db, id: number, o: ObjectionInput): void {
  prepared(
    db,
    `UPDATE annual_publicity_objections SET received_on = @received_on, raised_by = @raised_by, person_id = @person_id, content = @content,
       handling = @handling, outcome = @outcome, resolved_on = @resolved_on WHERE id = @id`,
  ).run({ id, ...params(o) });
}

export function deleteObjectionRow(db: Db, id: number): void {
  prepared(db, 'DELETE FROM annual_publicity_objections WHERE id = ?').run(id);
}

export const objectionOutcomeWords = (db: Db): string[] =>
  prepared(db, "SELECT value FROM vocabulary WHERE kind = 'publicity-objection-outcome' ORDER BY sort_order, value").pluck().all() as string[];
