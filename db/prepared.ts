import type Database from 'better-sqlite3';
import type { Db } from './open';

/**
 * Prepared statements cached per connection, for hot paths (a kiosk ballot is saved while the next
 * rater waits). Keyed by the connection object, so a restore, which opens a new connection, starts
 * a fresh cache and never reuses a statement of a closed database.
 */
const caches = new WeakMap<Db, Map<string, Database.Statement>>();

export function prepared(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}
