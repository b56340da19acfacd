import { App, Button, Space, Switch, Typography } from 'antd';
import { dayText } from '../../../shared/date-text';
import type { EvaluationEvent } from '../../../shared/contract/evaluation';
import { invoke } from '../../api';
import { errorText, useChannelMutation } from '../../hooks/api-hooks';
import { useYearLocked } from '../../hooks/use-year-lock';
import { useQueryClient } from '@tanstack/react-query';

/**
 * 测试模式 on/off, 「重新校验测试票」, 「清除测试票」, 「开始正式测评」 and 「结束测评」, each destructive
 * step behind a confirmation that says what happens.
 */
export function StatusControls({ event }: { event: EvaluationEvent }) {
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const setStatus = useChannelMutation('evaluation.setStatus');
  const close = useChannelMutation('evaluation.close', { success: '测评已结束，结果已固定' });
  // a rule changed in 测试模式 does not change the stored validity of test ballots by itself
  const revalidate = useChannelMutation('evaluation.revalidate', { success: (r) => `已按现行规则重新校验：有效 ${r.valid} 张，无效 ${r.invalid} 张` });
  // a locked 考核年度 refuses every change of status (EventHeader says why)
  const yearLocked = useYearLocked(event.year);

  const wipe = () => {
    modal.confirm({
      title: '清除测试票',
      content: `将删除本测评的全部 ${event.testBallots} 张测试票（含录入记录），删除后不能恢复。确定清除吗？`,
      okText: '清除测试票',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          const r = await invoke('evaluation.wipeTestBallots', { id: event.id });
          void message.success(`已清除 ${r.wiped} 张测试票`);
        } catch (error) {
          void message.error(errorText(error), 6);
        } finally {
          await queryClient.invalidateQueries();
        }
      },
    });
  };

  const goLive = () => {
    modal.confirm({
      title: '开始正式测评',
      width: 500,
      content: (
        <div>
          {event.testBallots > 0 && <p>本测评还有 {event.testBallots} 张测试票，开始正式测评前将先清除这些测试票。</p>}
          <p>开始后收到正式测评票，测评对象、评委类别、票面和规则等设置即锁定，不能再修改。确定开始吗？</p>
        </div>
      ),
      okText: event.testBallots > 0 ? '清除测试票并开始' : '开始正式测评',
      cancelText: '取消',
      onOk: async () => {
        try {
          if (event.testBallots > 0) await invoke('evaluation.wipeTestBallots', { id: event.id });
          await invoke('evaluation.setStatus', { id: event.id, status: 'live' });
          void message.success('已开始正式测评');
        } catch (error) {
          void message.error(errorText(error), 6);
        } finally {
          await queryClient.invalidateQueries();
        }
      },
    });
  };

  const confirmClose = () => {
    modal.confirm({
      title: '结束测评',
      content: '结束后不再接收测评票，测评结果即固定，不能再修改。确定结束吗？',
      okText: '结束测评',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => close.mutateAsync({ id: event.id }).catch(() => undefined),
    });
  };

  if (event.status === 'closed') {
    return <Typography.Text type="secondary">{event.closedAt ? `已于 ${dayText(event.closedAt)} 结束，结果已固定` : '已结束，结果已固定'}</Typography.Text>;
  }
  return (
    <Space size={12} wrap>
      {event.status !== 'live' && (
        <Space size={6}>
          <Switch
            checked={event.status === 'test'}
            loading={setStatus.isPending}
            disabled={yearLocked}
            onChange={(on) => setStatus.mutate({ id: event.id, status: on ? 'test' : 'setup' })}
            aria-label="测试模式"
          />
          <span>测试模式</span>
        </Space>
      )}
      {event.testBallots > 0 && event.status !== 'live' && (
        <Button onClick={() => revalidate.mutate({ id: event.id })} loading={revalidate.isPending} disabled={yearLocked}>
          按现行规则重新校验测试票
        </Button>
      )}
      {event.testBallots > 0 && event.status !== 'live' && (
        <Button danger onClick={wipe} disabled={yearLocked}>
          清除测试票（{event.testBallots} 张）
        </Button>
      )}
      {event.status !== 'live' && (
        <Button type="primary" onClick={goLive} disabled={yearLocked}>
          开始正式测评
        </Button>
      )}
      {event.status === 'live' && (
        <Button danger onClick={confirmClose} disabled={yearLocked}>
          结束测评
        </Button>
      )}
    </Space>
  );
}
