import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, InputNumber, Radio, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { BallotIndicator, BallotLevel, EvaluationConfig } from '../../../../shared/evaluation/config';
import { OrderButtons } from '../../../components/OrderButtons';
import { formLabels } from '../evaluation-labels';
import { freshCode, removeAt, replaceAt } from './config-checks';

const freeKey = (levels: readonly BallotLevel[]) => '123456789'.split('').find((k) => !levels.some((l) => l.key === k)) ?? '9';

/** 票面: the form (等次/评分/both), the levels with points, keys and flags, the indicators with weights and maxima. */
export function BallotFaceTab(props: { config: EvaluationConfig; onChange: (next: EvaluationConfig) => void; readOnly: boolean }) {
  const { config, onChange, readOnly } = props;
  const levels = config.levels;
  const indicators = config.indicators;
  const setLevels = (next: BallotLevel[]) => onChange({ ...config, levels: next });
  const setIndicators = (next: BallotIndicator[]) => onChange({ ...config, indicators: next });
  const lv = (i: number, patch: Partial<BallotLevel>) => setLevels(replaceAt(levels, i, patch));
  const ind = (i: number, patch: Partial<BallotIndicator>) => setIndicators(replaceAt(indicators, i, patch));

  const levelColumns: TableColumnsType<BallotLevel> = [
    { title: '序号', key: 'no', width: 56, align: 'center', render: (_v, _l, i) => i + 1 },
    { title: '等次名称', key: 'name', render: (_v, l, i) => <Input value={l.name} maxLength={10} disabled={readOnly} aria-label={`第${i + 1}个等次名称`} onChange={(e) => lv(i, { name: e.target.value })} /> },
    {
      title: '分值',
      key: 'points',
      width: 100,
      render: (_v, l, i) => <InputNumber value={l.points} min={0} max={1000} disabled={readOnly} aria-label={`${l.name}分值`} onChange={(v) => lv(i, { points: v ?? 0 })} style={{ width: '100%' }} />,
    },
    {
      title: '录入键',
      key: 'key',
      width: 80,
      render: (_v, l, i) => (
        <Input value={l.key} maxLength={1} disabled={readOnly} aria-label={`${l.name}录入键`} onChange={(e) => lv(i, { key: e.target.value.replace(/[^1-9]/g, '') })} style={{ textAlign: 'center' }} />
      ),
    },
    { title: `计入${config.rateLabels.excellent}`, key: 'excellent', width: 110, align: 'center', render: (_v, l, i) => <Checkbox checked={l.excellent} disabled={readOnly} aria-label={`${l.name}计入优秀`} onChange={(e) => lv(i, { excellent: e.target.checked })} /> },
    { title: `计入${config.rateLabels.approval}`, key: 'approval', width: 140, align: 'center', render: (_v, l, i) => <Checkbox checked={l.approval} disabled={readOnly} aria-label={`${l.name}计入好评`} onChange={(e) => lv(i, { approval: e.target.checked })} /> },
    { title: `计入${config.rateLabels.fail}`, key: 'fail', width: 110, align: 'center', render: (_v, l, i) => <Checkbox checked={l.fail} disabled={readOnly} aria-label={`${l.name}计入差评`} onChange={(e) => lv(i, { fail: e.target.checked })} /> },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      align: 'center',
      render: (_v, l, i) => <OrderButtons list={levels} index={i} onChange={setLevels} name={l.name} minLength={2} disabled={readOnly} />,
    },
  ];

  const indicatorColumns: TableColumnsType<BallotIndicator> = [
    { title: '序号', key: 'no', width: 56, align: 'center', render: (_v, _x, i) => i + 1 },
    { title: '指标名称', key: 'name', render: (_v, x, i) => <Input value={x.name} maxLength={20} disabled={readOnly} aria-label={`第${i + 1}个指标名称`} onChange={(e) => ind(i, { name: e.target.value })} /> },
    { title: '权重（%）', key: 'weight', width: 120, render: (_v, x, i) => <InputNumber value={x.weight} min={0} max={100} disabled={readOnly} aria-label={`${x.name}权重`} onChange={(v) => ind(i, { weight: v ?? 0 })} style={{ width: '100%' }} /> },
    { title: '满分', key: 'max', width: 120, render: (_v, x, i) => <InputNumber value={x.max} min={1} max={1000} disabled={readOnly} aria-label={`${x.name}满分`} onChange={(v) => ind(i, { max: v ?? 100 })} style={{ width: '100%' }} /> },
    {
      title: '操作',
      key: 'actions',
      width: 70,
      align: 'center',
      render: (_v, x, i) => <Button type="text" size="small" danger icon={<DeleteOutlined />} disabled={readOnly || indicators.length <= 1} title="删除" aria-label={`删除${x.name}`} onClick={() => setIndicators(removeAt(indicators, i))} />,
    },
  ];

  const weightSum = indicators.reduce((s, x) => s + x.weight, 0);

  return (
    <div className="setup-section">
      <div className="setup-row">
        <span className="setup-label">票面形式</span>
        <Radio.Group value={config.form} disabled={readOnly} onChange={(e) => onChange({ ...config, form: e.target.value as EvaluationConfig['form'] })}>
          {(Object.keys(formLabels) as EvaluationConfig['form'][]).map((f) => (
            <Radio.Button key={f} value={f}>
              {formLabels[f]}
            </Radio.Button>
          ))}
        </Radio.Group>
      </div>
      {config.form === 'both' && (
        <div className="setup-row">
          <span className="setup-label">得分构成</span>
          <Space>
            等次得分占
            <InputNumber value={config.formWeights.level} min={0} max={100} disabled={readOnly} aria-label="等次得分占比" onChange={(v) => onChange({ ...config, formWeights: { ...config.formWeights, level: v ?? 0 } })} suffix="%" />
            评分占
            <InputNumber value={config.formWeights.score} min={0} max={100} disabled={readOnly} aria-label="评分占比" onChange={(v) => onChange({ ...config, formWeights: { ...config.formWeights, score: v ?? 0 } })} suffix="%" />
          </Space>
        </div>
      )}
      {config.form !== 'score' && (
        <>
          <Typography.Title level={5}>等次</Typography.Title>
          <Typography.Paragraph type="secondary">
            等次得分＝Σ票数×分值÷有效票数（弃权不计）。录入键是纸质票录入时代表该等次的数字，0 固定为弃权。
          </Typography.Paragraph>
          <Table<BallotLevel> size="small" rowKey={(l) => levels.indexOf(l)} columns={levelColumns} dataSource={levels} pagination={false} />
          {!readOnly && (
            <Button
              icon={<PlusOutlined />}
              style={{ marginTop: 12 }}
              disabled={levels.length >= 9}
              onClick={() => setLevels([...levels, { code: freshCode('L', levels.map((l) => l.code)), name: '', points: 0, key: freeKey(levels), excellent: false, approval: false, fail: false }])}
            >
              添加等次
            </Button>
          )}
        </>
      )}
      {config.form !== 'level' && (
        <>
          <Typography.Title level={5}>评分指标</Typography.Title>
          <Typography.Paragraph type="secondary">
            评分得分＝Σ各指标平均分×权重÷权重合计。当前权重合计 <b>{weightSum}%</b>
            {weightSum !== 100 && '（不足或超过 100% 时按比例折算）'}。
          </Typography.Paragraph>
          <Table<BallotIndicator> size="small" rowKey={(x) => indicators.indexOf(x)} columns={indicatorColumns} dataSource={indicators} pagination={false} />
          {!readOnly && (
            <Button icon={<PlusOutlined />} style={{ marginTop: 12 }} onClick={() => setIndicators([...indicators, { code: freshCode('I', indicators.map((x) => x.code)), name: '', weight: 0, max: 100 }])}>
              添加指标
            </Button>
          )}
        </>
      )}
      <Typography.Title level={5}>比率名称</Typography.Title>
      <Space wrap>
        <span>优秀类：</span>
        <Input value={config.rateLabels.excellent} disabled={readOnly} aria-label="优秀率名称" style={{ width: 140 }} onChange={(e) => onChange({ ...config, rateLabels: { ...config.rateLabels, excellent: e.target.value } })} />
        <span>好评类：</span>
        <Input value={config.rateLabels.approval} disabled={readOnly} aria-label="好评率名称" style={{ width: 160 }} onChange={(e) => onChange({ ...config, rateLabels: { ...config.rateLabels, approval: e.target.value } })} />
        <span>差评类：</span>
        <Input value={config.rateLabels.fail} disabled={readOnly} aria-label="差评率名称" style={{ width: 140 }} onChange={(e) => onChange({ ...config, rateLabels: { ...config.rateLabels, fail: e.target.value } })} />
      </Space>
    </div>
  );
}
