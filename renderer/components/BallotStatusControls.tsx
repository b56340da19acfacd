import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Switch, Typography } from 'antd';
import type { EvaluationStatus } from '../../shared/contract/evaluation';
import { dayText } from '../../shared/date-text';
import { invoke } from '../api';
import { errorText, useChannelMutation } from '../hooks/api-hooks';
import { useYearLocked } from '../hooks/use-year-lock';

/** The two kinds of ballot event; their status channels take and give the same. */
export type BallotEventKind = 'evaluation' | 'recommendation';

/** The words of one kind: 测评 / 本测评 / 测评对象、评委类别、票面和规则. */
export interface StatusWords {
  /** 测评, 推荐 */
  readonly noun: string;
  /** 本测评, 本次推荐 */
  readonly thisEvent: string;
  /** what 正式 locks: 测评对象、评委类别、票面和规则 */
  readonly settings: string;
}

export interface StatusEvent {
  readonly id: number;
  readonly year: number;
  readonly status: EvaluationStatus;
  readonly testBallots: number;
  readonly closedAt: string | null;
}

/** 「结束测评」 / 「结束推荐」 behind its confirmation: the header and a results page both offer it. */
export function useConfirmClose(kind: BallotEventKind, noun: string, eventId: number) {
  const { modal } = App.useApp();
  const close = useChannelMutation(`${kind}.close`, { success: `${noun}已结束，结果已固定` });
  const confirmClose = () => {
    modal.confirm({
      title: `结束${noun}`,
      content: `结束后不再接收${noun}票，${noun}结果即固定，不能再修改。确定结束吗？`,
      okText: `结束${noun}`,
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => close.mutateAsync({ id: eventId }).catch(() => undefined),
    });
  };
  return { confirmClose, closing: close.isPending };
}

/**
 * 测试模式 on/off, 「重新校验测试票」 (where the kind has it), 「清除测试票」, 「开始正式…」 and
 * 「结束…」, each destructive step behind a confirmation that says what happens. A locked 考核年度
 * refuses every change of status (the header says why).
 */
export function BallotStatusControls(props: { kind: BallotEventKind; event: StatusEvent; words: StatusWords; revalidate?: boolean }) {
  const { kind, event, words } = props;
  const { noun } = words;
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const setStatus = useChannelMutation(`${kind}.setStatus`);
  // a rule changed in 测试模式 does not change the stored validity of test ballots by itself
  const revalidate = useChannelMutation('evaluation.revalidate', { success: (r) => `已按现行规则重新校验：有效 ${r.valid} 张，无效 ${r.invalid} 张` });
  const yearLocked = useYearLocked(event.year);
  const { confirmClose } = useConfirmClose(kind, noun, event.id);

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
      content: `将删除${words.thisEvent}的全部 ${event.testBallots} 张测试票（含录入记录），删除后不能恢复。确定清除吗？`,
      okText: '清除测试票',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () =>
        run(async () => {
          const r = await invoke(`${kind}.wipeTestBallots`, { id: event.id });
          return `已清除 ${r.wiped} 张测试票`;
        }),
    });
  };

  const goLive = () => {
    modal.confirm({
      title: `开始正式${noun}`,
      width: 500,
      content: (
        <div>
          {event.testBallots > 0 && <p>{words.thisEvent}还有 {event.testBallots} 张测试票，开始正式{noun}前将先清除这些测试票。</p>}
          <p>开始后收到正式{noun}票，{words.settings}等设置即锁定，不能再修改。确定开始吗？</p>
        </div>
      ),
      okText: event.testBallots > 0 ? '清除测试票并开始' : `开始正式${noun}`,
      cancelText: '取消',
      onOk: () =>
        run(async () => {
          if (event.testBallots > 0) await invoke(`${kind}.wipeTestBallots`, { id: event.id });
          await invoke(`${kind}.setStatus`, { id: event.id, status: 'live' });
          return `已开始正式${noun}`;
        }),
    });
  };

  if (event.status === 'closed') {
    return <Typography.Text type="secondary">{event.closedAt ? `已于 ${dayText(event.closedAt)} 结束，结果已固定` : '已结束，结果已固定'}</Typography.Text>;
  }
  const beforeLive = event.status !== 'live';
  return (
    <Space size={12} wrap>
      {beforeLive && (
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
      {props.revalidate && event.testBallots > 0 && beforeLive && (
        <Button onClick={() => revalidate.mutate({ id: event.id })} loading={revalidate.isPending} disabled={yearLocked}>
          按现行规则重新校验测试票
        </Button>
      )}
      {event.testBallots > 0 && beforeLive && (
        <Button danger onClick={wipe} disabled={yearLocked}>
          清除测试票（{event.testBallots} 张）
        </Button>
      )}
      {beforeLive && (
        <Button type="primary" onClick={goLive} disabled={yearLocked}>
          开始正式{noun}
        </Button>
      )}
      {!beforeLive && (
        <Button danger onClick={confirmClose} disabled={yearLocked}>
          结束{noun}
        </Button>
      )}
    </Space>
  );
}
