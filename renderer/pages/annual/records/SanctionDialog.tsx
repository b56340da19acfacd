import { Checkbox, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { sanctionPeriodEnd } from '../../../../shared/annual/sanction-period';
import { sanctionTypes, type AnnualRules, type SanctionType } from '../../../../shared/annual/rules';
import type { Participant } from '../../../../shared/annual/views';
import { DayPicker } from '../../../components/DayPicker';
import { ParticipantSelect } from '../../../components/ParticipantSelect';
import { today } from '../../../components/step-dates';
import { RecordModal, useRecordDialog } from '../../../components/RecordModal';

interface Draft {
  personId: number | undefined;
  type: SanctionType | undefined;
  decidedOn: string | null;
  /** null: no end (开除) */
  months: number | null;
  documentNo: string;
  reason: string;
}

const emptyDraft = (): Draft => ({ personId: undefined, type: undefined, decidedOn: today(), months: null, documentNo: '', reason: '' });

/** 新增处分: who, which 处分, decided when, for how long (the rules' period for the type unless changed), 文号, 事由. */
export function SanctionDialog(props: { year: number; rules: AnnualRules; open: boolean; onClose: () => void; participants: readonly Participant[] }) {
  const { year, rules, open, onClose, participants } = props;
  const { draft, set, modal } = useRecordDialog({
    open,
    onClose,
    emptyDraft,
    channel: 'annual.addSanction',
    success: '已新增处分记录',
    toInput: (d) =>
      d.personId !== undefined && d.type !== undefined && d.decidedOn !== null
        ? { year, personId: d.personId, type: d.type, decidedOn: d.decidedOn, months: d.months, documentNo: d.documentNo.trim(), reason: d.reason.trim() }
        : null,
  });
  const pickType = (type: SanctionType) => set({ type, months: rules.sanctionMonths[type] ?? null });
  const end = draft.decidedOn && draft.type ? sanctionPeriodEnd(draft.decidedOn, draft.months) : null;

  return (
    <RecordModal title="新增处分" {...modal}>
      <Form layout="horizontal" labelCol={{ flex: '88px' }} className="records-form">
        <Form.Item label="受处分人" required>
          <ParticipantSelect participants={participants} value={draft.personId} onChange={(personId) => set({ personId })} ariaLabel="受处分人" placeholder="输入姓名或单位查找" notFound="本年度考核对象中没有找到" />
        </Form.Item>
        <Form.Item label="处分种类" required>
          <Select<SanctionType>
            aria-label="处分种类"
            value={draft.type}
            onChange={pickType}
            options={sanctionTypes.map((t) => ({ value: t, label: t }))}
            placeholder="请选择"
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item label="决定日期" required>
          <DayPicker ariaLabel="决定日期" value={draft.decidedOn} onChange={(decidedOn) => set({ decidedOn })} />
        </Form.Item>
        <Form.Item label="处分期间">
          <Space wrap>
            <InputNumber<number>
              aria-label="处分期间（月）"
              value={draft.months}
              onChange={(months) => set({ months: months ?? null })}
              min={1}
              max={120}
              precision={0}
              disabled={!draft.type || draft.months === null}
              suffix="个月"
              style={{ width: 120 }}
            />
            <Checkbox disabled={!draft.type} checked={draft.type !== undefined && draft.months === null} onChange={(e) => set({ months: e.target.checked ? null : (draft.type ? rules.sanctionMonths[draft.type] : null) ?? 12 })}>
              无期限
            </Checkbox>
            {draft.type && draft.decidedOn && (
              <Typography.Text type="secondary">{end ? `至${end}` : '无截止日期'}</Typography.Text>
            )}
          </Space>
        </Form.Item>
        <Form.Item label="文号">
          <Input aria-label="文号" value={draft.documentNo} onChange={(e) => set({ documentNo: e.target.value })} maxLength={60} placeholder="如：某纪发〔2026〕12号" />
        </Form.Item>
        <Form.Item label="事由">
          <Input.TextArea aria-label="处分事由" value={draft.reason} onChange={(e) => set({ reason: e.target.value })} maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
      {draft.type && <Typography.Paragraph type="secondary">处分期间默认按本年度考核方案：{draft.type}{rules.sanctionMonths[draft.type] == null ? '无期限' : `${rules.sanctionMonths[draft.type]}个月`}。</Typography.Paragraph>}
    </RecordModal>
  );
}
