import { InputNumber, Select, Space, Switch } from 'antd';
import type { EvaluationConfig, ExcellentLimit } from '../../../../shared/evaluation/config';
import { excellentLimitFor } from '../../../../shared/evaluation/ballot-validation';
import { SetupRow } from '../../../components/SetupRow';

interface Props {
  readonly config: EvaluationConfig;
  readonly onChange: (next: EvaluationConfig) => void;
  readonly readOnly: boolean;
  readonly targetCount: number;
}

const limitKinds = [
  { value: 'none', label: '不限' },
  { value: 'count', label: '不超过固定人数' },
  { value: 'percent', label: '不超过测评对象的比例' },
] as const;

/** 优秀名额: how many 优秀 one ballot may give, shown against the targets there are now. */
function ExcellentLimitRow({ config, onChange, readOnly, targetCount }: Props) {
  const limit = config.rules.excellentLimit;
  const setLimit = (next: ExcellentLimit) => onChange({ ...config, rules: { ...config.rules, excellentLimit: next } });
  const limitNow = excellentLimitFor(limit, targetCount);
  const excellentName = config.levels.find((l) => l.excellent)?.name ?? '优秀';
  return (
    <SetupRow label={`${excellentName}名额`} note={limitNow === null ? '每张票选多少人都有效' : `按现有 ${targetCount} 名测评对象，每张票最多选 ${limitNow} 人${excellentName}，超过为无效票（优秀超额）`}>
      <Space wrap>
        <Select
          aria-label="优秀名额"
          value={limit.kind}
          disabled={readOnly}
          style={{ width: 200 }}
          onChange={(kind) => setLimit(kind === 'none' ? { kind } : kind === 'count' ? { kind, value: 3 } : { kind, value: 20 })}
          options={[...limitKinds]}
        />
        {limit.kind === 'count' && (
          <InputNumber aria-label="优秀人数上限" value={limit.value} min={0} precision={0} disabled={readOnly} onChange={(v) => setLimit({ kind: 'count', value: v ?? 0 })} suffix="人" style={{ width: 110 }} />
        )}
        {limit.kind === 'percent' && (
          <InputNumber aria-label="优秀比例上限" value={limit.value} min={0} max={100} disabled={readOnly} onChange={(v) => setLimit({ kind: 'percent', value: v ?? 0 })} suffix="%" style={{ width: 110 }} />
        )}
      </Space>
    </SetupRow>
  );
}

/** The rules for ballots with scores: identical and all-full scores, and the trimmed mean. */
function ScoreRulesRows({ config, onChange, readOnly }: Props) {
  const { rules, trimmedMean } = config;
  const setRules = (patch: Partial<EvaluationConfig['rules']>) => onChange({ ...config, rules: { ...rules, ...patch } });
  const setTrimmed = (patch: Partial<EvaluationConfig['trimmedMean']>) => onChange({ ...config, trimmedMean: { ...trimmedMean, ...patch } });
  return (
    <>
      <SetupRow label="评分雷同" note="一张票上所有评分完全相同时，为无效票">
        <Switch checked={rules.identicalScoresInvalid} disabled={readOnly} aria-label="评分雷同为无效票" onChange={(v) => setRules({ identicalScoresInvalid: v })} />
      </SetupRow>
      <SetupRow label="全部满分" note="一张票上所有评分都是满分时，为无效票">
        <Switch checked={rules.allFullMarksInvalid} disabled={readOnly} aria-label="全部满分为无效票" onChange={(v) => setRules({ allFullMarksInvalid: v })} />
      </SetupRow>
      <SetupRow label="去掉最高最低分" note="同一评委类别的评委人数达到设定人数时，各指标去掉最高分和最低分后再平均">
        <Space wrap>
          <Switch checked={trimmedMean.enabled} disabled={readOnly} aria-label="去掉最高最低分" onChange={(v) => setTrimmed({ enabled: v })} />
          <span>评委达到</span>
          <InputNumber aria-label="去分人数下限" value={trimmedMean.minRaters} min={3} precision={0} disabled={readOnly || !trimmedMean.enabled} onChange={(v) => setTrimmed({ minRaters: v ?? 6 })} suffix="人" style={{ width: 100 }} />
          <span>时，最高分、最低分各去掉</span>
          <InputNumber aria-label="去掉个数" value={trimmedMean.drop} min={1} precision={0} disabled={readOnly || !trimmedMean.enabled} onChange={(v) => setTrimmed({ drop: v ?? 1 })} suffix="个" style={{ width: 100 }} />
        </Space>
      </SetupRow>
    </>
  );
}

/** The per-ballot rules: the 优秀 limit for level ballots, the score rules for score ballots. */
export function RulesBallotSection(props: Props) {
  return (
    <>
      {props.config.form !== 'score' && <ExcellentLimitRow {...props} />}
      {props.config.form !== 'level' && <ScoreRulesRows {...props} />}
    </>
  );
}
