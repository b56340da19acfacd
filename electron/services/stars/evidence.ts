import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { EvidenceItem } from '../../../shared/stars/views';
import { writeAudit } from '../../../db/audit';
import { deleteEvidenceRow, getEvidenceRecord, insertEvidenceRow, storedFileUses, type EvidenceRecord } from '../../../db/stars/evidence';
import { ensureReview, findReviewId, getDisqualification, getReviewRecord, listStates } from '../../../db/stars/reviews';
import type { AppContext } from '../../context';
import { requireItem, requirePeriod, requireScheme, requireTarget, schemeTitle } from './common';
import { discardUnusedEvidence, readEvidenceFile, storeEvidenceFile } from '../evidence-files';

/**
 * 佐证材料 of a star: the file is kept by evidence-files.ts (content-addressed under evidence/); the
 * row here says which review and star it supports.
 */

const itemOf = ({ reviewId: _r, storedName: _s, ...item }: EvidenceRecord): EvidenceItem => item;

export function addEvidence(ctx: AppContext, input: ParsedInput<'stars.addEvidence'>): ChannelOutput<'stars.addEvidence'> {
  const now = ctx.now();
  const db = ctx.db;
  // Everything that can refuse runs before a byte is written.
  const scheme = requireScheme(db, input.schemeId);
  const period = requirePeriod(scheme, input.period);
  const target = requireTarget(db, scheme, input.targetId);
  const item = requireItem(scheme, input.code, target.name);
  const existing = findReviewId(db, scheme.id, period.no, scheme.kind, target.targetId);
  const d = existing == null ? undefined : getDisqualification(db, existing);
  if (d) throw new AppError('STAR_DISQUALIFIED', `${target.name}${period.label}不得参评（${d.reason}），不能上传佐证材料`);
  const stored = storeEvidenceFile(ctx, input.file);
  const { fileName, storedName, sha256 } = stored;
  try {
    return db.transaction(() => {
      const reviewId = ensureReview(db, scheme.id, period.no, scheme.kind, target.targetId);
      const id = insertEvidenceRow(db, { reviewId, code: item.code, fileName, storedName, sha256, size: input.file.bytes.length, note: input.note }, now);
      writeAudit(db, {
        actor: ctx.actor(), action: 'stars.addEvidence', entity: 'star-review', entityId: reviewId,
        summary: `上传佐证材料：${target.name} ${schemeTitle(scheme)}${period.label}“${item.name}”——${fileName}`,
        subjects: `${schemeTitle(scheme)} ${period.label}：${target.name}`,
        changes: [{ subject: target.name, field: `${item.name} 佐证材料`, before: '无', after: fileName, ...(input.note ? { note: input.note } : {}) }],
        after: { fileName, size: input.file.bytes.length, sha256 },
      }, now);
      return itemOf(getEvidenceRecord(db, id)!);
    })();
  } catch (error) {
    discardUnusedEvidence(ctx, stored, storedFileUses(db, storedName));
    throw error;
  }
}

function requireEvidence(ctx: AppContext, id: number): EvidenceRecord {
  const record = getEvidenceRecord(ctx.db, id);
  if (!record) throw new AppError('EVIDENCE_NOT_FOUND', '找不到该佐证材料，可能已被删除，请刷新后重试');
  return record;
}

/** The stored bytes, checked against the recorded size and SHA-256. */
export function openEvidence(ctx: AppContext, input: ParsedInput<'stars.openEvidence'>): ChannelOutput<'stars.openEvidence'> {
  return readEvidenceFile(ctx, requireEvidence(ctx, input.id));
}

/**
 * Removes the record; refused once the star it supports is awarded (it is then part of the
 * record). The stored file stays: backups hold the database only, and a restored backup that
 * still lists the file must find it (content-addressed files are never overwritten, so keeping
 * them is safe).
 */
export function deleteEvidence(ctx: AppContext, input: ParsedInput<'stars.deleteEvidence'>): null {
  const db = ctx.db;
  return db.transaction(() => {
    const r = requireEvidence(ctx, input.id);
    const review = getReviewRecord(db, r.reviewId)!;
    const scheme = requireScheme(db, review.schemeId);
    const targetId = (scheme.kind === 'person' ? review.personId : review.unitId)!;
    const target = requireTarget(db, scheme, targetId);
    const star = scheme.items.find((i) => i.code === r.code)?.name ?? r.code;
    if (listStates(db, review.id).get(r.code)?.awardedOn) {
      throw new AppError('EVIDENCE_LOCKED', `${target.name}的“${star}”已授星，其佐证材料不能删除`);
    }
    deleteEvidenceRow(db, r.id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.deleteEvidence', entity: 'star-review', entityId: review.id,
      summary: `删除佐证材料：${target.name} ${schemeTitle(scheme)}${requirePeriod(scheme, review.period).label}“${star}”——${r.fileName}`,
      subjects: `${schemeTitle(scheme)} ${requirePeriod(scheme, review.period).label}：${target.name}`,
      changes: [{ subject: target.name, field: `${star} 佐证材料`, before: r.fileName, after: '已删除' }],
      before: { fileName: r.fileName, size: r.size, sha256: r.sha256 },
    });
    return null;
  })();
}
