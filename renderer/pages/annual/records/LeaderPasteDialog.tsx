import type { TableColumnsType } from 'antd';
import { useCallback } from 'react';
import type { Participant } from '../../../../shared/annual/views';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { PasteDialog } from '../common/PasteDialog';
import { parseLeaderPaste, type PasteLine } from './record-paste';

const columns: TableColumnsType<PasteLine> = [
  { title: '姓名', dataIndex: 'name', width: 90 },
  { title: '单位', dataIndex: 'unitName', width: 150, ellipsis: true },
  { title: '分数', dataIndex: 'score', width: 70, align: 'right', render: (s: number | null) => s ?? '' },
];

/** 「批量粘贴」: a column pair 姓名 + 分数 copied from Excel; every line checked before anything is saved. */
export function LeaderPasteDialog(props: { year: number; open: boolean; onClose: () => void; participants: readonly Participant[] }) {
  const { year, open, onClose, participants } = props;
  const parse = useCallback((text: string) => parseLeaderPaste(text, participants), [participants]);
  const save = useChannelMutation('annual.setLeaderScores', { success: (r) => `已保存 ${r.saved} 人的领导评价分` });
  return (
    <PasteDialog
      title="批量粘贴领导评价分"
      hint="从 Excel 中复制“姓名”“分数”两列（可带“单位”列区分重名），粘贴到下面，每行一人；也可直接输入，如“张三 92”。分数为0～100。"
      placeholder={'张三\t92\n李四\t88.5'}
      open={open}
      saving={save.isPending}
      columns={columns}
      parse={parse}
      onSave={(entries) => save.mutate({ year, entries: [...entries] }, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}
