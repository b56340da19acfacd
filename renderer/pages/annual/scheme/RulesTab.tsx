import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { quarterGradeLabels, roundingLabels, type AnnualRules, type RoundingRule } from '../../../../shared/annual/rules';
import { partsRuleText } from '../../../../shared/annual/printed-parts';
import type { AnnualYear } from '../../../../shared/annual/views';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';
import { RulesComponents, weightSum } from './RulesComponents';
import { RulesBands, RulesGates, RulesSanctionMonths } from './RulesGates';
import { RulesCategoryMapping, RulesVocabularies } from './RulesVocabularies';
import { useDraft } from './scheme-draft';
import { fromPercent, toPercent } from './scheme-text';

const pointGrades = ['good', 'fair', 'average', 'poor'] as const;

function Row({ label, children, note }: { label: string; children: ReactNode; note?: ReactNode }) {
  return (
    <div className="setting-row">
      <span className="setting-label">{label}</span>
      <div className="setting-body">
        {children}
        {note && <div className="setting-note">{note}</div>}
      </div>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rules-section">
      <Typography.Title level={5} className="rules-section-title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** 计分规则: the year's rules (annual.updateRules) as one form, saved as a whole; the service's message as is. */
export function RulesTab({ year, locked }: { year: AnnualYear; locked: boolean }) {
  const { draft: rules, setDraft, dirty, reset, adopt } = useDraft<AnnualRules>(year.rules);
  const [error, setError] = useState<string | null>(null);
  const save = useChannelMutation('annual.updateRules', { success: '已保存计分规则', showError: false });
  const set = (change: Partial<AnnualRules>) => setDraft({ ...rules, ...change });
  // never rejects (a failure is shown above the rules), so the button fires and forgets it
  const submit = async () => {
    setError(null);
    try {
      const saved = await save.mutateAsync({ year: year.year, rules });
      adopt(saved.rules);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const sum = weightSum(rules.components);
  const weightedCount = rules.components.filter((c) => c.enabled && c.mode === 'weighted').length;
  const events = new Map(year.evaluationEvents.map((e) => [e.id, e]));

  return (
    <div className="annual-tab rules-tab">
      {!locked && (
        <div className="rules-actions">
          <Space wrap>
            <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={() => void submit()}>
              保存计分规则
            </Button>
            <Button disabled={!dirty} onClick={() => { reset(); setError(null); }}>
              撤销修改
            </Button>
            {dirty && <Typography.Text type="warning">有修改尚未保存</Typography.Text>}
            {sum !== 100 && <Typography.Text type="danger">{`权重合计为${sum}%，应为100%`}</Typography.Text>}
          </Space>
          {error && <Alert type="error" showIcon title="未保存" description={error} closable={{ onClose: () => setError(null) }} data-testid="rules-error" />}
        </div>
      )}
      <div className="rules-scroll">
        <Section title="综合评定组成">
          <RulesComponents year={year} value={rules.components} onChange={(components) => set({ components })} />
          <Row label="缺项处理" note="某人缺少按权重计入的组成部分（如未参加述职测评）时的处理；缺项会在综合评定中逐人列明。">
            <Radio.Group value={rules.missingPolicy} onChange={(e) => set({ missingPolicy: e.target.value as AnnualRules['missingPolicy'] })}>
              <Radio value="exclude">暂不计算综合得分，待补齐后计算</Radio>
              <Radio value="reweight">按其余组成部分的权重比例折算</Radio>
            </Radio.Group>
          </Row>
          <Row label="建议等次条件" note="计权得分项数不足的人员在综合评定中显示“数据不足”，不排名，也不给出建议等次（处分等直接决定等次的情形除外）。">
            <Space size={4} wrap>
              至少具备
              <InputNumber
                aria-label="建议等次所需计权得分项数"
                size="small"
                min={1}
                max={weightedCount}
                precision={0}
                value={rules.suggestionMinComponents}
                placeholder="全部"
                onChange={(v) => set({ suggestionMinComponents: v ?? null })}
                style={{ width: 72 }}
              />
              {`项按权重计入的得分（共启用${weightedCount}项；不填为全部），方排名并给出建议等次`}
            </Space>
          </Row>
          <Row label="小数处理" note={partsRuleText(rules.roundParts)}>
            <Checkbox checked={rules.roundParts} onChange={(e) => set({ roundParts: e.target.checked })}>
              分项先取两位小数（各组成部分折算分四舍五入保留两位小数后再相加）
            </Checkbox>
          </Row>
        </Section>

        <Section title="平时考核">
          <Row label="等次分值" note="“不确定等次”的季度不参与平均。">
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
          </Row>
          <Row label="计入条件">
            <Space size={4}>
              至少
              <InputNumber aria-label="须有等次的季度数" size="small" min={1} max={4} precision={0} value={rules.quartersRequired} onChange={(v) => set({ quartersRequired: v ?? 4 })} style={{ width: 60 }} />
              个季度有等次，方计入平时考核成绩
            </Space>
          </Row>
        </Section>

        <Section title="述职测评">
          <Row label="测评活动" note="按所列顺序，取第一个将该人员列为测评对象的活动的得分。">
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
          </Row>
        </Section>

        <Section title="等次">
          <Row label="等次名称">
            <RulesVocabularies value={rules.vocabularies} onChange={(vocabularies) => set({ vocabularies })} />
          </Row>
          <Row label="人员类别对应">
            <RulesCategoryMapping
              value={rules.categoryVocabulary}
              defaultVocabulary={rules.defaultVocabulary}
              vocabularies={rules.vocabularies}
              onChange={(categoryVocabulary, defaultVocabulary) => set({ categoryVocabulary, defaultVocabulary })}
            />
          </Row>
          <Row label="分数线">
            <RulesBands value={rules.bands} vocabularies={rules.vocabularies} onChange={(bands) => set({ bands })} />
          </Row>
        </Section>

        <Section title="评优限制与处分">
          <Row label="评优限制">
            <RulesGates value={rules.gates} vocabularies={rules.vocabularies} onChange={(gates) => set({ gates })} />
          </Row>
          <Row label="处分期" note="自处分决定之日起计算；不填为无期限。">
            <RulesSanctionMonths value={rules.sanctionMonths} onChange={(sanctionMonths) => set({ sanctionMonths })} />
          </Row>
        </Section>

        <Section title="不定等次">
          <Row label="认定情形" note="按花名册中的试用期截止日期、参加工作（调入）日期自动判断；个别人员可在“参加人员”中另行认定。">
            <div className="rules-column">
              <Checkbox checked={rules.undetermined.probation} onChange={(e) => set({ undetermined: { ...rules.undetermined, probation: e.target.checked } })}>
                基准日仍在试用期内的
              </Checkbox>
              <Space size={4} wrap>
                任职不满
                <InputNumber
                  aria-label="任职不满月数"
                  size="small"
                  min={0}
                  max={24}
                  precision={0}
                  value={rules.undetermined.minMonthsInPost}
                  onChange={(v) => set({ undetermined: { ...rules.undetermined, minMonthsInPost: v ?? 0 } })}
                  style={{ width: 60 }}
                />
                个月的（填0为不按任职时间判断）
              </Space>
              <Space size={4}>
                基准日
                <span>{`${year.year}-`}</span>
                <Input
                  aria-label="基准日"
                  size="small"
                  value={rules.undetermined.referenceDay}
                  maxLength={5}
                  placeholder="12-31"
                  onChange={(e) => set({ undetermined: { ...rules.undetermined, referenceDay: e.target.value.trim() } })}
                  style={{ width: 72 }}
                />
                <span className="muted">（月-日）</span>
              </Space>
            </div>
          </Row>
          <Row label="优秀名额基数" note="不定等次人员只写评语、不排名；是否计入各分组优秀名额的计算基数由此确定。">
            <Checkbox checked={rules.undetermined.inQuotaBase} onChange={(e) => set({ undetermined: { ...rules.undetermined, inQuotaBase: e.target.checked } })}>
              不定等次人员计入优秀名额基数（按参加考核人数计算名额）
            </Checkbox>
          </Row>
        </Section>

        <Section title="新建分组默认值">
          <Row label="默认比例">
            <Space wrap size={[16, 8]}>
              <Space size={4}>
                优秀比例
                <InputNumber
                  aria-label="默认优秀比例"
                  size="small"
                  min={0}
                  max={100}
                  suffix="%"
                  value={toPercent(rules.groupDefaults.excellentShare)}
                  onChange={(v) => set({ groupDefaults: { ...rules.groupDefaults, excellentShare: fromPercent(v ?? 0) } })}
                  style={{ width: 96 }}
                />
              </Space>
              <Space size={4}>
                “好”等次比例
                <InputNumber
                  aria-label="默认好等次比例"
                  size="small"
                  min={0}
                  max={100}
                  suffix="%"
                  value={toPercent(rules.groupDefaults.goodShare)}
                  onChange={(v) => set({ groupDefaults: { ...rules.groupDefaults, goodShare: fromPercent(v ?? 0) } })}
                  style={{ width: 96 }}
                />
              </Space>
              <Select
                aria-label="默认取整方式"
                size="small"
                value={rules.groupDefaults.rounding}
                onChange={(rounding) => set({ groupDefaults: { ...rules.groupDefaults, rounding } })}
                options={(Object.keys(roundingLabels) as RoundingRule[]).map((r) => ({ value: r, label: roundingLabels[r] }))}
                style={{ width: 110 }}
              />
            </Space>
          </Row>
        </Section>
      </div>
    </div>
  );
}
