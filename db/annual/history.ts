import type { HistoryOutcome } from '../../shared/annual/consequences';
import type { OutcomeCode } from '../../shared/annual/codes';
import type { Db } from '../open';
import { prepared } from '../prepared';

/**
 * Each person's 等次 across years (DOMAIN.md §9). Two sources, read as one:
 * - 'app': a 考核年度 this app locked — the confirmed outcome of annual_participants, read live, never
 *   copied, so a locked year is the only place its outcomes are kept;
 * - 'import': annual_history, the years before the app, imported from the office's Excel.
 * Where both hold the same person and year, the app's year wins and the imported one is reported as
 * shadowed (`shadowedImport`) so the history view can show the difference.
 */

export interface HistoryEntry {
  readonly personId: number;
  readonly year: number;
  readonly outcome: HistoryOutcome;
  readonly source: 'app' | 'import';
  /** the 等次 word as stored: the import's own word, or '' for an app year (worded by its rules) */
  readonly outcomeText: string;
  readonly note: string;
  /** an imported row for the same year that the app's year overrides */
  readonly shadowedImport: { readonly outcome: HistoryOutcome; readonly outcomeText: string } | null;
}

interface ImportRow { person_id: number; year: number; outcome: HistoryOutcome; outcome_text: string; note: string }
interface AppRow { person_id: number; year: number; outcome: OutcomeCode }

const importSql = 'SELECT person_id, year, outcome, outcome_text, note FROM annual_history';
const appSql = `SELECT p.person_id, p.year, p.confirmed AS outcome
  FROM annual_participants p JOIN annual_years y ON y.year = p.year
  WHERE y.status = 'locked' AND p.confirmed IS NOT NULL`;

function merge(imports: readonly ImportRow[], apps: readonly AppRow[]): HistoryEntry[] {
  const key = (personId: number, year: number): string => `${personId}:${year}`;
  const imported = new Map(imports.map((r) => [key(r.person_id, r.year), r]));
  const out: HistoryEntry[] = [];
  for (const r of apps) {
    const shadow = imported.get(key(r.person_id, r.year));
    imported.delete(key(r.person_id, r.year));
    out.push({
      personId: r.person_id, year: r.year, outcome: r.outcome, source: 'app', outcomeText: '', note: '',
      shadowedImport: shadow ? { outcome: shadow.outcome, outcomeText: shadow.outcome_text } : null,
    });
  }
  for (const r of imported.values()) {
    out.push({ personId: r.person_id, year: r.year, outcome: r.outcome, source: 'import', outcomeText: r.outcome_text, note: r.note, shadowedImport: null });
  }
  return out.sort((a, b) => a.personId - b.personId || a.year - b.year);
}

/** Every person's history (for lists over the whole roster: the 名册, the award lists). */
export function allHistory(db: Db): HistoryEntry[] {
  return merge(prepared(db, importSql).all() as ImportRow[], prepared(db, appSql).all() as AppRow[]);
}

/** One person's history, oldest year first. */
export function personHistory(db: Db, personId: number): HistoryEntry[] {
  return merge(
    prepared(db, `${importSql} WHERE person_id = ?`).all(personId) as ImportRow[],
    prepared(db, `${appSql} AND p.person_id = ?`).all(personId) as AppRow[],
  );
}

/** History grouped by person (people without any year are absent from the map). */
export function historyByPerson(entries: readonly HistoryEntry[]): Map<number, HistoryEntry[]> {
  const map = new Map<number, HistoryEntry[]>();
  for (const e of entries) {
    const list = map.get(e.personId);
    if (list) list.push(e);
    else map.set(e.personId, [e]);
  }
  return map;
}

export interface ImportedHistoryRow {
  readonly personId: number;
  readonly year: number;
  readonly outcome: HistoryOutcome;
  readonly outcomeText: string;
  readonly note: string;
}

/** Write (or overwrite) imported years; the caller holds the transaction. */
export function upsertImportedHistory(db: Db, rows: readonly ImportedHistoryRow[], sourceFile: string, at: string): void {
  const stmt = prepared(
    db,
    `INSERT INTO annual_history (person_id, year, outcome, outcome_text, note, source_file, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (person_id, year) DO UPDATE SET outcome = excluded.outcome, outcome_text = excluded.outcome_text,
       note = excluded.note, source_file = excluded.source_file, imported_at = excluded.imported_at`,
  );
  for (const r of rows) stmt.run(r.personId, r.year, r.outcome, r.outcomeText, r.note, sourceFile, at);
}

/** Remove one imported year; true when there was one. */
export function deleteImportedHistory(db: Db, personId: number, year: number): boolean {
  return prepared(db, 'DELETE FROM annual_history WHERE person_id = ? AND year = ?').run(personId, year).changes > 0;
}

/** The imported rows as stored (for the audit's before-values), keyed person:year. */
export function importedHistoryRows(db: Db, personIds: readonly number[]): ImportedHistoryRow[] {
  if (personIds.length === 0) return [];
  const rows = prepared(db, `${importSql} WHERE person_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(personIds)) as ImportRow[];
  return rows.map((r) => ({ personId: r.person_id, year: r.year, outcome: r.outcome, outcomeText: r.outcome_text, note: r.note }));
}

export interface YearParticipantOutcome {
  readonly personId: number;
  readonly vocabulary: 'civil' | 'institution';
  readonly confirmed: OutcomeCode | null;
}

/** A year's participants with their vocabulary and confirmed 等次 (null: not confirmed yet). */
export function yearParticipantOutcomes(db: Db, year: number): YearParticipantOutcome[] {
  return prepared(db, 'SELECT person_id AS personId, vocabulary, confirmed FROM annual_participants WHERE year = ?').all(year) as YearParticipantOutcome[];
}

/** Each person's vocabulary in the latest year they took part in (person id -> vocabulary). */
export function latestVocabularies(db: Db): Map<number, 'civil' | 'institution'> {
  const rows = prepared(db, 'SELECT person_id, vocabulary FROM annual_participants ORDER BY year').raw().all() as [number, 'civil' | 'institution'][];
  return new Map(rows);
}

/** The years this app locked, oldest first. */
export function lockedYears(db: Db): number[] {
  return (prepared(db, "SELECT year FROM annual_years WHERE status = 'locked' ORDER BY year").raw().all() as [number][]).map(([y]) => y);
}

/** Whether the app holds a locked, confirmed outcome for the person in the year (the app's year wins over an import). */
export function lockedOutcomeOf(db: Db, personId: number, year: number): OutcomeCode | null {
  const row = prepared(db, `${appSql} AND p.person_id = ? AND p.year = ?`).get(personId, year) as AppRow | undefined;
  return row?.outcome ?? null;
}
