import { Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ReviewPeriodView } from '../../../../shared/stars/views';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { defaultStepDate } from '../../../components/step-dates';

export interface RefuseTarget {
  readonly targetIds: readonly number[];
  readonly codes: readonly string[];
  /** who, for the title */
  readonly names: string;
}

/** 支部评定「不通过」: always with a reason (it is printed on the 评星汇总表). */
export function RefuseDialog(props: { target: RefuseTarget | null; onClose: () => void; schemeId: number; period: number; periodView: ReviewPeriodView }) {
  const { target, onClose, schemeId, period, periodView } = props;
  const [reason, setReason] = useState('');
  const decide = useChannelMutation('stars.decide', { success: '已评定为不通过' });
  useEffect(() => setReason(''), [target]);
  return (
    <Modal
      title={`评定不通过：${target?.names ?? ''}`}
      open={target != null}
      onCancel={onClose}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ danger: true, disabled: !reason.trim(), loading: decide.isPending }}
      onOk={() => {
        if (!target) return;
        const entries = target.targetIds.map((targetId) => ({ targetId, decisions: target.codes.map((code) => ({ code, decision: 'refuse' as const, reason: reason.trim() })) }));
        decide.mutate({ schemeId, period, date: defaultStepDate(periodView), entries }, { onSuccess: onClose });
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="不通过原因" required>
          <Input.TextArea aria-label="不通过原因" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} autoFocus />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">原因将写入评星汇总表的备注。</Typography.Text>
    </Modal>
  );
}
