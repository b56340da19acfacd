import { Alert, Input, Modal } from 'antd';
import { useState } from 'react';
import { callChannel, errorText } from '../../../hooks/api-hooks';
import { useHasAdminPassword } from '../../../hooks/evaluation-hooks';
import { navigate } from '../../../router/hash-router';
import { clearKioskLock } from '../kiosk-lock';
import { eventHref } from '../use-event-id';

/** Leaving 现场测评: only with the admin password. */
export function ExitKioskDialog(props: { open: boolean; eventId: number; onClose: () => void }) {
  const { open, eventId, onClose } = props;
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const has = useHasAdminPassword();
  // without a password (kiosk opened by its address, not through 「进入现场测评」) there is nothing to check
  const noPassword = has.data?.set === false;

  const close = () => {
    setPassword('');
    setError(null);
    onClose();
  };

  const leave = async () => {
    clearKioskLock();
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
    close();
    navigate(Number.isInteger(eventId) ? eventHref('setup', eventId) : '/evaluation', { replace: true });
  };

  const verify = async () => {
    if (noPassword) return leave();
    if (!password) {
      setError('请输入管理员密码');
      return;
    }
    setChecking(true);
    try {
      const r = await callChannel('settings.verifyAdminPassword', { password });
      if (!r.ok) {
        setError('密码不正确');
        setPassword('');
        return;
      }
      await leave();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setChecking(false);
    }
  };

  return (
    <Modal open={open} title="退出现场测评" okText="退出" cancelText="取消" onOk={() => void verify()} confirmLoading={checking} onCancel={close} width={400} destroyOnHidden>
      {noPassword ? (
        <Alert type="warning" showIcon title="尚未设置管理员密码，可直接退出" description="为防止评委自行退出，请在“设置 → 管理员密码”中设置密码。" />
      ) : (
        <>
          <p>请输入管理员密码：</p>
          <Input.Password
            autoFocus
            aria-label="管理员密码"
            value={password}
            onChange={(e) => {
              setPassword(e.target.value);
              setError(null);
            }}
            onPressEnter={() => void verify()}
          />
        </>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
