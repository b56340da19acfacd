import { Alert, DatePicker, Form, Input, InputNumber, Modal, Spin, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useEffectEvent, type ReactNode } from 'react';
import { errorText, useChannelMutation } from '../hooks/api-hooks';
import { useUnits } from '../hooks/data-hooks';
import { navigate } from '../router/hash-router';
import type { BallotEventKind } from './BallotStatusControls';
import './ballot-event.css';

export interface NewEventValues {
  name: string;
  year: number;
  date: Dayjs | null;
  unitTitle: string;
  presetKey: string;
  /** a 科室评议's 评议周期 (its dialog has the field; the others have none) */
  reviewPeriod?: string;
}

/**
 * 「新建测评」 / 「新建推荐」: name, year, date, 单位名称 and a preset (`preset`, a Form.Item named
 * presetKey, first or last); everything else is edited on the settings page, where `after` leads.
 */
export function NewBallotEventDialog(props: {
  kind: BallotEventKind;
  form: FormInstance<NewEventValues>;
  open: boolean;
  onClose: () => void;
  title: string;
  width: number;
  labels: { readonly name: string; readonly year: string; readonly date: string };
  /** under 单位名称 */
  unitExtra?: string;
  preset: ReactNode;
  presetFirst?: boolean;
  /** the values when the dialog opens (not later: a list that changes must not overwrite what was typed) */
  initial: (rootUnit: string) => Partial<NewEventValues>;
  onValuesChange?: (changed: Partial<NewEventValues>, all: NewEventValues) => void;
  success: string;
  /** the page the new event opens on */
  after: (id: number) => string;
  formProps?: { name?: string; className?: string };
}) {
  const { form, open, onClose, labels } = props;
  const units = useUnits();
  const create = useChannelMutation(`${props.kind}.create`, { success: props.success, showError: false });
  const rootUnit = units.data?.find((u) => u.parentId === null)?.name ?? '';

  const fillIn = useEffectEvent(() => {
    create.reset();
    form.setFieldsValue({ date: dayjs(), unitTitle: rootUnit, ...props.initial(rootUnit) });
  });
  useEffect(() => {
    if (open) fillIn();
  }, [open]);

  const submit = async () => {
    const v = await form.validateFields();
    const event = await create.mutateAsync({ name: v.name.trim(), year: v.year, date: v.date!.format('YYYY-MM-DD'), unitTitle: v.unitTitle.trim(), presetKey: v.presetKey, ...(v.reviewPeriod ? { reviewPeriod: v.reviewPeriod } : {}) }).catch(() => null);
    if (event) {
      onClose();
      navigate(props.after(event.id));
    }
  };

  return (
    <Modal
      open={open}
      title={props.title}
      width={props.width}
      okText="创建"
      cancelText="取消"
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={create.isPending}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} {...props.formProps} layout="horizontal" labelCol={{ span: 4 }} wrapperCol={{ span: 20 }} requiredMark={false} onValuesChange={props.onValuesChange}>
        {props.presetFirst && props.preset}
        <Form.Item label={labels.name} name="name" rules={[{ required: true, whitespace: true, message: `请填写${labels.name}` }, { max: 60, message: `${labels.name}不超过60字` }]}>
          <Input aria-label={labels.name} autoFocus={!props.presetFirst} />
        </Form.Item>
        <Form.Item label={labels.year} name="year" rules={[{ required: true, message: `请填写${labels.year}` }]}>
          <InputNumber aria-label={labels.year} min={2000} max={2100} precision={0} style={{ width: 160 }} suffix="年度" />
        </Form.Item>
        <Form.Item label={labels.date} name="date" rules={[{ required: true, message: `请选择${labels.date}` }]}>
          <DatePicker aria-label={labels.date} format="YYYY-MM-DD" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="单位名称" name="unitTitle" extra={props.unitExtra} rules={[{ required: true, whitespace: true, message: '请填写单位名称' }, { max: 40, message: '单位名称不超过40字' }]}>
          <Input aria-label="单位名称" />
        </Form.Item>
        {!props.presetFirst && props.preset}
        {units.isPending && <Spin size="small" />}
        {create.isError && <Alert type="error" showIcon title={errorText(create.error)} />}
      </Form>
    </Modal>
  );
}
