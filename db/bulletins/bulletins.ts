import { bulletinFiguresSchema, bulletinSettings, type Bulletin, type BulletinFigures, type BulletinSettings, type BulletinText } from '../../shared/bulletins';
import type { Db } from '../open';
import { prepared } from '../prepared';

/** bulletin_years and bulletins: the 月度通报 rules per year and the 通报 per month (DOMAIN §8.5). */

export function getBulletinSettings(db: Db, year: number): BulletinSettings | undefined {
  const row = prepared(db, 'SELECT settings_json FROM bulletin_years WHERE year = ?').get(year) as { settings_json: string } | undefined;
  return row ? bulletinSettings.parse(JSON.parse(row.settings_json)) : undefined;
}

export function saveBulletinSettings(db: Db, year: number, settings: BulletinSettings, now: Date): void {
  prepared(db, `INSERT INTO bulletin_years (year, settings_json, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (year) DO UPDATE SET settings_json = excluded.settings_json, updated_at = excluded.updated_at`)
    .run(year, JSON.stringify(settings), now.toISOString());
}

interface Row {
  id: number; year: number; month: number; issue_no: number; issued_on: string; title: string; opening: string; praise_json: string; criticism_json: string;
  signature: string; status: 'draft' | 'issued'; figures_json: string | null; issued_at: string | null; issued_by: string | null;
}

const toBulletin = (r: Row): Bulletin => ({
  id: r.id, year: r.year, month: r.month, issueNo: r.issue_no, issuedOn: r.issued_on, title: r.title, opening: r.opening,
  praise: JSON.parse(r.praise_json) as string[], criticism: JSON.parse(r.criticism_json) as string[], signature: r.signature,
  status: r.status, issuedAt: r.issued_at, issuedBy: r.issued_by,
});

export function listBulletins(db: Db, year: number): Bulletin[] {
  return (prepared(db, 'SELECT * FROM bulletins WHERE year = ? ORDER BY month').all(year) as Row[]).map(toBulletin);
}

/** The month's 通报 and, once 印发, its frozen figures. */
export function getBulletin(db: Db, year: number, month: number): { bulletin: Bulletin; figures: BulletinFigures | null } | undefined {
  const row = prepared(db, 'SELECT * FROM bulletins WHERE year = ? AND month = ?').get(year, month) as Row | undefined;
  return row && { bulletin: toBulletin(row), figures: row.figures_json === null ? null : bulletinFiguresSchema.parse(JSON.parse(row.figures_json)) };
}

/** The 通报 of the year holding a 期数, if any. */
export function bulletinMonthOfIssue(db: Db, year: number, issueNo: number): number | undefined {
  return (prepared(db, 'SELECT month FROM bulletins WHERE year = ? AND issue_no = ?').get(year, issueNo) as { month: number } | undefined)?.month;
}

export function maxIssueNo(db: Db, year: number): number {
  return (prepared(db, 'SELECT coalesce(max(issue_no), 0) AS n FROM bulletins WHERE year = ?').get(year) as { n: number }).n;
}

const textParams = (t: BulletinText) => ({
  issueNo: t.issueNo, issuedOn: t.issuedOn, title: t.title, opening: t.opening, praise: JSON.stringify(t.praise), criticism: JSON.stringify(t.criticism), signature: t.signature,
});

export function insertBulletin(db: Db, year: number, month: number, t: BulletinText, actor: string, now: Date): number {
  return Number(prepared(db, `INSERT INTO bulletins (year, month, issue_no, issued_on, title, opening, praise_json, criticism_json, signature, status, created_by, created_at, updated_at)
    VALUES (:year, :month, :issueNo, :issuedOn, :title, :opening, :praise, :criticism, :signature, 'draft', :actor, :now, :now)`)
    .run({ year, month, ...textParams(t), actor, now: now.toISOString() }).lastInsertRowid);
}

export function updateBulletinText(db: Db, id: number, t: BulletinText, now: Date): void {
  prepared(db, `UPDATE bulletins SET issue_no = :issueNo, issued_on = :issuedOn, title = :title, opening = :opening, praise_json = :praise,
    criticism_json = :criticism, signature = :signature, updated_at = :now WHERE id = :id`).run({ id, ...textParams(t), now: now.toISOString() });
}

export function issueBulletin(db: Db, id: number, figures: BulletinFigures, actor: string, now: Date): void {
  prepared(db, "UPDATE bulletins SET status = 'issued', figures_json = ?, issued_at = ?, issued_by = ?, updated_at = ? WHERE id = ?")
    .run(JSON.stringify(figures), now.toISOString(), actor, now.toISOString(), id);
}

/** 撤回印发: back to a draft, the frozen figures dropped (the audit row keeps them). */
export function withdrawBulletin(db: Db, id: number, now: Date): void {
  prepared(db, "UPDATE bulletins SET status = 'draft', figures_json = NULL, issued_at = NULL, issued_by = NULL, updated_at = ? WHERE id = ?").run(now.toISOString(), id);
}

export function deleteBulletin(db: Db, id: number): void {
  prepared(db, 'DELETE FROM bulletins WHERE id = ?').run(id);
}
