import { Alert, Form, Radio, Spin, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { NewBallotEventDialog, type NewEventValues } from '../../../components/NewBallotEventDialog';
import { errorText } from '../../../hooks/api-hooks';
import { unitReviewPresetKey } from '../../../../shared/evaluation';
import { useEvaluationPresets } from '../../../hooks/evaluation-hooks';
import { eventHref } from '../use-event-id';

/** 「新建测评」: the basics and a preset; everything else is edited on the settings page. */
export function NewEvaluationDialog(props: { open: boolean; onClose: () => void; defaultYear: number }) {
  const { open, defaultYear } = props;
  const [form] = Form.useForm<NewEventValues>();
  const presets = useEvaluationPresets();
  // a 科室评议 is created from its own list (能力作风建设 → 科室评议), with its 评议周期
  const choices = useMemo(() => presets.data?.filter((p) => p.key !== unitReviewPresetKey), [presets.data]);

  // the presets may arrive after the dialog opened
  useEffect(() => {
    if (open && choices && !form.getFieldValue('presetKey')) form.setFieldValue('presetKey', choices[0]?.key);
  }, [open, choices, form]);

  return (
    <NewBallotEventDialog
      kind="evaluation"
      form={form}
      open={open}
      onClose={props.onClose}
      title="新建测评"
      width={880}
      labels={{ name: '测评名称', year: '考核年度', date: '测评日期' }}
      unitExtra="印在测评票标题中：“单位名称＋年度＋干部述职测评票”"
      initial={() => ({ name: `${defaultYear}年度干部述职测评`, year: defaultYear, presetKey: choices?.[0]?.key })}
      success="已新建测评，请设置测评对象和评委类别"
      after={(id) => eventHref('setup', id)}
      formProps={{ className: 'new-evaluation-form' }}
      preset={
        <Form.Item label="测评方案" required>
          {presets.isPending && <Spin />}
          {presets.isError && <Alert type="error" showIcon title={errorText(presets.error)} />}
          <Form.Item name="presetKey" noStyle rules={[{ required: true, message: '请选择测评方案' }]}>
            <Radio.Group className="preset-choice">
              {(choices ?? []).map((p) => (
                <Radio key={p.key} value={p.key} className="preset-option">
                  <Typography.Text strong>{p.name}</Typography.Text>
                  <div className="preset-description">{p.description}</div>
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        </Form.Item>
      }
    />
  );
}
