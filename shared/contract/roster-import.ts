import { z } from 'zod';
import { channel, incomingFile, jobRef, outgoingFile } from './channel';
import { rosterFieldKeys } from '../domain';

export const rosterFieldKey = z.enum(rosterFieldKeys);

export const importColumn = z.object({
  /** 0-based column index in the sheet */
  index: z.number().int(),
  /** header text as found (cleaned), '' when the header cell is empty */
  header: z.string(),
  /** the field it maps to, null = ignored (shown as 未识别/忽略) */
  field: rosterFieldKey.nullable(),
  /** first few values below the header, for the mapping screen */
  samples: z.array(z.string()),
});

export const importSession = z.object({
  sessionId: z.string(),
  fileName: z.string(),
  format: z.enum(['xlsx', 'xls', 'csv']),
  sheets: z.array(z.object({ name: z.string(), rowCount: z.number().int(), looksLikeRoster: z.boolean() })),
  sheetName: z.string(),
  /** 1-based sheet row of the header */
  headerRow: z.number().int(),
  columns: z.array(importColumn),
});
export type ImportSession = z.infer<typeof importSession>;

export const importRowStatus = z.enum(['new', 'update', 'same', 'error']);
export type ImportRowStatus = z.infer<typeof importRowStatus>;

export const importPreviewRow = z.object({
  /** 1-based row number in the sheet, as the user sees it in Excel */
  sheetRow: z.number().int(),
  status: importRowStatus,
  name: z.string(),
  idNumber: z.string(),
  unitName: z.string(),
  errors: z.array(z.string()),
  warnings: z.array(z.string()),
  /** for 'update': which fields change */
  changes: z.array(z.object({ field: rosterFieldKey, label: z.string(), before: z.string(), after: z.string() })),
});
export type ImportPreviewRow = z.infer<typeof importPreviewRow>;

export const importPreview = z.object({
  session: importSession,
  rows: z.array(importPreviewRow),
  counts: z.object({ new: z.number().int(), update: z.number().int(), same: z.number().int(), error: z.number().int(), warning: z.number().int() }),
  /** units named in the file that do not exist yet; created on import */
  newUnits: z.array(z.string()),
  /** headers that map to no field; shown and ignored */
  unknownColumns: z.array(z.string()),
  /** lines skipped on purpose (blank, 合计/共N人) */
  skipped: z.array(z.object({ sheetRow: z.number().int(), reason: z.string() })),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importCommitResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** error rows left out */
  rejected: z.number().int(),
  unitsCreated: z.number().int(),
});

export const rosterImportChannels = {
  /** reads the file as a job of kind 'roster-import' (shared/contract/jobs.ts); writes nothing */
  'roster.importStart': channel(incomingFile, jobRef),
  /** re-reads with another sheet / header row / mapping and classifies every row; writes nothing */
  'roster.importPreview': channel(
    z.object({
      sessionId: z.string(),
      sheetName: z.string().optional(),
      headerRow: z.number().int().min(1).optional(),
      /** column index -> field (null = ignore); omitted = keep / auto-detect */
      mapping: z.record(z.string(), rosterFieldKey.nullable()).optional(),
    }),
    importPreview,
  ),
  /** writes every accepted row of the last preview in one transaction */
  'roster.importCommit': channel(z.object({ sessionId: z.string() }), importCommitResult),
  /** the error rows as .xlsx: the original row plus a 错误原因 column */
  'roster.importErrorReport': channel(z.object({ sessionId: z.string() }), outgoingFile),
};
