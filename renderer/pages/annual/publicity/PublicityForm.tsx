import { Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { DayPicker } from '../../../components/DayPicker';
import { publicityEndDay, type PublicityFields } from '../../../../shared/publicity';
import { paperDayText } from '../../../../shared/date-text';

/**
 * The 公示's words and dates, all editable: the texts may hold {年度} and {人数} (filled when shown
 * and printed), the period is in working days with the office's own holidays and 调休 workdays.
 */
export function PublicityForm(props: { value: PublicityFields; onChange: (patch: Partial<PublicityFields>) => void; readOnly: boolean }) {
  const { value: f, onChange: set, readOnly } = props;
  let end = '';
  try {
    end = publicityEndDay(f.start, f.workingDays, f.calendar);
  } catch {
    end = '';
  }
  const dayTags = (days: readonly string[]) => days.map((d) => ({ value: d, label: d }));
  const validDays = (days: string[]) => days.map((d) => d.trim()).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  return (
    <Form layout="horizontal" labelCol={{ flex: '96px' }} className="pub-form" disabled={readOnly}>
      <Form.Item label="标题" required>
        <Input aria-label="标题" value={f.title} onChange={(e) => set({ title: e.target.value })} maxLength={60} />
      </Form.Item>
      <Form.Item label="正文" required extra="{年度}、{人数} 在公示中自动替换为年度和公示人数">
        <Input.TextArea aria-label="正文" value={f.body} onChange={(e) => set({ body: e.target.value })} maxLength={1000} autoSize={{ minRows: 3, maxRows: 6 }} />
      </Form.Item>
      <Form.Item label="公示期" required>
        <Space wrap size={8}>
          <DayPicker ariaLabel="公示开始日期" value={f.start} onChange={(start) => start && set({ start })} width={140} />
          <span>起</span>
          <InputNumber<number> aria-label="公示工作日数" value={f.workingDays} min={1} max={30} onChange={(n) => n && set({ workingDays: n })} style={{ width: 72 }} />
          <span>个工作日，</span>
          <Typography.Text strong data-testid="publicity-end">{end ? `至${paperDayText(end)}` : '日期有误'}</Typography.Text>
        </Space>
      </Form.Item>
      <Form.Item label="节假日" extra="工作日里放假的日期（法定节假日），按 YYYY-MM-DD 输入后回车">
        <Select
          aria-label="节假日"
          mode="tags"
          value={[...f.calendar.holidays]}
          options={dayTags(f.calendar.holidays)}
          onChange={(days: string[]) => set({ calendar: { ...f.calendar, holidays: validDays(days) } })}
          tokenSeparators={[',', '，', ' ']}
          placeholder="如 2027-01-01"
        />
      </Form.Item>
      <Form.Item label="调休上班">
        <Select
          aria-label="调休上班"
          mode="tags"
          value={[...f.calendar.workdays]}
          options={dayTags(f.calendar.workdays)}
          onChange={(days: string[]) => set({ calendar: { ...f.calendar, workdays: validDays(days) } })}
          tokenSeparators={[',', '，', ' ']}
          placeholder="周末上班的日期"
        />
      </Form.Item>
      <Form.Item label="异议反映">
        <Input.TextArea aria-label="异议反映方式" value={f.objectionText} onChange={(e) => set({ objectionText: e.target.value })} maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Form.Item label="联系电话">
        <Input aria-label="联系电话" value={f.phone} onChange={(e) => set({ phone: e.target.value })} maxLength={60} style={{ maxWidth: 280 }} />
      </Form.Item>
      <Form.Item label="通信地址">
        <Input aria-label="通信地址" value={f.address} onChange={(e) => set({ address: e.target.value })} maxLength={120} />
      </Form.Item>
      <Form.Item label="落款" required>
        <Space wrap size={8}>
          <Input aria-label="落款" value={f.signer} onChange={(e) => set({ signer: e.target.value })} maxLength={60} style={{ width: 300 }} />
          <DayPicker ariaLabel="成文日期" value={f.signedOn} onChange={(signedOn) => signedOn && set({ signedOn })} width={140} />
        </Space>
      </Form.Item>
    </Form>
  );
}
