import { Table, Tag, type TableColumnsType } from 'antd';
import type { ImportPreviewRow } from '../../../shared/contract/roster-import';
import { rowStatusColors, rowStatusLabels } from './import-labels';

/** What happens to one row and why: errors red, warnings orange, changed fields for 更新. */
function RowNotes({ row }: { row: ImportPreviewRow }) {
  return (
    <div className="import-notes">
      {row.errors.map((e, i) => (
        <div key={`e${i}`} className="import-note-error">{e}</div>
      ))}
      {row.warnings.map((w, i) => (
        <div key={`w${i}`} className="import-note-warning">{w}</div>
      ))}
      {row.status === 'update' &&
        row.changes.map((c) => (
          <div key={c.field} className="import-note-change">
            {c.label}：{c.before || '（空）'} → {c.after || '（空）'}
          </div>
        ))}
    </div>
  );
}

const columns: TableColumnsType<ImportPreviewRow> = [
  { title: '行号', dataIndex: 'sheetRow', width: 88, render: (n: number) => `第${n}行` },
  { title: '处理', dataIndex: 'status', width: 96, render: (_v, r) => (
    <>
      <Tag color={rowStatusColors[r.status]}>{rowStatusLabels[r.status]}</Tag>
      {r.status !== 'error' && r.warnings.length > 0 && <Tag color="orange">警告</Tag>}
    </>
  ) },
  { title: '姓名', dataIndex: 'name', width: 96 },
  { title: '身份证号', dataIndex: 'idNumber', width: 184, render: (v: string) => <span className="mono">{v}</span> },
  { title: '单位/科室', dataIndex: 'unitName', width: 150, ellipsis: true },
  { title: '说明', key: 'notes', render: (_v, r) => <RowNotes row={r} /> },
];

/** Every row of the file as the import would treat it; virtualized for large files. */
export function PreviewTable({ rows, height }: { rows: readonly ImportPreviewRow[]; height: number }) {
  return (
    <Table<ImportPreviewRow>
      virtual
      size="small"
      rowKey="sheetRow"
      columns={columns}
      dataSource={rows as ImportPreviewRow[]}
      pagination={false}
      scroll={{ x: 1000, y: height }}
      locale={{ emptyText: '没有符合条件的行' }}
    />
  );
}
