import { InputNumber, Select, Space, Switch } from 'antd';
import type { EvaluationConfig } from '../../../../shared/evaluation/config';
import { quorumChoices, quorumOf } from './red-line-choices';
import { RulesBallotSection } from './RulesBallotSection';
import { RulesRedLines } from './RulesRedLines';
import { ScoreBandsRow } from './ScoreBandsRow';
import { SetupRow } from './SetupRow';

type Props = { config: EvaluationConfig; onChange: (next: EvaluationConfig) => void; readOnly: boolean };

/** 到会要求: the share of 应到 that must attend, strictly over or at least. */
function QuorumRow({ config, onChange, readOnly }: Props) {
  const setQuorum = (patch: Partial<EvaluationConfig['quorum']>) => onChange({ ...config, quorum: { ...config.quorum, ...patch } });
  return (
    <SetupRow label="到会要求" note="实到人数未达到要求时，测评结果无效（结果页以红色提示）">
      <Space wrap>
        <span>实到人数须</span>
        <Select
          aria-label="到会要求"
          value={config.quorum.inclusive ? 'inclusive' : 'strict'}
          disabled={readOnly}
          style={{ width: 140 }}
          onChange={(v) => setQuorum({ inclusive: v === 'inclusive' })}
          options={[
            { value: 'strict', label: '超过（＞）' },
            { value: 'inclusive', label: '达到（≥）' },
          ]}
        />
        <span>应到人数的</span>
        <Select
          aria-label="到会比例"
          value={`${config.quorum.numerator}/${config.quorum.denominator}`}
          disabled={readOnly}
          style={{ width: 150 }}
          onChange={(v) => setQuorum(quorumOf(v))}
          options={quorumChoices}
        />
      </Space>
    </SetupRow>
  );
}

/** 规则: per-ballot rules, quorum, trimmed mean, normalisation, red lines, self-rating, score bands. */
export function RulesTab(props: Props & { targetCount: number }) {
  const { config, onChange, readOnly } = props;
  return (
    <div className="setup-section">
      <RulesBallotSection {...props} />
      <QuorumRow config={config} onChange={onChange} readOnly={readOnly} />
      <SetupRow label="分组折算" note="每人得分÷本组最高得分×满分，用于不同组之间比较">
        <Space wrap>
          <Switch checked={config.normalize.enabled} disabled={readOnly} aria-label="分组折算" onChange={(v) => onChange({ ...config, normalize: { ...config.normalize, enabled: v } })} />
          <span>折算满分</span>
          <InputNumber aria-label="折算满分" value={config.normalize.fullPoints} min={1} disabled={readOnly || !config.normalize.enabled} onChange={(v) => onChange({ ...config, normalize: { ...config.normalize, fullPoints: v ?? 100 } })} suffix="分" style={{ width: 110 }} />
        </Space>
      </SetupRow>
      {config.form !== 'score' && <RulesRedLines config={config} onChange={onChange} readOnly={readOnly} />}
      <SetupRow label="本人测评" note="关闭时，测评票说明中写明“评委不对本人进行测评”">
        <Space>
          <Switch checked={config.selfRating} disabled={readOnly} aria-label="允许评委测评本人" onChange={(v) => onChange({ ...config, selfRating: v })} />
          <span>{config.selfRating ? '评委可以测评本人' : '评委不测评本人'}</span>
        </Space>
      </SetupRow>
      <ScoreBandsRow config={config} onChange={onChange} readOnly={readOnly} />
    </div>
  );
}
