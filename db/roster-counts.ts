import type { Db } from './open';
import { prepared } from './prepared';

/**
 * How many units and people the database holds: the one answer to 「是否已有数据」 for the start
 * screen, the daily and quit backups and the demo (which loads only into an empty database).
 */
export function rosterCounts(db: Db): { units: number; people: number } {
  return prepared(db, 'SELECT (SELECT count(*) FROM units) AS units, (SELECT count(*) FROM people) AS people').get() as { units: number; people: number };
}

/** Every person belongs to a unit, so a database with data has at least one unit; counting both says so without relying on it. */
export const hasRosterData = (db: Db): boolean => {
  const { units, people } = rosterCounts(db);
  return units > 0 || people > 0;
};
