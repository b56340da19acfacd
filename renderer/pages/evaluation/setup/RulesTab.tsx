import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { EvaluationConfig, ExcellentLimit, RedLineEffect } from '../../../../shared/evaluation/config';
import { redLineConsequence } from '../../../../shared/evaluation/red-lines';
import { excellentLimitFor } from '../../../../shared/evaluation/ballot-validation';
import { formatRate } from '../evaluation-labels';
import { removeAt, replaceAt } from './config-checks';

/** Red-line thresholds as exact fractions: 2/3 must stay 2/3, not 0.6667, or 6 of 9 would be flagged. */
const approvalChoices = [
  { value: 1 / 2, label: '二分之一（50%）' },
  { value: 3 / 5, label: '五分之三（60%）' },
  { value: 2 / 3, label: '三分之二（66.67%）' },
  { value: 3 / 4, label: '四分之三（75%）' },
  { value: 4 / 5, label: '五分之四（80%）' },
];
const failChoices = [
  { value: 1 / 5, label: '五分之一（20%）' },
  { value: 1 / 4, label: '四分之一（25%）' },
  { value: 1 / 3, label: '三分之一（33.33%）' },
  { value: 1 / 2, label: '二分之一（50%）' },
];
const withCurrent = (choices: { value: number; label: string }[], current: number) =>
  choices.some((c) => Math.abs(c.value - current) < 1e-12) ? choices : [...choices, { value: current, label: formatRate(current) }];
const pick = (choices: { value: number }[], current: number) => choices.find((c) => Math.abs(c.value - current) < 1e-12)?.value ?? current;

/** A red line's effect as one select value: 'committee', 'set:不称职', 'atMost:基本称职'. */
const effectValue = (effect: RedLineEffect) => (effect.kind === 'committee' ? 'committee' : `${effect.kind}:${effect.level}`);
const effectOf = (value: string): RedLineEffect => {
  const [kind, level = ''] = value.split(/:(.*)/s);
  return kind === 'set' || kind === 'atMost' ? { kind, level } : { kind: 'committee' };
};
const effectChoices = (config: EvaluationConfig) => {
  const names = config.bands.map((b) => b.name).filter((n) => n.trim() !== '');
  const choices = [
    { value: 'committee', label: '由考核委员会研究确定等次' },
    ...names.map((n) => ({ value: `set:${n}`, label: `确定为${n}` })),
    ...names.map((n) => ({ value: `atMost:${n}`, label: `等次不高于${n}` })),
  ];
  // a level the bands no longer hold stays visible (and the settings check names it)
  const current = [config.redLines.lowApprovalEffect, config.redLines.highFailEffect].map(effectValue).filter((v) => !choices.some((c) => c.value === v));
  return [...choices, ...[...new Set(current)].map((v) => ({ value: v, label: redLineConsequence(effectOf(v)) }))];
};

function Row(props: { label: string; children: ReactNode; note?: ReactNode }) {
  return (
    <div className="setup-row">
      <span className="setup-label">{props.label}</span>
      <div className="setup-control">
        {props.children}
        {props.note && <div className="setup-note">{props.note}</div>}
      </div>
    </div>
  );
}

/** 规则: per-ballot rules, quorum, trimmed mean, normalisation, red lines, self-rating, score bands. */
export function RulesTab(props: { config: EvaluationConfig; onChange: (next: EvaluationConfig) => void; readOnly: boolean; targetCount: number }) {
  const { config, onChange, readOnly, targetCount } = props;
  const rules = config.rules;
  const setRules = (patch: Partial<EvaluationConfig['rules']>) => onChange({ ...config, rules: { ...rules, ...patch } });
  const limit = rules.excellentLimit;
  const setLimit = (next: ExcellentLimit) => setRules({ excellentLimit: next });
  const limitNow = excellentLimitFor(limit, targetCount);
  const excellentName = config.levels.find((l) => l.excellent)?.name ?? '优秀';

  return (
    <div className="setup-section">
      {config.form !== 'score' && (
        <Row label={`${excellentName}名额`} note={limitNow === null ? '每张票选多少人都有效' : `按现有 ${targetCount} 名测评对象，每张票最多选 ${limitNow} 人${excellentName}，超过为无效票（优秀超额）`}>
          <Space wrap>
            <Select
              aria-label="优秀名额"
              value={limit.kind}
              disabled={readOnly}
              style={{ width: 200 }}
              onChange={(kind) => setLimit(kind === 'none' ? { kind } : kind === 'count' ? { kind, value: 3 } : { kind, value: 20 })}
              options={[
                { value: 'none', label: '不限' },
                { value: 'count', label: '不超过固定人数' },
                { value: 'percent', label: '不超过测评对象的比例' },
              ]}
            />
            {limit.kind === 'count' && (
              <InputNumber aria-label="优秀人数上限" value={limit.value} min={0} precision={0} disabled={readOnly} onChange={(v) => setLimit({ kind: 'count', value: v ?? 0 })} suffix="人" style={{ width: 110 }} />
            )}
            {limit.kind === 'percent' && (
              <InputNumber aria-label="优秀比例上限" value={limit.value} min={0} max={100} disabled={readOnly} onChange={(v) => setLimit({ kind: 'percent', value: v ?? 0 })} suffix="%" style={{ width: 110 }} />
            )}
          </Space>
        </Row>
      )}
      {config.form !== 'level' && (
        <>
          <Row label="评分雷同" note="一张票上所有评分完全相同时，为无效票">
            <Switch checked={rules.identicalScoresInvalid} disabled={readOnly} aria-label="评分雷同为无效票" onChange={(v) => setRules({ identicalScoresInvalid: v })} />
          </Row>
          <Row label="全部满分" note="一张票上所有评分都是满分时，为无效票">
            <Switch checked={rules.allFullMarksInvalid} disabled={readOnly} aria-label="全部满分为无效票" onChange={(v) => setRules({ allFullMarksInvalid: v })} />
          </Row>
          <Row label="去掉最高最低分" note="同一评委类别的评委人数达到设定人数时，各指标去掉最高分和最低分后再平均">
            <Space wrap>
              <Switch checked={config.trimmedMean.enabled} disabled={readOnly} aria-label="去掉最高最低分" onChange={(v) => onChange({ ...config, trimmedMean: { ...config.trimmedMean, enabled: v } })} />
              <span>评委达到</span>
              <InputNumber aria-label="去分人数下限" value={config.trimmedMean.minRaters} min={3} precision={0} disabled={readOnly || !config.trimmedMean.enabled} onChange={(v) => onChange({ ...config, trimmedMean: { ...config.trimmedMean, minRaters: v ?? 6 } })} suffix="人" style={{ width: 100 }} />
              <span>时，最高分、最低分各去掉</span>
              <InputNumber aria-label="去掉个数" value={config.trimmedMean.drop} min={1} precision={0} disabled={readOnly || !config.trimmedMean.enabled} onChange={(v) => onChange({ ...config, trimmedMean: { ...config.trimmedMean, drop: v ?? 1 } })} suffix="个" style={{ width: 100 }} />
            </Space>
          </Row>
        </>
      )}
      <Row label="到会要求" note="实到人数未达到要求时，测评结果无效（结果页以红色提示）">
        <Space wrap>
          <span>实到人数须</span>
          <Select
            aria-label="到会要求"
            value={config.quorum.inclusive ? 'inclusive' : 'strict'}
            disabled={readOnly}
            style={{ width: 140 }}
            onChange={(v) => onChange({ ...config, quorum: { ...config.quorum, inclusive: v === 'inclusive' } })}
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
            onChange={(v) => {
              const [n, d] = v.split('/').map(Number);
              onChange({ ...config, quorum: { ...config.quorum, numerator: n!, denominator: d! } });
            }}
            options={['1/2', '2/3', '3/4', '4/5'].map((f) => ({ value: f, label: { '1/2': '二分之一', '2/3': '三分之二', '3/4': '四分之三', '4/5': '五分之四' }[f] }))}
          />
        </Space>
      </Row>
      <Row label="分组折算" note="每人得分÷本组最高得分×满分，用于不同组之间比较">
        <Space wrap>
          <Switch checked={config.normalize.enabled} disabled={readOnly} aria-label="分组折算" onChange={(v) => onChange({ ...config, normalize: { ...config.normalize, enabled: v } })} />
          <span>折算满分</span>
          <InputNumber aria-label="折算满分" value={config.normalize.fullPoints} min={1} disabled={readOnly || !config.normalize.enabled} onChange={(v) => onChange({ ...config, normalize: { ...config.normalize, fullPoints: v ?? 100 } })} suffix="分" style={{ width: 110 }} />
        </Space>
      </Row>
      {config.form !== 'score' && (
        <Row label="红线提示" note="结果中触及红线的测评对象以红色标出，供研究确定等次时参考">
          <Space wrap>
            <span>{config.rateLabels.approval}低于</span>
            <Select
              aria-label="好评率红线"
              value={pick(approvalChoices, config.redLines.minApprovalRate)}
              disabled={readOnly}
              style={{ width: 190 }}
              options={withCurrent(approvalChoices, config.redLines.minApprovalRate)}
              onChange={(v) => onChange({ ...config, redLines: { ...config.redLines, minApprovalRate: v } })}
            />
            <span>，或{config.rateLabels.fail}高于</span>
            <Select
              aria-label="差评率红线"
              value={pick(failChoices, config.redLines.maxFailRate)}
              disabled={readOnly}
              style={{ width: 190 }}
              options={withCurrent(failChoices, config.redLines.maxFailRate)}
              onChange={(v) => onChange({ ...config, redLines: { ...config.redLines, maxFailRate: v } })}
            />
          </Space>
        </Row>
      )}
      {config.form !== 'score' && config.bands.length > 0 && (
        <Row label="触及红线" note="所选规定印在测评票的填票说明上，建议等次按此确定；不在分数段中的等次不能选">
          <Space direction="vertical" size={6}>
            <Space wrap>
              <span>{config.rateLabels.approval}低于红线的，</span>
              <Select
                aria-label="好评率红线的规定"
                value={effectValue(config.redLines.lowApprovalEffect)}
                disabled={readOnly}
                style={{ width: 220 }}
                options={effectChoices(config)}
                onChange={(v) => onChange({ ...config, redLines: { ...config.redLines, lowApprovalEffect: effectOf(v) } })}
              />
            </Space>
            <Space wrap>
              <span>{config.rateLabels.fail}高于红线的，</span>
              <Select
                aria-label="差评率红线的规定"
                value={effectValue(config.redLines.highFailEffect)}
                disabled={readOnly}
                style={{ width: 220 }}
                options={effectChoices(config)}
                onChange={(v) => onChange({ ...config, redLines: { ...config.redLines, highFailEffect: effectOf(v) } })}
              />
            </Space>
          </Space>
        </Row>
      )}
      <Row label="本人测评" note="关闭时，测评票说明中写明“评委不对本人进行测评”">
        <Space>
          <Switch checked={config.selfRating} disabled={readOnly} aria-label="允许评委测评本人" onChange={(v) => onChange({ ...config, selfRating: v })} />
          <span>{config.selfRating ? '评委可以测评本人' : '评委不测评本人'}</span>
        </Space>
      </Row>
      <Row label="建议等次" note="按综合得分（有折算时按折算分）从高到低对照，得出建议等次；最终等次由组织研究确定">
        <div className="bands">
          {config.bands.map((b, i) => (
            <Space key={i} className="band-row">
              <span>不低于</span>
              <InputNumber aria-label={`第${i + 1}段分数`} value={b.min} disabled={readOnly} onChange={(v) => onChange({ ...config, bands: replaceAt(config.bands, i, { min: v ?? 0 }) })} suffix="分" style={{ width: 110 }} />
              <span>为</span>
              <Input aria-label={`第${i + 1}段等次`} value={b.name} maxLength={10} disabled={readOnly} onChange={(e) => onChange({ ...config, bands: replaceAt(config.bands, i, { name: e.target.value }) })} style={{ width: 120 }} />
              {!readOnly && <Button type="text" danger icon={<DeleteOutlined />} title="删除" aria-label={`删除第${i + 1}段`} onClick={() => onChange({ ...config, bands: removeAt(config.bands, i) })} />}
            </Space>
          ))}
          {config.bands.length === 0 && <Typography.Text type="secondary">未设分数段，不给出建议等次</Typography.Text>}
          {!readOnly && (
            <Button icon={<PlusOutlined />} size="small" onClick={() => onChange({ ...config, bands: [...config.bands, { min: 0, name: '' }] })}>
              添加分数段
            </Button>
          )}
        </div>
      </Row>
    </div>
  );
}
