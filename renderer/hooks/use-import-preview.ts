import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { readPickedFile } from '../api';
import { errorText } from './api-hooks';

export type PickedFile = Awaited<ReturnType<typeof readPickedFile>>;

/** Where an import dialog is: picking a file, reading it, refused, showing the preview, writing it. */
export type ImportPhase<R> =
  | { readonly step: 'pick' }
  | { readonly step: 'reading'; readonly fileName: string }
  | { readonly step: 'failed'; readonly fileName: string; readonly message: string }
  | { readonly step: 'preview' | 'committing'; readonly file: PickedFile; readonly result: R };

/**
 * The life of a preview-then-commit import dialog (平时考核, 工作任务清单, 历年等次; ARCHITECTURE §3): the picked
 * file is read and previewed through the feature's channel (its Chinese refusal shown in place), then
 * 「确认导入」 commits it, refreshes what is on screen, says what was written and closes; a refused commit
 * keeps the preview. Closing is refused while the commit runs. `confirm` may be given another writer
 * (历年等次's 「跳过有问题的行」 commits the same preview differently).
 */
export function useImportPreview<R>(args: {
  preview: (file: PickedFile) => Promise<R>;
  /** writes it; returns the success message */
  commit: (file: PickedFile, result: R) => Promise<string>;
  /** called with each new preview (e.g. to pick the rows shown first) */
  onPreview?: (result: R) => void;
  onClose: () => void;
}) {
  const { preview, commit, onPreview, onClose } = args;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<ImportPhase<R>>({ step: 'pick' });
  const result = phase.step === 'preview' || phase.step === 'committing' ? phase.result : null;

  const pick = async (picked: File) => {
    setPhase({ step: 'reading', fileName: picked.name });
    try {
      const file = await readPickedFile(picked);
      const result = await preview(file);
      onPreview?.(result);
      setPhase({ step: 'preview', file, result });
    } catch (error) {
      setPhase({ step: 'failed', fileName: picked.name, message: errorText(error) });
    }
  };
  const confirm = async (write: (file: PickedFile, result: R) => Promise<string> = commit) => {
    if (phase.step !== 'preview') return;
    setPhase({ ...phase, step: 'committing' });
    try {
      const text = await write(phase.file, phase.result);
      await queryClient.invalidateQueries();
      void message.success(text);
      setPhase({ step: 'pick' });
      onClose();
    } catch (error) {
      void message.error(errorText(error), 6);
      setPhase({ ...phase, step: 'preview' });
    }
  };
  const close = () => {
    if (phase.step === 'committing') return;
    setPhase({ step: 'pick' });
    onClose();
  };
  return { phase, result, committing: phase.step === 'committing', pick, confirm, close, again: () => setPhase({ step: 'pick' }) };
}
