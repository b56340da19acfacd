import { Select, Space } from 'antd';
import { Fragment } from 'react';
import type { EvaluationConfig } from '../../../../shared/evaluation/config';
import { approvalChoices, effectChoices, effectOf, effectValue, failChoices, pickRate, withCurrent } from './red-line-choices';
import { SetupRow } from '../../../components/SetupRow';

type RedLines = EvaluationConfig['redLines'];

/** The two red lines, each with its rate label, threshold and effect (DOMAIN §2). */
const redLineKinds = [
  { rate: 'approval', side: '低于', threshold: 'minApprovalRate', effect: 'lowApprovalEffect', choices: approvalChoices, name: '好评率' },
  { rate: 'fail', side: '高于', threshold: 'maxFailRate', effect: 'highFailEffect', choices: failChoices, name: '差评率' },
] as const;

/** 红线提示 and, with score bands, 触及红线: what a target under a red line is given. */
export function RulesRedLines({ config, onChange, readOnly }: { config: EvaluationConfig; onChange: (next: EvaluationConfig) => void; readOnly: boolean }) {
  const setRedLines = (patch: Partial<RedLines>) => onChange({ ...config, redLines: { ...config.redLines, ...patch } });
  const effects = effectChoices(config);
  return (
    <>
      <SetupRow label="红线提示" note="结果中触及红线的测评对象以红色标出，供研究确定等次时参考">
        <Space wrap>
          {redLineKinds.map((k, i) => (
            // fragments, so the four parts wrap as one line of the outer Space
            <Fragment key={k.rate}>
              <span>{`${i === 0 ? '' : '，或'}${config.rateLabels[k.rate]}${k.side}`}</span>
              <Select
                aria-label={`${k.name}红线`}
                value={pickRate(k.choices, config.redLines[k.threshold])}
                disabled={readOnly}
                style={{ width: 190 }}
                options={withCurrent(k.choices, config.redLines[k.threshold])}
                onChange={(v) => setRedLines({ [k.threshold]: v })}
              />
            </Fragment>
          ))}
        </Space>
      </SetupRow>
      {config.bands.length > 0 && (
        <SetupRow label="触及红线" note="所选规定印在测评票的填票说明上，建议等次按此确定；不在分数段中的等次不能选">
          <Space direction="vertical" size={6}>
            {redLineKinds.map((k) => (
              <Space wrap key={k.rate}>
                <span>{`${config.rateLabels[k.rate]}${k.side}红线的，`}</span>
                <Select
                  aria-label={`${k.name}红线的规定`}
                  value={effectValue(config.redLines[k.effect])}
                  disabled={readOnly}
                  style={{ width: 220 }}
                  options={effects}
                  onChange={(v) => setRedLines({ [k.effect]: effectOf(v) })}
                />
              </Space>
            ))}
          </Space>
        </SetupRow>
      )}
    </>
  );
}
