import { z } from 'zod';
import { channel, incomingFile, nothing, outgoingFile } from './channel';
import { nodeStatuses, taskKinds } from '../tasks';

/** 工作任务清单 (DOMAIN §8.1): the year's 目标 → 项目 → 任务 with their 节点, import and export. */

const year = z.number().int().min(2000).max(2100);
const id = z.number().int().positive();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD 格式');
const nodeState = z.enum(['pending', 'late', 'onTime', 'doneLate']);

export const taskItemView = z.object({
  id,
  kind: z.enum(taskKinds),
  parentId: id.nullable(),
  title: z.string(),
  measure: z.string(),
  note: z.string(),
  leadUnitId: id.nullable(),
  assistUnitIds: z.array(id),
  personId: id.nullable(),
  personName: z.string().nullable(),
});
export type TaskItemView = z.infer<typeof taskItemView>;

export const taskNodeView = z.object({
  id,
  taskId: id,
  name: z.string(),
  dueOn: isoDay,
  status: z.enum(nodeStatuses),
  doneOn: isoDay.nullable(),
  note: z.string(),
  /** computed on the day asked (滞后 is never stored) */
  state: nodeState,
});
export type TaskNodeView = z.infer<typeof taskNodeView>;

const taskImportPreview = z.object({
  fileName: z.string(),
  sheetName: z.string(),
  headerRow: z.number().int(),
  /** tasks read, with their rows and node count */
  tasks: z.array(z.object({ rows: z.array(z.number().int()), goal: z.string(), project: z.string(), title: z.string(), lead: z.string(), nodes: z.number().int() })),
  counts: z.object({ goals: z.number().int(), projects: z.number().int(), tasks: z.number().int(), nodes: z.number().int() }),
  /** each naming its row and column; any of them refuses the commit */
  errors: z.array(z.object({ row: z.number().int(), message: z.string() })),
  skipped: z.array(z.object({ row: z.number().int(), reason: z.string() })),
  committed: z.boolean(),
});
export type TaskImportPreview = z.infer<typeof taskImportPreview>;

const title = (what: string) => z.string().trim().min(1, `请填写${what}`).max(300, `${what}不超过300个字`);

export const tasksChannels = {
  'tasks.list': channel(z.object({ year }), z.object({ items: z.array(taskItemView), nodes: z.array(taskNodeView), today: isoDay })),
  /** a new item (no id; after `afterId` among its siblings, else at the end) or an edit */
  'tasks.saveItem': channel(
    z.object({
      year,
      id: id.optional(),
      kind: z.enum(taskKinds),
      parentId: id.nullable(),
      afterId: id.nullable().optional(),
      title: title('名称'),
      measure: z.string().trim().max(500, '标准不超过500个字').default(''),
      note: z.string().trim().max(500, '备注不超过500个字').default(''),
      leadUnitId: id.nullable().default(null),
      assistUnitIds: z.array(id).max(50).default([]),
      personId: id.nullable().default(null),
    }),
    z.object({ id }),
  ),
  /** with everything under it */
  'tasks.deleteItem': channel(z.object({ id }), nothing),
  'tasks.saveNode': channel(
    z.object({
      taskId: id,
      id: id.optional(),
      afterId: id.nullable().optional(),
      name: title('节点内容'),
      dueOn: isoDay,
      status: z.enum(nodeStatuses),
      doneOn: isoDay.nullable().default(null),
      note: z.string().trim().max(500, '备注不超过500个字').default(''),
    }),
    z.object({ id }),
  ),
  'tasks.deleteNode': channel(z.object({ id }), nothing),
  /** preview (commit false) or commit in one transaction: replace the year's list or append to it */
  'tasks.import': channel(z.object({ year, file: incomingFile, mode: z.enum(['replace', 'append']).default('append'), commit: z.boolean().default(false) }), taskImportPreview),
  'tasks.export': channel(z.object({ year }), outgoingFile),
  /** the monthly figures (到期/按时完成/逾期完成/滞后) per 牵头单位, for the 月度通报 and the 年度考核 */
  'tasks.monthFigures': channel(
    z.object({ year, month: z.string().regex(/^\d{4}-\d{2}$/, '月份应为 YYYY-MM 格式'), withAssist: z.boolean().default(false) }),
    z.array(
      z.object({
        unitId: id, month: z.string(), asOf: isoDay, due: z.number().int(), onTime: z.number().int(), doneLate: z.number().int(), overdue: z.number().int(),
        pending: z.number().int(), carriedLate: z.number().int(), onTimeRate: z.number().nullable(),
        nodes: z.array(z.object({ taskId: id, nodeId: id, dueOn: isoDay, doneOn: isoDay.nullable(), state: nodeState, carried: z.boolean() })),
      }),
    ),
  ),
};
