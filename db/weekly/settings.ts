import { weeklySettings, type WeeklySettings } from '../../shared/weekly';
import type { Db } from '../open';
import { yearSettingsStore } from '../year-settings';

/** weekly_years: a 考核年度's 周晒 rules (DOMAIN §8). */

const settingsStore = yearSettingsStore<WeeklySettings>('weekly_years', weeklySettings);
export const getWeeklySettings = settingsStore.get;
export const saveWeeklySettings = settingsStore.save;

export interface WeeklyUnitRow { readonly id: number; readonly name: string; readonly parentId: number | null }
export interface WeeklyPersonRow { readonly id: number; readonly name: string; readonly unitId: number }

/** 在职 people of the given units (the units' own people, not their sub-units'), in roster order. */
export function activePeopleOfUnits(db: Db, unitIds: readonly number[]): WeeklyPersonRow[] {
  if (unitIds.length === 0) return [];
  return db.prepare(`SELECT id, name, unit_id AS unitId FROM people WHERE status = '在职' AND unit_id IN (SELECT value FROM json_each(?)) ORDER BY sort_order, id`)
    .all(JSON.stringify(unitIds)) as WeeklyPersonRow[];
}

export function personNames(db: Db, ids: readonly number[]): Map<number, { name: string; unitId: number }> {
  const rows = db.prepare('SELECT id, name, unit_id AS unitId FROM people WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as WeeklyPersonRow[];
  return new Map(rows.map((r) => [r.id, { name: r.name, unitId: r.unitId }]));
}
