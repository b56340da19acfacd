import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { paperDayText } from '../../../shared/date-text';
import { nodeStatusLabels, type TaskItem, type TaskNode } from '../../../shared/tasks';
import { writeAudit } from '../../../db/audit';
import { getPersonRow } from '../../../db/people';
import { listTaskItems, listTaskNodes } from '../../../db/tasks';
import { listUnitRows } from '../../../db/units';
import { addTableSheet, createWorkbook, workbookBytes, type TableColumn } from '../../excel/write';
import type { AppContext } from '../../context';
import { orderedTree } from './items';

/**
 * 导出工作任务清单 (.xlsx) in the office's shape (DOMAIN §8.1): 目标 and 项目 merged down over their
 * tasks, a task's cells merged over its nodes, one node per row with its 完成时限, 状态 and 实际完成日期,
 * so the file reads back through 导入 unchanged. Styling from electron/excel/write (ARCHITECTURE §2).
 */

// 144 width units: one A4 landscape page wide with the words at 8 pt or more (electron/excel/write printLayout)
const columns: TableColumn[] = [
  { header: '序号', width: 5 },
  { header: '目标', width: 12, align: 'left', wrap: true },
  { header: '项目', width: 12, align: 'left', wrap: true },
  { header: '任务', width: 22, align: 'left', wrap: true },
  { header: '工作标准', width: 14, align: 'left', wrap: true },
  { header: '牵头单位', width: 10, wrap: true },
  { header: '配合单位', width: 10, wrap: true },
  { header: '责任人', width: 7, wrap: true },
  { header: '节点', width: 14, align: 'left', wrap: true },
  { header: '完成时限', width: 11 },
  { header: '状态', width: 7 },
  { header: '实际完成日期', width: 11, wrap: true },
  { header: '备注', width: 9, align: 'left', wrap: true },
];
/** the task's own columns, merged over its node rows (1-based) */
const taskColumns = [1, 4, 5, 6, 7, 8, 13];

export async function exportTasks(ctx: AppContext, input: ParsedInput<'tasks.export'>): Promise<ChannelOutput<'tasks.export'>> {
  const db = ctx.db;
  const items = orderedTree(listTaskItems(db, input.year));
  const nodes = new Map<number, TaskNode[]>();
  for (const n of listTaskNodes(db, input.year)) nodes.set(n.taskId, [...(nodes.get(n.taskId) ?? []), n]);
  const units = listUnitRows(db);
  const byId = new Map(units.map((u) => [u.id, u]));
  const nameCount = new Map<string, number>();
  for (const u of units) nameCount.set(u.name, (nameCount.get(u.name) ?? 0) + 1);
  // a name several units share is written with its parent (县委/办公室), which the import reads back
  const unitText = (id: number | null) => {
    const u = id == null ? undefined : byId.get(id);
    if (!u) return '';
    const parent = u.parentId == null ? undefined : byId.get(u.parentId);
    return (nameCount.get(u.name) ?? 0) > 1 && parent ? `${parent.name}/${u.name}` : u.name;
  };
  const now = ctx.now();
  const workbook = createWorkbook();
  const sheet = addTableSheet(workbook, {
    sheetName: '工作任务清单', title: `${input.year}年度工作任务清单`, columns, landscape: true, keyColumns: 4,
    subtitle: { right: `导出日期：${paperDayText(now)}` },
  });
  const children = new Map<number | null, TaskItem[]>();
  for (const i of items) children.set(i.parentId, [...(children.get(i.parentId) ?? []), i]);
  let seq = 0;
  let written = 0;
  for (const goal of children.get(null) ?? []) {
    let goalFirst = 0;
    let goalLast = 0;
    for (const project of children.get(goal.id) ?? []) {
      let projectFirst = 0;
      let projectLast = 0;
      for (const task of children.get(project.id) ?? []) {
        seq++;
        const own = nodes.get(task.id) ?? [];
        const person = task.personId == null ? '' : (getPersonRow(db, task.personId)?.name ?? '');
        const taskCells = [seq, goal.title, project.title, task.title, task.measure, unitText(task.leadUnitId), task.assistUnitIds.map(unitText).join('、'), person];
        let first = 0;
        let last = 0;
        for (const n of own.length > 0 ? own : [null]) {
          const row = sheet.addRow([
            ...taskCells, n?.name ?? '', n?.dueOn ?? '', n ? nodeStatusLabels[n.status] : '', n?.doneOn ?? '', task.note,
          ]);
          first ||= row;
          last = row;
          written++;
        }
        for (const c of taskColumns) sheet.mergeDown(c, first, last);
        projectFirst ||= first;
        projectLast = last;
      }
      if (projectFirst) sheet.mergeDown(3, projectFirst, projectLast);
      goalFirst ||= projectFirst;
      goalLast = projectLast || goalLast;
    }
    if (goalFirst) sheet.mergeDown(2, goalFirst, goalLast);
  }
  sheet.finish();
  const bytes = await workbookBytes(workbook);
  db.transaction(() => {
    writeAudit(db, {
      actor: ctx.actor(), action: 'tasks.export', entity: 'task_items', entityId: input.year, subjects: `${input.year}年度工作任务清单`,
      summary: `导出${input.year}年度工作任务清单：${seq}项任务、${written}行`,
    }, now);
  })();
  return { fileName: `${input.year}年度工作任务清单.xlsx`, bytes };
}
