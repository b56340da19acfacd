import { InputNumber, Select, Space } from 'antd';
import { roundingLabels, type AnnualRules, type RoundingRule } from '../../../../shared/annual/rules';
import { RulesRow, RulesSection, type RulesPartProps } from './RulesLayout';
import { fromPercent, toPercent } from './scheme-text';

/** The two shares a new group starts with, each typed as a percentage. */
const shares = [
  { key: 'excellentShare', label: '优秀比例', aria: '默认优秀比例' },
  { key: 'goodShare', label: '“好”等次比例', aria: '默认好等次比例' },
] as const;

const roundingOptions = (Object.keys(roundingLabels) as RoundingRule[]).map((r) => ({ value: r, label: roundingLabels[r] }));

/** 新建分组默认值: the 优秀 and “好” shares and the rounding a new 考核分组 starts with. */
export function RulesGroupDefaults({ rules, set }: RulesPartProps) {
  const setDefaults = (change: Partial<AnnualRules['groupDefaults']>) => set({ groupDefaults: { ...rules.groupDefaults, ...change } });
  return (
    <RulesSection title="新建分组默认值">
      <RulesRow label="默认比例">
        <Space wrap size={[16, 8]}>
          {shares.map((s) => (
            <Space key={s.key} size={4}>
              {s.label}
              <InputNumber
                aria-label={s.aria}
                size="small"
                min={0}
                max={100}
                suffix="%"
                value={toPercent(rules.groupDefaults[s.key])}
                onChange={(v) => setDefaults({ [s.key]: fromPercent(v ?? 0) })}
                style={{ width: 96 }}
              />
            </Space>
          ))}
          <Select
            aria-label="默认取整方式"
            size="small"
            value={rules.groupDefaults.rounding}
            onChange={(rounding) => setDefaults({ rounding })}
            options={roundingOptions}
            style={{ width: 110 }}
          />
        </Space>
      </RulesRow>
    </RulesSection>
  );
}
