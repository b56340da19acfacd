import { likeContains, likeEscape } from '../like';
import type { Db } from '../open';
import { prepared } from '../prepared';
import type { AuditAction } from '../../shared/audit/actions';
import type { AuditChange, AuditEntry } from '../../shared/contract/audit';

export type { AuditChange };

/**
 * A grid cell written by a keystroke (平时考核, 考核项目评分, 评星): `key` names the cell, `summary`
 * words the row from its one change (the change's before is the cell's value before the first
 * keystroke of the run; `unchanged` when the run ended where it started).
 */
export interface AuditCell {
  readonly key: string;
  readonly summary: (change: AuditChange, unchanged: boolean) => string;
}

export interface AuditWrite {
  readonly actor: string;
  readonly action: AuditAction;
  readonly entity: string;
  readonly entityId?: string | number | null;
  readonly summary: string;
  /** whom the row concerns, in the office's words: people, unit, year, event, star scheme */
  readonly subjects?: string;
  /** the reason the user gave, when there was one */
  readonly reason?: string;
  /** what changed, in words, one line per person and field */
  readonly changes?: readonly AuditChange[];
  readonly before?: unknown;
  readonly after?: unknown;
  /** set by keyboard-grid writes of one cell: see writeAudit */
  readonly cell?: AuditCell;
}

/**
 * How long a run of keystrokes on one cell stays one row. A clerk cycling a cell (Space, Space,
 * Space) makes one decision, not three: the row keeps the value before the run and the value after
 * it. The run ends as soon as anything else is logged (the row must be the newest of the whole
 * log, so the log's order stays the order of events), when someone else types, or after this pause.
 * Every saved value stays traceable: the row's before is what the cell held before the run.
 */
export const cellRunWindowMs = 60_000;

interface LastRow {
  id: number; at: string; actor: string; action: string; cell_key: string | null; changes_json: string | null;
}

/** The newest row, when the write continues its run of keystrokes on the same cell. */
function runToContinue(db: Db, entry: AuditWrite, at: Date): { id: number; first: AuditChange } | undefined {
  if (!entry.cell || entry.changes?.length !== 1) return undefined;
  const last = prepared(db, 'SELECT id, at, actor, action, cell_key, changes_json FROM audit_log ORDER BY id DESC LIMIT 1').get() as LastRow | undefined;
  if (!last || last.cell_key !== entry.cell.key || last.actor !== entry.actor || last.action !== entry.action || last.changes_json == null) return undefined;
  const gap = at.getTime() - Date.parse(last.at);
  if (!(gap >= 0 && gap <= cellRunWindowMs)) return undefined;
  const changes = JSON.parse(last.changes_json) as AuditChange[];
  return changes.length === 1 ? { id: last.id, first: changes[0]! } : undefined;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/** Call inside the same transaction as the change it records. */
export function writeAudit(db: Db, entry: AuditWrite, at = new Date()): void {
  const run = runToContinue(db, entry, at);
  if (run) {
    const latest = entry.changes![0]!;
    const merged: AuditChange = { ...latest, before: run.first.before };
    const unchanged = merged.before === merged.after;
    prepared(db, 'UPDATE audit_log SET at = ?, summary = ?, reason = ?, changes_json = ?, after_json = ? WHERE id = ?').run(
      at.toISOString(), entry.cell!.summary(merged, unchanged), entry.reason ?? '', JSON.stringify([merged]), json(entry.after), run.id,
    );
    return;
  }
  const changes = entry.changes && entry.changes.length > 0 ? entry.changes : undefined;
  const summary = entry.cell && changes?.length === 1 ? entry.cell.summary(changes[0]!, false) : entry.summary;
  prepared(db,
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, summary, subjects, reason, changes_json, cell_key, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at.toISOString(),
    entry.actor,
    entry.action,
    entry.entity,
    entry.entityId == null ? null : String(entry.entityId),
    summary,
    entry.subjects ?? '',
    entry.reason ?? '',
    json(changes),
    entry.cell?.key ?? null,
    json(entry.before),
    json(entry.after),
  );
}

export interface AuditQuery {
  readonly text?: string;
  readonly action?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly offset: number;
}

interface AuditRow {
  id: number; at: string; actor: string; action: string; entity: string; entity_id: string | null;
  summary: string; subjects: string; reason: string; changes_json: string | null; before_json: string | null; after_json: string | null;
}

const toEntry = (r: AuditRow): AuditEntry => ({
  id: r.id, at: r.at, actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id, summary: r.summary,
  subjects: r.subjects, reason: r.reason,
  changes: r.changes_json == null ? null : JSON.parse(r.changes_json),
  before: r.before_json == null ? null : JSON.parse(r.before_json),
  after: r.after_json == null ? null : JSON.parse(r.after_json),
});

export function listAudit(db: Db, q: AuditQuery): { rows: AuditEntry[]; total: number; actions: string[] } {
  const where: string[] = [];
  const args: Record<string, string | number> = { limit: q.limit, offset: q.offset };
  if (q.text) {
    where.push(`(summary LIKE :text ${likeEscape} OR actor LIKE :text ${likeEscape} OR subjects LIKE :text ${likeEscape} OR reason LIKE :text ${likeEscape})`);
    args.text = likeContains(q.text);
  }
  if (q.action) { where.push('action = :action'); args.action = q.action; }
  // `to` is a date (YYYY-MM-DD): include that whole day.
  if (q.from) { where.push('at >= :from'); args.from = q.from; }
  if (q.to) { where.push('at < :to'); args.to = q.to.length === 10 ? `${q.to}T99` : q.to; }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db.prepare(`SELECT * FROM audit_log ${clause} ORDER BY id DESC LIMIT :limit OFFSET :offset`).all(args) as AuditRow[];
  const { total } = db.prepare(`SELECT count(*) AS total FROM audit_log ${clause}`).get(args) as { total: number };
  const actions = (db.prepare('SELECT DISTINCT action FROM audit_log ORDER BY action').all() as { action: string }[]).map((r) => r.action);
  return { rows: rows.map(toEntry), total, actions };
}
