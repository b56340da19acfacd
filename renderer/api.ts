import type { ChannelInput, ChannelName, ChannelOutput } from '../shared/contract';
import type { OutgoingFile } from '../shared/contract/channel';
import type { Result } from '../shared/errors';
import { decodeJson, encodeJson } from '../shared/transport';

/** What preload exposes in Electron (electron/preload.ts). */
export interface KaopingBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  saveFile(file: OutgoingFile): Promise<{ saved: boolean; path?: string }>;
  /** the current page (a print view) as an A4 PDF, by its own @page CSS, through the save dialog */
  printToPdf(fileName: string): Promise<{ saved: boolean }>;
}

declare global {
  interface Window {
    kaoping?: KaopingBridge;
  }
}

/** A failed call: `message` is Chinese and meant to be shown as is. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const tokenKey = 'kaoping.token';

/**
 * Browser mode: the launch URL carries `?token=…`; keep it for this tab and take it out of the
 * address bar so it is not bookmarked or shown.
 */
function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(tokenKey) ?? '';
}

let token: string | null = null;

async function invokeOverHttp(channel: string, input: unknown): Promise<Result<unknown>> {
  token ??= browserToken();
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kaoping-Token': token },
      body: encodeJson(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'HOST_UNREACHABLE', message: '无法连接到本机服务，请确认程序仍在运行。' } };
  }
  return decodeJson(await response.text()) as Result<unknown>;
}

/**
 * A channel's input as arguments: optional exactly when every field of it may be left out, so a
 * call that forgets a required input does not compile. (`{} extends Input` is true exactly then.)
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type InputArgs<C extends ChannelName, Rest extends unknown[] = []> = {} extends ChannelInput<C> ? [input?: ChannelInput<C>, ...rest: Rest] : [input: ChannelInput<C>, ...rest: Rest];

/** Calls a channel; a `{ ok: false }` answer is thrown as an ApiError with the service's Chinese message. */
export async function invoke<C extends ChannelName>(channel: C, ...args: InputArgs<C>): Promise<ChannelOutput<C>> {
  const input: unknown = args[0] ?? {};
  const result = window.kaoping ? await window.kaoping.invoke(channel, input) : await invokeOverHttp(channel, input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.details);
  return result.value as ChannelOutput<C>;
}

/** Saves an exported file: Electron's save dialog, or a download in browser mode. */
export async function saveFile(file: OutgoingFile): Promise<void> {
  if (window.kaoping) {
    await window.kaoping.saveFile(file);
    return;
  }
  const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>]);
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * 「导出PDF」 of a print view: Electron prints the page to PDF and asks where to save it; in browser
 * mode the browser's print dialog does it (choose 「另存为PDF」). `saved` is false when the user
 * cancelled the save dialog, and unknown (false) in browser mode.
 */
export async function exportPdf(fileName: string): Promise<{ saved: boolean }> {
  if (window.kaoping?.printToPdf) return window.kaoping.printToPdf(fileName);
  window.print();
  return { saved: false };
}

/** Reads a file the user picked into the `{ fileName, bytes }` the import channels take. */
export async function readPickedFile(file: File): Promise<{ fileName: string; bytes: Uint8Array<ArrayBuffer> }> {
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
