import { Alert, Button, Form, Input } from 'antd';
import { errorText, useChannelMutation } from '../hooks/api-hooks';

interface PasswordValues {
  current?: string;
  next: string;
  confirm: string;
}

/**
 * Sets or changes the admin password that unlocks 现场测评 and 现场推荐 (设置 → 管理员密码, and before
 * entering either kiosk). The main process keeps only its scrypt hash; changing it needs the current one.
 */
export function AdminPasswordForm(props: { hasPassword: boolean; onDone?: () => void; submitText?: string }) {
  const { hasPassword, onDone, submitText = '保存密码' } = props;
  const [form] = Form.useForm<PasswordValues>();
  const save = useChannelMutation('settings.setAdminPassword', { success: '管理员密码已保存', showError: false });
  const submit = async (v: PasswordValues) => {
    const ok = await save.mutateAsync({ current: hasPassword ? v.current : undefined, next: v.next }).then(() => true, () => false);
    if (ok) {
      form.resetFields();
      onDone?.();
    }
  };
  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)} style={{ maxWidth: 360 }}>
      {hasPassword && (
        <Form.Item label="当前密码" name="current" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
      )}
      <Form.Item label={hasPassword ? '新密码' : '管理员密码'} name="next" rules={[{ required: true, message: '请输入密码' }, { min: 6, message: '管理员密码至少6位' }]}>
        <Input.Password autoComplete="new-password" autoFocus={!hasPassword} />
      </Form.Item>
      <Form.Item
        label="再次输入"
        name="confirm"
        dependencies={['next']}
        rules={[
          { required: true, message: '请再次输入密码' },
          ({ getFieldValue }) => ({ validator: (_r, value) => (!value || value === getFieldValue('next') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))) }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {submitText}
      </Button>
    </Form>
  );
}
