import { Checkbox, Radio } from 'antd';
import type { AnnualRules } from '../../../../shared/annual/rules';
import { partsRuleText } from '../../../../shared/annual/printed-parts';
import type { AnnualYear } from '../../../../shared/annual/views';
import { RulesComponents } from './RulesComponents';
import { CountInSentence, RulesRow, RulesSection, type RulesPartProps } from './RulesLayout';

/** 综合评定组成: the components, what a missing one does, how many a suggestion needs, and rounding (DOMAIN §4). */
export function RulesCompositeSection({ year, rules, set }: RulesPartProps & { year: AnnualYear }) {
  const weightedCount = rules.components.filter((c) => c.enabled && c.mode === 'weighted').length;
  return (
    <RulesSection title="综合评定组成">
      <RulesComponents year={year} value={rules.components} onChange={(components) => set({ components })} />
      <RulesRow label="缺项处理" note="某人缺少按权重计入的组成部分（如未参加述职测评）时的处理；缺项会在综合评定中逐人列明。">
        <Radio.Group value={rules.missingPolicy} onChange={(e) => set({ missingPolicy: e.target.value as AnnualRules['missingPolicy'] })}>
          <Radio value="exclude">暂不计算综合得分，待补齐后计算</Radio>
          <Radio value="reweight">按其余组成部分的权重比例折算</Radio>
        </Radio.Group>
      </RulesRow>
      <RulesRow label="建议等次条件" note="计权得分项数不足的人员在综合评定中显示“数据不足”，不排名，也不给出建议等次（处分等直接决定等次的情形除外）。">
        <CountInSentence
          wrap
          before="至少具备"
          ariaLabel="建议等次所需计权得分项数"
          min={1}
          max={weightedCount}
          value={rules.suggestionMinComponents}
          placeholder="全部"
          onChange={(v) => set({ suggestionMinComponents: v ?? null })}
          width={72}
          after={`项按权重计入的得分（共启用${weightedCount}项；不填为全部），方排名并给出建议等次`}
        />
      </RulesRow>
      <RulesRow label="小数处理" note={partsRuleText(rules.roundParts)}>
        <Checkbox checked={rules.roundParts} onChange={(e) => set({ roundParts: e.target.checked })}>
          分项先取两位小数（各组成部分折算分四舍五入保留两位小数后再相加）
        </Checkbox>
      </RulesRow>
    </RulesSection>
  );
}
