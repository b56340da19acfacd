import { contextBridge, ipcRenderer } from 'electron';
// the zod-free list, not the contract: the preload stays a small script (checked by tests/unit/electron-preload.test.ts)
import { ipcChannels, isChannelName } from '../shared/contract/channel-names';

/**
 * The renderer's only door: window.kaoping. Channels outside the contract are refused here and
 * again in main (which also checks the sender).
 */
export const bridge = {
  invoke(channel: string, input: unknown) {
    if (!isChannelName(channel)) return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `未知的操作：${channel}` } });
    return ipcRenderer.invoke(ipcChannels.invoke, channel, input);
  },
  saveFile(file: { fileName: string; bytes: Uint8Array }) {
    return ipcRenderer.invoke(ipcChannels.saveFile, file.fileName, file.bytes);
  },
  /** the current page as an A4 PDF (its own @page rules), saved where the user chooses */
  printToPdf(fileName: string): Promise<{ saved: boolean }> {
    return ipcRenderer.invoke(ipcChannels.printToPdf, fileName) as Promise<{ saved: boolean }>;
  },
};

contextBridge.exposeInMainWorld('kaoping', bridge);
