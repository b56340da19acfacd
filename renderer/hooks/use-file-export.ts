import { App } from 'antd';
import { useCallback, useState } from 'react';
import type { OutgoingFile } from '../../shared/contract/channel';
import { saveFile } from '../api';
import { errorText } from './api-hooks';

/**
 * An export button's life: produce the file through a channel, save it (save dialog or download),
 * say so; the service's Chinese error is shown as is. `busy` names the export under way, so a page
 * with several export buttons spins only the one clicked.
 */
export function useFileExport<K extends string = 'export'>() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<K | null>(null);
  const run = useCallback(
    async (produce: () => Promise<OutgoingFile>, key = 'export' as K) => {
      setBusy(key);
      try {
        const file = await produce();
        await saveFile(file);
        void message.success(`已导出：${file.fileName}`);
      } catch (error) {
        void message.error(errorText(error), 6);
      } finally {
        setBusy(null);
      }
    },
    [message],
  );
  return { busy, run };
}
