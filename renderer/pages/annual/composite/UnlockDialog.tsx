import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';

interface UnlockValues {
  password: string;
  reason: string;
}

/** 「解锁（管理员）」: the admin password and a written reason, both audited by the service. */
export function UnlockDialog(props: { year: number; open: boolean; onClose: () => void }) {
  const { year, open, onClose } = props;
  const [form] = Form.useForm<UnlockValues>();
  const unlock = useChannelMutation('annual.unlock', { success: `${year}年度已解锁`, showError: false });
  const { reset } = unlock;
  useEffect(() => {
    if (open) {
      reset();
      form.resetFields();
    }
  }, [open, reset, form]);
  const submit = async (v: UnlockValues) => {
    await unlock.mutateAsync({ year, password: v.password, reason: v.reason.trim() }).then(onClose, () => undefined);
  };
  return (
    <Modal
      title={`解锁${year}年度（管理员）`}
      open={open}
      onCancel={onClose}
      okText="解锁"
      cancelText="取消"
      okButtonProps={{ danger: true, loading: unlock.isPending }}
      onOk={() => form.submit()}
      forceRender
    >
      <Typography.Paragraph type="secondary">解锁后本年度数据可以再次修改。解锁操作及理由记入操作日志。</Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
        <Form.Item label="管理员密码" name="password" rules={[{ required: true, message: '请输入管理员密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item label="解锁理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写解锁理由' }]}>
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 3, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {unlock.isError && <Alert type="error" showIcon title={errorText(unlock.error)} />}
    </Modal>
  );
}
