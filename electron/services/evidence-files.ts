import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { AppContext } from '../context';
import { baseName, checkEvidenceFile } from './evidence-type';

/**
 * 佐证材料 files, for every feature that keeps them (双十星, 周晒成绩): copied into the data folder under
 * evidence/ as '<sha256>.<ext>' (identical content is stored once; ARCHITECTURE §5), so nothing
 * depends on where the user kept the original. The renderer sends bytes, never a path.
 */

export const evidenceDir = (ctx: Pick<AppContext, 'dataDir'>): string => path.join(ctx.dataDir, 'evidence');

const storedNamePattern = /^[0-9a-f]{64}\.[a-z0-9]{1,5}$/;

function storedPath(ctx: Pick<AppContext, 'dataDir'>, storedName: string): string {
  // The name comes from our own table; checked anyway, so a hand-edited row cannot point outside evidence/.
  if (!storedNamePattern.test(storedName)) throw new AppError('EVIDENCE_DAMAGED', '佐证材料记录已损坏，无法打开');
  return path.join(evidenceDir(ctx), storedName);
}

export interface StoredEvidence {
  /** the user's file name, without any folder */
  readonly fileName: string;
  readonly storedName: string;
  readonly sha256: string;
  readonly size: number;
  /** false when the same content was already there */
  readonly written: boolean;
}

/** Checks type and size (evidence-type.ts), then writes the file unless the same content is there. */
export function storeEvidenceFile(ctx: Pick<AppContext, 'dataDir'>, file: { fileName: string; bytes: Uint8Array }): StoredEvidence {
  const ext = checkEvidenceFile(file.fileName, file.bytes);
  const sha256 = crypto.createHash('sha256').update(file.bytes).digest('hex');
  const storedName = `${sha256}.${ext}`;
  const target = storedPath(ctx, storedName);
  let written = false;
  if (!fs.existsSync(target)) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temp, file.bytes);
    fs.renameSync(temp, target);
    written = true;
  }
  return { fileName: baseName(file.fileName), storedName, sha256, size: file.bytes.length, written };
}

/** After a write that failed: removes a file this call wrote when no row refers to it. */
export function discardUnusedEvidence(ctx: Pick<AppContext, 'dataDir'>, stored: StoredEvidence, uses: number): void {
  if (stored.written && uses === 0) fs.rmSync(storedPath(ctx, stored.storedName), { force: true });
}

/** The stored bytes, checked against the recorded size and SHA-256. */
export function readEvidenceFile(ctx: Pick<AppContext, 'dataDir'>, record: { fileName: string; storedName: string; size: number; sha256: string }): { fileName: string; bytes: Uint8Array } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(storedPath(ctx, record.storedName));
  } catch {
    throw new AppError('EVIDENCE_MISSING', `佐证材料“${record.fileName}”的文件不在数据文件夹中，可能已被移走或删除，请从备份恢复`);
  }
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  if (bytes.length !== record.size || sha256 !== record.sha256) {
    throw new AppError('EVIDENCE_DAMAGED', `佐证材料“${record.fileName}”的文件已损坏或被改动（校验值不符），请从备份恢复`);
  }
  return { fileName: record.fileName, bytes: new Uint8Array(bytes) };
}
