import { inspectionSettings, type InspectionSettings } from '../../shared/inspections';
import type { Db } from '../open';
import { prepared } from '../prepared';

/** inspection_years: a 考核年度's 督查 rules (DOMAIN §8.6). */

export function getInspectionSettings(db: Db, year: number): InspectionSettings | undefined {
  const row = prepared(db, 'SELECT settings_json FROM inspection_years WHERE year = ?').get(year) as { settings_json: string } | undefined;
  return row ? inspectionSettings.parse(JSON.parse(row.settings_json)) : undefined;
}

export function saveInspectionSettings(db: Db, year: number, settings: InspectionSettings, now: Date): void {
  prepared(db, `INSERT INTO inspection_years (year, settings_json, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (year) DO UPDATE SET settings_json = excluded.settings_json, updated_at = excluded.updated_at`)
    .run(year, JSON.stringify(settings), now.toISOString());
}

/** The people of the given units (在职), with whether they are 班子成员, in roster order. */
export function activePeopleOfUnits(db: Db, unitIds: readonly number[]): { id: number; name: string; unitId: number; isLeader: boolean }[] {
  const rows = prepared(db, `SELECT id, name, unit_id AS unitId, is_leader AS isLeader FROM people
    WHERE status = '在职' AND unit_id IN (SELECT value FROM json_each(?)) ORDER BY sort_order, id`)
    .all(JSON.stringify(unitIds)) as { id: number; name: string; unitId: number; isLeader: number }[];
  return rows.map((r) => ({ ...r, isLeader: r.isLeader === 1 }));
}

/** People by id (any status), for naming a 通报's people. */
export function peopleByIds(db: Db, ids: readonly number[]): Map<number, { id: number; name: string; unitId: number }> {
  const rows = prepared(db, 'SELECT id, name, unit_id AS unitId FROM people WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { id: number; name: string; unitId: number }[];
  return new Map(rows.map((r) => [r.id, r]));
}
