import { Form, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Person, Unit } from '../../../shared/domain';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useChannelMutation } from '../../hooks/api-hooks';

/** 调整单位 (调动 within the office): moves one person to another unit; not 调离 (leaving the office). */
export function MovePeopleDialog(props: { person: Person | null; units: readonly Unit[]; onClose: () => void }) {
  const { person, units, onClose } = props;
  const [unitId, setUnitId] = useState<number | undefined>();
  const move = useChannelMutation('people.move', { success: '已调整单位' });
  useEffect(() => setUnitId(undefined), [person]);
  return (
    <Modal
      title={person ? `调整单位：${person.name}` : '调整单位'}
      open={person != null}
      onCancel={onClose}
      okText="确定调整"
      okButtonProps={{ disabled: unitId == null || unitId === person?.unitId, loading: move.isPending }}
      onOk={() => {
        if (!person || unitId == null) return;
        // on failure the mutation shows the service's message and the dialog stays open
        move.mutate({ ids: [person.id], unitId }, { onSuccess: onClose });
      }}
      destroyOnHidden
    >
      <Typography.Paragraph>现单位：{person?.unitName}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="调入单位" required>
          <UnitTreeSelect units={units} value={unitId} onChange={setUnitId} disabledIds={new Set(person ? [person.unitId] : [])} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
