import { InputNumber, Select, Space } from 'antd';
import { itemSourceLabels } from '../../../../shared/annual';
import { quarterGradeLabels } from '../../../../shared/annual/rules';
import { useChannelQuery } from '../../../hooks/api-hooks';
import type { AnnualYear } from '../../../../shared/annual/views';
import { CountInSentence, RulesRow, RulesSection, type RulesPartProps } from './RulesLayout';

const pointGrades = ['good', 'fair', 'average', 'poor'] as const;

/** 平时考核: the points of each quarter grade and how many graded quarters count. */
export function RulesQuartersSection({ rules, set }: RulesPartProps) {
  return (
    <RulesSection title="平时考核">
      <RulesRow label="等次分值" note="“不确定等次”的季度不参与平均。">
        <Space wrap size={[16, 8]}>
          {pointGrades.map((g) => (
            <Space key={g} size={4}>
              <span className="rules-inline-label">{quarterGradeLabels[g]}</span>
              <InputNumber
                aria-label={`${quarterGradeLabels[g]}分值`}
                size="small"
                min={0}
                max={100}
                value={rules.quarterPoints[g]}
                onChange={(v) => set({ quarterPoints: { ...rules.quarterPoints, [g]: v ?? 0 } })}
                style={{ width: 72 }}
              />
              <span>分</span>
            </Space>
          ))}
        </Space>
      </RulesRow>
      <RulesRow label="计入条件">
        <CountInSentence before="至少" ariaLabel="须有等次的季度数" min={1} max={4} value={rules.quartersRequired} onChange={(v) => set({ quartersRequired: v ?? 4 })} width={60} after="个季度有等次，方计入平时考核成绩" />
      </RulesRow>
    </RulesSection>
  );
}

/** 述职测评: the year's events that give the score, in the order they are tried. */
export function RulesEvaluationSection({ year, rules, set }: RulesPartProps & { year: AnnualYear }) {
  const events = new Map(year.evaluationEvents.map((e) => [e.id, e]));
  return (
    <RulesSection title="述职测评">
      <RulesRow label="测评活动" note="按所列顺序，取第一个将该人员列为测评对象的活动的得分。">
        <Select
          aria-label="述职测评活动"
          mode="multiple"
          value={rules.evaluationEventIds}
          onChange={(ids) => set({ evaluationEventIds: ids })}
          placeholder={year.evaluationEvents.length > 0 ? '选择测评活动' : '本年度尚无述职测评活动'}
          options={year.evaluationEvents.map((e) => ({ value: e.id, label: `${e.name}（${e.date}${e.closed ? '，已结束' : ''}）` }))}
          labelRender={({ value }) => {
            const index = rules.evaluationEventIds.indexOf(Number(value));
            const event = events.get(Number(value));
            return `${index + 1}. ${event ? event.name : `已删除的测评活动（编号${String(value)}）`}`;
          }}
          style={{ width: '100%', maxWidth: 640 }}
        />
      </RulesRow>
    </RulesSection>
  );
}

const conductSources = ['tasks', 'weekly', 'review', 'campaign'] as const;

/**
 * 能力作风 (DOMAIN §8.7): the weight of each 能力作风建设 figure in the component's 百分制 score (0 leaves it
 * out; together 100%), and the 专项活动 whose duties count.
 */
export function RulesConductSection({ year, rules, set }: RulesPartProps & { year: AnnualYear }) {
  const campaigns = useChannelQuery('campaigns.list', { year: year.year });
  const { weights, campaignId } = rules.conduct;
  const sum = conductSources.reduce((s, k) => s + weights[k], 0);
  const on = rules.components.some((c) => c.key === 'conduct' && c.enabled);
  return (
    <RulesSection title="能力作风">
      <RulesRow label="取数权重" note={`${on ? '' : '（“能力作风”未启用，以下设置暂不计入综合评定。）'}各项为百分制：任务按时完成率、科室评议按单位取数并计入其人员，周晒按本年度晒报方式，专项活动按个人。合计应为100%，当前${Math.round(sum * 100) / 100}%。`}>
        <Space wrap size={[16, 8]}>
          {conductSources.map((k) => (
            <Space key={k} size={4}>
              <span className="rules-inline-label">{itemSourceLabels[k]}</span>
              <InputNumber aria-label={`${itemSourceLabels[k]}权重`} size="small" min={0} max={100} value={weights[k]} onChange={(v) => set({ conduct: { ...rules.conduct, weights: { ...weights, [k]: v ?? 0 } } })} style={{ width: 72 }} />
              <span>%</span>
            </Space>
          ))}
        </Space>
      </RulesRow>
      {weights.campaign > 0 && (
        <RulesRow label="专项活动">
          <Select
            aria-label="能力作风专项活动"
            value={campaignId ?? undefined}
            placeholder={campaigns.data?.length === 0 ? `${year.year}年度尚未建立专项活动` : '选择专项活动'}
            onChange={(id: number) => set({ conduct: { ...rules.conduct, campaignId: id } })}
            options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            style={{ width: 320 }}
          />
        </RulesRow>
      )}
    </RulesSection>
  );
}
