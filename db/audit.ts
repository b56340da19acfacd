import { likeContains, likeEscape } from './like';
import type { Db } from './open';
import type { AuditEntry } from '../shared/contract/audit';

export interface AuditWrite {
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId?: string | number | null;
  readonly summary: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Call inside the same transaction as the change it records. */
export function writeAudit(db: Db, entry: AuditWrite, at = new Date()): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, summary, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at.toISOString(),
    entry.actor,
    entry.action,
    entry.entity,
    entry.entityId == null ? null : String(entry.entityId),
    entry.summary,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
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
  summary: string; before_json: string | null; after_json: string | null;
}

const toEntry = (r: AuditRow): AuditEntry => ({
  id: r.id, at: r.at, actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id, summary: r.summary,
  before: r.before_json == null ? null : JSON.parse(r.before_json),
  after: r.after_json == null ? null : JSON.parse(r.after_json),
});

export function listAudit(db: Db, q: AuditQuery): { rows: AuditEntry[]; total: number; actions: string[] } {
  const where: string[] = [];
  const args: Record<string, string | number> = { limit: q.limit, offset: q.offset };
  if (q.text) { where.push(`(summary LIKE :text ${likeEscape} OR actor LIKE :text ${likeEscape})`); args.text = likeContains(q.text); }
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
