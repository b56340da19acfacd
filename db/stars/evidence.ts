import type { EvidenceItem } from '../../shared/stars/views';
import type { Db } from '../open';

export interface EvidenceRecord extends EvidenceItem {
  readonly reviewId: number;
  readonly storedName: string;
}

const select = `SELECT id, review_id AS reviewId, code, original_name AS fileName, stored_name AS storedName, sha256, size, note, added_at AS addedAt FROM star_evidence`;

export function listEvidenceRecords(db: Db, reviewId: number): EvidenceRecord[] {
  return db.prepare(`${select} WHERE review_id = ? ORDER BY id`).all(reviewId) as EvidenceRecord[];
}

export function getEvidenceRecord(db: Db, id: number): EvidenceRecord | undefined {
  return db.prepare(`${select} WHERE id = ?`).get(id) as EvidenceRecord | undefined;
}

export function insertEvidenceRow(db: Db, e: Omit<EvidenceRecord, 'id' | 'addedAt'>, now = new Date()): number {
  return Number(
    db.prepare('INSERT INTO star_evidence (review_id, code, original_name, stored_name, sha256, size, note, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(e.reviewId, e.code, e.fileName, e.storedName, e.sha256, e.size, e.note, now.toISOString()).lastInsertRowid,
  );
}

export function deleteEvidenceRow(db: Db, id: number): void {
  db.prepare('DELETE FROM star_evidence WHERE id = ?').run(id);
}

/** How many rows refer to one stored file (identical content is stored once). */
export function storedFileUses(db: Db, storedName: string): number {
  return (db.prepare('SELECT count(*) AS n FROM star_evidence WHERE stored_name = ?').get(storedName) as { n: number }).n;
}

export function countEvidence(db: Db, reviewId: number, code: string): number {
  return (db.prepare('SELECT count(*) AS n FROM star_evidence WHERE review_id = ? AND code = ?').get(reviewId, code) as { n: number }).n;
}
