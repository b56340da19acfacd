import { DatePicker, Form, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { Person } from '../../../shared/domain';
import { useChannelMutation } from '../../hooks/api-hooks';

export type LeaveStatus = '调离' | '退休';

/** 调离 / 退休 with a date; the person stays on record (assessment history is kept). */
export function StatusDialog(props: { target: { person: Person; status: LeaveStatus } | null; onClose: () => void }) {
  const { target, onClose } = props;
  const [date, setDate] = useState<Dayjs | null>(dayjs());
  const setStatus = useChannelMutation('people.setStatus', { success: (_r) => `已标记为${target?.status ?? ''}` });
  useEffect(() => setDate(dayjs()), [target]);
  return (
    <Modal
      title={target ? `${target.status === '调离' ? '调离本单位' : '退休'}：${target.person.name}` : ''}
      open={target != null}
      onCancel={onClose}
      okText={target ? `确定${target.status}` : '确定'}
      okButtonProps={{ disabled: !date, loading: setStatus.isPending }}
      onOk={() => {
        if (!target || !date) return;
        // on failure the mutation shows the service's message and the dialog stays open
        setStatus.mutate({ ids: [target.person.id], status: target.status, date: date.format('YYYY-MM-DD') }, { onSuccess: onClose });
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {target?.status === '退休' ? '退休人员' : '调离人员'}不再出现在在职名单中，其历史考核记录仍予保留，可在“在职状态”筛选中查看。
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={`${target?.status ?? ''}日期`} required>
          <DatePicker value={date} onChange={setDate} format="YYYY-MM-DD" style={{ width: 220 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
