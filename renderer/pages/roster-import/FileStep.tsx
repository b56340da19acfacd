import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Typography, Upload } from 'antd';
import { cancellingStage, type JobView } from '../../hooks/use-job';
import { acceptedExtensions } from './import-labels';

/**
 * Step 1 选择文件: drop or pick a file; a real progress bar while the service reads it, with
 * 「取消」 (a cancelled read leaves the step as it was before the pick).
 */
export function FileStep(props: { job: JobView<'roster-import'>; fileName: string; onPick: (file: File) => void; onCancel: () => void }) {
  const { job, fileName, onPick, onCancel } = props;
  const busy = job.phase === 'running';
  return (
    <div className="import-file-step">
      <Upload.Dragger
        accept={acceptedExtensions}
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          onPick(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击选择花名册文件，或将文件拖到此处</p>
        <p className="ant-upload-hint">
          支持 Excel 工作簿（.xlsx）、Excel 97-2003 工作簿（.xls）和 CSV 文件（UTF-8 或 GBK 编码）；单个文件不超过 20&nbsp;MB、5&nbsp;万行。
        </p>
      </Upload.Dragger>
      {busy && (
        <div className="import-progress" role="status">
          <Typography.Text>
            正在读取：{fileName}
          </Typography.Text>
          <Progress percent={Math.round(job.progress * 100)} status="active" />
          <div className="import-progress-line">
            <Typography.Text type="secondary" data-testid="import-stage">{job.stage}</Typography.Text>
            <Button size="small" onClick={onCancel} disabled={job.stage === cancellingStage}>
              取消
            </Button>
          </div>
        </div>
      )}
      {job.phase === 'failed' && (
        <Alert
          type="error"
          showIcon
          title={`无法导入“${fileName}”`}
          description={<span data-testid="import-error">{job.error}</span>}
          style={{ marginTop: 16 }}
        />
      )}
      <Typography.Paragraph type="secondary" className="import-tips">
        说明：系统会自动找到花名册所在的工作表和表头行（表头上方的标题、填报单位行会跳过），并按表头识别各列，下一步可核对和调整。
        <br />
        导入前会先预览，确认后才写入数据库；有错误的行不会导入。
      </Typography.Paragraph>
    </div>
  );
}
