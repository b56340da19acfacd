import { itemEntryPoints } from '../../shared/annual/item-points';
import type { ItemSource } from '../../shared/annual/item-sources';
import type { AssessmentItem, ItemCategory, ItemMethod, ItemTarget, ScoreCell } from '../../shared/annual/views';
import type { Db } from '../open';
import { prepared } from '../prepared';

/** 指标体系 of a year: categories, items and their score entries (one per item and target). */

// ── categories ──────────────────────────────────────────────────────────

export function listItemCategories(db: Db, year: number): ItemCategory[] {
  return prepared(db, 'SELECT id, name, sort_order AS sortOrder FROM annual_categories WHERE year = ? ORDER BY sort_order, id').all(year) as ItemCategory[];
}

export const categoryItemCount = (db: Db, categoryId: number): number =>
  (prepared(db, 'SELECT count(*) AS n FROM annual_items WHERE category_id = ?').get(categoryId) as { n: number }).n;

export const insertItemCategory = (db: Db, year: number, name: string, sortOrder: number): number =>
  Number(prepared(db, 'INSERT INTO annual_categories (year, name, sort_order) VALUES (?, ?, ?)').run(year, name, sortOrder).lastInsertRowid);

export function updateItemCategory(db: Db, id: number, name: string, sortOrder: number): void {
  prepared(db, 'UPDATE annual_categories SET name = ?, sort_order = ? WHERE id = ?').run(name, sortOrder, id);
}

export function deleteItemCategory(db: Db, id: number): void {
  prepared(db, 'DELETE FROM annual_categories WHERE id = ?').run(id);
}

// ── items ───────────────────────────────────────────────────────────────

/** An item as stored, with the year it belongs to. */
export interface ItemRecord extends AssessmentItem {
  readonly year: number;
}

interface ItemRow {
  id: number; year: number; category_id: number; name: string; description: string; applies_to: ItemTarget; method: ItemMethod;
  max_points: number; step_points: number | null; pass_to_people: number; sort_order: number; entries: number;
  source: ItemSource; source_campaign_id: number | null; source_full: number; source_zero: number;
}

const toItem = (r: ItemRow): ItemRecord => ({
  id: r.id, year: r.year, categoryId: r.category_id, name: r.name, description: r.description, appliesTo: r.applies_to, method: r.method,
  maxPoints: r.max_points, stepPoints: r.step_points, passToPeople: r.pass_to_people === 1, sortOrder: r.sort_order, entries: r.entries,
  source: r.source, sourceCampaignId: r.source_campaign_id, sourceFull: r.source_full, sourceZero: r.source_zero,
});

const selectItems = `
  SELECT i.*, (SELECT count(*) FROM annual_scores s WHERE s.item_id = i.id) AS entries
  FROM annual_items i JOIN annual_categories c ON c.id = i.category_id`;

/** Items of a year in display order: by category, then their own order. */
export function listItemRecords(db: Db, year: number, appliesTo?: ItemTarget): ItemRecord[] {
  const rows = appliesTo
    ? prepared(db, `${selectItems} WHERE i.year = ? AND i.applies_to = ? ORDER BY c.sort_order, c.id, i.sort_order, i.id`).all(year, appliesTo)
    : prepared(db, `${selectItems} WHERE i.year = ? ORDER BY c.sort_order, c.id, i.sort_order, i.id`).all(year);
  return (rows as ItemRow[]).map(toItem);
}

export function getItemRecord(db: Db, id: number): ItemRecord | undefined {
  const row = prepared(db, `${selectItems} WHERE i.id = ?`).get(id) as ItemRow | undefined;
  return row && toItem(row);
}

export const findItemByName = (db: Db, year: number, name: string): { id: number } | undefined =>
  prepared(db, 'SELECT id FROM annual_items WHERE year = ? AND name = ?').get(year, name) as { id: number } | undefined;

export interface ItemFields {
  readonly categoryId: number;
  readonly name: string;
  readonly description: string;
  readonly appliesTo: ItemTarget;
  readonly method: ItemMethod;
  readonly maxPoints: number;
  readonly stepPoints: number | null;
  readonly passToPeople: boolean;
  readonly source: ItemSource;
  readonly sourceCampaignId: number | null;
  readonly sourceFull: number;
  readonly sourceZero: number;
}

const itemArgs = (f: ItemFields) => ({
  category_id: f.categoryId, name: f.name, description: f.description, applies_to: f.appliesTo, method: f.method,
  max_points: f.maxPoints, step_points: f.stepPoints, pass_to_people: f.passToPeople ? 1 : 0,
  source: f.source, source_campaign_id: f.sourceCampaignId, source_full: f.sourceFull, source_zero: f.sourceZero,
});

export function insertItem(db: Db, year: number, fields: ItemFields): number {
  const { next } = prepared(db, 'SELECT COALESCE(max(sort_order), 0) + 1 AS next FROM annual_items WHERE year = ?').get(year) as { next: number };
  return Number(
    prepared(
      db,
      `INSERT INTO annual_items (year, category_id, name, description, applies_to, method, max_points, step_points, pass_to_people, sort_order,
         source, source_campaign_id, source_full, source_zero)
       VALUES (:year, :category_id, :name, :description, :applies_to, :method, :max_points, :step_points, :pass_to_people, :sort_order,
         :source, :source_campaign_id, :source_full, :source_zero)`,
    ).run({ year, sort_order: next, ...itemArgs(fields) }).lastInsertRowid,
  );
}

export function updateItem(db: Db, id: number, fields: ItemFields): void {
  prepared(
    db,
    `UPDATE annual_items SET category_id = :category_id, name = :name, description = :description, applies_to = :applies_to, method = :method,
       max_points = :max_points, step_points = :step_points, pass_to_people = :pass_to_people,
       source = :source, source_campaign_id = :source_campaign_id, source_full = :source_full, source_zero = :source_zero WHERE id = :id`,
  ).run({ id, ...itemArgs(fields) });
}

export function setItemSortOrder(db: Db, id: number, sortOrder: number): void {
  prepared(db, 'UPDATE annual_items SET sort_order = ? WHERE id = ?').run(sortOrder, id);
}

export function deleteItemRow(db: Db, id: number): void {
  prepared(db, 'DELETE FROM annual_items WHERE id = ?').run(id);
}

/** Every entry of an item with whose it is, to check them against a changed item. */
export function itemEntryValues(db: Db, itemId: number): { value: number; name: string }[] {
  return prepared(
    db,
    `SELECT s.value, COALESCE(p.name, u.name) AS name FROM annual_scores s
     LEFT JOIN people p ON p.id = s.person_id LEFT JOIN units u ON u.id = s.unit_id
     WHERE s.item_id = ? ORDER BY s.rowid`,
  ).all(itemId) as { value: number; name: string }[];
}

// ── score entries ───────────────────────────────────────────────────────

export interface ScoreEntryRecord {
  readonly itemId: number;
  /** person id or unit id, by the item's target */
  readonly targetId: number;
  readonly value: number;
  readonly date: string | null;
  readonly evidence: string;
  readonly enteredBy: string;
  readonly enteredAt: string;
}

const targetColumn = (t: ItemTarget) => (t === 'person' ? 'person_id' : 'unit_id');

/** Every entry of a year for items of one kind. */
export function listScoreEntries(db: Db, year: number, appliesTo: ItemTarget): ScoreEntryRecord[] {
  const col = targetColumn(appliesTo);
  return prepared(
    db,
    `SELECT s.item_id AS itemId, s.${col} AS targetId, s.value, s.date, s.evidence, s.entered_by AS enteredBy, s.entered_at AS enteredAt
     FROM annual_scores s WHERE s.year = ? AND s.${col} IS NOT NULL`,
  ).all(year) as ScoreEntryRecord[];
}

export function getScoreEntry(db: Db, itemId: number, appliesTo: ItemTarget, targetId: number): ScoreEntryRecord | undefined {
  const col = targetColumn(appliesTo);
  return prepared(
    db,
    `SELECT item_id AS itemId, ${col} AS targetId, value, date, evidence, entered_by AS enteredBy, entered_at AS enteredAt
     FROM annual_scores WHERE item_id = ? AND ${col} = ?`,
  ).get(itemId, targetId) as ScoreEntryRecord | undefined;
}

/** Writes one entry (replacing the target's entry for the item, if any). */
export function upsertScoreEntry(db: Db, year: number, appliesTo: ItemTarget, entry: ScoreEntryRecord): void {
  const col = targetColumn(appliesTo);
  const args = [entry.value, entry.date, entry.evidence, entry.enteredBy, entry.enteredAt, entry.itemId, entry.targetId] as const;
  const updated = prepared(db, `UPDATE annual_scores SET value = ?, date = ?, evidence = ?, entered_by = ?, entered_at = ? WHERE item_id = ? AND ${col} = ?`).run(...args);
  if (updated.changes === 0) {
    prepared(db, `INSERT INTO annual_scores (value, date, evidence, entered_by, entered_at, item_id, ${col}, year) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(...args, year);
  }
}

export function deleteScoreEntry(db: Db, itemId: number, appliesTo: ItemTarget, targetId: number): void {
  prepared(db, `DELETE FROM annual_scores WHERE item_id = ? AND ${targetColumn(appliesTo)} = ?`).run(itemId, targetId);
}

/** An entry as the grid shows it: with the points it is worth under its item. */
export const scoreCellOf = (item: ItemRecord, e: ScoreEntryRecord): ScoreCell => ({
  value: e.value, points: itemEntryPoints(item, e.value), date: e.date, evidence: e.evidence, enteredBy: e.enteredBy, enteredAt: e.enteredAt,
});

// ── totals ──────────────────────────────────────────────────────────────

/** One participant's 考核项目 points, as the score grid shows them (db/annual/composite.ts reads the same for the composite). */
export interface PersonItemTotal {
  /** Σ points of the person's own entries plus `fromUnit` */
  readonly total: number;
  /** Σ points of the entries of the person's own unit for unit items passed on to people */
  readonly fromUnit: number;
}

/** Σ points of one unit's entries (unit items). */
export function unitItemTotal(db: Db, year: number, unitId: number): number {
  const rows = prepared(
    db,
    `SELECT i.method, i.max_points AS maxPoints, i.step_points AS stepPoints, s.value FROM annual_scores s JOIN annual_items i ON i.id = s.item_id
     WHERE s.year = ? AND s.unit_id = ?`,
  ).all(year, unitId) as { method: ItemMethod; maxPoints: number; stepPoints: number | null; value: number }[];
  return rows.reduce((sum, r) => sum + itemEntryPoints(r, r.value), 0);
}

/** One participant's total: own entries plus the direct unit's entries of items passed on to people. */
export function personItemTotal(db: Db, year: number, personId: number, unitId: number): PersonItemTotal {
  const own = prepared(
    db,
    `SELECT i.method, i.max_points AS maxPoints, i.step_points AS stepPoints, s.value FROM annual_scores s JOIN annual_items i ON i.id = s.item_id
     WHERE s.year = ? AND s.person_id = ?`,
  ).all(year, personId) as { method: ItemMethod; maxPoints: number; stepPoints: number | null; value: number }[];
  const passed = prepared(
    db,
    `SELECT i.method, i.max_points AS maxPoints, i.step_points AS stepPoints, s.value FROM annual_scores s JOIN annual_items i ON i.id = s.item_id
     WHERE s.year = ? AND s.unit_id = ? AND i.pass_to_people = 1`,
  ).all(year, unitId) as { method: ItemMethod; maxPoints: number; stepPoints: number | null; value: number }[];
  const fromUnit = passed.reduce((sum, r) => sum + itemEntryPoints(r, r.value), 0);
  return { total: own.reduce((sum, r) => sum + itemEntryPoints(r, r.value), 0) + fromUnit, fromUnit };
}
