import type { Unit } from '../shared/domain/person';
import type { Db } from './open';

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
