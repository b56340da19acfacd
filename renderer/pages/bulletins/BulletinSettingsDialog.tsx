import { Alert, Form, Input, InputNumber, Modal, Space } from 'antd';
import { useState } from 'react';
import { bulletinTitle, rankPartLabels, rankParts, type BulletinSettings, type BulletinSettingsView } from '../../../shared/bulletins';
import type { Unit } from '../../../shared/domain';
import { UnitCheckTree } from '../../components/UnitCheckTree';
import { useChannelMutation } from '../../hooks/api-hooks';

/** 通报设置 of a 考核年度 (DOMAIN §8.5): the units covered, the 排名分's weights, the title words and the 落款. */
export function BulletinSettingsDialog(props: { view: BulletinSettingsView; units: readonly Unit[]; readOnly: boolean; onClose: () => void }) {
  const { view } = props;
  const [draft, setDraft] = useState<BulletinSettings>(view.settings);
  const save = useChannelMutation('bulletins.setSettings', { success: '已保存通报设置' });
  const total = rankParts.reduce((s, p) => s + draft.weights[p], 0);
  return (
    <Modal
      open
      width={640}
      title={`${view.year}年度月度通报设置`}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: props.readOnly || total === 0 }}
      onCancel={props.onClose}
      onOk={() => save.mutate({ year: view.year, settings: draft }, { onSuccess: props.onClose })}
    >
      {!view.saved && (
        <Alert className="bulletin-settings-note" type="info" showIcon
          title={view.carriedFrom ? `本年度尚未保存设置，沿用${view.carriedFrom}年度的设置；保存后成为本年度的设置。` : '本年度尚未保存设置：默认通报牵头工作任务或晒报周晒的单位，权重40/30/30。'} />
      )}
      <Form layout="vertical">
        <Form.Item label={`通报单位（${draft.unitIds.length}个）`}>
          <UnitCheckTree units={props.units} value={draft.unitIds} onChange={(unitIds) => setDraft({ ...draft, unitIds })} />
        </Form.Item>
        <Form.Item label="排名分权重（%）" extra={`合计${total}%；某项无数据的单位（如本月无到期节点、无评议）按其余各项比例折算，并在通报中注明。`}>
          <Space wrap>
            {rankParts.map((p) => (
              <InputNumber<number> key={p} aria-label={`${rankPartLabels[p]}权重`} min={0} max={100} value={draft.weights[p]} prefix={rankPartLabels[p]} suffix="%" style={{ width: 200 }}
                onChange={(v) => setDraft({ ...draft, weights: { ...draft.weights, [p]: v ?? 0 } })} />
            ))}
          </Space>
        </Form.Item>
        <Form.Item label="标题用语" extra={`标题：${bulletinTitle(view.year, 3, draft.titleWords || '……')}`}>
          <Input aria-label="标题用语" maxLength={30} value={draft.titleWords} onChange={(e) => setDraft({ ...draft, titleWords: e.target.value })} />
        </Form.Item>
        <Form.Item label="落款">
          <Input aria-label="设置落款" maxLength={40} value={draft.signature} onChange={(e) => setDraft({ ...draft, signature: e.target.value })} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
