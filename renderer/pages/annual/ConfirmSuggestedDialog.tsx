import { Alert, Modal, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { CompositeView } from '../../../shared/annual/views';
import { errorText, useChannelMutation } from '../../hooks/api-hooks';
import { groupCounts } from './composite-decisions';

/**
 * 「按建议等次确认」 for the group on screen or for every group. People already confirmed keep their
 * 等次; people without a suggestion stay open for the committee.
 */
export function ConfirmSuggestedDialog(props: { open: boolean; view: CompositeView; groupId: number | undefined; onClose: () => void }) {
  const { open, view, groupId, onClose } = props;
  const [scope, setScope] = useState<'group' | 'all'>('group');
  const confirm = useChannelMutation('annual.confirmAsSuggested', { success: (r) => `已按建议等次确认 ${r.saved} 人`, showError: false });
  const { reset } = confirm;
  useEffect(() => {
    if (open) {
      setScope(groupId === undefined ? 'all' : 'group');
      reset();
    }
  }, [open, groupId, reset]);

  const group = view.groups.find((g) => g.id === groupId);
  const mine = groupCounts(view.rows, groupId);
  const all = groupCounts(view.rows);
  const counts = scope === 'group' && group ? mine : all;
  const waiting = counts.unconfirmed - counts.confirmable;
  return (
    <Modal
      title="按建议等次确认"
      open={open}
      onCancel={onClose}
      okText={`确认 ${counts.confirmable} 人`}
      cancelText="取消"
      okButtonProps={{ disabled: counts.confirmable === 0, loading: confirm.isPending }}
      onOk={async () => {
        await confirm.mutateAsync({ year: view.year, groupId: scope === 'group' && group ? group.id : undefined }).then(onClose, () => undefined);
      }}
      destroyOnHidden
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Radio.Group value={scope} onChange={(e) => setScope(e.target.value as 'group' | 'all')}>
          <Space orientation="vertical">
            {group && (
              <Radio value="group">
                本组：{group.name}（未确定 {mine.unconfirmed} 人）
              </Radio>
            )}
            <Radio value="all">全部分组（未确定 {all.unconfirmed} 人）</Radio>
          </Space>
        </Radio.Group>
        <Typography.Paragraph style={{ margin: 0 }}>
          将把 {counts.confirmable} 名尚未确定等次人员的确定等次设为其建议等次。已确定等次的人员不变。
        </Typography.Paragraph>
        {waiting > 0 && <Alert type="warning" showIcon title={`另有 ${waiting} 人暂无建议等次（缺少得分），须由考核委员会逐一确定。`} />}
        {confirm.isError && <Alert type="error" showIcon title={errorText(confirm.error)} />}
      </Space>
    </Modal>
  );
}
