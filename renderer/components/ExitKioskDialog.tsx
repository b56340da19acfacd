import { useQueryClient } from '@tanstack/react-query';
import { Alert, Input, Modal } from 'antd';
import { useState } from 'react';
import { invoke } from '../api';
import { errorText } from '../hooks/api-hooks';
import { navigate } from '../router/hash-router';

/**
 * Leaving 现场测评 / 现场推荐: the main process checks the admin password and ends the session; a wrong
 * password is answered with the service's message (how many failures, how long to wait). Then the
 * app goes to `backTo` (the event's setup page).
 */
export function ExitKioskDialog(props: { open: boolean; noun: string; backTo: string; onClose: () => void }) {
  const { open, noun, backTo, onClose } = props;
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const queryClient = useQueryClient();

  const close = () => {
    setPassword('');
    setError(null);
    onClose();
  };

  const leave = async () => {
    if (!password) {
      setError('请输入管理员密码');
      return;
    }
    setChecking(true);
    try {
      await invoke('evaluation.kioskExit', { password });
    } catch (e) {
      setError(errorText(e));
      setPassword('');
      setChecking(false);
      return;
    }
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
    queryClient.setQueryData(['evaluation.kioskSession', {}], null);
    // what was refused during the session is asked again
    await queryClient.invalidateQueries();
    setChecking(false);
    close();
    navigate(backTo, { replace: true });
  };

  return (
    <Modal open={open} title={`退出现场${noun}`} okText="退出" cancelText="取消" onOk={() => void leave()} confirmLoading={checking} onCancel={close} width={420} destroyOnHidden>
      <p>请输入管理员密码：</p>
      <Input.Password
        autoFocus
        aria-label="管理员密码"
        value={password}
        onChange={(e) => {
          setPassword(e.target.value);
          setError(null);
        }}
        onPressEnter={() => void leave()}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} data-testid="kiosk-exit-error" />}
    </Modal>
  );
}
