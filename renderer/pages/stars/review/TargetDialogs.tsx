import { Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useDisqualifyReasons } from '../common/stars-hooks';
import { StepDayPicker } from '../../../components/DayPicker';
import { today } from '../../../components/step-dates';

interface Base {
  schemeId: number;
  period: number;
  targetId: number;
  targetName: string;
}

/** 不得参评 for the period, with a reason from the editable list. */
export function DisqualifyDialog(props: Base & { open: boolean; onClose: () => void; defaultDate: string }) {
  const { open, onClose, schemeId, period, targetId, targetName, defaultDate } = props;
  const reasons = useDisqualifyReasons();
  const [reason, setReason] = useState<string | undefined>();
  const [note, setNote] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const mutation = useChannelMutation('stars.disqualify', { success: `已将${targetName}列为不得参评` });
  useEffect(() => {
    if (open) {
      setReason(undefined);
      setNote('');
      setDate(defaultDate);
    }
  }, [open, defaultDate]);
  return (
    <Modal
      title={`不得参评：${targetName}`}
      open={open}
      onCancel={onClose}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ danger: true, disabled: !reason || !date, loading: mutation.isPending }}
      onOk={() => mutation.mutate({ schemeId, period, targetId, reason: reason!, note, date: date! }, { onSuccess: onClose })}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">本期不参加评星，公示榜上标注“不得参评”。本期已申报、已评定的星目不再计入。</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="原因" required>
          <Select aria-label="不得参评原因" value={reason} onChange={setReason} options={(reasons.data ?? []).map((r) => ({ value: r, label: r }))} placeholder="请选择" style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label="情况说明">
          <Input.TextArea aria-label="情况说明" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
        <Form.Item label="认定日期" required>
          <StepDayPicker ariaLabel="认定日期" value={date} onChange={setDate} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 摘星: a held star removed, with the date and the reason (e.g. a 负面清单 entry). */
export function RemoveStarDialog(props: Base & { star: { code: string; name: string } | null; onClose: () => void }) {
  const { star, onClose, schemeId, period, targetId, targetName } = props;
  const [reason, setReason] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const mutation = useChannelMutation('stars.removeStar', { success: '已摘星' });
  useEffect(() => {
    if (star) {
      setReason('');
      setDate(today());
    }
  }, [star]);
  return (
    <Modal
      title={`摘星：${targetName} · ${star?.name ?? ''}`}
      open={star != null}
      onCancel={onClose}
      okText="确定摘星"
      cancelText="取消"
      okButtonProps={{ danger: true, disabled: !reason.trim() || !date, loading: mutation.isPending }}
      onOk={() => {
        if (!star) return;
        mutation.mutate({ schemeId, period, targetId, code: star.code, date: date!, reason: reason.trim() }, { onSuccess: onClose });
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="摘星原因" required>
          <Input.TextArea aria-label="摘星原因" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} placeholder="例如：列入负面清单" />
        </Form.Item>
        <Form.Item label="摘星日期" required>
          <StepDayPicker ariaLabel="摘星日期" value={date} onChange={setDate} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
