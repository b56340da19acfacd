import { Alert, App, Button, Space, Spin, Steps, Typography } from 'antd';
import { useState } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import type { ImportPreview } from '../../../shared/contract/roster-import';
import { requiredRosterFields } from '../../../shared/domain';
import { invoke, readPickedFile, saveFile } from '../../api';
import { errorText, useChannelMutation } from '../../hooks/api-hooks';
import { useJob } from '../../hooks/use-job';
import { navigate } from '../../router/hash-router';
import { DoneStep } from './DoneStep';
import { FileStep } from './FileStep';
import { MappingStep, type PreviewRequest } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import './import.css';

type Step = 0 | 1 | 2 | 3;

/** 导入花名册: 选择文件 → 核对表头 → 预览 → 完成. Nothing is written before 「确认导入」. */
export function ImportWizard() {
  const { message } = App.useApp();
  const job = useJob('roster-import', 150);
  const [fileName, setFileName] = useState('');
  const [step, setStep] = useState<Step>(0);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [result, setResult] = useState<ChannelOutput<'roster.importCommit'> | null>(null);
  const commit = useChannelMutation('roster.importCommit');

  const requestPreview = async (sessionId: string, request: PreviewRequest): Promise<boolean> => {
    setPreviewing(true);
    setPreviewError(null);
    try {
      setPreview(await invoke('roster.importPreview', { sessionId, ...request }));
      return true;
    } catch (error) {
      setPreviewError(errorText(error));
      return false;
    } finally {
      setPreviewing(false);
    }
  };

  const pick = async (file: File) => {
    setPreview(null);
    setPreviewError(null);
    setFileName(file.name);
    const outcome = await job.start(async () => invoke('roster.importStart', await readPickedFile(file)), { stage: '正在上传文件' });
    if (outcome?.state !== 'done') return;
    const session = outcome.result;
    // Even when the first preview is refused (no 姓名 column found, say), the mapping step opens
    // with the columns as read, so the user can point the fields at the right columns.
    await requestPreview(session.sessionId, {});
    setStep(1);
  };

  const restart = () => {
    job.reset();
    setPreview(null);
    setPreviewError(null);
    setResult(null);
    setStep(0);
  };

  const downloadErrors = async () => {
    if (!preview) return;
    setDownloading(true);
    try {
      await saveFile(await invoke('roster.importErrorReport', { sessionId: preview.session.sessionId }));
    } catch (error) {
      void message.error(errorText(error), 6);
    } finally {
      setDownloading(false);
    }
  };

  const runCommit = async () => {
    if (!preview) return;
    try {
      setResult(await commit.mutateAsync({ sessionId: preview.session.sessionId }));
      setStep(3);
    } catch {
      // the mutation has shown the service's message
    }
  };

  const session = preview?.session ?? (job.state.phase === 'done' ? job.state.result : null);
  const mapped = new Set(preview?.session.columns.map((c) => c.field));
  const mappingComplete = requiredRosterFields.every((f) => mapped.has(f));
  const importable = preview ? preview.counts.new + preview.counts.update : 0;

  return (
    <div className="page-fill import-wizard panel">
      <div className="page-title">
        <Typography.Title level={4}>导入花名册</Typography.Title>
      </div>
      <Steps
        current={step}
        size="small"
        items={[{ title: '选择文件' }, { title: '核对表头' }, { title: '预览' }, { title: '完成' }]}
        className="import-steps"
      />
      <div className="import-body">
        {previewError && (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => setPreviewError(null) }}
            title={preview ? '未能按所选设置生成预览，下面仍是上一次的结果' : '未能生成预览'}
            description={<span data-testid="preview-error">{previewError}</span>}
            style={{ marginBottom: 12 }}
          />
        )}
        {step === 0 && (
          <Spin spinning={previewing} description="正在生成预览…">
            <FileStep job={job.state} fileName={fileName} onPick={(file) => void pick(file)} onCancel={job.cancel} />
          </Spin>
        )}
        {step === 1 && session && (
          <MappingStep
            session={session}
            unknownColumns={preview?.unknownColumns ?? session.columns.filter((c) => c.field == null).map((c) => c.header)}
            busy={previewing}
            onChange={(request) => void requestPreview(session.sessionId, request)}
          />
        )}
        {step === 2 && preview && <PreviewStep preview={preview} onDownloadErrors={() => void downloadErrors()} downloading={downloading} />}
        {step === 3 && result && <DoneStep result={result} onShowPeople={() => navigate('/people')} onAgain={restart} />}
      </div>
      {(step === 1 || step === 2) && (
        <div className="import-footer">
          <Typography.Text type="secondary">
            {step === 2 && preview && (importable === 0
              ? '没有需要导入的人员（所有行均无变化或有错误）。'
              : `将导入 ${importable} 人（新增 ${preview.counts.new}，更新 ${preview.counts.update}）${preview.counts.error ? `；${preview.counts.error} 行有错误，不会导入` : ''}。`)}
          </Typography.Text>
          <Space>
            {step === 1 && <Button onClick={restart}>重新选择文件</Button>}
            {step === 2 && <Button onClick={() => setStep(1)}>上一步</Button>}
            {step === 1 && (
              <Button type="primary" disabled={!preview || !mappingComplete || previewing} onClick={() => setStep(2)}>
                下一步：预览
              </Button>
            )}
            {step === 2 && (
              <Button type="primary" disabled={importable === 0} loading={commit.isPending} onClick={() => void runCommit()}>
                确认导入
              </Button>
            )}
          </Space>
        </div>
      )}
    </div>
  );
}
