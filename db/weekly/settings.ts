import { weeklySettings, type WeeklySettings } from '../../shared/weekly';
import type { Db } from '../open';
import { prepared } from '../prepared';

/** weekly_years: a 考核年度's 周晒 rules (DOMAIN §8). */

export function getWeeklySettings(db: Db, year: number): WeeklySettings | undefined {
  const row = prepared(db, 'SELECT settings_json FROM weekly_years WHERE year = ?').get(year) as { settings_json: string } | undefined;
  return row ? weeklySettings.parse(JSON.parse(row.settings_json)) : undefined;
}

export function saveWeeklySettings(db: Db, year: number, settings: WeeklySettings, now: Date): void {
  prepared(db, `INSERT INTO weekly_years (year, settings_json, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (year) DO UPDATE SET settings_json = excluded.settings_json, updated_at = excluded.updated_at`)
    .run(year, JSON.stringify(settings), now.toISOString());
}

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
