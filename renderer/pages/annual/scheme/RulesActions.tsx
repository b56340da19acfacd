import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';

/** The 计分规则 form's bar: save, undo, what is unsaved, the weights' sum and the service's refusal. */
export function RulesActions(props: { dirty: boolean; saving: boolean; weightSum: number; error: string | null; onSave: () => void; onUndo: () => void; onCloseError: () => void }) {
  const { dirty, saving, weightSum, error } = props;
  return (
    <div className="rules-actions">
      <Space wrap>
        <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={saving} onClick={props.onSave}>
          保存计分规则
        </Button>
        <Button disabled={!dirty} onClick={props.onUndo}>
          撤销修改
        </Button>
        {dirty && <Typography.Text type="warning">有修改尚未保存</Typography.Text>}
        {weightSum !== 100 && <Typography.Text type="danger">{`权重合计为${weightSum}%，应为100%`}</Typography.Text>}
      </Space>
      {error && <Alert type="error" showIcon title="未保存" description={error} closable={{ onClose: props.onCloseError }} data-testid="rules-error" />}
    </div>
  );
}
