import { Alert, InputNumber, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ImportSession } from '../../../shared/contract/roster-import';
import { requiredRosterFields, rosterFieldKeys, rosterFieldLabels, type RosterFieldKey } from '../../../shared/domain';
import { useElementHeight } from '../../hooks/use-element-height';
import { formatLabels } from './import-labels';

type Column = ImportSession['columns'][number];
export type Mapping = Record<string, RosterFieldKey | null>;

export interface PreviewRequest {
  sheetName?: string;
  headerRow?: number;
  mapping?: Mapping;
}

const ignore = '__ignore__';

/** A, B, …, Z, AA, AB: the column letters the user sees in Excel. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const fieldOptions = [
  { value: ignore, label: '忽略（不导入）' },
  ...rosterFieldKeys.map((k) => ({ value: k, label: rosterFieldLabels[k] + (requiredRosterFields.includes(k) ? '（必填）' : '') })),
];

/** Step 2 核对表头: the sheet, the header row and which column fills which field. */
export function MappingStep(props: { session: ImportSession; unknownColumns: readonly string[]; busy: boolean; onChange: (request: PreviewRequest) => void }) {
  const { session, unknownColumns, busy, onChange } = props;
  const mapping: Mapping = Object.fromEntries(session.columns.map((c) => [String(c.index), c.field]));
  const sheet = session.sheets.find((s) => s.name === session.sheetName);
  const mapped = new Set(session.columns.map((c) => c.field).filter((f): f is RosterFieldKey => f != null));
  const missing = requiredRosterFields.filter((f) => !mapped.has(f));
  const unknown = new Set(unknownColumns);
  const box = useRef<HTMLDivElement>(null);
  const height = useElementHeight(box, 360);

  const setField = (column: Column, value: string) => {
    const field = value === ignore ? null : (value as RosterFieldKey);
    const next: Mapping = { ...mapping, [String(column.index)]: field };
    // one column per field: the column that held this field before lets it go
    if (field) for (const c of session.columns) if (c.index !== column.index && next[String(c.index)] === field) next[String(c.index)] = null;
    onChange({ sheetName: session.sheetName, headerRow: session.headerRow, mapping: next });
  };

  const columns: TableColumnsType<Column> = [
    { title: '列', key: 'letter', width: 56, align: 'center', render: (_v, c) => columnLetter(c.index) },
    {
      title: '表头', key: 'header', width: 200,
      render: (_v, c) => (c.header ? c.header : <Typography.Text type="secondary">（空表头）</Typography.Text>),
    },
    {
      title: '示例数据', key: 'samples', ellipsis: true,
      render: (_v, c) => (c.samples.length ? c.samples.filter(Boolean).join('，') : <Typography.Text type="secondary">（无数据）</Typography.Text>),
    },
    {
      title: '导入为', key: 'field', width: 300,
      render: (_v, c) => (
        <Space>
          <Select
            value={c.field ?? ignore}
            options={fieldOptions}
            onChange={(v) => setField(c, v)}
            style={{ width: 170 }}
            disabled={busy}
            aria-label={`第${columnLetter(c.index)}列导入为`}
          />
          {c.field == null && (unknown.has(c.header) || c.header === '') && <Tag color="orange">未识别（将忽略）</Tag>}
        </Space>
      ),
    },
  ];

  return (
    <div className="import-mapping">
      <Space wrap size={[24, 12]} className="import-mapping-controls">
        <span>
          文件：<Typography.Text strong>{session.fileName}</Typography.Text>
          <Typography.Text type="secondary">（{formatLabels[session.format]}）</Typography.Text>
        </span>
        {session.format !== 'csv' && (
          <span>
            工作表：
            <Select
              value={session.sheetName}
              onChange={(name) => onChange({ sheetName: name })}
              disabled={busy}
              style={{ minWidth: 220 }}
              aria-label="工作表"
              options={session.sheets.map((s) => ({ value: s.name, label: `${s.name}（${s.rowCount} 行${s.looksLikeRoster ? '，像花名册' : ''}）` }))}
            />
          </span>
        )}
        <span>
          表头在第
          <HeaderRowInput
            headerRow={session.headerRow}
            rowCount={sheet?.rowCount ?? 1}
            busy={busy}
            onCommit={(row) => onChange({ sheetName: session.sheetName, headerRow: row })}
          />
          行
        </span>
      </Space>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ margin: '12px 0' }}
          title={`还没有对应到必填项：${missing.map((f) => rosterFieldLabels[f]).join('、')}`}
          description="请在下表“导入为”一列中为这些项选择对应的列；若表头行不对，请先调整表头所在行。"
        />
      )}
      <div ref={box} className="import-mapping-table">
        <Table<Column>
          size="small"
          rowKey="index"
          columns={columns}
          dataSource={session.columns}
          pagination={false}
          loading={busy}
          scroll={{ y: height - 40 }}
          locale={{ emptyText: '表头行没有内容，请调整表头所在行' }}
        />
      </div>
    </div>
  );
}

/**
 * The header row as typed, sent when the user leaves the field or presses Enter (not per keystroke, so
 * 「12」 is not first tried as 1). Whenever a preview request ends, the field shows the row in effect
 * again: the new one if it was taken, the previous one if it was refused (the reason shows above).
 */
function HeaderRowInput(props: { headerRow: number; rowCount: number; busy: boolean; onCommit: (row: number) => void }) {
  const { headerRow, rowCount, busy, onCommit } = props;
  const [draft, setDraft] = useState<number | null>(headerRow);
  useEffect(() => {
    if (!busy) setDraft(headerRow);
  }, [headerRow, busy]);
  const commit = () => {
    if (typeof draft === 'number' && draft >= 1 && draft !== headerRow) onCommit(draft);
    else setDraft(headerRow);
  };
  return (
    <InputNumber
      min={1}
      max={Math.max(1, rowCount)}
      precision={0}
      value={draft}
      disabled={busy}
      onChange={setDraft}
      onBlur={commit}
      onPressEnter={commit}
      style={{ width: 72, margin: '0 6px' }}
      aria-label="表头所在行"
    />
  );
}
