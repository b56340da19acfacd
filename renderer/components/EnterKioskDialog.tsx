import { Alert, Button, Modal, Radio, Space, Spin, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EvaluationStatus } from '../../shared/contract/evaluation';
import { invoke } from '../api';
import { errorText } from '../hooks/api-hooks';
import { useHasAdminPassword } from '../hooks/evaluation-hooks';
import { navigate } from '../router/hash-router';
import { AdminPasswordForm } from './AdminPasswordForm';
import { QueryError } from './QueryError';

/** Full screen where the platform allows it (Electron, a browser after a click); harmless otherwise. */
function requestFullscreen(): void {
  const el = document.documentElement;
  if (document.fullscreenElement || typeof el.requestFullscreen !== 'function') return;
  el.requestFullscreen().catch(() => undefined);
}

/** The words of one kind of ballot event: 测评 / 测评票 / 开始正式测评, or 推荐 / 推荐票 / 开始正式推荐. */
export interface KioskWords {
  /** 测评, 推荐 */
  readonly noun: string;
  /** 测评票, 推荐票 */
  readonly ballot: string;
  /** the event's status as its pages name it: 筹备中 */
  readonly status: string;
}

export interface EnterKioskDialogProps {
  open: boolean;
  event: { readonly id: number; readonly status: EvaluationStatus; readonly config: { readonly categories: readonly { readonly code: string; readonly name: string }[] } };
  /** the kiosk page of this kind of event (renderer/pages/evaluation/kiosk-lock.ts) */
  kioskPath: string;
  words: KioskWords;
  onClose: () => void;
}

/**
 * Before 现场测评 / 现场推荐: an admin password must exist (it is the only way out), and the session is
 * either set to one 评委类别 or lets each rater pick theirs. The main process starts the session
 * (`evaluation.kioskStart`, for either kind of event) and, in Electron, turns the window into a kiosk.
 */
export function EnterKioskDialog(props: EnterKioskDialogProps) {
  const { open, event, kioskPath, words, onClose } = props;
  const has = useHasAdminPassword();
  const [category, setCategory] = useState<string>('');
  const [entering, setEntering] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const accepting = event.status === 'test' || event.status === 'live';
  const title = `进入现场${words.noun}`;

  const enter = async () => {
    setEntering(true);
    setError(null);
    try {
      const session = await invoke('evaluation.kioskStart', { id: event.id, category: category || null });
      requestFullscreen();
      queryClient.setQueryData(['evaluation.kioskSession', {}], session);
      onClose();
      navigate(kioskPath);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setEntering(false);
    }
  };

  let body;
  if (has.isPending) body = <Spin />;
  else if (has.isError) body = <QueryError error={has.error} />;
  else if (!has.data.set)
    body = (
      <>
        <Alert type="warning" showIcon title={`${title}前，请先设置管理员密码`} description={`退出现场${words.noun}时须输入此密码。`} style={{ marginBottom: 16 }} />
        <AdminPasswordForm hasPassword={false} submitText="设置密码" />
      </>
    );
  else
    body = (
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {!accepting && (
          <Alert
            type="warning"
            showIcon
            title={`本${words.noun}目前${words.status}，不接收${words.ballot}`}
            description={`请先打开“测试模式”演练，或“开始正式${words.noun}”后再进入现场${words.noun}。`}
          />
        )}
        <div>
          <Typography.Text strong>评委类别</Typography.Text>
          <Radio.Group value={category} onChange={(e) => setCategory(e.target.value as string)} className="kiosk-category-choice">
            <Radio value="">由评委在{words.ballot}上自选</Radio>
            {event.config.categories.map((c) => (
              <Radio key={c.code} value={c.code}>
                本场只限“{c.name}”
              </Radio>
            ))}
          </Radio.Group>
        </div>
        <Typography.Text type="secondary">进入后，屏幕只显示{words.ballot}；评委提交后自动换下一张。退出须输入管理员密码。</Typography.Text>
        {error && <Alert type="error" showIcon title={error} />}
      </Space>
    );

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      width={520}
      footer={
        has.data?.set
          ? [
              <Button key="cancel" onClick={onClose}>取消</Button>,
              <Button key="enter" type="primary" disabled={!accepting} loading={entering} onClick={() => void enter()}>{title}</Button>,
            ]
          : [<Button key="cancel" onClick={onClose}>取消</Button>]
      }
    >
      {body}
    </Modal>
  );
}
