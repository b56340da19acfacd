import { Table, type TableColumnsType } from 'antd';
import type { AuditChange, AuditEntry } from '../../../shared/contract/audit';

interface ChangeRow extends AuditChange {
  key: number;
}

const columns = (withSubject: boolean, withNote: boolean): TableColumnsType<ChangeRow> => [
  ...(withSubject ? [{ title: '对象', dataIndex: 'subject', width: 120 }] : []),
  { title: '项目', dataIndex: 'field', width: 180 },
  { title: '修改前', dataIndex: 'before', render: (v: string) => v || <span className="muted">（空）</span> },
  { title: '修改后', dataIndex: 'after', render: (v: string) => v || <span className="muted">（空）</span> },
  ...(withNote ? [{ title: '说明', dataIndex: 'note', render: (v: string | undefined) => v ?? '' }] : []),
];

/** What an entry changed, in words: one line per person and field, the changed ones highlighted. */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const rows: ChangeRow[] = (entry.changes ?? []).map((c, i) => ({ ...c, key: i }));
  const withSubject = rows.some((r) => r.subject !== '');
  const withNote = rows.some((r) => (r.note ?? '') !== '');
  return (
    <div className="audit-changes">
      {entry.reason ? <div className="audit-reason"><span className="audit-reason-label">理由：</span>{entry.reason}</div> : null}
      <Table<ChangeRow>
        className="audit-diff"
        size="small"
        rowKey="key"
        columns={columns(withSubject, withNote)}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        rowClassName={(r) => (r.before !== r.after ? 'audit-diff-changed' : 'audit-diff-same')}
        style={{ maxWidth: 1100 }}
      />
    </div>
  );
}
