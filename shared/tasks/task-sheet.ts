import { cleanCell, cleanName, parseDateParts, toHalfWidth } from '../normalize';
import { cellText, chooseSheetByHeader, isBlankCell, normalizeHeader, skipReason, strongestHeader, type Cell, type HeaderRule, type SheetGrid } from '../roster-import';
import { defaultNodeName, parseNodeText } from './node-text';
import type { NodeStatus } from './model';
import type { UnitMatcher } from './unit-match';

/**
 * Reading the office's task list (DOMAIN §8.1): a title row or two above the header; 序号 | 目标 |
 * 项目 | 任务 | 标准 | 牵头单位 | 配合单位 | 责任人 | 完成时限 | 备注, with 目标 and 项目 merged down
 * over their tasks (the readers fill merged cells, electron/excel/read/), and a task's nodes either in
 * one cell (「3月底前完成方案；6月底前完成建设」) or one per row under a task cell merged over them.
 * The app's own export adds 节点, 状态 and 实际完成日期 columns and reads back unchanged. Pure: the
 * service reads the file and gives the units and people to match against.
 */

export type TaskColumn = 'seq' | 'goal' | 'project' | 'task' | 'measure' | 'lead' | 'assist' | 'person' | 'node' | 'due' | 'status' | 'doneOn' | 'note';

/** Header spellings per column, normalized (see normalizeHeader). Data: add a spelling here. */
export const taskColumnAliases: Readonly<Record<TaskColumn, readonly string[]>> = {
  seq: ['序号', '编号', '序'],
  goal: ['目标', '工作目标', '目标任务', '总目标', '年度目标', '目标名称'],
  project: ['项目', '重点项目', '工作项目', '项目名称', '具体项目'],
  task: ['任务', '工作任务', '工作内容', '任务内容', '具体任务', '重点任务', '主要任务', '任务清单', '工作事项', '具体工作'],
  measure: ['标准', '工作标准', '完成标准', '目标要求', '工作措施', '具体措施', '措施', '工作要求', '目标标准'],
  lead: ['牵头单位', '责任单位', '牵头科室', '牵头部门', '责任科室', '责任部门', '牵头单位(科室)', '责任单位(科室)'],
  assist: ['配合单位', '协办单位', '配合科室', '配合部门', '协同单位', '参与单位'],
  person: ['责任人', '具体责任人', '分管领导', '负责人'],
  node: ['节点', '节点内容', '节点名称', '阶段目标', '节点任务'],
  due: ['完成时限', '时间节点', '完成时间', '时限', '完成期限', '时间要求', '节点时间', '完成时限(节点)'],
  status: ['状态', '完成情况', '进展情况', '推进情况', '节点状态'],
  doneOn: ['实际完成日期', '实际完成时间', '完成日期(实际)'],
  note: ['备注', '说明'],
};

/** 状态 as offices write it. Data: add a spelling here. */
export const nodeStatusAliases: Readonly<Record<string, NodeStatus>> = {
  未开始: 'todo', 未启动: 'todo', 尚未开始: 'todo', 待开始: 'todo',
  推进中: 'doing', 进行中: 'doing', 正在推进: 'doing', 正在进行: 'doing', 已启动: 'doing', 在推进: 'doing',
  已完成: 'done', 完成: 'done', 已办结: 'done', 办结: 'done', 已落实: 'done',
};

const aliasToColumn = new Map<string, TaskColumn>();
for (const [column, aliases] of Object.entries(taskColumnAliases) as [TaskColumn, readonly string[]][]) {
  for (const a of aliases) aliasToColumn.set(normalizeHeader(a), column);
}

export interface TaskSheetLayout {
  /** 1-based */
  readonly headerRow: number;
  /** 0-based column of each field the header names */
  readonly columns: Readonly<Partial<Record<TaskColumn, number>>>;
  readonly headers: readonly string[];
}

const headerOf = (raw: string) => normalizeHeader(raw).replace(/[(（].*?[)）]$/, '');

export function layoutOfRow(row: readonly Cell[], headerRow: number): TaskSheetLayout | null {
  const columns: Partial<Record<TaskColumn, number>> = {};
  const headers = row.map((c) => (typeof c === 'string' ? normalizeHeader(c) : ''));
  row.forEach((c, i) => {
    if (typeof c !== 'string') return;
    const column = aliasToColumn.get(normalizeHeader(c)) ?? aliasToColumn.get(headerOf(c));
    if (column && columns[column] === undefined) columns[column] = i;
  });
  if (columns.task === undefined || (columns.lead === undefined && columns.due === undefined)) return null;
  return { headerRow, columns, headers };
}

const taskHeader: HeaderRule<TaskSheetLayout> = { layoutOf: layoutOfRow, strength: (l) => Object.keys(l.columns).length, scanRows: 30 };

/** The header: among the first 30 rows, the one naming 任务 and the most other columns. */
export const findTaskHeader = (grid: SheetGrid, scanRows = 30): TaskSheetLayout | null => strongestHeader(grid, { ...taskHeader, scanRows });

/** The visible, non-instruction sheet with a task header naming the most columns (then the most rows). */
export const chooseTaskSheet = (grids: readonly SheetGrid[]): { readonly index: number; readonly layout: TaskSheetLayout } | null =>
  chooseSheetByHeader(grids, taskHeader);

export interface SheetNode {
  readonly row: number;
  readonly name: string;
  readonly dueOn: string;
  readonly status: NodeStatus;
  readonly doneOn: string | null;
}

export interface SheetTask {
  /** the sheet rows it was read from, 1-based */
  readonly rows: number[];
  readonly goal: string;
  readonly project: string;
  readonly title: string;
  readonly measure: string;
  readonly leadUnitId: number | null;
  readonly assistUnitIds: number[];
  readonly personText: string;
  readonly note: string;
  readonly nodes: SheetNode[];
}

export interface RowProblem {
  readonly row: number;
  readonly message: string;
}

export interface TaskSheetRead {
  readonly tasks: SheetTask[];
  readonly problems: RowProblem[];
  readonly skipped: { readonly row: number; readonly reason: string }[];
}

export interface TaskSheetContext {
  readonly year: number;
  readonly units: UnitMatcher;
  readonly date1904?: boolean;
}

/** The 目标 / 项目 of a list whose sheet has no such column. */
export const untitledGoal = '未分目标的任务';
export const untitledProject = '未分项目的任务';

const text = (cells: readonly Cell[], column: number | undefined) => (column === undefined ? '' : cleanCell(cellText(cells[column] ?? null)));
/** A heading's numbering (一、 / 1. / （一）) is not part of the words. */
const withoutNumbering = (s: string) => s.replace(/^(?:[(（]?[一二三四五六七八九十]+[)）、.]|[(（]?\d{1,3}[)）、.]\s*)/, '').trim();

function statusOf(raw: string): NodeStatus | null | undefined {
  const k = toHalfWidth(raw).replace(/[\s"'“”]/g, '');
  if (k === '') return null;
  return nodeStatusAliases[k];
}

/** The rows under the header, grouped into tasks with their nodes, every problem naming its row and column. */
export function readTaskSheet(grid: SheetGrid, layout: TaskSheetLayout, ctx: TaskSheetContext): TaskSheetRead {
  const c = layout.columns;
  const out: TaskSheetRead = { tasks: [], problems: [], skipped: [] };
  const skip = { nameColumn: c.task, headers: layout.headers, normalized: new Map<string, string>() };
  // a list without a 目标 (or 项目) column puts its tasks under one, named so the user can rename it
  let goal = c.goal === undefined ? untitledGoal : '';
  let project = c.project === undefined ? untitledProject : '';
  let current: { task: SheetTask; seq: string; lead: string } | null = null;
  for (let i = layout.headerRow; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    const row = i + 1;
    const reason = skipReason(cells, skip);
    if (reason) {
      out.skipped.push({ row, reason });
      continue;
    }
    const rowGoal = withoutNumbering(text(cells, c.goal));
    const rowProject = withoutNumbering(text(cells, c.project));
    if (rowGoal) goal = rowGoal;
    if (rowProject) project = rowProject;
    if (rowGoal && rowGoal !== current?.task.goal && !rowProject && c.project !== undefined) project = '';
    const seq = text(cells, c.seq);
    const leadText = text(cells, c.lead);
    const dueWritten = c.due !== undefined && !isBlankCell(cells[c.due]);
    // A node row of the task above: the task's cells merged over it (filled in by the reader), or left
    // blank under it, or the same task written again; its 序号 and 牵头单位 are blank or the same.
    const sameTask = (t: string) =>
      current !== null && t === current.task.title && goal === current.task.goal && project === current.task.project &&
      (seq === '' || seq === current.seq) && (leadText === '' || leadText === current.lead);
    const written = text(cells, c.task);
    const continuing =
      written === '' ? dueWritten && leadText === '' && current !== null && goal === current.task.goal && project === current.task.project : sameTask(written);
    const title = written || (continuing ? current!.task.title : '');
    if (title === '') {
      out.skipped.push({ row, reason: '任务为空，视为目标或项目的标题行' });
      continue;
    }
    const problem = (message: string) => out.problems.push({ row, message });
    if (!goal) problem('目标：为空（请在“目标”列写明该任务所属的目标）');
    if (!project) problem('项目：为空（请在“项目”列写明该任务所属的项目）');

    let leadUnitId: number | null = null;
    let assistUnitIds: number[] = [];
    // a row continuing a task merged over several rows adds a node; its units were read on the first
    if (!continuing) {
      if (leadText === '') problem('牵头单位：为空');
      else {
        const lead = ctx.units.matchList(leadText);
        for (const p of lead.problems) problem(`牵头单位：${p}`);
        if (lead.unitIds.length > 1) problem(`牵头单位：“${leadText}”写了${lead.unitIds.length}个单位，牵头单位只能有一个，其余请写在“配合单位”`);
        leadUnitId = lead.unitIds[0] ?? null;
      }
      const assist = ctx.units.matchList(text(cells, c.assist));
      for (const p of assist.problems) problem(`配合单位：${p}`);
      assistUnitIds = assist.unitIds.filter((id) => id !== leadUnitId);
    }

    // the row's nodes
    const nodes: SheetNode[] = [];
    const statusText = text(cells, c.status);
    const status = statusOf(statusText);
    if (status === undefined) problem(`状态：“${statusText}”不是有效状态（应为未开始/推进中/已完成）`);
    const doneCell = c.doneOn === undefined ? null : (cells[c.doneOn] ?? null);
    let doneOn: string | null = null;
    if (!isBlankCell(doneCell)) {
      const parts = parseDateParts(doneCell, { date1904: ctx.date1904 });
      if (!parts.ok || parts.parts.day === undefined) problem(`实际完成日期：“${cellText(doneCell)}”${parts.ok ? '缺少日' : parts.problem}`);
      else doneOn = `${parts.parts.year}-${String(parts.parts.month).padStart(2, '0')}-${String(parts.parts.day).padStart(2, '0')}`;
    }
    const nodeStatus: NodeStatus = status ?? (doneOn ? 'done' : 'todo');
    if (nodeStatus === 'done' && !doneOn) problem('实际完成日期：状态为已完成，须填写实际完成日期');
    if (nodeStatus !== 'done' && doneOn) problem(`实际完成日期：状态为${statusText || '未开始'}，不应填写完成日期`);
    const dueCell = c.due === undefined ? null : (cells[c.due] ?? null);
    const parsed = parseNodeText(dueCell, ctx.year, { date1904: ctx.date1904 });
    for (const p of parsed.problems) problem(`完成时限：${p}`);
    const nodeName = text(cells, c.node);
    if (nodeName && parsed.nodes.length === 0 && parsed.problems.length === 0) problem('完成时限：节点“' + nodeName + '”没有完成时限');
    if (nodeName && parsed.nodes.length > 1) problem(`节点：一行只写了一个节点“${nodeName}”，完成时限却有${parsed.nodes.length}个日期`);
    for (const n of parsed.nodes) {
      nodes.push({ row, name: nodeName && parsed.nodes.length === 1 ? nodeName : n.name || defaultNodeName, dueOn: n.dueOn, status: nodeStatus, doneOn: nodeStatus === 'done' ? doneOn : null });
    }

    if (continuing && current) {
      current.task.rows.push(row);
      current.task.nodes.push(...nodes);
      continue;
    }
    const task: SheetTask = {
      rows: [row],
      goal,
      project,
      title,
      measure: text(cells, c.measure),
      leadUnitId,
      assistUnitIds,
      personText: cleanName(text(cells, c.person)),
      note: text(cells, c.note),
      nodes,
    };
    out.tasks.push(task);
    current = { task, seq, lead: leadText };
  }
  return out;
}
