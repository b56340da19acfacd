import { contextBridge, ipcRenderer } from 'electron';
import { isChannelName } from '../shared/contract';

/**
 * The renderer's only door: window.kaoping. Channels outside the contract are refused here and
 * again in main (which also checks the sender).
 */
export const bridge = {
  invoke(channel: string, input: unknown) {
    if (!isChannelName(channel)) return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `未知的操作：${channel}` } });
    return ipcRenderer.invoke('kaoping:invoke', channel, input);
  },
  saveFile(file: { fileName: string; bytes: Uint8Array }) {
    return ipcRenderer.invoke('kaoping:save-file', file.fileName, file.bytes);
  },
};

contextBridge.exposeInMainWorld('kaoping', bridge);
