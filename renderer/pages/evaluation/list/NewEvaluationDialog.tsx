import { Alert, DatePicker, Form, Input, InputNumber, Modal, Radio, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useEffectEvent } from 'react';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';
import { useUnits } from '../../../hooks/data-hooks';
import { useEvaluationPresets } from '../../../hooks/evaluation-hooks';
import { navigate } from '../../../router/hash-router';
import { eventHref } from '../use-event-id';

interface NewEventValues {
  name: string;
  year: number;
  date: Dayjs | null;
  unitTitle: string;
  presetKey: string;
}

/** 「新建测评」: the basics and a preset; everything else is edited on the settings page. */
export function NewEvaluationDialog(props: { open: boolean; onClose: () => void; defaultYear: number }) {
  const { open, onClose, defaultYear } = props;
  const [form] = Form.useForm<NewEventValues>();
  const presets = useEvaluationPresets();
  const units = useUnits();
  const create = useChannelMutation('evaluation.create', { success: '已新建测评，请设置测评对象和评委类别', showError: false });
  const rootUnit = units.data?.find((u) => u.parentId === null)?.name ?? '';

  // only when the dialog opens; later changes of the lists must not overwrite what was typed
  const fillIn = useEffectEvent(() => {
    create.reset();
    form.setFieldsValue({
      name: `${defaultYear}年度干部述职测评`,
      year: defaultYear,
      date: dayjs(),
      unitTitle: rootUnit,
      presetKey: presets.data?.[0]?.key,
    });
  });
  useEffect(() => {
    if (open) fillIn();
  }, [open]);

  useEffect(() => {
    if (open && presets.data && !form.getFieldValue('presetKey')) form.setFieldValue('presetKey', presets.data[0]?.key);
  }, [open, presets.data, form]);

  const submit = async () => {
    const v = await form.validateFields();
    const event = await create.mutateAsync({ name: v.name, year: v.year, date: v.date!.format('YYYY-MM-DD'), unitTitle: v.unitTitle, presetKey: v.presetKey }).catch(() => null);
    if (event) {
      onClose();
      navigate(eventHref('setup', event.id));
    }
  };

  return (
    <Modal
      open={open}
      title="新建测评"
      width={880}
      okText="创建"
      cancelText="取消"
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={create.isPending}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} layout="horizontal" labelCol={{ span: 4 }} wrapperCol={{ span: 20 }} requiredMark={false} className="new-evaluation-form">
        <Form.Item label="测评名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写测评名称' }, { max: 60, message: '测评名称不超过60字' }]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item label="考核年度" name="year" rules={[{ required: true, message: '请填写考核年度' }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} suffix="年度" />
        </Form.Item>
        <Form.Item label="测评日期" name="date" rules={[{ required: true, message: '请选择测评日期' }]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          label="单位名称"
          name="unitTitle"
          extra="印在测评票标题中：“单位名称＋年度＋干部述职测评票”"
          rules={[{ required: true, whitespace: true, message: '请填写单位名称' }, { max: 40, message: '单位名称不超过40字' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="测评方案" required>
          {presets.isPending && <Spin />}
          {presets.isError && <Alert type="error" showIcon title={errorText(presets.error)} />}
          <Form.Item name="presetKey" noStyle rules={[{ required: true, message: '请选择测评方案' }]}>
            <Radio.Group className="preset-choice">
              {(presets.data ?? []).map((p) => (
                <Radio key={p.key} value={p.key} className="preset-option">
                  <Typography.Text strong>{p.name}</Typography.Text>
                  <div className="preset-description">{p.description}</div>
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        </Form.Item>
        {create.isError && <Alert type="error" showIcon title={errorText(create.error)} />}
      </Form>
    </Modal>
  );
}
