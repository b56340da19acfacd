import { Alert, Form, Modal, Radio } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Unit } from '../../../shared/domain';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { buildUnitTree, descendantIds } from '../../components/unit-tree';
import { errorText, useChannelMutation } from '../../hooks/api-hooks';

/** 移动单位: pick a new parent (or the top level); a unit cannot go under itself or its sub-units. */
export function MoveUnitDialog(props: { unit: Unit | null; units: readonly Unit[]; onClose: () => void }) {
  const { unit, units, onClose } = props;
  const [topLevel, setTopLevel] = useState(false);
  const [parentId, setParentId] = useState<number | undefined>();
  const [serverError, setServerError] = useState<string | null>(null);
  const update = useChannelMutation('units.update', { success: '已移动单位', showError: false });
  const blocked = useMemo(() => (unit ? descendantIds(buildUnitTree(units), unit.id) : new Set<number>()), [unit, units]);
  useEffect(() => {
    setTopLevel(unit?.parentId == null);
    setParentId(unit?.parentId ?? undefined);
    setServerError(null);
  }, [unit]);
  const target = topLevel ? null : (parentId ?? undefined);
  const unchanged = unit != null && (target ?? null) === unit.parentId;
  return (
    <Modal
      title={unit ? `移动单位：${unit.name}` : '移动单位'}
      open={unit != null}
      onCancel={onClose}
      okText="确定移动"
      okButtonProps={{ disabled: unchanged || target === undefined, loading: update.isPending }}
      onOk={() => {
        if (!unit || target === undefined) return;
        update.mutate({ id: unit.id, parentId: target }, { onSuccess: onClose, onError: (error) => setServerError(errorText(error)) });
      }}
      destroyOnHidden
    >
      {serverError && <Alert type="error" showIcon title={serverError} style={{ marginBottom: 12 }} />}
      <Form layout="vertical">
        <Form.Item label="移到">
          <Radio.Group value={topLevel} onChange={(e) => setTopLevel(e.target.value as boolean)}>
            <Radio value>顶级（无上级单位）</Radio>
            <Radio value={false}>以下单位之下</Radio>
          </Radio.Group>
        </Form.Item>
        {!topLevel && (
          <Form.Item label="上级单位" required>
            <UnitTreeSelect units={units} value={parentId} onChange={setParentId} disabledIds={blocked} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
