import { Input } from 'antd';
import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import { recommendationKindLabels, recommendationPresetNames, type RecommendationConfig, type RecommendationPresetKey } from '../../../../shared/recommendation';
import { EventBasicsForm, type BasicsDraft } from '../../../components/EventBasicsForm';

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
  const { event, config, onConfig, readOnly } = props;
  return (
    <EventBasicsForm
      year={event.year}
      draft={props.draft}
      onChange={props.onChange}
      readOnly={readOnly}
      labels={{ name: '名称', year: '年度', date: '日期' }}
      labelWidth={130}
      maxWidth={820}
      more={[
        { key: 'preset', label: '推荐方案', children: `${presetName(event.presetKey)}（${recommendationKindLabels[config.kind]}）` },
        {
          key: 'title',
          label: '推荐票标题',
          children: <Input value={config.title} maxLength={60} disabled={readOnly} aria-label="推荐票标题" onChange={(e) => onConfig({ ...config, title: e.target.value })} />,
        },
        {
          key: 'ruleText',
          label: '填票说明',
          children: (
            <>
              <Input.TextArea
                value={config.ruleText}
                maxLength={600}
                autoSize={{ minRows: 3, maxRows: 5 }}
                disabled={readOnly}
                aria-label="填票说明"
                onChange={(e) => onConfig({ ...config, ruleText: e.target.value })}
              />
              <div className="setup-note">印在推荐票标题下方；每个职位的限推人数由程序另行印出。</div>
            </>
          ),
        },
      ]}
    />
  );
}
