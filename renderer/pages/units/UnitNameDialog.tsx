import { Alert, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../../hooks/api-hooks';

/** Asks for a unit name (新增 / 重命名); `onSubmit` rejects with the service's message. */
export function UnitNameDialog(props: { open: boolean; title: string; hint?: string; initialName?: string; onSubmit: (name: string) => Promise<unknown>; onClose: () => void }) {
  const { open, title, hint, initialName, onSubmit, onClose } = props;
  const [form] = Form.useForm<{ name: string }>();
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      form.setFieldsValue({ name: initialName ?? '' });
      setServerError(null);
    }
  }, [open, initialName, form]);
  // never rejects (a failure is shown in the dialog), so onFinish fires and forgets it
  const submit = async ({ name }: { name: string }) => {
    setSaving(true);
    setServerError(null);
    try {
      await onSubmit(name.trim());
      onClose();
    } catch (error) {
      setServerError(errorText(error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal title={title} open={open} onCancel={onClose} okText="保存" onOk={() => form.submit()} okButtonProps={{ loading: saving }} destroyOnHidden forceRender>
      {hint && <p className="muted">{hint}</p>}
      {serverError && <Alert type="error" showIcon title={serverError} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item name="name" label="单位名称" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }, { max: 60, message: '单位名称不超过60个字' }]}>
          <Input maxLength={60} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
