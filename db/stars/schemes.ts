import { starGate, type StarGate, type StarItem, type StarSchemeKind, type StarSchemeSettings } from '../../shared/stars/scheme';
import { z } from 'zod';
import type { Db } from '../open';
import { prepared } from '../prepared';

/** One star scheme as stored, with its stars in order. */
export interface StarSchemeRecord extends StarSchemeSettings {
  readonly id: number;
  readonly year: number;
  readonly kind: StarSchemeKind;
  readonly items: StarItem[];
  readonly createdAt: string;
}

interface SchemeRow {
  id: number; year: number; kind: StarSchemeKind; name: string; cycle: StarSchemeSettings['cycle']; publicity_days: number;
  year_end_rule: 'last-period' | 'min-periods'; year_end_periods: number | null; points_per_star: number; points_cap: number;
  gates_json: string; created_at: string;
}
interface ItemRow { code: string; name: string; tier: StarItem['tier']; criteria: string; evidence_required: number }

const gatesSchema = z.array(starGate);

const toItem = (r: ItemRow): StarItem => ({ code: r.code, name: r.name, tier: r.tier, criteria: r.criteria, evidenceRequired: r.evidence_required === 1 });

export function listStarItems(db: Db, schemeId: number): StarItem[] {
  return (prepared(db, 'SELECT code, name, tier, criteria, evidence_required FROM star_items WHERE scheme_id = ? ORDER BY sort_order, code').all(schemeId) as ItemRow[]).map(toItem);
}

/** Stored JSON is parsed through its schema, so a hand-edited file fails here and not in a board. */
const toRecord = (db: Db, r: SchemeRow): StarSchemeRecord => ({
  id: r.id, year: r.year, kind: r.kind, name: r.name, cycle: r.cycle, publicityDays: r.publicity_days,
  yearEndRule: r.year_end_rule === 'min-periods' ? { kind: 'min-periods', periods: r.year_end_periods ?? 1 } : { kind: 'last-period' },
  points: { perStar: r.points_per_star, cap: r.points_cap },
  gates: gatesSchema.parse(JSON.parse(r.gates_json)) satisfies StarGate[],
  items: listStarItems(db, r.id),
  createdAt: r.created_at,
});

export function getStarSchemeRecord(db: Db, id: number): StarSchemeRecord | undefined {
  const row = prepared(db, 'SELECT * FROM star_schemes WHERE id = ?').get(id) as SchemeRow | undefined;
  return row && toRecord(db, row);
}

export function findStarScheme(db: Db, year: number, kind: StarSchemeKind): StarSchemeRecord | undefined {
  const row = prepared(db, 'SELECT * FROM star_schemes WHERE year = ? AND kind = ?').get(year, kind) as SchemeRow | undefined;
  return row && toRecord(db, row);
}

export interface StarSchemeSummaryRow { id: number; year: number; kind: StarSchemeKind; name: string; cycle: StarSchemeSettings['cycle']; stars: number; reviews: number }

export function listStarSchemeSummaries(db: Db, year?: number): StarSchemeSummaryRow[] {
  return db.prepare(
    `SELECT s.id, s.year, s.kind, s.name, s.cycle,
            (SELECT count(*) FROM star_items i WHERE i.scheme_id = s.id) AS stars,
            (SELECT count(*) FROM star_reviews r WHERE r.scheme_id = s.id) AS reviews
     FROM star_schemes s ${year == null ? '' : 'WHERE s.year = :year'}
     ORDER BY s.year DESC, CASE s.kind WHEN 'org' THEN 0 ELSE 1 END`,
  ).all(year == null ? {} : { year }) as StarSchemeSummaryRow[];
}

const settingsParams = (s: StarSchemeSettings) => ({
  name: s.name, cycle: s.cycle, publicity_days: s.publicityDays, year_end_rule: s.yearEndRule.kind,
  year_end_periods: s.yearEndRule.kind === 'min-periods' ? s.yearEndRule.periods : null,
  points_per_star: s.points.perStar, points_cap: s.points.cap, gates_json: JSON.stringify(s.gates),
});

export function insertStarScheme(db: Db, year: number, kind: StarSchemeKind, settings: StarSchemeSettings, now = new Date()): number {
  return Number(
    db.prepare(
      `INSERT INTO star_schemes (year, kind, name, cycle, publicity_days, year_end_rule, year_end_periods, points_per_star, points_cap, gates_json, created_at)
       VALUES (:year, :kind, :name, :cycle, :publicity_days, :year_end_rule, :year_end_periods, :points_per_star, :points_cap, :gates_json, :at)`,
    ).run({ year, kind, ...settingsParams(settings), at: now.toISOString() }).lastInsertRowid,
  );
}

export function updateStarSchemeSettings(db: Db, id: number, settings: StarSchemeSettings): void {
  db.prepare(
    `UPDATE star_schemes SET name = :name, cycle = :cycle, publicity_days = :publicity_days, year_end_rule = :year_end_rule,
       year_end_periods = :year_end_periods, points_per_star = :points_per_star, points_cap = :points_cap, gates_json = :gates_json
     WHERE id = :id`,
  ).run({ id, ...settingsParams(settings) });
}

/**
 * Replaces the star list in place: kept codes are updated, new ones inserted, missing ones deleted
 * (the foreign key from star_states refuses to drop a star with recorded states). Names are unique
 * per scheme, so renames that swap names go through temporary names first.
 */
export function replaceStarItems(db: Db, schemeId: number, items: readonly StarItem[]): void {
  const codes = new Set(items.map((i) => i.code));
  const existing = listStarItems(db, schemeId);
  const del = db.prepare('DELETE FROM star_items WHERE scheme_id = ? AND code = ?');
  for (const old of existing) if (!codes.has(old.code)) del.run(schemeId, old.code);
  db.prepare(`UPDATE star_items SET name = '\u0001' || code WHERE scheme_id = ?`).run(schemeId);
  const upsert = db.prepare(
    `INSERT INTO star_items (scheme_id, code, name, tier, criteria, evidence_required, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (scheme_id, code) DO UPDATE SET name = excluded.name, tier = excluded.tier, criteria = excluded.criteria,
       evidence_required = excluded.evidence_required, sort_order = excluded.sort_order`,
  );
  items.forEach((item, i) => upsert.run(schemeId, item.code, item.name, item.tier, item.criteria, item.evidenceRequired ? 1 : 0, i + 1));
}

export function deleteStarSchemeRow(db: Db, id: number): void {
  db.prepare('DELETE FROM star_schemes WHERE id = ?').run(id);
}

/** Codes of the scheme's stars that have any recorded state or evidence. */
export function starCodesInUse(db: Db, schemeId: number): Set<string> {
  const rows = db.prepare(
    `SELECT code FROM star_states WHERE scheme_id = :schemeId
     UNION SELECT e.code FROM star_evidence e JOIN star_reviews r ON r.id = e.review_id WHERE r.scheme_id = :schemeId`,
  ).all({ schemeId }) as { code: string }[];
  return new Set(rows.map((r) => r.code));
}

export function countSchemeReviews(db: Db, schemeId: number): number {
  return (prepared(db, 'SELECT count(*) AS n FROM star_reviews WHERE scheme_id = ?').get(schemeId) as { n: number }).n;
}

/** 不得参评 reasons, the editable list. */
const disqualifyKind = 'star-disqualify';

export function listDisqualifyReasons(db: Db): string[] {
  return (db.prepare('SELECT value FROM vocabulary WHERE kind = ? ORDER BY sort_order, value').all(disqualifyKind) as { value: string }[]).map((r) => r.value);
}

export function replaceDisqualifyReasons(db: Db, reasons: readonly string[]): void {
  db.prepare('DELETE FROM vocabulary WHERE kind = ?').run(disqualifyKind);
  const insert = db.prepare('INSERT INTO vocabulary (kind, value, sort_order) VALUES (?, ?, ?)');
  reasons.forEach((r, i) => insert.run(disqualifyKind, r, i + 1));
}
