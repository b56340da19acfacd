import { Alert, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { Participant } from '../../../../shared/annual/views';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useAdjustmentKinds } from '../../../hooks/annual-hooks';
import { DayPicker } from '../../../components/DayPicker';
import { ParticipantSelect } from '../../../components/ParticipantSelect';
import { today } from '../../../components/step-dates';
import { RecordModal, useRecordDialog } from '../../../components/RecordModal';

interface Draft {
  personId: number | undefined;
  kind: string | undefined;
  sign: 1 | -1;
  points: number | null;
  date: string | null;
  reason: string;
  evidence: string;
}

const emptyDraft = (): Draft => ({ personId: undefined, kind: undefined, sign: 1, points: null, date: today(), reason: '', evidence: '' });

/** 新增加减分: who, which kind, how many points up or down, when, why and the evidence. */
export function AdjustmentDialog(props: { year: number; open: boolean; onClose: () => void; participants: readonly Participant[] }) {
  const { year, open, onClose, participants } = props;
  const kinds = useAdjustmentKinds();
  const { draft, set, modal } = useRecordDialog({
    open,
    onClose,
    emptyDraft,
    channel: 'annual.addAdjustment',
    success: '已新增加减分记录',
    toInput: (d) =>
      d.personId !== undefined && d.kind && d.points && d.date && d.reason.trim()
        ? { year, personId: d.personId, kind: d.kind, points: d.sign * d.points, date: d.date, reason: d.reason.trim(), evidence: d.evidence.trim() }
        : null,
  });

  return (
    <RecordModal title="新增加减分" {...modal}>
      <Form layout="horizontal" labelCol={{ flex: '88px' }} className="records-form">
        <Form.Item label="考核对象" required>
          <ParticipantSelect participants={participants} value={draft.personId} onChange={(personId) => set({ personId })} ariaLabel="考核对象" placeholder="输入姓名或单位查找" notFound="本年度考核对象中没有找到" />
        </Form.Item>
        <Form.Item label="类别" required>
          <Select
            aria-label="加减分类别"
            value={draft.kind}
            onChange={(kind) => set({ kind })}
            options={(kinds.data ?? []).map((k) => ({ value: k, label: k }))}
            placeholder="请选择"
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item label="分值" required>
          <Space>
            <Radio.Group
              aria-label="加分或减分"
              value={draft.sign}
              onChange={(e) => set({ sign: e.target.value as 1 | -1 })}
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 1, label: '加分' },
                { value: -1, label: '减分' },
              ]}
            />
            <InputNumber<number> aria-label="分值" value={draft.points} onChange={(points) => set({ points })} min={0.01} max={100} step={0.5} style={{ width: 110 }} suffix="分" />
          </Space>
        </Form.Item>
        <Form.Item label="日期" required>
          <DayPicker ariaLabel="日期" value={draft.date} onChange={(date) => set({ date })} />
        </Form.Item>
        <Form.Item label="事由" required>
          <Input.TextArea aria-label="事由" value={draft.reason} onChange={(e) => set({ reason: e.target.value })} maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} placeholder="如：获市级表彰“优秀公务员”" />
        </Form.Item>
        <Form.Item label="佐证说明">
          <Input.TextArea aria-label="佐证说明" value={draft.evidence} onChange={(e) => set({ evidence: e.target.value })} maxLength={500} autoSize={{ minRows: 1, maxRows: 3 }} placeholder="文件名称、文号等" />
        </Form.Item>
      </Form>
    </RecordModal>
  );
}

/** The list of 加减分 kinds (shared by every year): add by typing and 回车, remove with ×. */
export function AdjustmentKindsDialog(props: { open: boolean; onClose: () => void }) {
  const { open, onClose } = props;
  const kinds = useAdjustmentKinds();
  const [draft, setDraft] = useState<string[]>([]);
  const save = useChannelMutation('annual.setAdjustmentKinds', { success: '已保存加减分类别' });
  useEffect(() => {
    if (open) setDraft(kinds.data ?? []);
  }, [open, kinds.data]);
  return (
    <Modal
      title="编辑加减分类别"
      open={open}
      onCancel={onClose}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ disabled: draft.length === 0, loading: save.isPending }}
      onOk={() => save.mutate({ kinds: draft }, { onSuccess: onClose })}
      destroyOnHidden
    >
      <Select
        aria-label="加减分类别"
        mode="tags"
        value={draft}
        onChange={(v: string[]) => setDraft([...new Set(v.map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= 20))])}
        open={false}
        suffixIcon={null}
        placeholder="输入类别名称后按回车添加"
        style={{ width: '100%' }}
      />
      <Alert type="info" showIcon style={{ marginTop: 12 }} title="类别各年度通用，每个不超过20字；已录入的记录保留原类别名称。" />
    </Modal>
  );
}
