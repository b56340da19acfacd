import { InputNumber, Select, Switch, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { pointsText } from '../../../../shared/annual/item-points';
import { componentLabels, type ComponentKey, type CompositeComponent } from '../../../../shared/annual/rules';
import type { AnnualYear } from '../../../../shared/annual/views';

const modeOptions = [
  { value: 'weighted', label: '按权重' },
  { value: 'added', label: '直接加减' },
] as const;

/** Where each component's figures come from, so the clerk knows what the weight applies to. */
function sourceNote(key: ComponentKey, year: AnnualYear): string {
  switch (key) {
    case 'quarters':
      return '四个季度平时考核等次按下方分值折算后取平均';
    case 'evaluation':
      return year.evaluationEvents.length > 0 ? '述职测评得分（按下方所选测评活动）' : '述职测评得分（本年度尚无测评活动）';
    case 'leader':
      return '领导评价分（在“评价与奖惩”中录入）';
    case 'stars':
      return year.starScheme ? `双十星年终积分（${year.starScheme.name}）` : '双十星年终积分（本年度尚未建立党员干部评星方案）';
    case 'items':
      return '考核项目评分合计（含单位计入）';
    case 'conduct':
      return '任务按时完成率、周晒参与率、科室评议平均得分、专项活动任务完成率的加权平均（权重在下方“能力作风”中设置）';
    case 'adjustments':
      return '加减分记录合计（表彰、通报批评等）';
  }
}

/** The weighted components must add up to 100%; shown live, red otherwise. */
export function weightSum(components: readonly CompositeComponent[]): number {
  const sum = components.filter((c) => c.enabled && c.mode === 'weighted').reduce((s, c) => s + c.weight, 0);
  return Math.round(sum * 100) / 100;
}

/**
 * 综合评定组成: each component on/off, weighted or added, its weight, 满分, normalisation and cap.
 * `disabled={x || undefined}`: an explicit false would override the locked year's ConfigProvider.
 */
export function RulesComponents(props: { year: AnnualYear; value: readonly CompositeComponent[]; onChange: (v: CompositeComponent[]) => void }) {
  const { year, value, onChange } = props;
  const patch = (index: number, change: Partial<CompositeComponent>) => onChange(value.map((c, i) => (i === index ? { ...c, ...change } : c)));
  const sum = weightSum(value);
  const columns: TableColumnsType<CompositeComponent> = [
    { title: '组成部分', dataIndex: 'key', width: 90, render: (key: ComponentKey) => <b>{componentLabels[key]}</b> },
    {
      title: '启用',
      dataIndex: 'enabled',
      width: 60,
      align: 'center',
      render: (on: boolean, c, i) => <Switch size="small" aria-label={`启用${componentLabels[c.key]}`} checked={on} onChange={(v) => patch(i, { enabled: v })} />,
    },
    {
      title: '计入方式',
      dataIndex: 'mode',
      width: 112,
      render: (mode: CompositeComponent['mode'], c, i) => (
        <Select aria-label={`${componentLabels[c.key]}计入方式`} size="small" value={mode} disabled={!c.enabled || undefined} onChange={(m) => patch(i, { mode: m })} options={[...modeOptions]} style={{ width: 96 }} />
      ),
    },
    {
      title: '权重',
      dataIndex: 'weight',
      width: 104,
      render: (weight: number, c, i) =>
        c.mode === 'weighted' ? (
          <InputNumber aria-label={`${componentLabels[c.key]}权重`} size="small" min={0} max={100} value={weight} suffix="%" disabled={!c.enabled || undefined} onChange={(w) => patch(i, { weight: w ?? 0 })} style={{ width: 90 }} />
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      title: '满分',
      dataIndex: 'full',
      width: 120,
      render: (full: number, c, i) =>
        c.mode === 'weighted' && c.key === 'items' ? (
          // the 考核项目's full marks follow the 指标体系, so they cannot drift from the items' maxima
          <Tooltip title="按指标体系中计入个人的各项目分值合计（扣分项除外），随项目分值变化">
            <span data-testid="items-full-marks">{year.itemsFullMarks === null ? '按指标体系' : `${pointsText(year.itemsFullMarks)}（按指标体系）`}</span>
          </Tooltip>
        ) : c.mode === 'weighted' ? (
          <InputNumber aria-label={`${componentLabels[c.key]}满分`} size="small" min={0.01} max={10000} value={full} disabled={!c.enabled || c.normalize || undefined} onChange={(f) => patch(i, { full: f ?? 100 })} style={{ width: 80 }} />
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      title: '按组内最高分折算',
      dataIndex: 'normalize',
      width: 128,
      align: 'center',
      render: (on: boolean, c, i) =>
        c.mode === 'weighted' ? (
          <Switch size="small" aria-label={`${componentLabels[c.key]}按组内最高分折算`} checked={on} disabled={!c.enabled || undefined} onChange={(v) => patch(i, { normalize: v })} />
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      title: '加减分上限',
      dataIndex: 'cap',
      width: 112,
      render: (cap: number | null, c, i) =>
        c.mode === 'added' ? (
          <InputNumber
            aria-label={`${componentLabels[c.key]}加减分上限`}
            size="small"
            min={0}
            max={100}
            value={cap}
            placeholder="不设"
            prefix="±"
            disabled={!c.enabled || undefined}
            onChange={(v) => patch(i, { cap: v ?? null })}
            style={{ width: 96 }}
          />
        ) : (
          <span className="muted">—</span>
        ),
    },
    { title: '数据来源', key: 'source', render: (_v, c) => <span className="muted">{sourceNote(c.key, year)}</span> },
  ];
  return (
    <div className="rules-components">
      <Table<CompositeComponent> size="small" rowKey="key" columns={columns} dataSource={value as CompositeComponent[]} pagination={false} rowClassName={(c) => (c.enabled ? '' : 'row-disabled')} />
      <div className="weight-sum" data-testid="weight-sum">
        按权重计入的各部分权重合计：
        <Typography.Text strong type={sum === 100 ? 'success' : 'danger'}>{`${sum}%`}</Typography.Text>
        {sum !== 100 && <Typography.Text type="danger">（应为100%）</Typography.Text>}
        <Typography.Text type="secondary" className="weight-note">
          按权重：百分制得分 × 权重（百分制得分 = 原始分 ÷ 满分 × 100；按组内最高分折算时以组内最高分为满分）。直接加减：原始分直接加入综合得分，不超过上限。
        </Typography.Text>
      </div>
    </div>
  );
}
