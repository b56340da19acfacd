import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/contract/audit';
import type { Unit } from '../../shared/domain/person';
import { idCheckChar } from '../../shared/normalize/id-number';
import { buildUnitTree, descendantIds, flattenUnitTree, unitPath } from '../../renderer/components/unit-tree';
import { actionLabel, fieldLabel } from '../../renderer/pages/audit/audit-labels';
import { diffRows } from '../../renderer/pages/audit/AuditDiff';
import { columnLetter } from '../../renderer/pages/roster-import/MappingStep';
import { fieldsOfForm, idNumberRule, impliedByIdNumber, yearMonthRule } from '../../renderer/pages/people/person-form-values';
import { backupReasonLabels, formatSize } from '../../renderer/pages/settings/backup-labels';
import { parseHash } from '../../renderer/router/hash-router';

const unit = (id: number, name: string, parentId: number | null, sortOrder: number, peopleCount = 0): Unit => ({ id, name, parentId, sortOrder, peopleCount });
const units = [
  unit(1, '国防动员办公室', null, 1, 2),
  unit(3, '工程科', 1, 2, 4),
  unit(2, '办公室', 1, 1, 5),
  unit(4, '维护管理股', 3, 1, 3),
];

describe('unit tree', () => {
  it('nests units by parent, orders siblings and sums people of sub-units', () => {
    const tree = buildUnitTree(units);
    expect(flattenUnitTree(tree).map((n) => n.unit.name)).toEqual(['国防动员办公室', '办公室', '工程科', '维护管理股']);
    expect(tree[0]!.totalPeople).toBe(14);
    expect(tree[0]!.children[1]!.totalPeople).toBe(7);
  });
  it('knows what is below a unit (a unit cannot move under itself) and its full path', () => {
    expect([...descendantIds(buildUnitTree(units), 3)].sort()).toEqual([3, 4]);
    expect(unitPath(units, 4)).toBe('国防动员办公室 / 工程科 / 维护管理股');
  });
});

describe('person form values', () => {
  const id = (first17: string) => first17 + idCheckChar(first17);
  it('trims, turns blanks into null, upper-cases x and formats dates', () => {
    const fields = fieldsOfForm({ name: ' 张　三 ', idNumber: '11010119900101002x', post: '  ', unitId: 3, hireDate: dayjs('2020-03-01'), isLeader: true });
    expect(fields).toMatchObject({ name: '张三', idNumber: '11010119900101002X', post: null, unitId: 3, hireDate: '2020-03-01', isLeader: true, birth: null });
  });
  it('checks ID numbers and 年.月 fields with the messages the form shows', async () => {
    await expect(idNumberRule.validator(null, id('42030219671008537'))).resolves.toBeUndefined();
    await expect(idNumberRule.validator(null, '420302196710085370')).rejects.toThrow('校验位');
    await expect(idNumberRule.validator(null, '')).resolves.toBeUndefined();
    await expect(yearMonthRule('出生年月').validator(null, '1985.06')).resolves.toBeUndefined();
    await expect(yearMonthRule('出生年月').validator(null, '1985-6')).rejects.toThrow('出生年月应为“年.月”格式');
  });
  it('reads gender and birth from a valid ID number only', () => {
    expect(impliedByIdNumber(id('42030219950612003'))).toEqual({ gender: '男', birth: '1995.06' });
    expect(impliedByIdNumber('123')).toBeNull();
  });
});

describe('audit log wording', () => {
  const entry = (over: Partial<AuditEntry>): AuditEntry => ({ id: 1, at: '2024-01-01T00:00:00Z', actor: '张三', action: 'person.update', summary: '', subjects: '', reason: '', changes: null, entity: 'person', entityId: '1', before: null, after: null, ...over });
  it('names every action in Chinese from the shared registry, never the raw code', () => {
    expect(actionLabel('person.update')).toBe('修改人员');
    expect(actionLabel('annual.setQuarter')).toBe('平时考核等次');
    expect(actionLabel('unit.archive')).toBe('其他操作');
    expect(actionLabel('backup.create')).toBe('手动备份');
    expect(actionLabel('something.else')).toBe('其他操作');
    expect(fieldLabel('unit', 'name')).toBe('单位名称');
    expect(fieldLabel('person', 'name')).toBe('姓名');
  });
  it('marks changed fields and shows units by name', () => {
    const rows = diffRows(entry({ before: { post: '科员', unitId: 2, isLeader: false }, after: { post: '副科长', unitId: 3, isLeader: false } }), units);
    expect(rows.filter((r) => r.changed).map((r) => [r.label, r.before, r.after])).toEqual([['职务', '科员', '副科长'], ['单位/科室', '办公室', '工程科']]);
    expect(rows.find((r) => r.key === 'isLeader')).toMatchObject({ before: '否', after: '否', changed: false });
  });
  it('shows a reorder as unit names in order', () => {
    const rows = diffRows(entry({ action: 'unit.reorder', entity: 'unit', before: [2, 3], after: [3, 2] }), units);
    expect(rows).toEqual([{ key: 'value', label: '单位顺序', before: '办公室、工程科', after: '工程科、办公室', changed: true }]);
  });
});

describe('small formatters', () => {
  it('column letters as Excel shows them', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
  it('backup types and sizes in Chinese', () => {
    expect(Object.values(backupReasonLabels)).toEqual(['手动', '每日自动', '退出时', '升级前', '恢复前']);
    expect(formatSize(512)).toBe('512 字节');
    expect(formatSize(73_728)).toBe('72.0 KB');
    expect(formatSize(5 * 1024 * 1024)).toBe('5.0 MB');
  });
  it('hash routes with a query', () => {
    expect(parseHash('')).toMatchObject({ path: '/' });
    const loc = parseHash('#/people?unit=3');
    expect(loc.path).toBe('/people');
    expect(loc.query.get('unit')).toBe('3');
  });
});
