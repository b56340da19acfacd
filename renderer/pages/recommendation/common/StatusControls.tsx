import { App, Button, Space, Switch, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { dayText } from '../../../../shared/date-text';
import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import { invoke } from '../../../api';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';
import { useYearLocked } from '../../../hooks/use-year-lock';

/**
 * 测试模式 on/off, 「清除测试票」, 「开始正式推荐」 and 「结束推荐」, each destructive step behind a
 * confirmation that says what happens.
 */
export function StatusControls({ event }: { event: RecommendationEvent }) {
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const setStatus = useChannelMutation('recommendation.setStatus');
  const yearLocked = useYearLocked(event.year);
  const { confirmClose } = useCloseRecommendation(event);

  const run = async (steps: () => Promise<string>) => {
    try {
      void message.success(await steps());
    } catch (error) {
      void message.error(errorText(error), 6);
    } finally {
      await queryClient.invalidateQueries();
    }
  };

  const wipe = () => {
    modal.confirm({
      title: '清除测试票',
      content: `将删除本次推荐的全部 ${event.testBallots} 张测试票（含录入记录），删除后不能恢复。确定清除吗？`,
      okText: '清除测试票',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () =>
        run(async () => {
          const r = await invoke('recommendation.wipeTestBallots', { id: event.id });
          return `已清除 ${r.wiped} 张测试票`;
        }),
    });
  };

  const goLive = () => {
    modal.confirm({
      title: '开始正式推荐',
      width: 500,
      content: (
        <div>
          {event.testBallots > 0 && <p>本次推荐还有 {event.testBallots} 张测试票，开始正式推荐前将先清除这些测试票。</p>}
          <p>开始后收到正式推荐票，推荐职位、候选人、评委类别和计票规则等设置即锁定，不能再修改。确定开始吗？</p>
        </div>
      ),
      okText: event.testBallots > 0 ? '清除测试票并开始' : '开始正式推荐',
      cancelText: '取消',
      onOk: () =>
        run(async () => {
          if (event.testBallots > 0) await invoke('recommendation.wipeTestBallots', { id: event.id });
          await invoke('recommendation.setStatus', { id: event.id, status: 'live' });
          return '已开始正式推荐';
        }),
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
        <Button danger onClick={wipe} disabled={yearLocked}>
          清除测试票（{event.testBallots} 张）
        </Button>
      )}
      {event.status !== 'live' && (
        <Button type="primary" onClick={goLive} disabled={yearLocked}>
          开始正式推荐
        </Button>
      )}
      {event.status === 'live' && (
        <Button danger onClick={confirmClose} disabled={yearLocked}>
          结束推荐
        </Button>
      )}
    </Space>
  );
}

/** 「结束推荐」 behind its confirmation: the header and the results page both offer it. */
export function useCloseRecommendation(event: Pick<RecommendationEvent, 'id'>) {
  const { modal } = App.useApp();
  const close = useChannelMutation('recommendation.close', { success: '推荐已结束，结果已固定' });
  const confirmClose = () => {
    modal.confirm({
      title: '结束推荐',
      content: '结束后不再接收推荐票，推荐结果即固定，不能再修改。确定结束吗？',
      okText: '结束推荐',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => close.mutateAsync({ id: event.id }).catch(() => undefined),
    });
  };
  return { confirmClose, closing: close.isPending };
}
