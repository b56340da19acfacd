import { Form, InputNumber, Modal, Radio } from 'antd';
import { useState } from 'react';
import type { Unit } from '../../../../shared/domain';
import { weeklyModeLabels, weekRuleLabels, type WeeklyMode, type WeeklySettings, type WeekRule } from '../../../../shared/weekly';
import { UnitCheckTree } from '../../../components/UnitCheckTree';
import { useChannelMutation } from '../../../hooks/api-hooks';

/** 周晒设置 of a 考核年度 (DOMAIN §8): who posts, which units take part, the week rule, the first week. */
export function WeeklySettingsDialog(props: { year: number; settings: WeeklySettings; units: readonly Unit[]; readOnly: boolean; onClose: () => void; onSaved: () => void }) {
  const [mode, setMode] = useState<WeeklyMode>(props.settings.mode);
  const [weekRule, setWeekRule] = useState<WeekRule>(props.settings.weekRule);
  const [unitIds, setUnitIds] = useState<number[]>(props.settings.unitIds);
  const [startWeek, setStartWeek] = useState(props.settings.startWeek);
  const save = useChannelMutation('weekly.setSettings', { success: '已保存周晒设置' });
  return (
    <Modal
      open
      width={640}
      title={`${props.year}年度周晒设置`}
      okText="保存"
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: props.readOnly }}
      onCancel={props.onClose}
      onOk={() => save.mutate({ year: props.year, settings: { mode, weekRule, unitIds, startWeek } }, { onSuccess: props.onSaved })}
    >
      <Form layout="vertical">
        <Form.Item label="晒报方式">
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as WeeklyMode)} options={(['unit', 'person'] as const).map((m) => ({ value: m, label: weeklyModeLabels[m] }))} />
        </Form.Item>
        <Form.Item label="参晒单位" extra={mode === 'person' ? '按个人晒时，所选单位（含下属单位）的在职人员每人晒报' : '默认为机关各科室和所属事业单位'}>
          <UnitCheckTree units={props.units} value={unitIds} onChange={setUnitIds} />
        </Form.Item>
        <Form.Item label="周次（每周为周一至周日，按年度编第N周）">
          <Radio.Group value={weekRule} onChange={(e) => setWeekRule(e.target.value as WeekRule)}
            options={(['thursday', 'sunday'] as const).map((r) => ({ value: r, label: weekRuleLabels[r] }))} />
        </Form.Item>
        <Form.Item label="自第几周起晒报">
          <InputNumber aria-label="起始周" min={1} max={53} value={startWeek} onChange={(v) => setStartWeek(v ?? 1)} addonBefore="第" addonAfter="周" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
