import { Alert, Form, Input, Modal, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Participant } from '../../../../shared/annual/views';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';
import { PasteDialog } from '../common/PasteDialog';
import { parseNotesPaste, type NotesPasteLine } from '../records/record-paste';

/**
 * 从事或分管工作 and 备注 of one participant, as the 年度考核登记表 prints them (DOMAIN §5): left empty,
 * the form prints the 职务 and, for a 不定等次 person, the 未确定等次原因.
 */
export function ParticipantNotesDialog(props: { year: number; person: Participant | null; onClose: () => void }) {
  const { year, person, onClose } = props;
  const [duties, setDuties] = useState('');
  const [remark, setRemark] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useChannelMutation('annual.setParticipantNotes', { success: () => `已保存：${person?.name ?? ''}`, showError: false });
  useEffect(() => {
    setDuties(person?.duties ?? '');
    setRemark(person?.remark ?? '');
    setError(null);
  }, [person]);
  const undetermined = person?.undetermined.effective ? (person.undetermined.override === 'yes' ? person.undetermined.overrideReason : person.undetermined.computed) : null;
  return (
    <Modal
      title={person ? `登记表内容：${person.name}` : '登记表内容'}
      open={person != null}
      onCancel={onClose}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ loading: save.isPending }}
      onOk={() => {
        if (!person) return;
        setError(null);
        save.mutate({ year, entries: [{ personId: person.personId, duties, remark }] }, { onSuccess: onClose, onError: (e) => setError(errorText(e)) });
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="从事或分管工作" help={person?.post ? `不填则登记表印职务：${person.post}` : undefined}>
          <Input.TextArea aria-label="从事或分管工作" value={duties} onChange={(e) => setDuties(e.target.value)} maxLength={100} showCount autoSize={{ minRows: 2, maxRows: 4 }} placeholder="例如 负责文秘、档案和机要工作" />
        </Form.Item>
        <Form.Item label="备注" help={undetermined ? `不填则登记表印：未确定等次原因：${undetermined}` : undefined}>
          <Input.TextArea aria-label="备注" value={remark} onChange={(e) => setRemark(e.target.value)} maxLength={200} showCount autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}

const pasteColumns: TableColumnsType<NotesPasteLine> = [
  { title: '姓名', dataIndex: 'name', width: 80 },
  { title: '单位', dataIndex: 'unitName', width: 110, ellipsis: true },
  { title: '从事或分管工作', dataIndex: 'duties', width: 200, ellipsis: true },
  { title: '备注', dataIndex: 'remark', width: 110, ellipsis: true, render: (r: string | null) => r ?? <Typography.Text type="secondary">不变</Typography.Text> },
];

/** 「批量粘贴」 of 从事或分管工作 (and 备注) for many participants at once. */
export function ParticipantNotesPasteDialog(props: { year: number; open: boolean; participants: readonly Participant[]; onClose: () => void }) {
  const { year, open, participants, onClose } = props;
  const parse = useCallback((text: string) => parseNotesPaste(text, participants), [participants]);
  const save = useChannelMutation('annual.setParticipantNotes', { success: (r) => `已保存 ${r.saved} 人的从事或分管工作` });
  return (
    <PasteDialog
      title="批量粘贴从事或分管工作"
      hint="从 Excel 中复制“姓名”“从事或分管工作”两列（可再带“备注”列），粘贴到下面，每行一人；也可直接输入，如“张三 负责文秘和档案工作”。重名人员请逐个填写。"
      placeholder={'张三\t负责文秘、档案和机要工作\n李四\t分管财务和后勤保障'}
      open={open}
      saving={save.isPending}
      columns={pasteColumns}
      parse={parse}
      onSave={(entries) => save.mutate({ year, entries: [...entries] }, { onSuccess: onClose })}
      onClose={onClose}
      width={820}
    />
  );
}
