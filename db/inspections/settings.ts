import { inspectionSettings, type InspectionSettings } from '../../shared/inspections';
import type { Db } from '../open';
import { prepared } from '../prepared';
import { yearSettingsStore } from '../year-settings';

/** inspection_years: a 考核年度's 督查 rules (DOMAIN §8.6). */

const settingsStore = yearSettingsStore<InspectionSettings>('inspection_years', inspectionSettings);
export const getInspectionSettings = settingsStore.get;
export const saveInspectionSettings = settingsStore.save;

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
