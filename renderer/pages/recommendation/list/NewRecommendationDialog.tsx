import { Form, Radio, Typography } from 'antd';
import { useRef } from 'react';
import { recommendationPresetKeys, recommendationPresetNames } from '../../../../shared/recommendation';
import { NewBallotEventDialog, type NewEventValues } from '../../../components/NewBallotEventDialog';
import { presetDescriptions, presetEventName } from '../common/recommendation-labels';
import { recommendationHref } from '../recommendation-href';

/** 「新建推荐」: a preset and the basics; posts, candidates and 评委类别 are set on the settings page. */
export function NewRecommendationDialog(props: { open: boolean; onClose: () => void; defaultYear: number }) {
  const { defaultYear } = props;
  const [form] = Form.useForm<NewEventValues>();
  // the name follows the preset and the year until the user types one
  const nameTyped = useRef(false);

  const onValuesChange = (changed: Partial<NewEventValues>, all: NewEventValues) => {
    if ('name' in changed) nameTyped.current = true;
    if (('presetKey' in changed || 'year' in changed) && !nameTyped.current && all.presetKey && all.year) {
      form.setFieldValue('name', presetEventName(all.presetKey, all.year));
    }
  };

  return (
    <NewBallotEventDialog
      kind="recommendation"
      form={form}
      open={props.open}
      onClose={props.onClose}
      title="新建推荐"
      width={720}
      labels={{ name: '名称', year: '年度', date: '日期' }}
      initial={() => {
        nameTyped.current = false;
        return { presetKey: 'meeting', name: presetEventName('meeting', defaultYear), year: defaultYear };
      }}
      onValuesChange={onValuesChange}
      success="已新建推荐，请设置推荐职位、候选人和评委类别"
      after={(id) => `${recommendationHref('setup', id)}&tab=posts`}
      formProps={{ name: 'new-recommendation' }}
      presetFirst
      preset={
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
      }
    />
  );
}
