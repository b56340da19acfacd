import { Alert, Button, Form, Input, Space, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import { QueryError } from '../../components/QueryError';
import { errorText, useChannelMutation, useChannelQuery } from '../../hooks/api-hooks';

interface OperatorValues {
  name: string;
}

/** the same limit as the contract's, so the form says it before the main process does */
const maxNameLength = 20;

/**
 * 设置 → 操作员: the name recorded as 经办人 in the audit log, score entries and 等次确认. Empty means
 * the computer's account name, so nothing has to be set on first run.
 */
export function OperatorPage() {
  const operator = useChannelQuery('settings.operator');
  return (
    <div className="page-fill">
      <div className="panel">
        <Typography.Title level={4} style={{ marginTop: 0 }}>操作员</Typography.Title>
        {operator.isPending ? (
          <Spin />
        ) : operator.isError ? (
          <QueryError error={operator.error} />
        ) : (
          <OperatorForm state={operator.data} />
        )}
      </div>
    </div>
  );
}

function OperatorForm({ state }: { state: ChannelOutput<'settings.operator'> }) {
  const [form] = Form.useForm<OperatorValues>();
  const save = useChannelMutation('settings.setOperator', {
    success: (s) => (s.name ? `操作员姓名已保存为「${s.name}」` : `已恢复为系统账户（${s.fallback}）`),
    showError: false,
  });
  // the form follows what is stored (after saving, after a restore of a backup)
  useEffect(() => form.setFieldsValue({ name: state.name }), [form, state.name]);

  const current = state.name || state.fallback;
  return (
    <>
      <Alert
        type="info"
        showIcon
        title={
          <span>
            现在记录的操作员：<b data-testid="operator-current">{current}</b>
            {state.name ? '' : '（系统账户）'}
          </span>
        }
        style={{ marginBottom: 16, maxWidth: 520 }}
      />
      <Form<OperatorValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ name: state.name }}
        onFinish={(v) => save.mutate({ name: v.name ?? '' })}
        style={{ maxWidth: 520 }}
      >
        <Form.Item
          label="操作员姓名"
          name="name"
          extra="记录在操作日志、评分录入和等次确认中的经办人姓名。多人共用一台电脑时，请在开始工作前改为本人姓名。"
          rules={[{ max: maxNameLength, message: `姓名不超过${maxNameLength}字` }]}
        >
          <Input placeholder={`不填写时记录为系统账户（${state.fallback}）`} maxLength={maxNameLength} showCount allowClear autoComplete="off" />
        </Form.Item>
        {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending && save.variables?.name !== ''}>
            保存
          </Button>
          <Button
            disabled={!state.name}
            loading={save.isPending && save.variables?.name === ''}
            onClick={() => save.mutate({ name: '' })}
          >
            恢复为系统账户（{state.fallback}）
          </Button>
        </Space>
      </Form>
    </>
  );
}
