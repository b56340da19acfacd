import { InputNumber, Select, Space } from 'antd';
import { quarterGradeLabels } from '../../../../shared/annual/rules';
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
