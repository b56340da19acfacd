import { Checkbox, Input, Space } from 'antd';
import type { AnnualRules } from '../../../../shared/annual/rules';
import { CountInSentence, RulesRow, RulesSection, type RulesPartProps } from './RulesLayout';

/** 不定等次: when the roster makes someone 不定等次, and whether they count for the 优秀 quota (DOMAIN §4). */
export function RulesUndeterminedSection({ year, rules, set }: RulesPartProps & { year: number }) {
  const setUndetermined = (change: Partial<AnnualRules['undetermined']>) => set({ undetermined: { ...rules.undetermined, ...change } });
  return (
    <RulesSection title="不定等次">
      <RulesRow label="认定情形" note="按花名册中的试用期截止日期、参加工作（调入）日期自动判断；个别人员可在“参加人员”中另行认定。">
        <div className="rules-column">
          <Checkbox checked={rules.undetermined.probation} onChange={(e) => setUndetermined({ probation: e.target.checked })}>
            基准日仍在试用期内的
          </Checkbox>
          <CountInSentence
            wrap
            before="任职不满"
            ariaLabel="任职不满月数"
            min={0}
            max={24}
            value={rules.undetermined.minMonthsInPost}
            onChange={(v) => setUndetermined({ minMonthsInPost: v ?? 0 })}
            width={60}
            after="个月的（填0为不按任职时间判断）"
          />
          <Space size={4}>
            基准日
            <span>{`${year}-`}</span>
            <Input
              aria-label="基准日"
              size="small"
              value={rules.undetermined.referenceDay}
              maxLength={5}
              placeholder="12-31"
              onChange={(e) => setUndetermined({ referenceDay: e.target.value.trim() })}
              style={{ width: 72 }}
            />
            <span className="muted">（月-日）</span>
          </Space>
        </div>
      </RulesRow>
      <RulesRow label="优秀名额基数" note="不定等次人员只写评语、不排名；是否计入各分组优秀名额的计算基数由此确定。">
        <Checkbox checked={rules.undetermined.inQuotaBase} onChange={(e) => setUndetermined({ inQuotaBase: e.target.checked })}>
          不定等次人员计入优秀名额基数（按参加考核人数计算名额）
        </Checkbox>
      </RulesRow>
    </RulesSection>
  );
}
