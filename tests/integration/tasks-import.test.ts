import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { fixtureUnits, taskListXls, taskListXlsx } from '../fixtures/tasks/make-task-fixtures';
import { personInput, refusal } from '../helpers/people-input';
import { createTestApp, type TestApp } from '../helpers/test-context';

/** 导入/导出工作任务清单 (DOMAIN §8.1) through the channels, on real files LibreOffice wrote. */

let app: TestApp;
const unitIds = new Map<string, number>();

async function seedUnits(): Promise<void> {
  for (const u of fixtureUnits) {
    const parentId = u.parent === null ? null : unitIds.get(u.parent)!;
    const created = await app.call('units.create', { name: u.name, parentId });
    unitIds.set(u.parent ? `${u.parent}/${u.name}` : u.name, created.id);
  }
  await app.call('people.create', personInput(unitIds.get('县政府/办公室')!, { name: '张三' }));
}

const file = (p: string) => ({ fileName: p.replace(/^.*\//, ''), bytes: new Uint8Array(fs.readFileSync(p)) });

beforeEach(async () => {
  app = await createTestApp({ today: '2026-07-15' });
  unitIds.clear();
  await seedUnits();
});
afterEach(() => app.close());

const expectedErrors = [
  [7, /牵头单位：“宣传部”不是系统中的单位/],
  [8, /责任人：“李四”不是花名册中在职人员的姓名/],
  [11, /牵头单位：单位「办公室」在系统中有2个（县委\/办公室、县政府\/办公室），请写出上级单位/],
  [11, /完成时限：“尽快完成”中没有可识别的完成时限/],
  [13, /完成时限：“2月30日前”不是有效日期/],
] as const;

describe.each([
  ['.xlsx from LibreOffice', taskListXlsx],
  ['.xls (BIFF8) from LibreOffice', taskListXls],
])('a messy task list, %s', (_label, path) => {
  it('previews every task with the expected per-row errors, and refuses the commit leaving the database as it was', async () => {
    const preview = await app.call('tasks.import', { year: 2026, file: file(path) });
    expect(preview.headerRow).toBe(3);
    expect(preview.errors.map((e) => e.row)).toEqual(expectedErrors.map(([row]) => row));
    expectedErrors.forEach(([, message], i) => expect(preview.errors[i]!.message).toMatch(message));
    expect(preview.counts).toEqual({ goals: 3, projects: 4, tasks: 8, nodes: 8 });
    // merged 目标/项目 filled down, the numbering dropped; a task merged over three rows is one task
    expect(preview.tasks.map((t) => [t.rows, t.goal, t.project, t.title, t.lead, t.nodes])).toEqual([
      [[4], '优化营商环境', '政务服务提质', '推行一网通办', '办公室', 2],
      [[5], '优化营商环境', '政务服务提质', '开展企业走访', '发展和改革局', 1],
      [[6], '优化营商环境', '项目审批提速', '压缩审批时限', '财政局', 1],
      [[7], '优化营商环境', '项目审批提速', '清理证明事项', '', 1],
      [[8, 9, 10], '加强干部队伍建设', '教育培训', '举办专题培训班', '组织部', 3],
      [[11], '深化作风建设', '作风整顿', '开展作风整顿', '', 0],
      [[12], '深化作风建设', '作风整顿', '建立长效机制', '组织部', 0],
      [[13], '深化作风建设', '作风整顿', '编制年度计划', '组织部', 0],
    ]);
    expect(preview.skipped.map((s) => s.row)).toContain(15);

    const refused = await refusal(app, () => app.call('tasks.import', { year: 2026, file: file(path), commit: true }));
    expect(refused.code).toBe('TASK_IMPORT_ERRORS');
    expect(refused.message).toMatch(/有4行存在问题（第7、8、11、13行）/);
  });
});

/** The fixture with its errors fixed, as a user would fix it in Excel: row by row. */
async function fixedFixture(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(taskListXlsx) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('任务清单')!;
  ws.getCell('E7').value = '县委办公室';
  ws.getCell('G8').value = null;
  ws.getCell('E11').value = '县委/办公室';
  ws.getCell('H11').value = '2026-08-15';
  ws.getCell('H13').value = '2月28日前';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('commit, export and read back', () => {
  it('commits in one go with nodes, units and 责任人; the export reads back the same list', async () => {
    const bytes = await fixedFixture();
    const preview = await app.call('tasks.import', { year: 2026, file: { fileName: 'fixed.xlsx', bytes } });
    expect(preview.errors).toEqual([]);
    const done = await app.call('tasks.import', { year: 2026, file: { fileName: 'fixed.xlsx', bytes }, commit: true, mode: 'replace' });
    expect(done.committed).toBe(true);

    const list = await app.call('tasks.list', { year: 2026 });
    const task = (title: string) => list.items.find((i) => i.title === title)!;
    const nodesOf = (title: string) => list.nodes.filter((n) => n.taskId === task(title).id).map((n) => [n.name, n.dueOn, n.state]);
    expect(list.items.filter((i) => i.kind === 'goal').map((i) => i.title)).toEqual(['优化营商环境', '加强干部队伍建设', '深化作风建设']);
    expect(task('推行一网通办')).toMatchObject({ leadUnitId: unitIds.get('县政府/办公室'), assistUnitIds: [unitIds.get('县政府/发展和改革局')], personName: '张三' });
    expect(task('压缩审批时限')).toMatchObject({ leadUnitId: unitIds.get('财政局'), assistUnitIds: [unitIds.get('县委/办公室'), unitIds.get('县委/组织部')], note: '按季度报送进展' });
    // today is 2026-07-15: the March and June nodes are 滞后, the later ones not yet due
    expect(nodesOf('推行一网通办')).toEqual([['完成方案', '2026-03-31', 'late'], ['完成建设', '2026-06-30', 'late']]);
    expect(nodesOf('举办专题培训班')).toEqual([['完成第一期', '2026-04-30', 'late'], ['完成第二期', '2026-08-31', 'pending'], ['完成第三期', '2026-11-20', 'pending']]);
    expect(nodesOf('开展企业走访')).toEqual([['完成', '2026-09-30', 'pending']]);
    expect(nodesOf('建立长效机制')).toEqual([]);

    const shape = (l: typeof list) => {
      const byId = new Map(l.items.map((i) => [i.id, i]));
      return l.items.map((i) => ({
        kind: i.kind, title: i.title, parent: i.parentId == null ? null : byId.get(i.parentId)!.title, measure: i.measure, note: i.note,
        lead: i.leadUnitId, assist: i.assistUnitIds, person: i.personName,
        nodes: l.nodes.filter((n) => n.taskId === i.id).map((n) => [n.name, n.dueOn, n.status, n.doneOn, n.state]),
      }));
    };
    // mark one node done late, one on time, then export and import the export into another year
    const [first, second] = list.nodes.filter((n) => n.taskId === task('推行一网通办').id);
    await app.call('tasks.saveNode', { taskId: first!.taskId, id: first!.id, name: first!.name, dueOn: first!.dueOn, status: 'done', doneOn: '2026-04-02' });
    await app.call('tasks.saveNode', { taskId: second!.taskId, id: second!.id, name: second!.name, dueOn: second!.dueOn, status: 'doing' });
    const beforeExport = shape(await app.call('tasks.list', { year: 2026 }));
    const exported = await app.call('tasks.export', { year: 2026 });
    expect(exported.fileName).toBe('2026年度工作任务清单.xlsx');
    const again = await app.call('tasks.import', { year: 2026, file: { fileName: exported.fileName, bytes: exported.bytes }, commit: true, mode: 'replace' });
    expect(again.errors).toEqual([]);
    const after = await app.call('tasks.list', { year: 2026 });
    expect(shape(after)).toEqual(beforeExport);
    expect(after.nodes.find((n) => n.name === '完成方案')).toMatchObject({ status: 'done', doneOn: '2026-04-02', state: 'doneLate' });

    // the exported sheet merges 目标 over its tasks as the office's does
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const goalCells = [] as string[];
    ws.getColumn(2).eachCell((cell) => {
      if (cell.isMerged && cell.master.address === cell.address) goalCells.push(String(cell.value));
    });
    expect(goalCells).toEqual(['优化营商环境', '加强干部队伍建设', '深化作风建设']);
  });
});
