import { Form, Typography } from 'antd';
import { useRef } from 'react';
import { reviewPeriodLabel, reviewPeriodOf, unitReviewPresetKey } from '../../../../shared/evaluation';
import { NewBallotEventDialog, type NewEventValues } from '../../../components/NewBallotEventDialog';
import { eventHref } from '../use-event-id';
import { ReviewPeriodField } from './ReviewPeriodField';

const autoName = (period: string) => `${reviewPeriodLabel(period)}科室评议`;

/** The month to start from: this month in this year, else the year's first. */
function firstPeriod(year: number): string {
  const today = new Date().toISOString().slice(0, 10);
  return Number(today.slice(0, 4)) === year ? reviewPeriodOf(today, 'month') : `${year}-01`;
}

/** 「新建科室评议」: the basics, the 评议周期 and the 科室评议 preset; the units are chosen on the settings page. */
export function NewUnitReviewDialog(props: { open: boolean; onClose: () => void; defaultYear: number }) {
  const { defaultYear } = props;
  const [form] = Form.useForm<NewEventValues>();
  const year = Form.useWatch('year', form) ?? defaultYear;

  // the period follows the year; the name follows the period until the clerk writes their own
  const lastAuto = useRef('');
  const onValuesChange = (changed: Partial<NewEventValues>, all: NewEventValues) => {
    if (changed.year === undefined && changed.reviewPeriod === undefined) return;
    let period = all.reviewPeriod;
    if (changed.year && period && Number(period.slice(0, 4)) !== changed.year) {
      period = `${changed.year}${period.slice(4)}`;
      form.setFieldValue('reviewPeriod', period);
    }
    if (period && (!all.name?.trim() || all.name === lastAuto.current)) {
      lastAuto.current = autoName(period);
      form.setFieldValue('name', lastAuto.current);
    }
  };

  return (
    <NewBallotEventDialog
      kind="evaluation"
      form={form}
      open={props.open}
      onClose={props.onClose}
      title="新建科室评议"
      width={640}
      labels={{ name: '评议名称', year: '考核年度', date: '评议日期' }}
      unitExtra="印在评议票标题中：“单位名称＋评议周期＋科室评议票”"
      initial={() => {
        const period = firstPeriod(defaultYear);
        lastAuto.current = autoName(period);
        return { name: lastAuto.current, year: defaultYear, presetKey: unitReviewPresetKey, reviewPeriod: period };
      }}
      onValuesChange={onValuesChange}
      success="已新建科室评议，请选择参加评议的科室和单位"
      after={(id) => eventHref('setup', id)}
      formProps={{ className: 'new-unit-review-form' }}
      preset={
        <>
          <Form.Item name="presetKey" hidden>
            <input />
          </Form.Item>
          <Form.Item label="评议周期" name="reviewPeriod" rules={[{ required: true, message: '请选择评议周期' }]} extra="评议得分计入该月（季度评议计入该季度各月）的月度通报">
            <ReviewPeriodField year={year} />
          </Form.Item>
          <Form.Item label="评议方案">
            <Typography.Text>满意、基本满意、不满意、不了解（100/70/40/0分）；评委分领导班子成员、机关干部职工、服务对象代表，可在设置中修改</Typography.Text>
          </Form.Item>
        </>
      }
    />
  );
}
