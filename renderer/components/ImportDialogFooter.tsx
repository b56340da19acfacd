import { Button, Space } from 'antd';

/** 「重新选择文件」 「取消」 「确认导入」 under an import's preview (the 平时考核 and 工作任务清单 imports). */
export function ImportDialogFooter(props: { previewing: boolean; committing: boolean; canCommit: boolean; onAgain: () => void; onCancel: () => void; onCommit: () => void }) {
  const { previewing, committing, canCommit, onAgain, onCancel, onCommit } = props;
  return (
    <Space>
      {previewing && (
        <Button onClick={onAgain} disabled={committing}>
          重新选择文件
        </Button>
      )}
      <Button onClick={onCancel} disabled={committing}>
        取消
      </Button>
      {previewing && (
        <Button type="primary" disabled={!canCommit} loading={committing} onClick={onCommit}>
          确认导入
        </Button>
      )}
    </Space>
  );
}
