import { Alert, Input, Modal, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import './paste-dialog.css';

/** A pasted line as the preview shows it: its number, and why it cannot be used (null: it is used). */
export interface PastePreviewLine {
  readonly line: number;
  readonly problem: string | null;
}

/**
 * 「批量粘贴」: text copied from Excel (or typed), parsed on every keystroke into a preview that marks each
 * line it cannot use in red; saving sends only the usable lines. The parse and the save are the caller's.
 */
export function PasteDialog<L extends PastePreviewLine, E>(props: {
  title: string;
  hint: string;
  placeholder: string;
  open: boolean;
  saving: boolean;
  /** the columns between 行 and 说明 */
  columns: TableColumnsType<L>;
  parse: (text: string) => { readonly lines: readonly L[]; readonly entries: readonly E[] };
  onSave: (entries: readonly E[]) => void;
  onClose: () => void;
  width?: number;
}) {
  const { title, hint, placeholder, open, saving, columns, parse, onSave, onClose, width = 760 } = props;
  const [text, setText] = useState('');
  const parsed = useMemo(() => parse(text), [parse, text]);
  const problems = parsed.lines.filter((l) => l.problem !== null).length;
  useEffect(() => {
    if (open) setText('');
  }, [open]);
  const allColumns = useMemo<TableColumnsType<L>>(
    () => [
      { title: '行', dataIndex: 'line', width: 56, render: (n: number) => `第${n}行` },
      ...columns,
      { title: '说明', dataIndex: 'problem', render: (p: string | null) => (p ? <span className="paste-problem">{p}</span> : <span className="paste-ok">可保存</span>) },
    ],
    [columns],
  );

  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      width={width}
      okText={problems > 0 ? `保存无误的 ${parsed.entries.length} 人` : `保存 ${parsed.entries.length} 人`}
      cancelText="取消"
      okButtonProps={{ disabled: parsed.entries.length === 0, loading: saving }}
      onOk={() => onSave(parsed.entries)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Input.TextArea aria-label="粘贴内容" value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 5, maxRows: 10 }} placeholder={placeholder} autoFocus />
      {parsed.lines.length > 0 && (
        <div className="paste-preview">
          {problems > 0 && <Alert type="warning" showIcon title={`有 ${problems} 行无法使用（见下表红字），这些行不会保存。`} />}
          <Table<L>
            size="small"
            rowKey="line"
            columns={allColumns}
            dataSource={[...parsed.lines]}
            pagination={false}
            scroll={{ y: 260 }}
            rowClassName={(l) => (l.problem ? 'paste-problem-row' : '')}
          />
        </div>
      )}
    </Modal>
  );
}
