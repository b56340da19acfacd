import { Alert, Form, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ReviewPeriodView } from '../../../../shared/stars/views';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useEvaluationList } from '../../../hooks/evaluation-hooks';
import { StepDayPicker } from '../../../components/DayPicker';
import { defaultStepDate } from '../../../components/step-dates';

/** 民主测评 taken from a 述职测评 event: each target's overall score for every claimed star. */
export function VotesFromEvaluationDialog(props: { open: boolean; onClose: () => void; schemeId: number; period: number; periodView: ReviewPeriodView; year: number }) {
  const { open, onClose, schemeId, period, periodView, year } = props;
  const events = useEvaluationList(year);
  const [evaluationId, setEvaluationId] = useState<number | undefined>();
  const [date, setDate] = useState<string | null>(null);
  const mutation = useChannelMutation('stars.votesFromEvaluation', { success: (r) => `已引用 ${r.saved} 个对象的测评得分${r.skipped > 0 ? `，${r.skipped} 个对象未申报或不在测评名单中` : ''}` });
  useEffect(() => {
    if (open) {
      setEvaluationId(undefined);
      setDate(defaultStepDate(periodView));
    }
  }, [open, periodView]);
  const list = events.data ?? [];
  return (
    <Modal
      title="引用述职测评结果"
      open={open}
      onCancel={onClose}
      okText="引用"
      cancelText="取消"
      okButtonProps={{ disabled: evaluationId === undefined || !date, loading: mutation.isPending }}
      onOk={() => mutation.mutate({ schemeId, period, evaluationId: evaluationId!, date: date! }, { onSuccess: onClose })}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">将所选述职测评中每名对象的综合得分，记为其本期已申报星目的民主测评得分；未申报的对象不受影响。</Typography.Paragraph>
      {events.data && list.length === 0 && <Alert type="info" showIcon title={`${year}年度没有述职测评`} style={{ marginBottom: 12 }} />}
      <Form layout="vertical">
        <Form.Item label="述职测评" required>
          <Select aria-label="述职测评" value={evaluationId} onChange={setEvaluationId} options={list.map((e) => ({ value: e.id, label: `${e.name}（${e.date}）` }))} placeholder="请选择" />
        </Form.Item>
        <Form.Item label="测评日期" required>
          <StepDayPicker ariaLabel="测评日期" value={date} onChange={setDate} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
