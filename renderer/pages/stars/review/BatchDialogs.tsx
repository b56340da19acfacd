import { Alert, Checkbox, Form, Input, Modal, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { StarItem } from '../../../../shared/stars/scheme';
import type { GridRow, ReviewPeriodView } from '../../../../shared/stars/views';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { StepDayPicker } from '../../../components/DayPicker';
import { defaultStepDate } from '../../../components/step-dates';

interface BatchProps {
  open: boolean;
  onClose: () => void;
  schemeId: number;
  period: number;
  periodView: ReviewPeriodView;
  items: readonly StarItem[];
  rows: readonly GridRow[];
}

/** 批量申报: the chosen stars are added to each selected target's claims (existing claims stay). */
export function BatchClaimDialog({ open, onClose, schemeId, period, periodView, items, rows }: BatchProps) {
  const [codes, setCodes] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const mutation = useChannelMutation('stars.selfAssess', { success: (r) => `已为 ${r.saved} 个对象申报` });
  const eligible = rows.filter((r) => !r.disqualified);
  useEffect(() => {
    if (open) {
      setCodes([]);
      setNote('');
      setDate(defaultStepDate(periodView));
    }
  }, [open, periodView]);
  return (
    <Modal
      title={`批量申报（自评）：${eligible.length} 个对象`}
      open={open}
      onCancel={onClose}
      okText="申报"
      cancelText="取消"
      width={640}
      okButtonProps={{ disabled: codes.length === 0 || !date || eligible.length === 0, loading: mutation.isPending }}
      onOk={() => {
        const order = items.map((i) => i.code);
        const entries = eligible.map((row) => {
          const kept = new Map(row.cells.filter((c) => c.claimed).map((c) => [c.code, c.claimNote]));
          for (const code of codes) if (!kept.has(code)) kept.set(code, note.trim());
          return { targetId: row.targetId, claims: order.filter((c) => kept.has(c)).map((code) => ({ code, note: kept.get(code) ?? '' })) };
        });
        mutation.mutate({ schemeId, period, date: date!, entries }, { onSuccess: onClose });
      }}
      destroyOnHidden
    >
      {eligible.length < rows.length && <Alert type="warning" showIcon title={`${rows.length - eligible.length} 个对象不得参评，不予申报`} style={{ marginBottom: 12 }} />}
      <Form layout="vertical">
        <Form.Item label="申报星目" required>
          <Checkbox.Group value={codes} onChange={(v) => setCodes(v as string[])} options={items.map((i) => ({ value: i.code, label: i.name }))} className="star-checks" />
        </Form.Item>
        <Form.Item label="申报说明">
          <Input.TextArea aria-label="申报说明" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
        <Form.Item label="自评日期" required>
          <StepDayPicker ariaLabel="自评日期" value={date} onChange={setDate} />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">须附佐证的星目，请在对象详情中上传佐证材料。</Typography.Text>
    </Modal>
  );
}

/** 批量评定: award or refuse the claimed stars of every selected target (a refusal needs a reason). */
export function BatchDecideDialog({ open, onClose, schemeId, period, periodView, items, rows }: BatchProps) {
  const [decision, setDecision] = useState<'award' | 'refuse'>('award');
  const [scope, setScope] = useState<'undecided' | 'chosen'>('undecided');
  const [codes, setCodes] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const mutation = useChannelMutation('stars.decide', { success: (r) => `已评定 ${r.saved} 个对象` });
  useEffect(() => {
    if (open) {
      setDecision('award');
      setScope('undecided');
      setCodes([]);
      setReason('');
      setDate(defaultStepDate(periodView));
    }
  }, [open, periodView]);
  const entries = rows
    .filter((r) => !r.disqualified)
    .map((row) => ({
      targetId: row.targetId,
      decisions: row.cells
        .filter((c) => c.claimed && c.state !== 'held' && c.state !== 'removed' && (scope === 'undecided' ? c.decision === null : codes.includes(c.code)))
        .map((c) => ({ code: c.code, decision, reason: decision === 'refuse' ? reason.trim() : '' })),
    }))
    .filter((e) => e.decisions.length > 0);
  const stars = entries.reduce((n, e) => n + e.decisions.length, 0);
  return (
    <Modal
      title={`批量评定（支部评定）：已选 ${rows.length} 个对象`}
      open={open}
      onCancel={onClose}
      okText={`评定 ${stars} 颗星`}
      cancelText="取消"
      width={640}
      okButtonProps={{ disabled: stars === 0 || !date || (decision === 'refuse' && !reason.trim()), danger: decision === 'refuse', loading: mutation.isPending }}
      onOk={() => mutation.mutate({ schemeId, period, date: date!, entries }, { onSuccess: onClose })}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="评定结果">
          <Radio.Group value={decision} onChange={(e) => setDecision(e.target.value as 'award' | 'refuse')}>
            <Radio value="award">通过</Radio>
            <Radio value="refuse">不通过</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item label="评定范围">
          <Radio.Group value={scope} onChange={(e) => setScope(e.target.value as 'undecided' | 'chosen')}>
            <Radio value="undecided">已申报、尚未评定的全部星目</Radio>
            <Radio value="chosen">指定星目（仅限已申报的）</Radio>
          </Radio.Group>
        </Form.Item>
        {scope === 'chosen' && (
          <Form.Item label="星目">
            <Checkbox.Group value={codes} onChange={(v) => setCodes(v as string[])} options={items.map((i) => ({ value: i.code, label: i.name }))} className="star-checks" />
          </Form.Item>
        )}
        {decision === 'refuse' && (
          <Form.Item label="不通过原因" required>
            <Input.TextArea aria-label="不通过原因" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoSize={{ minRows: 1, maxRows: 3 }} />
          </Form.Item>
        )}
        <Form.Item label="评定日期" required>
          <StepDayPicker ariaLabel="评定日期" value={date} onChange={setDate} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
