import type { Unit } from '../../shared/domain';
import type { Db } from '../open';

interface UnitRow { id: number; name: string; parent_id: number | null; sort_order: number; people_count: number }

const toUnit = (r: UnitRow): Unit => ({ id: r.id, name: r.name, parentId: r.parent_id, sortOrder: r.sort_order, peopleCount: r.people_count });

const selectUnits = `
  SELECT u.id, u.name, u.parent_id, u.sort_order,
         (SELECT count(*) FROM people p WHERE p.unit_id = u.id AND p.status = '在职') AS people_count
  FROM units u`;

export function listUnitRows(db: Db): Unit[] {
  return (db.prepare(`${selectUnits} ORDER BY u.sort_order, u.id`).all() as UnitRow[]).map(toUnit);
}

export function getUnitRow(db: Db, id: number): Unit | undefined {
  const row = db.prepare(`${selectUnits} WHERE u.id = ?`).get(id) as UnitRow | undefined;
  return row && toUnit(row);
}

export function findUnitByName(db: Db, name: string, parentId: number | null = null): Unit | undefined {
  const row = db.prepare(`${selectUnits} WHERE u.name = ? AND COALESCE(u.parent_id, 0) = COALESCE(?, 0)`).get(name, parentId) as UnitRow | undefined;
  return row && toUnit(row);
}

export function insertUnit(db: Db, name: string, parentId: number | null, now = new Date()): number {
  const { next } = db.prepare('SELECT COALESCE(max(sort_order), 0) + 1 AS next FROM units WHERE COALESCE(parent_id, 0) = COALESCE(?, 0)').get(parentId) as { next: number };
  return Number(db.prepare('INSERT INTO units (name, parent_id, sort_order, created_at) VALUES (?, ?, ?, ?)').run(name, parentId, next, now.toISOString()).lastInsertRowid);
}

/** The next free position at the end of one parent's children (null = top level). */
export function nextUnitSortOrder(db: Db, parentId: number | null): number {
  const { next } = db.prepare('SELECT COALESCE(max(sort_order), 0) + 1 AS next FROM units WHERE COALESCE(parent_id, 0) = COALESCE(?, 0)').get(parentId) as { next: number };
  return next;
}

/** Ids of the direct children of one parent, in their current order. */
export function childUnitIds(db: Db, parentId: number | null): number[] {
  return (db.prepare('SELECT id FROM units WHERE COALESCE(parent_id, 0) = COALESCE(?, 0) ORDER BY sort_order, id').all(parentId) as { id: number }[]).map((r) => r.id);
}

/** The unit itself and every unit below it, at any depth. */
export function unitAndDescendantIds(db: Db, id: number): number[] {
  return (
    db.prepare(
      `WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = ? UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
       SELECT id FROM sub`,
    ).all(id) as { id: number }[]
  ).map((r) => r.id);
}

export function updateUnitRow(db: Db, id: number, fields: { readonly name: string; readonly parentId: number | null; readonly sortOrder: number }): void {
  db.prepare('UPDATE units SET name = ?, parent_id = ?, sort_order = ? WHERE id = ?').run(fields.name, fields.parentId, fields.sortOrder, id);
}

export function setUnitSortOrder(db: Db, id: number, sortOrder: number): void {
  db.prepare('UPDATE units SET sort_order = ? WHERE id = ?').run(sortOrder, id);
}

/** What still hangs off a unit: people of any status (their unit_id points here) and direct sub-units. */
export function unitDependents(db: Db, id: number): { people: number; inactivePeople: number; subUnits: number } {
  return db.prepare(
    `SELECT (SELECT count(*) FROM people WHERE unit_id = :id) AS people,
            (SELECT count(*) FROM people WHERE unit_id = :id AND status <> '在职') AS inactivePeople,
            (SELECT count(*) FROM units WHERE parent_id = :id) AS subUnits`,
  ).get({ id }) as { people: number; inactivePeople: number; subUnits: number };
}

export function deleteUnitRow(db: Db, id: number): void {
  db.prepare('DELETE FROM units WHERE id = ?').run(id);
}
