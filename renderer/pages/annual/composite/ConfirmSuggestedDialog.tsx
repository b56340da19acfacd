import { Alert, Modal, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { committeeBlockText, type CommitteeBlock, type CompositeView } from '../../../../shared/annual/views';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';
import { groupCounts } from './composite-decisions';

/**
 * 「按建议等次确认」 for the group on screen or for every group. People already confirmed keep their
 * 等次; people without a suggestion, and people tied at the 优秀 boundary (the committee's to
 * decide), stay open, and the dialog names the ties it left.
 */
export function ConfirmSuggestedDialog(props: { open: boolean; view: CompositeView; groupId: number | undefined; onClose: () => void }) {
  const { open, view, groupId, onClose } = props;
  const [scope, setScope] = useState<'group' | 'all'>('group');
  const [left, setLeft] = useState<{ saved: number; blocks: CommitteeBlock[] } | null>(null);
  const confirm = useChannelMutation('annual.confirmAsSuggested', { success: (r) => `已按建议等次确认 ${r.saved} 人`, showError: false });
  const { reset } = confirm;
  useEffect(() => {
    if (open) {
      setScope(groupId === undefined ? 'all' : 'group');
      setLeft(null);
      reset();
    }
  }, [open, groupId, reset]);

  const group = view.groups.find((g) => g.id === groupId);
  const mine = groupCounts(view.rows, groupId);
  const all = groupCounts(view.rows);
  const counts = scope === 'group' && group ? mine : all;
  const waiting = counts.unconfirmed - counts.confirmable - counts.committee;
  if (left) {
    return (
      <Modal title="按建议等次确认" open={open} onCancel={onClose} onOk={onClose} okText="知道了" cancelButtonProps={{ style: { display: 'none' } }} destroyOnHidden>
        <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="committee-left">
          <Typography.Paragraph style={{ margin: 0 }}>{`已按建议等次确认 ${left.saved} 人。`}</Typography.Paragraph>
          {left.blocks.map((b) => (
            <Alert key={`${b.groupName}-${b.rank}`} type="warning" showIcon title={committeeBlockText(b)} />
          ))}
        </Space>
      </Modal>
    );
  }
  return (
    <Modal
      title="按建议等次确认"
      open={open}
      onCancel={onClose}
      okText={`确认 ${counts.confirmable} 人`}
      cancelText="取消"
      okButtonProps={{ disabled: counts.confirmable === 0, loading: confirm.isPending }}
      onOk={() =>
        confirm.mutate(
          { year: view.year, groupId: scope === 'group' && group ? group.id : undefined },
          { onSuccess: (r) => (r.leftForCommittee.length > 0 ? setLeft({ saved: r.saved, blocks: r.leftForCommittee }) : onClose()) },
        )
      }
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
        {counts.committee > 0 && (
          <Alert type="warning" showIcon title={`另有 ${counts.committee} 人在优秀名额边界上得分并列，不予确认，须由考核委员会逐一确定。`} />
        )}
        {waiting > 0 && <Alert type="warning" showIcon title={`另有 ${waiting} 人暂无建议等次（缺少得分或数据不足），须由考核委员会逐一确定。`} />}
        {confirm.isError && <Alert type="error" showIcon title={errorText(confirm.error)} />}
      </Space>
    </Modal>
  );
}
