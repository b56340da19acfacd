import { Alert, Form, InputNumber, Modal, Radio } from 'antd';
import { useState } from 'react';
import { passOnLabels, type InspectionSettings, type PassOnRule } from '../../../shared/inspections';
import { useChannelMutation } from '../../hooks/api-hooks';

/** 通报计分设置 of a 考核年度 (DOMAIN §8.6): points per kind, and whether a unit's 通报 passes on to its people. */
export function InspectionSettingsDialog(props: { year: number; settings: InspectionSettings; readOnly: boolean; onClose: () => void }) {
  const [draft, setDraft] = useState<InspectionSettings>(props.settings);
  const save = useChannelMutation('inspections.setSettings', { success: '已保存通报计分设置' });
  return (
    <Modal
      open
      width={560}
      title={`${props.year}年度通报计分设置`}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: props.readOnly }}
      onCancel={props.onClose}
      onOk={() => save.mutate({ year: props.year, settings: draft }, { onSuccess: props.onClose })}
    >
      <Form layout="vertical" className="inspections-form">
        <Form.Item label="通报表扬（加分）">
          <InputNumber<number> aria-label="通报表扬分值" min={0.1} max={100} step={0.5} value={draft.praisePoints} onChange={(v) => v && setDraft({ ...draft, praisePoints: v })} prefix="+" suffix="分" />
        </Form.Item>
        <Form.Item label="通报批评（减分）">
          <InputNumber<number> aria-label="通报批评分值" min={0.1} max={100} step={0.5} value={-draft.criticismPoints} onChange={(v) => v && setDraft({ ...draft, criticismPoints: -v })} prefix="−" suffix="分" />
        </Form.Item>
        <Form.Item label="通报对象为单位时">
          <Radio.Group
            value={draft.passOn}
            onChange={(e) => setDraft({ ...draft, passOn: e.target.value as PassOnRule })}
            options={(['none', 'leaders', 'all'] as const).map((r) => ({ value: r, label: passOnLabels[r] }))}
          />
        </Form.Item>
      </Form>
      <Alert type="info" showIcon title="登记通报时按当时的设置生成加减分记录（类别为通报表扬/通报批评），之后修改设置不影响已登记的通报；删除通报时一并删除其加减分记录。" />
    </Modal>
  );
}
