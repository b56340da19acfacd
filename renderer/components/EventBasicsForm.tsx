import { DatePicker, Descriptions, Input, type DescriptionsProps } from 'antd';
import dayjs from 'dayjs';
import { yearLabel } from './ballot-event-labels';
import './ballot-event.css';

/** What 基本信息 edits of a ballot event; the year is fixed at creation. */
export interface BasicsDraft {
  readonly name: string;
  readonly date: string;
  readonly unitTitle: string;
}

/** What must be filled before the settings are sent, in the order the page lists them. */
export function basicsProblems(basics: BasicsDraft, nameLabel: string): string[] {
  const problems: string[] = [];
  if (!basics.unitTitle.trim()) problems.push('请填写单位名称');
  if (!basics.name.trim()) problems.push(`请填写${nameLabel}`);
  return problems;
}

/**
 * 基本信息 of a 测评 or 推荐: name, year, date and 单位名称, then what the kind adds (the ballot's
 * title, the preset). `labels` names the first three in the feature's words: 测评名称 / 名称.
 */
export function EventBasicsForm(props: {
  year: number;
  draft: BasicsDraft;
  onChange: (next: BasicsDraft) => void;
  readOnly: boolean;
  labels: { readonly name: string; readonly year: string; readonly date: string };
  labelWidth: number;
  maxWidth: number;
  more: NonNullable<DescriptionsProps['items']>;
}) {
  const { draft, onChange, readOnly, labels } = props;
  const items: DescriptionsProps['items'] = [
    {
      key: 'name',
      label: labels.name,
      children: <Input value={draft.name} maxLength={60} disabled={readOnly} aria-label={labels.name} onChange={(e) => onChange({ ...draft, name: e.target.value })} />,
    },
    { key: 'year', label: labels.year, children: yearLabel(props.year) },
    {
      key: 'date',
      label: labels.date,
      children: (
        <DatePicker
          aria-label={labels.date}
          value={draft.date ? dayjs(draft.date) : null}
          format="YYYY-MM-DD"
          allowClear={false}
          disabled={readOnly}
          onChange={(d) => d && onChange({ ...draft, date: d.format('YYYY-MM-DD') })}
        />
      ),
    },
    {
      key: 'unitTitle',
      label: '单位名称',
      children: <Input value={draft.unitTitle} maxLength={40} disabled={readOnly} aria-label="单位名称" onChange={(e) => onChange({ ...draft, unitTitle: e.target.value })} />,
    },
    ...props.more,
  ];
  return (
    <div className="setup-section">
      <Descriptions column={1} bordered size="small" styles={{ label: { width: props.labelWidth } }} style={{ maxWidth: props.maxWidth }} items={items} />
    </div>
  );
}
