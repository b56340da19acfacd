import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportSession } from '../../../shared/contract/roster-import';
import { readPickedFile } from '../../api';
import { callChannel, errorText } from '../../hooks/api-hooks';

export const pollIntervalMs = 150;

export type ImportJobState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string; progress: number; stage: string }
  | { phase: 'failed'; fileName: string; message: string }
  | { phase: 'read'; fileName: string; session: ImportSession };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends the picked file to roster.importStart and polls roster.importStatus until the workbook
 * is read, so the wizard can show the service's real progress and stage.
 */
export function useImportJob() {
  const [state, setState] = useState<ImportJobState>({ phase: 'idle' });
  // A newer pick (or leaving the page) makes an older poll loop stop quietly.
  const generation = useRef(0);
  useEffect(() => () => void generation.current++, []);

  const start = useCallback(async (file: File): Promise<ImportSession | null> => {
    const mine = ++generation.current;
    const fileName = file.name;
    setState({ phase: 'reading', fileName, progress: 0, stage: '正在上传文件' });
    try {
      const { jobId } = await callChannel('roster.importStart', await readPickedFile(file));
      for (;;) {
        if (generation.current !== mine) return null;
        const status = await callChannel('roster.importStatus', { jobId });
        if (generation.current !== mine) return null;
        if (status.state === 'done' && status.result) {
          setState({ phase: 'read', fileName, session: status.result });
          return status.result;
        }
        if (status.state !== 'running') {
          setState({ phase: 'failed', fileName, message: status.error?.message ?? '文件读取失败' });
          return null;
        }
        setState({ phase: 'reading', fileName, progress: status.progress, stage: status.stage });
        await wait(pollIntervalMs);
      }
    } catch (error) {
      if (generation.current === mine) setState({ phase: 'failed', fileName, message: errorText(error) });
      return null;
    }
  }, []);

  const reset = useCallback(() => {
    generation.current++;
    setState({ phase: 'idle' });
  }, []);

  return { state, start, reset };
}
