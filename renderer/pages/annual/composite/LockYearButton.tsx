import { LockOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useChannelMutation, useChannelQuery } from '../../../hooks/api-hooks';

/**
 * 「确认并锁定年度」: only once every participant has a 确定等次. The dialog says plainly that the
 * whole year freezes (述职测评, 双十星 and 年度考核 alike) and that only the admin can unlock it.
 */
export function LockYearButton(props: { year: number; unconfirmed: number }) {
  const { year, unconfirmed } = props;
  const { modal } = App.useApp();
  const lock = useChannelMutation('annual.lock', { success: `${year}年度考核已确认并锁定` });
  // the 优秀等次公示 holds the lock while it runs or an objection is open (DOMAIN §9.1): the same words as the refusal
  const publicity = useChannelQuery('publicity.get', { year });
  const publicityHold = publicity.data?.year === year ? publicity.data.lockRefusal : null;
  const ask = () => {
    modal.confirm({
      title: `确认并锁定${year}年度`,
      width: 520,
      content: (
        <div className="cp-dialog-text">
          <p>锁定后，{year}年度的全部数据均不能再修改，包括：</p>
          <ul className="cp-list">
            <li>述职测评（测评票、结果）；</li>
            <li>双十星（评星记录、摘星、年终认定）；</li>
            <li>年度考核（考核项目评分、平时考核、领导评价、加减分、处分、确定等次）。</li>
          </ul>
          <p>综合评定结果将按当前状态固定并存档，可随时查看和导出。只有管理员凭管理员密码并填写理由方可解锁。</p>
          <p>确定锁定吗？</p>
        </div>
      ),
      okText: '确认并锁定',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => lock.mutateAsync({ year }).catch(() => undefined),
    });
  };
  const blocked = unconfirmed > 0 || publicityHold !== null;
  const why = unconfirmed > 0 ? `还有 ${unconfirmed} 人未确定等次，全部确定后方可锁定` : publicityHold;
  return (
    <Tooltip title={why ?? undefined}>
      <Button type="primary" danger icon={<LockOutlined />} disabled={blocked} loading={lock.isPending} onClick={ask} data-testid="lock-year" title={why ?? undefined}>
        确认并锁定年度
      </Button>
    </Tooltip>
  );
}
