import type { Db } from '../open';
import { prepared } from '../prepared';

/**
 * 未参加 of the 年度考核结果备案表 (DOMAIN.md §9): people 在职 on the roster whose unit has at least
 * one participant of the year, and who are not participants themselves. The roster keeps no status
 * history, so 在职 is as it stands when the 备案表 is made.
 */
export interface AbsentRosterPerson {
  readonly personId: number;
  readonly name: string;
  readonly category: string | null;
  readonly unitId: number;
}

export function absentFromYear(db: Db, year: number): AbsentRosterPerson[] {
  return prepared(
    db,
    `SELECT x.id AS personId, x.name, x.category, x.unit_id AS unitId
     FROM people x
     WHERE x.status = '在职'
       AND x.unit_id IN (SELECT p.unit_id FROM annual_participants a JOIN people p ON p.id = a.person_id WHERE a.year = @year)
       AND x.id NOT IN (SELECT person_id FROM annual_participants WHERE year = @year)
     ORDER BY x.unit_id, x.sort_order, x.id`,
  ).all({ year }) as AbsentRosterPerson[];
}
