import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { periodCount } from '../../../../shared/stars/periods';
import { reviewCycleLabels, reviewCycles, type GateCondition, type StarGate, type StarSchemeSettings } from '../../../../shared/stars/scheme';

const conditionLabels: Record<GateCondition['kind'], string> = { all: '十颗星全部获得', 'at-least': '获星不少于', below: '获星少于' };
const effectLabels: Record<StarGate['effect'], string> = { priority: '优先评优', barred: '不得评优' };

/** 方案名称, 评星周期, 公示天数 and the year-end rules the 年终考核 reads. */
export function SchemeSettingsEditor(props: { value: StarSchemeSettings; onChange: (v: StarSchemeSettings) => void; cycleLocked: boolean }) {
  const { value, onChange, cycleLocked } = props;
  const set = (change: Partial<StarSchemeSettings>) => onChange({ ...value, ...change });
  const setGate = (index: number, gate: StarGate) => set({ gates: value.gates.map((g, i) => (i === index ? gate : g)) });
  const rule = value.yearEndRule;
  return (
    <div className="scheme-settings">
      <div className="setting-row">
        <span className="setting-label">方案名称</span>
        <Input aria-label="方案名称" value={value.name} maxLength={60} onChange={(e) => set({ name: e.target.value })} style={{ maxWidth: 420 }} />
      </div>
      <div className="setting-row">
        <span className="setting-label">评星周期</span>
        <Space wrap>
          <Select
            aria-label="评星周期"
            value={value.cycle}
            disabled={cycleLocked}
            onChange={(cycle) => set({ cycle })}
            options={reviewCycles.map((c) => ({ value: c, label: `${reviewCycleLabels[c]}（每年${periodCount(c)}期）` }))}
            style={{ width: 180 }}
          />
          {cycleLocked && <Typography.Text type="secondary">已有评星记录，周期不能再改</Typography.Text>}
        </Space>
      </div>
      <div className="setting-row">
        <span className="setting-label">公示天数</span>
        <Space>
          <InputNumber aria-label="公示天数" min={1} max={30} precision={0} value={value.publicityDays} onChange={(d) => set({ publicityDays: d ?? 5 })} style={{ width: 90 }} />
          <Typography.Text type="secondary">天（自然日，公示发布次日起算）</Typography.Text>
        </Space>
      </div>
      <div className="setting-row">
        <span className="setting-label">年终认定</span>
        <Radio.Group
          aria-label="年终认定"
          value={rule.kind}
          onChange={(e) => set({ yearEndRule: e.target.value === 'last-period' ? { kind: 'last-period' } : { kind: 'min-periods', periods: rule.kind === 'min-periods' ? rule.periods : 3 } })}
        >
          <Radio value="last-period">以最后一期持有的星为准</Radio>
          <Radio value="min-periods">
            <Space size={4}>
              全年至少
              <InputNumber
                aria-label="持有期数"
                size="small"
                min={1}
                max={12}
                precision={0}
                disabled={rule.kind !== 'min-periods'}
                value={rule.kind === 'min-periods' ? rule.periods : 3}
                onChange={(p) => set({ yearEndRule: { kind: 'min-periods', periods: p ?? 1 } })}
                style={{ width: 64 }}
              />
              期持有
            </Space>
          </Radio>
        </Radio.Group>
      </div>
      <div className="setting-row">
        <span className="setting-label">计入年终考核</span>
        <Space wrap>
          每颗星
          <InputNumber aria-label="每星分值" min={0} max={100} step={0.5} value={value.points.perStar} onChange={(v) => set({ points: { ...value.points, perStar: v ?? 0 } })} style={{ width: 80 }} />
          分，最高
          <InputNumber aria-label="星分上限" min={0} max={1000} value={value.points.cap} onChange={(v) => set({ points: { ...value.points, cap: v ?? 0 } })} style={{ width: 80 }} />
          分
        </Space>
      </div>
      <div className="setting-row">
        <span className="setting-label">评优规则</span>
        <div className="gates">
          {value.gates.map((gate, i) => (
            <Space key={i} wrap size={6}>
              <Input aria-label="规则名称" value={gate.label} maxLength={30} onChange={(e) => setGate(i, { ...gate, label: e.target.value })} style={{ width: 160 }} />
              <Select
                aria-label="规则条件"
                value={gate.when.kind}
                onChange={(kind) => setGate(i, { ...gate, when: kind === 'all' ? { kind } : { kind, stars: gate.when.kind === 'all' ? 5 : gate.when.stars } })}
                options={(['all', 'at-least', 'below'] as const).map((k) => ({ value: k, label: conditionLabels[k] }))}
                style={{ width: 150 }}
              />
              {gate.when.kind !== 'all' && (
                <Space size={4}>
                  <InputNumber
                    aria-label="星数"
                    min={0}
                    max={50}
                    precision={0}
                    value={gate.when.stars}
                    onChange={(stars) => setGate(i, { ...gate, when: { kind: gate.when.kind as 'at-least' | 'below', stars: stars ?? 0 } })}
                    style={{ width: 64 }}
                  />
                  颗
                </Space>
              )}
              <Select aria-label="规则效果" value={gate.effect} onChange={(effect) => setGate(i, { ...gate, effect })} options={(['priority', 'barred'] as const).map((e) => ({ value: e, label: effectLabels[e] }))} style={{ width: 110 }} />
              <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除规则" onClick={() => set({ gates: value.gates.filter((_g, j) => j !== i) })} />
            </Space>
          ))}
          <Button
            size="small"
            icon={<PlusOutlined />}
            disabled={value.gates.length >= 10}
            onClick={() => set({ gates: [...value.gates, { label: '', when: { kind: 'at-least', stars: 8 }, effect: 'priority' }] })}
          >
            增加规则
          </Button>
        </div>
      </div>
    </div>
  );
}
