import { App } from 'antd';
import { useCallback } from 'react';
import { saveFile } from '../../../api';
import { useJob, type JobView } from '../../../hooks/use-job';

export type ExportJobState = JobView<'export'>;

export const cancelledText = '已取消，未生成文件';

/**
 * A long export (年终考核材料, 登记表 batches) as a job of kind 'export': progress and 「取消」 come
 * from useJob; on success the file goes to the save dialog (or the download) as the plain exports
 * do, and a message says how it ended. A cancelled job never hands out a file; leaving the page
 * cancels a running one.
 */
export function useExportJob(pollMs?: number) {
  const { message } = App.useApp();
  const job = useJob('export', pollMs);
  const { start: startJob } = job;
  const start = useCallback(
    async (begin: () => Promise<{ jobId: string }>) => {
      const outcome = await startJob(begin, { finish: saveFile });
      if (outcome?.state === 'done') void message.success(`已导出：${outcome.result.fileName}`);
      else if (outcome?.state === 'failed') void message.error(outcome.error, 6);
      else if (outcome?.state === 'cancelled') void message.info(cancelledText);
    },
    [message, startJob],
  );
  return { ...job, start };
}
