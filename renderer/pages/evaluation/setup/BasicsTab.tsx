import { DatePicker, Descriptions, Input } from 'antd';
import dayjs from 'dayjs';
import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
import { ballotTitle, formLabels, yearLabel } from '../evaluation-labels';
import { useEvaluationPresets } from '../../../hooks/evaluation-hooks';

export interface BasicsDraft {
  readonly name: string;
  readonly date: string;
  readonly unitTitle: string;
}

/** 基本信息: name, date and the unit in the ballot title; the year and the preset are fixed at creation. */
export function BasicsTab(props: { event: EvaluationEvent; draft: BasicsDraft; onChange: (next: BasicsDraft) => void; readOnly: boolean }) {
  const { event, draft, onChange, readOnly } = props;
  const presets = useEvaluationPresets();
  const presetName = presets.data?.find((p) => p.key === event.presetKey)?.name ?? '';
  return (
    <div className="setup-section">
      <Descriptions column={1} bordered size="small" styles={{ label: { width: 150 } }} style={{ maxWidth: 760 }}>
        <Descriptions.Item label="测评名称">
          <Input value={draft.name} maxLength={60} disabled={readOnly} aria-label="测评名称" onChange={(e) => onChange({ ...draft, name: e.target.value })} />
        </Descriptions.Item>
        <Descriptions.Item label="考核年度">{yearLabel(event.year)}</Descriptions.Item>
        <Descriptions.Item label="测评日期">
          <DatePicker
            aria-label="测评日期"
            value={draft.date ? dayjs(draft.date) : null}
            format="YYYY-MM-DD"
            allowClear={false}
            disabled={readOnly}
            onChange={(d) => d && onChange({ ...draft, date: d.format('YYYY-MM-DD') })}
          />
        </Descriptions.Item>
        <Descriptions.Item label="单位名称">
          <Input value={draft.unitTitle} maxLength={40} disabled={readOnly} aria-label="单位名称" onChange={(e) => onChange({ ...draft, unitTitle: e.target.value })} />
        </Descriptions.Item>
        <Descriptions.Item label="测评票标题">{ballotTitle(draft.unitTitle, event.year)}</Descriptions.Item>
        <Descriptions.Item label="测评方案">
          {presetName || '自定义'}（{formLabels[event.config.form]}）
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
