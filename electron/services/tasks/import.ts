import { createHash } from 'node:crypto';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { chooseTaskSheet, createUnitMatcher, readTaskSheet, type RowProblem, type SheetTask } from '../../../shared/tasks';
import { writeAudit } from '../../../db/audit';
import { activePeopleNames, addTaskUnits, countYearItems, deleteYearTasks, insertTaskItemAt, insertTaskNodeAt, listTaskItems } from '../../../db/tasks';
import { listUnitRows } from '../../../db/units';
import type { Db } from '../../../db/open';
import { readTable } from '../../excel/read';
import type { AppContext } from '../../context';
import { requireOpenYear } from './common';

/**
 * 导入工作任务清单 (DOMAIN §8.1) from the office's Excel (.xlsx, .xls, .csv) with the roster import's
 * robustness: title rows, merged 目标/项目 cells, 牵头单位 as free text, dates in the roster's forms.
 * The preview lists every problem with its row and column; a commit re-reads the file and writes the
 * whole list in one transaction, or nothing while any problem remains. 替换 removes the year's list
 * first; 追加 adds to it, putting tasks under an existing 目标/项目 of the same name.
 */

type Preview = ChannelOutput<'tasks.import'>;

interface PersonMatch { readonly personId: number | null; readonly problem?: string }

function personMatcher(db: Db): (text: string, leadUnitId: number | null) => PersonMatch {
  const byName = new Map<string, { id: number; unitId: number }[]>();
  for (const p of activePeopleNames(db)) {
    const key = p.name.replace(/\s+/g, '');
    byName.set(key, [...(byName.get(key) ?? []), { id: p.id, unitId: p.unitId }]);
  }
  return (text, leadUnitId) => {
    if (!text) return { personId: null };
    if (/[、，,；;\s]/.test(text.trim())) return { personId: null, problem: `责任人：“${text}”写了多人，责任人只能填写一名（花名册中的姓名）` };
    const same = byName.get(text.replace(/\s+/g, '')) ?? [];
    if (same.length === 1) return { personId: same[0]!.id };
    if (same.length === 0) return { personId: null, problem: `责任人：“${text}”不是花名册中在职人员的姓名` };
    const inUnit = same.filter((p) => p.unitId === leadUnitId);
    if (inUnit.length === 1) return { personId: inUnit[0]!.id };
    return { personId: null, problem: `责任人：花名册中有${same.length}名“${text}”，且牵头单位中不能确定是哪一位，请在导入后选择` };
  };
}

interface Read {
  readonly preview: Preview;
  readonly tasks: (SheetTask & { readonly personId: number | null })[];
}

/**
 * What the last preview read, so 「确认导入」 does not read and check the workbook a second time (that is
 * most of an import's time). Keyed by the file's content, the year, the day and the units and people
 * it was checked against: a change to any of them reads the file again. Taken by the commit.
 */
let lastRead: { readonly key: string; readonly read: Read } | null = null;

function readKey(db: Db, input: ParsedInput<'tasks.import'>, today: string): string {
  const hash = createHash('sha256').update(input.file.bytes);
  hash.update(`\u0001${input.year}\u0001${today}\u0001`);
  for (const u of listUnitRows(db)) hash.update(`${u.id}/${u.parentId}/${u.name};`);
  for (const p of activePeopleNames(db)) hash.update(`${p.id}/${p.unitId}/${p.name};`);
  return hash.digest('hex');
}

async function readTasksOnce(ctx: AppContext, input: ParsedInput<'tasks.import'>): Promise<Read> {
  const key = readKey(ctx.db, input, ctx.today());
  const read = lastRead?.key === key ? lastRead.read : await readTasks(ctx, input);
  lastRead = input.commit ? null : { key, read };
  return read;
}

async function readTasks(ctx: AppContext, input: ParsedInput<'tasks.import'>): Promise<Read> {
  const table = await readTable(input.file.bytes, input.file.fileName);
  const chosen = chooseTaskSheet(table.sheets);
  if (!chosen) throw new AppError('TASK_SHEET_NO_HEADER', '没有找到任务清单的表头：表头应有“任务”（或“工作任务”“工作内容”）列，以及“牵头单位”或“完成时限”列');
  const grid = table.sheets[chosen.index]!;
  const db = ctx.db;
  const units = createUnitMatcher(listUnitRows(db).map((u) => ({ id: u.id, name: u.name, parentId: u.parentId })));
  const read = readTaskSheet(grid, chosen.layout, { year: input.year, units, date1904: table.date1904 });
  const matchPerson = personMatcher(db);
  const errors: RowProblem[] = [...read.problems];
  const today = ctx.today();
  const tasks = read.tasks.map((t) => {
    const person = matchPerson(t.personText, t.leadUnitId);
    if (person.problem) errors.push({ row: t.rows[0]!, message: person.problem });
    for (const n of t.nodes) if (n.doneOn && n.doneOn > today) errors.push({ row: n.row, message: `实际完成日期：${n.doneOn} 晚于今天` });
    return { ...t, personId: person.personId };
  });
  errors.sort((a, b) => a.row - b.row);
  const goals = new Set(tasks.map((t) => t.goal));
  const projects = new Set(tasks.map((t) => `${t.goal}\u0001${t.project}`));
  const names = new Map(listUnitRows(db).map((u) => [u.id, u.name]));
  const preview: Preview = {
    fileName: input.file.fileName,
    sheetName: grid.name,
    headerRow: chosen.layout.headerRow,
    tasks: tasks.map((t) => ({ rows: t.rows, goal: t.goal, project: t.project, title: t.title, lead: t.leadUnitId == null ? '' : (names.get(t.leadUnitId) ?? ''), nodes: t.nodes.length })),
    counts: { goals: goals.size, projects: projects.size, tasks: tasks.length, nodes: tasks.reduce((n, t) => n + t.nodes.length, 0) },
    errors,
    skipped: read.skipped,
    committed: false,
  };
  return { preview, tasks };
}

export async function importTasks(ctx: AppContext, input: ParsedInput<'tasks.import'>): Promise<Preview> {
  if (input.commit) requireOpenYear(ctx.db, input.year);
  const { preview, tasks } = await readTasksOnce(ctx, input);
  if (!input.commit) return preview;
  if (preview.errors.length > 0) {
    const rows = [...new Set(preview.errors.map((e) => e.row))];
    throw new AppError('TASK_IMPORT_ERRORS', `有${rows.length}行存在问题（第${rows.slice(0, 5).join('、')}${rows.length > 5 ? '等' : ''}行），请修改文件后重新导入；未导入任何内容`);
  }
  if (tasks.length === 0) throw new AppError('TASK_IMPORT_EMPTY', '文件中没有可导入的任务');
  const db = ctx.db;
  db.transaction(() => {
    requireOpenYear(db, input.year);
    const before = countYearItems(db, input.year);
    if (input.mode === 'replace') deleteYearTasks(db, input.year);
    const existing = input.mode === 'append' ? listTaskItems(db, input.year) : [];
    const goalIds = new Map(existing.filter((i) => i.kind === 'goal').map((i) => [i.title, i.id]));
    const projectIds = new Map(existing.filter((i) => i.kind === 'project').map((i) => [`${i.parentId}\u0001${i.title}`, i.id]));
    // the next position under each parent (0 = the top level): new items go after what is there
    const next = new Map<number, number>();
    for (const i of existing) next.set(i.parentId ?? 0, Math.max(next.get(i.parentId ?? 0) ?? 0, i.sortOrder));
    const item = (kind: 'goal' | 'project' | 'task', parentId: number | null, title: string, extra: { measure?: string; note?: string; personId?: number | null } = {}) => {
      const sortOrder = (next.get(parentId ?? 0) ?? 0) + 1;
      next.set(parentId ?? 0, sortOrder);
      return insertTaskItemAt(db, { year: input.year, kind, parentId, title, measure: extra.measure ?? '', note: extra.note ?? '', personId: extra.personId ?? null }, sortOrder);
    };
    for (const t of tasks) {
      let goalId = goalIds.get(t.goal);
      if (goalId === undefined) goalIds.set(t.goal, (goalId = item('goal', null, t.goal)));
      const projectKey = `${goalId}\u0001${t.project}`;
      let projectId = projectIds.get(projectKey);
      if (projectId === undefined) projectIds.set(projectKey, (projectId = item('project', goalId, t.project)));
      const taskId = item('task', projectId, t.title, { measure: t.measure, note: t.note, personId: t.personId });
      addTaskUnits(db, taskId, t.leadUnitId, t.assistUnitIds);
      t.nodes.forEach((n, i) => insertTaskNodeAt(db, taskId, { name: n.name, dueOn: n.dueOn, status: n.status, doneOn: n.doneOn, note: '' }, i + 1));
    }
    const after = countYearItems(db, input.year);
    writeAudit(db, {
      actor: ctx.actor(), action: 'tasks.import', entity: 'task_items', entityId: input.year, subjects: `${input.year}年度工作任务清单`,
      summary: `${input.mode === 'replace' ? '导入（替换）' : '导入（追加）'}工作任务清单“${input.file.fileName}”：${preview.counts.tasks}项任务、${preview.counts.nodes}个节点`,
      changes: [{ subject: '', field: '任务/节点', before: `${before.task}项/${before.nodes}个`, after: `${after.task}项/${after.nodes}个` }],
    }, ctx.now());
  })();
  return { ...preview, committed: true };
}
