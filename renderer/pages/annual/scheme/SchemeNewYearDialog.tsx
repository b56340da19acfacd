import { Alert, Checkbox, Form, InputNumber, Modal, Radio, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AnnualYearSummary } from '../../../../shared/annual/views';
import { useAnnualPresets } from '../../../hooks/annual-hooks';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';
import { defaultGroupingText, presetText } from './scheme-text';

type Source = 'copy' | 'preset';

/**
 * 新建考核年度: the year, where its rules come from (沿用上年方案 = the rules, 考核分组 and 指标体系 of
 * an existing year; or the preset) and whether every 在职 person joins at once.
 */
export function SchemeNewYearDialog(props: { open: boolean; years: readonly AnnualYearSummary[]; onClose: () => void; onCreated: (year: number) => void }) {
  const { open, years, onClose, onCreated } = props;
  const latest = years.reduce<number | null>((max, y) => (max == null || y.year > max ? y.year : max), null);
  const [year, setYear] = useState<number | null>(null);
  const [source, setSource] = useState<Source>('preset');
  const [copyFrom, setCopyFrom] = useState<number | undefined>();
  const [addAll, setAddAll] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const presets = useAnnualPresets();
  const create = useChannelMutation('annual.createYear', { success: (y) => `已建立${y.name}`, showError: false });

  useEffect(() => {
    if (!open) return;
    setYear(latest != null ? latest + 1 : new Date().getFullYear());
    setSource(latest != null ? 'copy' : 'preset');
    setCopyFrom(latest ?? undefined);
    setAddAll(true);
    setError(null);
  }, [open, latest]);

  const taken = year != null && years.some((y) => y.year === year);
  const ready = year != null && !taken && (source === 'preset' || copyFrom != null);

  return (
    <Modal
      title="新建考核年度"
      open={open}
      onCancel={onClose}
      okText="建立"
      cancelText="取消"
      okButtonProps={{ disabled: !ready, loading: create.isPending }}
      onOk={() => {
        if (!ready || year == null) return;
        setError(null);
        create.mutate(
          { year, copyFromYear: source === 'copy' ? copyFrom : undefined, addParticipants: addAll },
          { onSuccess: (created) => onCreated(created.year), onError: (e) => setError(errorText(e)) },
        );
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="考核年度" required validateStatus={taken ? 'error' : undefined} help={taken ? `${year}年度已经建立` : undefined}>
          <Space>
            <InputNumber aria-label="考核年度" min={2000} max={2100} precision={0} value={year} onChange={setYear} style={{ width: 120 }} />
            <span>年度</span>
          </Space>
        </Form.Item>
        <Form.Item label="考核方案" required>
          <Radio.Group value={source} onChange={(e) => setSource(e.target.value as Source)} className="annual-source-choice">
            <Radio value="copy" disabled={years.length === 0}>
              <Space size={6}>
                沿用上年方案
                <Select
                  aria-label="沿用年度"
                  size="small"
                  value={copyFrom}
                  onChange={(v) => {
                    setCopyFrom(v);
                    setSource('copy');
                  }}
                  disabled={years.length === 0}
                  placeholder="选择年度"
                  options={[...years].sort((a, b) => b.year - a.year).map((y) => ({ value: y.year, label: `${y.year}年度` }))}
                  style={{ width: 110 }}
                />
              </Space>
            </Radio>
            <Radio value="preset">使用预置方案</Radio>
          </Radio.Group>
          <Typography.Paragraph type="secondary" className="annual-hint">
            {source === 'copy'
              ? '复制所选年度的计分规则、考核分组和指标体系（不复制评分、平时考核等记录）。'
              : presets.data
                ? presetText(presets.data)
                : '使用系统预置的计分规则、考核分组和指标类别。'}
          </Typography.Paragraph>
        </Form.Item>
        <Form.Item>
          <Checkbox checked={addAll} onChange={(e) => setAddAll(e.target.checked)}>
            将在职人员全部加入
          </Checkbox>
          <Typography.Paragraph type="secondary" className="annual-hint">
            {`按默认规则分组：${defaultGroupingText}加入后可在“参加人员”中调整。`}
          </Typography.Paragraph>
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
