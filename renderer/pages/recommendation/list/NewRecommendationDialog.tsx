import { Alert, DatePicker, Form, Input, InputNumber, Modal, Radio, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useEffectEvent, useRef } from 'react';
import { recommendationPresetKeys, recommendationPresetNames } from '../../../../shared/recommendation';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';
import { useUnits } from '../../../hooks/data-hooks';
import { navigate } from '../../../router/hash-router';
import { presetDescriptions, presetEventName } from '../common/recommendation-labels';
import { recommendationHref } from '../recommendation-href';

interface NewValues {
  presetKey: string;
  name: string;
  year: number;
  date: Dayjs | null;
  unitTitle: string;
}

/** 「新建推荐」: a preset and the basics; posts, candidates and 评委类别 are set on the settings page. */
export function NewRecommendationDialog(props: { open: boolean; onClose: () => void; defaultYear: number }) {
  const { open, onClose, defaultYear } = props;
  const [form] = Form.useForm<NewValues>();
  const units = useUnits();
  const create = useChannelMutation('recommendation.create', { success: '已新建推荐，请设置推荐职位、候选人和评委类别', showError: false });
  const rootUnit = units.data?.find((u) => u.parentId === null)?.name ?? '';
  // the name follows the preset and the year until the user types one
  const nameTyped = useRef(false);

  const fillIn = useEffectEvent(() => {
    create.reset();
    nameTyped.current = false;
    form.setFieldsValue({ presetKey: 'meeting', name: presetEventName('meeting', defaultYear), year: defaultYear, date: dayjs(), unitTitle: rootUnit });
  });
  useEffect(() => {
    if (open) fillIn();
  }, [open]);

  const onValuesChange = (changed: Partial<NewValues>, all: NewValues) => {
    if ('name' in changed) nameTyped.current = true;
    if (('presetKey' in changed || 'year' in changed) && !nameTyped.current && all.presetKey && all.year) {
      form.setFieldValue('name', presetEventName(all.presetKey, all.year));
    }
  };

  const submit = async () => {
    const v = await form.validateFields();
    const event = await create
      .mutateAsync({ name: v.name.trim(), year: v.year, date: v.date!.format('YYYY-MM-DD'), unitTitle: v.unitTitle.trim(), presetKey: v.presetKey })
      .catch(() => null);
    if (event) {
      onClose();
      navigate(`${recommendationHref('setup', event.id)}&tab=posts`);
    }
  };

  return (
    <Modal
      open={open}
      title="新建推荐"
      width={720}
      okText="创建"
      cancelText="取消"
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={create.isPending}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} name="new-recommendation" layout="horizontal" labelCol={{ span: 4 }} wrapperCol={{ span: 20 }} requiredMark={false} onValuesChange={onValuesChange}>
        <Form.Item label="推荐方案" name="presetKey" rules={[{ required: true, message: '请选择推荐方案' }]}>
          <Radio.Group className="rec-preset-choice">
            {recommendationPresetKeys.map((key) => (
              <Radio key={key} value={key} className="preset-option">
                <Typography.Text strong>{recommendationPresetNames[key]}</Typography.Text>
                <div className="preset-description">{presetDescriptions[key]}</div>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item label="名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写名称' }, { max: 60, message: '名称不超过60字' }]}>
          <Input aria-label="名称" />
        </Form.Item>
        <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber aria-label="年度" min={2000} max={2100} precision={0} style={{ width: 160 }} suffix="年度" />
        </Form.Item>
        <Form.Item label="日期" name="date" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker aria-label="日期" format="YYYY-MM-DD" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="单位名称" name="unitTitle" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }, { max: 40, message: '单位名称不超过40字' }]}>
          <Input aria-label="单位名称" />
        </Form.Item>
        {units.isPending && <Spin size="small" />}
        {create.isError && <Alert type="error" showIcon title={errorText(create.error)} />}
      </Form>
    </Modal>
  );
}
