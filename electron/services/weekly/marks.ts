import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import { getWeeklyItem, setWeeklyEvidence, setWeeklyMark, weeklyStoredFileUses, type WeeklyItemRecord } from '../../../db/weekly';
import { assertYearOpen } from '../../../db/year-lock';
import type { AppContext } from '../../context';
import { discardUnusedEvidence, readEvidenceFile, storeEvidenceFile, type StoredEvidence } from '../evidence-files';
import { describeTarget, weekSubject } from './common';
import { itemView } from './week';
import { itemLine, markText } from './words';

/** Leaders' 亮点/不足 and the evidence of an item (DOMAIN §8). */

function requireItem(ctx: AppContext, id: number): WeeklyItemRecord {
  const item = getWeeklyItem(ctx.db, id);
  if (!item) throw new AppError('WEEKLY_ITEM_NOT_FOUND', '找不到该条周晒内容，可能已被删除，请刷新后重试');
  return item;
}

const ownerOf = (ctx: AppContext, item: WeeklyItemRecord) =>
  describeTarget(ctx.db, item.unitId != null ? { kind: 'unit', id: item.unitId } : { kind: 'person', id: item.personId! });

export function markWeeklyItem(ctx: AppContext, input: ParsedInput<'weekly.mark'>): ChannelOutput<'weekly.mark'> {
  const db = ctx.db;
  const now = ctx.now();
  const item = requireItem(ctx, input.id);
  assertYearOpen(db, item.year);
  const owner = ownerOf(ctx, item);
  return db.transaction(() => {
    setWeeklyMark(db, item.id, input.mark, input.comment, ctx.actor(), now);
    const subject = weekSubject(owner.name, item);
    writeAudit(db, {
      actor: ctx.actor(), action: 'weekly.mark', entity: 'weekly-item', entityId: item.id,
      summary: `周晒点评：${subject}“${item.text}”——${markText(input.mark, input.comment)}`,
      subjects: subject,
      changes: [{ subject: owner.name, field: `点评“${itemLine(item)}”`, before: markText(item.mark, item.markComment), after: markText(input.mark, input.comment) }],
    }, now);
    return itemView(getWeeklyItem(db, item.id)!);
  })();
}

export function setWeeklyItemEvidence(ctx: AppContext, input: ParsedInput<'weekly.setEvidence'>): ChannelOutput<'weekly.setEvidence'> {
  const db = ctx.db;
  const now = ctx.now();
  const item = requireItem(ctx, input.id);
  assertYearOpen(db, item.year);
  const owner = ownerOf(ctx, item);
  // everything that can refuse runs before a byte is written
  const stored: StoredEvidence | null = input.file ? storeEvidenceFile(ctx, input.file) : null;
  const file = input.file === undefined
    ? (item.evidenceFile && { ...item.evidenceFile, storedName: item.evidenceStored!, sha256: item.evidenceSha256! })
    : stored;
  try {
    return db.transaction(() => {
      setWeeklyEvidence(db, item.id, { note: input.note, file }, now);
      const subject = weekSubject(owner.name, item);
      const words = (note: string, name: string | undefined) => [name ? `文件“${name}”` : '', note ? `说明：${note}` : ''].filter(Boolean).join('，') || '无';
      writeAudit(db, {
        actor: ctx.actor(), action: 'weekly.evidence', entity: 'weekly-item', entityId: item.id,
        summary: `周晒佐证材料：${subject}“${item.text}”`,
        subjects: subject,
        changes: [{ subject: owner.name, field: `“${item.text}”佐证材料`, before: words(item.evidenceNote, item.evidenceFile?.fileName), after: words(input.note, file?.fileName) }],
        after: file ? { fileName: file.fileName, size: file.size, sha256: file.sha256 } : null,
      }, now);
      return itemView(getWeeklyItem(db, item.id)!);
    })();
  } catch (error) {
    if (stored) discardUnusedEvidence(ctx, stored, weeklyStoredFileUses(db, stored.storedName));
    throw error;
  }
}

export function openWeeklyEvidence(ctx: AppContext, input: ParsedInput<'weekly.openEvidence'>): ChannelOutput<'weekly.openEvidence'> {
  const item = requireItem(ctx, input.id);
  if (!item.evidenceFile || !item.evidenceStored || !item.evidenceSha256) throw new AppError('EVIDENCE_NOT_FOUND', '该条周晒内容没有佐证文件');
  return readEvidenceFile(ctx, { fileName: item.evidenceFile.fileName, storedName: item.evidenceStored, size: item.evidenceFile.size, sha256: item.evidenceSha256 });
}
