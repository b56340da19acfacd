import type { Db } from '../open';
import { prepared } from '../prepared';

/**
 * The settings table: one JSON value per key. State of the main process that must survive a
 * relaunch (the 现场测评 session, the admin-password throttle) lives here, so it is in every backup
 * and no window can reset it.
 */

/** The stored value, parsed; null when the key is absent or its value is not JSON. */
export function readSetting(db: Db, key: string): unknown {
  const row = prepared(db, 'SELECT value_json FROM settings WHERE key = ?').get(key) as { value_json: string } | undefined;
  if (!row) return null;
  try {
    return JSON.parse(row.value_json) as unknown;
  } catch {
    return null;
  }
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  prepared(db, 'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json').run(key, JSON.stringify(value));
}

export function deleteSetting(db: Db, key: string): void {
  prepared(db, 'DELETE FROM settings WHERE key = ?').run(key);
}
