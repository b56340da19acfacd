import { InputNumber, Space, Switch } from 'antd';
import type { EvaluationConfig } from '../../../../shared/evaluation/config';
import { QuorumEditor } from '../../../components/QuorumEditor';
import { SetupRow } from '../../../components/SetupRow';
import { RulesBallotSection } from './RulesBallotSection';
import { RulesRedLines } from './RulesRedLines';
import { ScoreBandsRow } from './ScoreBandsRow';

type Props = { config: EvaluationConfig; onChange: (next: EvaluationConfig) => void; readOnly: boolean };

/** 规则: per-ballot rules, quorum, trimmed mean, normalisation, red lines, self-rating, score bands. */
export function RulesTab(props: Props & { targetCount: number }) {
  const { config, onChange, readOnly } = props;
  return (
    <div className="setup-section">
      <RulesBallotSection {...props} />
      <QuorumEditor
        quorum={config.quorum}
        onChange={(quorum) => onChange({ ...config, quorum })}
        readOnly={readOnly}
        note="实到人数未达到要求时，测评结果无效（结果页以红色提示）"
        inclusiveLabel="达到（≥）"
        widths={[140, 150]}
      />
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
