import { DatePicker, Descriptions, Input } from 'antd';
import dayjs from 'dayjs';
import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import { recommendationKindLabels, recommendationPresetNames, type RecommendationConfig, type RecommendationPresetKey } from '../../../../shared/recommendation';
import { yearLabel } from '../common/recommendation-labels';

export interface BasicsDraft {
  readonly name: string;
  readonly date: string;
  readonly unitTitle: string;
}

const presetName = (key: string) => recommendationPresetNames[key as RecommendationPresetKey] ?? '自定义';

/** 基本信息: name, date, unit, the ballot's title and 填票说明; the year and the ballot kind are fixed at creation. */
export function BasicsTab(props: {
  event: RecommendationEvent;
  draft: BasicsDraft;
  config: RecommendationConfig;
  onChange: (next: BasicsDraft) => void;
  onConfig: (next: RecommendationConfig) => void;
  readOnly: boolean;
}) {
  const { event, draft, config, onChange, onConfig, readOnly } = props;
  return (
    <div className="setup-section">
      <Descriptions column={1} bordered size="small" styles={{ label: { width: 130 } }} style={{ maxWidth: 820 }}>
        <Descriptions.Item label="名称">
          <Input value={draft.name} maxLength={60} disabled={readOnly} aria-label="名称" onChange={(e) => onChange({ ...draft, name: e.target.value })} />
        </Descriptions.Item>
        <Descriptions.Item label="年度">{yearLabel(event.year)}</Descriptions.Item>
        <Descriptions.Item label="日期">
          <DatePicker
            aria-label="日期"
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
        <Descriptions.Item label="推荐方案">
          {presetName(event.presetKey)}（{recommendationKindLabels[config.kind]}）
        </Descriptions.Item>
        <Descriptions.Item label="推荐票标题">
          <Input value={config.title} maxLength={60} disabled={readOnly} aria-label="推荐票标题" onChange={(e) => onConfig({ ...config, title: e.target.value })} />
        </Descriptions.Item>
        <Descriptions.Item label="填票说明">
          <Input.TextArea
            value={config.ruleText}
            maxLength={600}
            autoSize={{ minRows: 3, maxRows: 5 }}
            disabled={readOnly}
            aria-label="填票说明"
            onChange={(e) => onConfig({ ...config, ruleText: e.target.value })}
          />
          <div className="setup-note">印在推荐票标题下方；每个职位的限推人数由程序另行印出。</div>
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
