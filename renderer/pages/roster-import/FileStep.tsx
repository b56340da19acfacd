import { Button, Progress, Typography } from 'antd';
import { ExcelFilePicker } from '../../components/ExcelFilePicker';
import { cancellingStage, type JobView } from '../../hooks/use-job';

/**
 * Step 1 选择文件: drop or pick a file; a real progress bar while the service reads it, with
 * 「取消」 (a cancelled read leaves the step as it was before the pick).
 */
export function FileStep(props: { job: JobView<'roster-import'>; fileName: string; onPick: (file: File) => void; onCancel: () => void }) {
  const { job, fileName, onPick, onCancel } = props;
  return (
    <ExcelFilePicker
      className="import-file-step"
      prompt="点击选择花名册文件，或将文件拖到此处"
      formats={<>支持 Excel 工作簿（.xlsx）、Excel 97-2003 工作簿（.xls）和 CSV 文件（UTF-8 或 GBK 编码）；单个文件不超过 20&nbsp;MB、5&nbsp;万行。</>}
      reading={
        job.phase === 'running' ? (
          <div className="import-progress" role="status">
            <Typography.Text>正在读取：{fileName}</Typography.Text>
            <Progress percent={Math.round(job.progress * 100)} status="active" />
            <div className="import-progress-line">
              <Typography.Text type="secondary" data-testid="import-stage">
                {job.stage}
              </Typography.Text>
              <Button size="small" onClick={onCancel} disabled={job.stage === cancellingStage}>
                取消
              </Button>
            </div>
          </div>
        ) : null
      }
      failure={job.phase === 'failed' ? { fileName, message: job.error ?? '', testId: 'import-error' } : null}
      tips={
        <>
          说明：系统会自动找到花名册所在的工作表和表头行（表头上方的标题、填报单位行会跳过），并按表头识别各列，下一步可核对和调整。
          <br />
          导入前会先预览，确认后才写入数据库；有错误的行不会导入。
        </>
      }
      onPick={onPick}
    />
  );
}
