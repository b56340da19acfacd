import { Alert, Descriptions, Form, Input, Modal, Radio } from 'antd';
import { useEffect, useState } from 'react';
import type { Participant } from '../../../../shared/annual/views';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';

type Choice = 'yes' | 'no' | 'auto';

const choiceOf = (p: Participant | null): Choice => (p?.undetermined.override ?? 'auto') as Choice;

/**
 * 不定等次 of one person: the office may decide against the roster's dates (确定为不定等次 /
 * 参加定等次), with a written reason, or go back to 按花名册自动判断.
 */
export function ParticipantsUndeterminedDialog(props: { year: number; person: Participant | null; onClose: () => void }) {
  const { year, person, onClose } = props;
  const [choice, setChoice] = useState<Choice>('auto');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useChannelMutation('annual.setUndetermined', { success: (p) => `已设置：${p.name}`, showError: false });
  useEffect(() => {
    setChoice(choiceOf(person));
    setReason(person?.undetermined.overrideReason ?? '');
    setError(null);
  }, [person]);
  const needsReason = choice !== 'auto';
  const ready = !needsReason || reason.trim().length > 0;
  const computed = person?.undetermined.computed;
  return (
    <Modal
      title={person ? `不定等次：${person.name}` : '不定等次'}
      open={person != null}
      onCancel={onClose}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ disabled: !ready, loading: save.isPending }}
      onOk={() => {
        if (!person || !ready) return;
        setError(null);
        save.mutate(
          { year, personId: person.personId, override: choice === 'auto' ? null : choice, reason: needsReason ? reason.trim() : '' },
          { onSuccess: onClose, onError: (e) => setError(errorText(e)) },
        );
      }}
      destroyOnHidden
    >
      {person && (
        <Descriptions size="small" column={1} bordered className="annual-descriptions">
          <Descriptions.Item label="单位职务">{`${person.unitName}${person.post ? ` ${person.post}` : ''}`}</Descriptions.Item>
          <Descriptions.Item label="按花名册判断">{computed ? `不定等次（${computed}）` : '参加定等次（无试用期、任职时间等情形）'}</Descriptions.Item>
        </Descriptions>
      )}
      <Form layout="vertical" style={{ marginTop: 12 }}>
        <Form.Item label="认定" required>
          <Radio.Group value={choice} onChange={(e) => setChoice(e.target.value as Choice)} className="annual-radio-column">
            <Radio value="yes">确定为不定等次</Radio>
            <Radio value="no">参加定等次</Radio>
            <Radio value="auto">按花名册自动判断</Radio>
          </Radio.Group>
        </Form.Item>
        {needsReason && (
          <Form.Item label="理由" required help="例如：经党组研究，任职时间按原单位连续计算">
            <Input.TextArea aria-label="理由" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        )}
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
