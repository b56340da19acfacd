import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Space, Typography } from 'antd';
import type { EvaluationConfig } from '../../../../shared/evaluation/config';
import { removeAt, replaceAt } from './config-checks';
import { SetupRow } from '../../../components/SetupRow';

/** 建议等次: the score bands, highest first as the clerk types them, each a minimum and a level name. */
export function ScoreBandsRow({ config, onChange, readOnly }: { config: EvaluationConfig; onChange: (next: EvaluationConfig) => void; readOnly: boolean }) {
  const setBands = (bands: EvaluationConfig['bands']) => onChange({ ...config, bands });
  return (
    <SetupRow label="建议等次" note="按综合得分（有折算时按折算分）从高到低对照，得出建议等次；最终等次由组织研究确定">
      <div className="bands">
        {config.bands.map((b, i) => (
          <Space key={i} className="band-row">
            <span>不低于</span>
            <InputNumber aria-label={`第${i + 1}段分数`} value={b.min} disabled={readOnly} onChange={(v) => setBands(replaceAt(config.bands, i, { min: v ?? 0 }))} suffix="分" style={{ width: 110 }} />
            <span>为</span>
            <Input aria-label={`第${i + 1}段等次`} value={b.name} maxLength={10} disabled={readOnly} onChange={(e) => setBands(replaceAt(config.bands, i, { name: e.target.value }))} style={{ width: 120 }} />
            {!readOnly && <Button type="text" danger icon={<DeleteOutlined />} title="删除" aria-label={`删除第${i + 1}段`} onClick={() => setBands(removeAt(config.bands, i))} />}
          </Space>
        ))}
        {config.bands.length === 0 && <Typography.Text type="secondary">未设分数段，不给出建议等次</Typography.Text>}
        {!readOnly && (
          <Button icon={<PlusOutlined />} size="small" onClick={() => setBands([...config.bands, { min: 0, name: '' }])}>
            添加分数段
          </Button>
        )}
      </div>
    </SetupRow>
  );
}
