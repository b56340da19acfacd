import { Table, type TableColumnsType } from 'antd';
import type { AuditEntry } from '../../../shared/contract/audit';
import type { Unit } from '../../../shared/domain';
import { fieldLabel } from './audit-labels';

interface DiffRow {
  key: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function display(key: string, value: unknown, unitNames: ReadonlyMap<number, string>): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if ((key === 'unitId' || key === 'parentId') && typeof value === 'number') return unitNames.get(value) ?? `已删除的单位（${value}）`;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'number' && unitNames.has(v) ? unitNames.get(v)! : display('', v, unitNames))).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Builds the field-by-field comparison of one audit entry. */
export function diffRows(entry: AuditEntry, units: readonly Unit[]): DiffRow[] {
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const { before, after } = entry;
  if (!isRecord(before) && !isRecord(after)) {
    const label = entry.action === 'unit.reorder' ? '单位顺序' : '内容';
    const b = display('', before, unitNames);
    const a = display('', after, unitNames);
    return [{ key: 'value', label, before: b, after: a, changed: b !== a }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = Array.from(new Set([...Object.keys(b), ...Object.keys(a)]));
  return keys.map((key) => {
    const bt = isRecord(before) ? display(key, b[key], unitNames) : '';
    const at = isRecord(after) ? display(key, a[key], unitNames) : '';
    return { key, label: fieldLabel(entry.entity, key), before: bt, after: at, changed: isRecord(before) && isRecord(after) && bt !== at };
  });
}

const columns: TableColumnsType<DiffRow> = [
  { title: '项目', dataIndex: 'label', width: 160 },
  { title: '修改前', dataIndex: 'before', render: (v: string) => v || <span className="muted">（空）</span> },
  { title: '修改后', dataIndex: 'after', render: (v: string) => v || <span className="muted">（空）</span> },
];

/** The before/after of one entry; changed fields highlighted, unchanged ones dimmed. */
export function AuditDiff({ entry, units }: { entry: AuditEntry; units: readonly Unit[] }) {
  const rows = diffRows(entry, units);
  const hasBefore = entry.before != null;
  const hasAfter = entry.after != null;
  const visible = columns.filter((c) => (c.title === '修改前' ? hasBefore : c.title === '修改后' ? hasAfter : true));
  const titled = hasBefore && hasAfter ? visible : visible.map((c) => (c.title === '修改前' ? { ...c, title: '删除前内容' } : c.title === '修改后' ? { ...c, title: '内容' } : c));
  return (
    <Table<DiffRow>
      className="audit-diff"
      size="small"
      rowKey="key"
      columns={titled}
      dataSource={rows}
      pagination={false}
      rowClassName={(r) => (r.changed ? 'audit-diff-changed' : hasBefore && hasAfter ? 'audit-diff-same' : '')}
      style={{ maxWidth: 900 }}
    />
  );
}
