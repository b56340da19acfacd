import { randomUUID } from 'node:crypto';
import { writeAudit } from '../../../db/audit';
import { totalChanges, type Db } from '../../../db/open';
import { allPeopleForMatching, allUnitRefs, nextSortOrders, prepareImportWriter } from '../../../db/roster-import/people-import';
import { listVocabulary } from '../../../db/people';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { ImportPreview, ImportSession } from '../../../shared/contract/roster-import';
import type { PersonFields, RosterFieldKey } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { classifyRows, type ClassifiedRow, type PersonDraft } from '../../../shared/roster-import/classify-rows';
import { applyMappingOverrides, autoMapping, columnViews, headerTexts } from '../../../shared/roster-import/column-mapping';
import { chooseRosterSheet, describeSheet, type SheetGuess } from '../../../shared/roster-import/header-detection';
import { createRowValidationContext } from '../../../shared/roster-import/row-validation';
import { classifySheetRows, dataRowRange, type SheetRows, type SheetRowsPlan } from '../../../shared/roster-import/sheet-rows';
import { createUnitLookup } from '../../../shared/roster-import/unit-lookup';
import { readTable, type ReadTable } from '../../excel/read';
import type { AppContext } from '../../context';
import { throwIfCancelled } from '../../jobs';
import { buildErrorReport } from './report';

/**
 * 导入花名册: a file becomes an import session (read in a background job), the user previews it
 * with any sheet / header row / column mapping, and the last preview is committed in one
 * transaction. Nothing touches the database before the commit.
 */

/** What one import keeps between calls. Sessions live in memory only; the last few are kept. */
interface Session {
  readonly id: string;
  readonly fileName: string;
  readonly table: ReadTable;
  readonly guesses: SheetGuess[];
  sheetIndex: number;
  headerRow: number;
  mapping: (RosterFieldKey | null)[];
  /** validated rows for the current sheet/header/mapping/vocabulary */
  validated?: { readonly key: string; readonly result: SheetRows };
  /** the last preview: what a commit writes */
  preview?: {
    readonly result: SheetRows;
    readonly rows: ClassifiedRow[];
    readonly newUnits: string[];
    /** the database the rows were classified against, to tell at commit whether it changed since */
    readonly against: DbState;
  };
}

const keptSessions = 5;
const sessionsByContext = new WeakMap<AppContext, Map<string, Session>>();

function sessionsOf(ctx: AppContext): Map<string, Session> {
  let sessions = sessionsByContext.get(ctx);
  if (!sessions) sessionsByContext.set(ctx, (sessions = new Map()));
  return sessions;
}

function remember(ctx: AppContext, session: Session): void {
  const sessions = sessionsOf(ctx);
  sessions.delete(session.id);
  sessions.set(session.id, session);
  while (sessions.size > keptSessions) sessions.delete(sessions.keys().next().value!);
}

function sessionFor(ctx: AppContext, sessionId: string): Session {
  const session = sessionsOf(ctx).get(sessionId);
  if (!session) throw new AppError('IMPORT_SESSION_EXPIRED', '这次导入已过期（只保留最近几次导入），请重新选择文件。');
  remember(ctx, session);
  return session;
}

/**
 * Where the database stands: the connection (a restore opens a new one) and how many rows it has
 * changed so far. The app writes through this one connection only, so an equal state means no
 * person, unit or vocabulary changed in between.
 */
interface DbState {
  readonly db: Db;
  readonly changes: number;
}
const dbState = (db: Db): DbState => ({ db, changes: totalChanges(db) });
const sameState = (a: DbState, b: DbState) => a.db === b.db && a.changes === b.changes;

const vocabularyOf = (ctx: AppContext) => ({
  political: listVocabulary(ctx.db, 'political'), category: listVocabulary(ctx.db, 'category'), education: listVocabulary(ctx.db, 'education'),
});

function planOf(ctx: AppContext, session: Session): { plan: SheetRowsPlan; key: string } {
  const vocabulary = vocabularyOf(ctx);
  const grid = session.table.sheets[session.sheetIndex]!;
  const validation = createRowValidationContext(session.mapping, vocabulary, { date1904: session.table.date1904 });
  const key = JSON.stringify([session.sheetIndex, session.headerRow, session.mapping, vocabulary]);
  return { plan: { grid, headerRow: session.headerRow, mapping: session.mapping, validation }, key };
}

const rowsPerChunk = 2000;
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Validates the current sheet's rows in chunks, reporting progress between them; 「取消」 stops it
 * between chunks.
 */
async function validateInChunks(ctx: AppContext, session: Session, report: (fraction: number) => void, signal: AbortSignal): Promise<void> {
  const { plan, key } = planOf(ctx, session);
  const { first, end } = dataRowRange(plan);
  const result: SheetRows = { rows: [], skipped: [] };
  for (let from = first; from < end; from += rowsPerChunk) {
    throwIfCancelled(signal);
    classifySheetRows(plan, result, from, from + rowsPerChunk);
    report((from + rowsPerChunk - first) / Math.max(1, end - first));
    await nextTick();
  }
  session.validated = { key, result };
}

function validatedRows(ctx: AppContext, session: Session): { key: string; result: SheetRows } {
  const { plan, key } = planOf(ctx, session);
  if (session.validated?.key !== key) session.validated = { key, result: classifySheetRows(plan) };
  return session.validated;
}

function sessionView(session: Session): ImportSession {
  const grid = session.table.sheets[session.sheetIndex]!;
  return {
    sessionId: session.id,
    fileName: session.fileName,
    format: session.table.format,
    sheets: session.guesses.map((g) => ({ name: g.name, rowCount: g.rowCount, looksLikeRoster: g.looksLikeRoster })),
    sheetName: grid.name,
    headerRow: session.headerRow,
    columns: columnViews(grid, session.headerRow, session.mapping),
  };
}

/** The first row with anything in it: the header when no row looks like one. */
const firstUsedRow = (session: Session, sheetIndex: number) => {
  const rows = session.table.sheets[sheetIndex]!.rows;
  const i = rows.findIndex((r) => r.length > 0);
  return i >= 0 ? i + 1 : 1;
};

/**
 * Reads the file as a job of kind 'roster-import'. It writes nothing to the database (the commit
 * does), and 「取消」 stops it after the read and between chunks of rows: a cancelled read keeps no
 * session, so nothing of it can be committed.
 */
export function startRosterImport(ctx: AppContext, input: ParsedInput<'roster.importStart'>): ChannelOutput<'roster.importStart'> {
  const { fileName, bytes } = input;
  const jobId = ctx.jobs.start('roster-import', async (report, signal) => {
    report(0.02, '正在读取工作簿');
    await nextTick();
    throwIfCancelled(signal);
    const table = await readTable(bytes, fileName);
    throwIfCancelled(signal);
    if (table.sheets.every((s) => s.rows.length === 0)) throw new AppError('FILE_NO_DATA', '文件里没有任何内容，请检查是否选错了文件。');
    report(0.7, '正在查找花名册工作表和表头');
    const guesses = table.sheets.map(describeSheet);
    const sheetIndex = chooseRosterSheet(guesses, table.sheets);
    const session: Session = { id: randomUUID(), fileName, table, guesses, sheetIndex, headerRow: 1, mapping: [] };
    session.headerRow = guesses[sheetIndex]!.header?.headerRow ?? firstUsedRow(session, sheetIndex);
    session.mapping = autoMapping(table.sheets[sheetIndex]!, session.headerRow);
    report(0.75, '正在检查各行数据');
    await validateInChunks(ctx, session, (f) => report(0.75 + 0.24 * Math.min(1, f), '正在检查各行数据'), signal);
    throwIfCancelled(signal);
    remember(ctx, session);
    return sessionView(session);
  });
  return { jobId };
}

/** Applies the preview's choices of sheet, header row and mapping to the session. */
function applyChoices(session: Session, input: ParsedInput<'roster.importPreview'>): void {
  let sheetIndex = session.sheetIndex;
  if (input.sheetName !== undefined) {
    sheetIndex = session.table.sheets.findIndex((s) => s.name === input.sheetName);
    if (sheetIndex < 0) throw new AppError('IMPORT_SHEET_NOT_FOUND', `文件中没有名为「${input.sheetName}」的工作表。`);
  }
  const grid = session.table.sheets[sheetIndex]!;
  const sheetChanged = sheetIndex !== session.sheetIndex;
  let headerRow = input.headerRow ?? (sheetChanged ? (session.guesses[sheetIndex]!.header?.headerRow ?? firstUsedRow(session, sheetIndex)) : session.headerRow);
  if (grid.rows.length === 0) headerRow = 1;
  else if (headerRow > grid.rows.length) {
    throw new AppError('IMPORT_BAD_HEADER_ROW', `表头行不能是第${headerRow}行：工作表「${grid.name}」只有${grid.rows.length}行。`);
  }
  const headerChanged = sheetChanged || headerRow !== session.headerRow;
  let mapping = headerChanged ? autoMapping(grid, headerRow) : session.mapping;
  if (input.mapping) {
    const headers = headerTexts(grid, headerRow);
    while (mapping.length < headers.length) mapping = [...mapping, null];
    const applied = applyMappingOverrides(mapping, input.mapping, headers);
    if (!applied.ok) throw new AppError('IMPORT_BAD_MAPPING', applied.message);
    mapping = applied.mapping;
  }
  session.sheetIndex = sheetIndex;
  session.headerRow = headerRow;
  session.mapping = mapping;
}

function assertRequiredColumns(session: Session): void {
  for (const [field, label] of [['name', '姓名'], ['unitName', '单位/科室']] as const) {
    if (!session.mapping.includes(field)) {
      throw new AppError(
        'IMPORT_MISSING_COLUMN',
        `没有找到「${label}」列。请确认表头行是第${session.headerRow}行，或在列对应中指定哪一列是「${label}」。`,
      );
    }
  }
}

/** Validated rows against the people and units stored now. */
function classifyNow(ctx: AppContext, result: SheetRows) {
  const units = createUnitLookup(allUnitRefs(ctx.db));
  return { classification: classifyRows(result.rows, allPeopleForMatching(ctx.db), units) };
}

export function previewRosterImport(ctx: AppContext, input: ParsedInput<'roster.importPreview'>): ChannelOutput<'roster.importPreview'> {
  const session = sessionFor(ctx, input.sessionId);
  applyChoices(session, input);
  const view = sessionView(session);
  assertRequiredColumns(session);
  const { result } = validatedRows(ctx, session);
  const against = dbState(ctx.db);
  const { classification } = classifyNow(ctx, result);
  session.preview = { result, rows: classification.rows, newUnits: classification.newUnits, against };
  return previewOf(view, result, classification.rows, classification.newUnits);
}

function previewOf(session: ImportSession, result: SheetRows, rows: readonly ClassifiedRow[], newUnits: string[]): ImportPreview {
  const counts = { new: 0, update: 0, same: 0, error: 0, warning: 0 };
  for (const r of rows) {
    counts[r.status]++;
    if (r.warnings.length) counts.warning++;
  }
  return {
    session,
    rows: rows.map((r) => ({
      sheetRow: r.sheetRow,
      status: r.status,
      name: r.display.name,
      idNumber: r.display.idNumber,
      unitName: r.display.unitName,
      errors: r.errors,
      warnings: r.warnings,
      changes: r.changes,
    })),
    counts,
    newUnits,
    unknownColumns: session.columns.filter((c) => c.field === null && (c.header !== '' || c.samples.length > 0)).map((c) => c.header || `第${c.index + 1}列（无表头）`),
    skipped: result.skipped,
  };
}

const changedLabels = (row: ClassifiedRow) => row.changes.map((c) => c.label).join('、');

export function commitRosterImport(ctx: AppContext, input: ParsedInput<'roster.importCommit'>): ChannelOutput<'roster.importCommit'> {
  const session = sessionFor(ctx, input.sessionId);
  const preview = session.preview;
  if (!preview) throw new AppError('IMPORT_NOT_PREVIEWED', '请先预览导入结果，再确认导入。');
  const db = ctx.db;
  const actor = ctx.actor();
  const now = new Date();
  const sheetName = session.table.sheets[session.sheetIndex]!.name;
  try {
    return db.transaction(() => {
      // If anything was written since the preview, classify again inside the transaction so the
      // writes match the database as it is now.
      const classification = sameState(preview.against, dbState(db)) ? preview : classifyNow(ctx, preview.result).classification;
      const writer = prepareImportWriter(db, now);
      const sortOrders = nextSortOrders(db);
      const createdUnits: { id: number; name: string; parentId: number | null }[] = [];
      const unitIds = new Map<string, number>();
      const unitIdOf = (unit: PersonDraft['unit']): number => {
        if (unit.kind === 'existing') return unit.unitId;
        let parentId = unit.parentId;
        for (const name of unit.create) {
          const key = `${parentId ?? 0}\u0000${name}`;
          let id = unitIds.get(key);
          if (id === undefined) {
            const order = sortOrders.units.get(parentId ?? 0) ?? 1;
            sortOrders.units.set(parentId ?? 0, order + 1);
            id = writer.insertUnit(name, parentId, order);
            unitIds.set(key, id);
            createdUnits.push({ id, name, parentId });
          }
          parentId = id;
        }
        return parentId!;
      };
      const nextPersonOrder = (unitId: number) => {
        const order = sortOrders.people.get(unitId) ?? 1;
        sortOrders.people.set(unitId, order + 1);
        return order;
      };
      const fieldsOf = (draft: PersonDraft): PersonFields => {
        const { unit, ...rest } = draft;
        return { ...rest, unitId: unitIdOf(unit) };
      };

      const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
      const created: { id: number; name: string; idNumber: string | null; sheetRow: number }[] = [];
      for (const row of classification.rows) {
        if (row.status === 'error') counts.rejected++;
        else if (row.status === 'same') counts.unchanged++;
        else if (row.status === 'new' && row.draft) {
          const fields = fieldsOf(row.draft);
          const id = writer.insertPerson(fields, nextPersonOrder(fields.unitId));
          created.push({ id, name: fields.name, idNumber: fields.idNumber, sheetRow: row.sheetRow });
          counts.created++;
        } else if (row.status === 'update' && row.draft && row.existing) {
          const fields = fieldsOf(row.draft);
          const { id, status: _s, statusDate: _d, unitName: _u, ...before } = row.existing;
          writer.updatePerson(id, fields);
          if (fields.unitId !== before.unitId) writer.setPersonSortOrder(id, nextPersonOrder(fields.unitId));
          writeAudit(db, {
            actor, action: 'person.update', entity: 'person', entityId: id,
            summary: `导入花名册修改人员 ${before.name}：${changedLabels(row)}`, subjects: before.name,
            before, after: fields,
          }, now);
          counts.updated++;
        }
      }
      if (counts.created || counts.updated || createdUnits.length) {
        const parts = [`新增${counts.created}人`, `更新${counts.updated}人`, `无变化${counts.unchanged}人`];
        if (counts.rejected) parts.push(`${counts.rejected}行有错误未导入`);
        if (createdUnits.length) parts.push(`新建单位${createdUnits.length}个（${createdUnits.map((u) => u.name).join('、')}）`);
        writeAudit(db, {
          actor, action: 'roster.import', entity: 'import', entityId: session.id,
          summary: `导入花名册「${session.fileName}」：${parts.join('，')}`, subjects: `花名册「${session.fileName}」`,
          after: { fileName: session.fileName, sheetName, headerRow: session.headerRow, counts, unitsCreated: createdUnits, created, updatedIds: classification.rows.flatMap((r) => (r.status === 'update' && r.existing ? [r.existing.id] : [])) },
        }, now);
      }
      return { ...counts, unitsCreated: createdUnits.length };
    })();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('IMPORT_COMMIT_FAILED', `导入失败，数据没有任何改动：${commitFailureReason(error)}。请重新预览后再导入。`);
  }
}

/** SQLite's English reason, said the way the user can act on it. */
function commitFailureReason(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  if (/UNIQUE constraint failed: people\.id_number/.test(message)) return '有身份证号与系统中已有人员重复';
  if (/UNIQUE constraint failed: people\.staff_no/.test(message)) return '有人员编号与系统中已有人员重复';
  if (/UNIQUE constraint failed: units/.test(message)) return '有单位名称与同一上级下的已有单位重复';
  return `数据库写入出错（${message}）`;
}

export async function rosterImportErrorReport(ctx: AppContext, input: ParsedInput<'roster.importErrorReport'>): Promise<ChannelOutput<'roster.importErrorReport'>> {
  const session = sessionFor(ctx, input.sessionId);
  const preview = session.preview;
  if (!preview) throw new AppError('IMPORT_NOT_PREVIEWED', '请先预览导入结果，再下载错误行。');
  const errorRows = preview.rows.filter((r) => r.status === 'error');
  if (!errorRows.length) throw new AppError('IMPORT_NO_ERRORS', '这次导入没有错误行，无需下载。');
  const grid = session.table.sheets[session.sheetIndex]!;
  return buildErrorReport({
    fileName: session.fileName,
    sheetName: grid.name,
    headers: headerTexts(grid, session.headerRow),
    mapping: session.mapping,
    rows: errorRows.map((r) => ({ sheetRow: r.sheetRow, cells: grid.rows[r.sheetRow - 1] ?? [], reasons: r.errors })),
  });
}
