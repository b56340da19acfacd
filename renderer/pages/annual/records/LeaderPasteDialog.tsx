import { Alert, Input, Modal, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Participant } from '../../../../shared/annual/views';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { parseLeaderPaste, type PasteLine } from './record-paste';

const columns: TableColumnsType<PasteLine> = [
  { title: '行', dataIndex: 'line', width: 56, render: (n: number) => `第${n}行` },
  { title: '姓名', dataIndex: 'name', width: 90 },
  { title: '单位', dataIndex: 'unitName', width: 150, ellipsis: true },
  { title: '分数', dataIndex: 'score', width: 70, align: 'right', render: (s: number | null) => s ?? '' },
  { title: '说明', dataIndex: 'problem', render: (p: string | null) => (p ? <span className="paste-problem">{p}</span> : <span className="paste-ok">可保存</span>) },
];

/** 「批量粘贴」: a column pair 姓名 + 分数 copied from Excel; every line checked before anything is saved. */
export function LeaderPasteDialog(props: { year: number; open: boolean; onClose: () => void; participants: readonly Participant[] }) {
  const { year, open, onClose, participants } = props;
  const [text, setText] = useState('');
  const parsed = useMemo(() => parseLeaderPaste(text, participants), [text, participants]);
  const problems = parsed.lines.filter((l) => l.problem !== null).length;
  const save = useChannelMutation('annual.setLeaderScores', { success: (r) => `已保存 ${r.saved} 人的领导评价分` });
  useEffect(() => {
    if (open) setText('');
  }, [open]);

  return (
    <Modal
      title="批量粘贴领导评价分"
      open={open}
      onCancel={onClose}
      width={760}
      okText={problems > 0 ? `保存无误的 ${parsed.entries.length} 人` : `保存 ${parsed.entries.length} 人`}
      cancelText="取消"
      okButtonProps={{ disabled: parsed.entries.length === 0, loading: save.isPending }}
      onOk={() => save.mutate({ year, entries: [...parsed.entries] }, { onSuccess: onClose })}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        从 Excel 中复制“姓名”“分数”两列（可带“单位”列区分重名），粘贴到下面，每行一人；也可直接输入，如“张三 92”。分数为0～100。
      </Typography.Paragraph>
      <Input.TextArea
        aria-label="粘贴内容"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 5, maxRows: 10 }}
        placeholder={'张三\t92\n李四\t88.5'}
        autoFocus
      />
      {parsed.lines.length > 0 && (
        <div className="paste-preview">
          {problems > 0 && <Alert type="warning" showIcon title={`有 ${problems} 行无法使用（见下表红字），这些行不会保存。`} />}
          <Table<PasteLine>
            size="small"
            rowKey="line"
            columns={columns}
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
