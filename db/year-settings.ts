import type { Db } from './open';
import { prepared } from './prepared';

/**
 * A feature's rules for one 考核年度 kept as one JSON row per year (周晒设置, 通报计分设置, 月度通报设置):
 * read through the feature's schema, so a hand-edited file fails on reading and not deep in a figure.
 * Each table keeps its owner module; this is the shape they share.
 */
export type YearSettingsTable = 'weekly_years' | 'inspection_years' | 'bulletin_years';

export function yearSettingsStore<T>(table: YearSettingsTable, schema: { parse(value: unknown): T }) {
  return {
    get(db: Db, year: number): T | undefined {
      const row = prepared(db, `SELECT settings_json FROM ${table} WHERE year = ?`).get(year) as { settings_json: string } | undefined;
      return row ? schema.parse(JSON.parse(row.settings_json)) : undefined;
    },
    save(db: Db, year: number, settings: T, now: Date): void {
      prepared(db, `INSERT INTO ${table} (year, settings_json, updated_at) VALUES (?, ?, ?)
        ON CONFLICT (year) DO UPDATE SET settings_json = excluded.settings_json, updated_at = excluded.updated_at`)
        .run(year, JSON.stringify(settings), now.toISOString());
    },
  };
}
