import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { readPickedFile } from '../api';
import { errorText } from './api-hooks';

export type PickedFile = Awaited<ReturnType<typeof readPickedFile>>;

/** Where an import dialog is: choosing a file, reading it, why it could not be read, its preview, writing it. */
export type SheetImportPhase<R> =
  | { readonly step: 'pick' }
  | { readonly step: 'reading'; readonly fileName: string }
  | { readonly step: 'failed'; readonly fileName: string; readonly message: string }
  | { readonly step: 'preview'; readonly file: PickedFile; readonly result: R }
  | { readonly step: 'committing'; readonly file: PickedFile; readonly result: R };

/**
 * The life of a spreadsheet import dialog (平时考核, 历年等次): a picked file is read and previewed through
 * the service (`preview`), the preview committed (`commit`, which says what it wrote), and on success the
 * data on screen refreshed and the dialog closed; any failure shows the service's message. The dialogs
 * keep their own markup.
 */
export function useSheetImport<R>(options: {
  preview: (file: PickedFile) => Promise<R>;
  /** writes; returns the success message */
  commit: (file: PickedFile, result: R) => Promise<string>;
  onPreview?: (result: R) => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<SheetImportPhase<R>>({ step: 'pick' });

  const pick = async (picked: File) => {
    setPhase({ step: 'reading', fileName: picked.name });
    try {
      const file = await readPickedFile(picked);
      const result = await options.preview(file);
      options.onPreview?.(result);
      setPhase({ step: 'preview', file, result });
    } catch (error) {
      setPhase({ step: 'failed', fileName: picked.name, message: errorText(error) });
    }
  };

  const commit = async (write: (file: PickedFile, result: R) => Promise<string> = options.commit) => {
    if (phase.step !== 'preview') return;
    setPhase({ ...phase, step: 'committing' });
    try {
      const done = await write(phase.file, phase.result);
      await queryClient.invalidateQueries();
      void message.success(done);
      setPhase({ step: 'pick' });
      options.onDone();
    } catch (error) {
      void message.error(errorText(error), 6);
      setPhase({ ...phase, step: 'preview' });
    }
  };

  const result = phase.step === 'preview' || phase.step === 'committing' ? phase.result : null;
  return { phase, setPhase, pick, commit, result, busy: phase.step === 'committing', restart: () => setPhase({ step: 'pick' }) };
}
