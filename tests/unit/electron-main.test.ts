import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * The Electron shell cannot run here (no Electron binary offline), so its wiring is checked against
 * a fake `electron` that records what main.ts registers. main.ts does not start itself under vitest.
 */
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const state = {
    appListeners: new Map<string, Listener[]>(),
    ipcHandlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, (request: { url: string }) => unknown>(),
    privileged: [] as unknown[],
    windows: [] as { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[],
    permissionHandler: undefined as undefined | ((wc: unknown, permission: string, callback: (ok: boolean) => void) => void),
    beforeRequest: undefined as undefined | ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void),
    fetched: [] as string[],
    saveDialogResult: { canceled: false, filePath: '' as string | undefined },
    saveDialogOptions: [] as unknown[],
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    static fromWebContents = vi.fn(() => null);
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    constructor(public options: Record<string, unknown>) {
      fake.windows.push(this);
    }
  }
  return {
    app: {
      on: vi.fn((name: string, listener: (...args: unknown[]) => unknown) => {
        fake.appListeners.set(name, [...(fake.appListeners.get(name) ?? []), listener]);
      }),
      getPath: vi.fn(() => os.tmpdir()),
      getVersion: vi.fn(() => '0.0.0-test'),
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
    },
    BrowserWindow,
    ipcMain: { handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => fake.ipcHandlers.set(channel, handler)) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => fake.privileged.push(...schemes)),
      handle: vi.fn((scheme: string, handler: (request: { url: string }) => unknown) => fake.protocolHandlers.set(scheme, handler)),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn((handler: typeof fake.permissionHandler) => (fake.permissionHandler = handler)),
        webRequest: { onBeforeRequest: vi.fn((handler: typeof fake.beforeRequest) => (fake.beforeRequest = handler)) },
      },
    },
    dialog: {
      showSaveDialog: vi.fn(async (...args: unknown[]) => {
        fake.saveDialogOptions.push(args.at(-1));
        return fake.saveDialogResult;
      }),
      showErrorBox: vi.fn(),
    },
    net: { fetch: vi.fn(async (url: string) => (fake.fetched.push(url), new Response('file body', { status: 200 }))) },
  };
});

const main = await import('../../electron/main');

// eslint-disable-next-line no-restricted-syntax -- a remote address the shell must refuse
const remote = 'https://example.com';

/** A fake webContents: records its listeners and window-open handler. */
function fakeContents() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: (name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    emit: (name: string, ...args: unknown[]) => listeners.get(name)!(...args),
    open: (url: string) => openHandler!({ url }),
  };
}

const navigation = () => {
  const event = { preventDefault: vi.fn() };
  return event;
};

describe('Electron shell (mocked electron)', () => {
  it('does not start by itself under the test runner, but registers app:// as a secure standard scheme', () => {
    expect(fake.windows).toHaveLength(0);
    expect(fake.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('opens the window isolated: contextIsolation and sandbox on, no Node in the page, loaded from app://kaoping', () => {
    main.createWindow();
    const window = fake.windows.at(-1)!;
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://kaoping/index.html');
  });

  describe('lockDown', () => {
    beforeAll(() => main.lockDown());

    it('denies every permission request', () => {
      const answers: boolean[] = [];
      for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) fake.permissionHandler!({}, permission, (ok) => answers.push(ok));
      expect(answers).toEqual([false, false, false, false]);
    });

    it('cancels every request that is not the app itself', () => {
      const cancel = (url: string) => {
        let result: boolean | undefined;
        fake.beforeRequest!({ url }, (r) => (result = r.cancel));
        return result;
      };
      expect(cancel('app://kaoping/index.html')).toBe(false);
      expect(cancel('app://kaoping/assets/index-abc.js')).toBe(false);
      expect(cancel('data:image/png;base64,AAAA')).toBe(false);
      expect(cancel(`${remote}/track.js`)).toBe(true);
      expect(cancel('http://127.0.0.1:8080/api')).toBe(true);
      expect(cancel('file:///etc/passwd')).toBe(true);
      expect(cancel('app://kaoping.evil.example/x')).toBe(true);
      expect(cancel('ws://10.0.0.1/socket')).toBe(true);
    });

    it('denies window.open and navigation away from app://kaoping, and webviews', () => {
      const contents = fakeContents();
      for (const listener of fake.appListeners.get('web-contents-created')!) listener({}, contents);

      expect(contents.open(remote)).toEqual({ action: 'deny' });
      expect(contents.open('app://kaoping/index.html')).toEqual({ action: 'deny' });

      for (const url of [`${remote}/`, 'file:///C:/Windows/system32', 'app://kaoping.evil.example/', 'javascript:alert(1)']) {
        const event = navigation();
        contents.emit('will-navigate', event, url);
        expect(event.preventDefault, url).toHaveBeenCalled();
      }
      const inside = navigation();
      contents.emit('will-navigate', inside, 'app://kaoping/index.html#/people');
      expect(inside.preventDefault).not.toHaveBeenCalled();

      const webview = navigation();
      contents.emit('will-attach-webview', webview);
      expect(webview.preventDefault).toHaveBeenCalled();
    });
  });

  describe('app:// protocol', () => {
    let root: string;
    let handler: (request: { url: string }) => Promise<Response> | Response;
    beforeAll(() => {
      // a renderer build with a secret file beside it, which no URL may reach
      const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-protocol-'));
      root = path.join(base, 'renderer');
      fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
      fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
      fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
      fs.writeFileSync(path.join(base, 'secret.txt'), 'secret');
      main.registerAppProtocol(root);
      handler = fake.protocolHandlers.get('app')! as typeof handler;
    });
    afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));
    beforeEach(() => (fake.fetched.length = 0));

    it('serves files of the renderer build', async () => {
      expect((await handler({ url: 'app://kaoping/' })).status).toBe(200);
      expect((await handler({ url: 'app://kaoping/assets/app.js' })).status).toBe(200);
      expect(fake.fetched).toEqual([`file://${path.join(root, 'index.html')}`, `file://${path.join(root, 'assets', 'app.js')}`]);
    });

    it('refuses path traversal and other hosts without touching the file system outside the build', async () => {
      for (const url of [
        'app://kaoping/../secret.txt',
        'app://kaoping/../../etc/passwd',
        'app://kaoping/%2e%2e/secret.txt',
        'app://kaoping/..%2fsecret.txt',
        'app://kaoping/..%5csecret.txt',
        'app://kaoping/assets/..%2f..%2fsecret.txt',
        'app://kaoping/%00index.html',
        'app://kaoping/assets',
        'app://other/index.html',
      ]) {
        const response = await handler({ url });
        expect(response.status, url).toBe(404);
      }
      expect(fake.fetched).toEqual([]);
    });
  });

  describe('IPC', () => {
    let app: TestApp;
    let invoke: (event: unknown, channel: unknown, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
    let save: (event: unknown, fileName: unknown, bytes: unknown) => Promise<{ saved: boolean; path?: string }>;
    const fromApp = { senderFrame: { url: 'app://kaoping/index.html' }, sender: {} };
    beforeAll(async () => {
      app = await createTestApp();
      main.registerIpc(app.ctx);
      invoke = fake.ipcHandlers.get(main.invokeChannel)! as typeof invoke;
      save = fake.ipcHandlers.get(main.saveFileChannel)! as typeof save;
    });
    afterAll(() => app.close());

    it('dispatches a contract channel for the app page', async () => {
      const result = await invoke(fromApp, 'app.info', {});
      expect(result).toMatchObject({ ok: true, value: { version: 'test', dbPath: app.ctx.dbPath, empty: true } });
      expect(await invoke(fromApp, 'no.such.channel', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(await invoke(fromApp, 'units.create', { name: '' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    });

    it('refuses messages from any other page, and does nothing for them', async () => {
      for (const url of [`${remote}/`, 'app://kaoping.evil.example/', 'file:///C:/x.html', '']) {
        const result = await invoke({ senderFrame: { url }, sender: {} }, 'units.create', { name: '外部单位', parentId: null });
        expect(result, url).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
      expect(await invoke({ senderFrame: null, sender: {} }, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(app.ctx.db.prepare('SELECT count(*) AS n FROM units').get()).toEqual({ n: 0 });
    });

    it('saves a file only where the user chose in the dialog, proposing just the file name', async () => {
      const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-save-')), '花名册.xlsx');
      fake.saveDialogResult = { canceled: false, filePath: target };
      const bytes = new Uint8Array([80, 75, 3, 4]);
      expect(await save(fromApp, '../../人员花名册-2026-11-25.xlsx', bytes)).toEqual({ saved: true, path: target });
      expect(fs.readFileSync(target)).toEqual(Buffer.from(bytes));
      expect(fake.saveDialogOptions.at(-1)).toEqual({ defaultPath: path.join(os.tmpdir(), '人员花名册-2026-11-25.xlsx') });

      fake.saveDialogResult = { canceled: true, filePath: undefined };
      expect(await save(fromApp, 'x.xlsx', bytes)).toEqual({ saved: false });
      expect(await save({ senderFrame: { url: `${remote}/` }, sender: {} }, 'x.xlsx', bytes)).toEqual({ saved: false });
      expect(await save(fromApp, 'x.xlsx', 'not bytes')).toEqual({ saved: false });
      fs.rmSync(path.dirname(target), { recursive: true, force: true });
    });

    it('prints the asking page to an A4 PDF by its own CSS, and saves it where the user chose', async () => {
      const printPdf = fake.ipcHandlers.get(main.printToPdfChannel)! as (event: unknown, fileName: unknown) => Promise<{ saved: boolean; path?: string }>;
      const pdfBytes = Buffer.from('%PDF-1.7 汇总报告');
      const sender = { printToPDF: vi.fn(async () => pdfBytes) };
      const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-pdf-')), '汇总报告.pdf');
      fake.saveDialogResult = { canceled: false, filePath: target };
      const page = { senderFrame: { url: 'app://kaoping/index.html#/annual/summary-print?year=2026' }, sender };

      expect(await printPdf(page, '../2026年度年终考核汇总报告')).toEqual({ saved: true, path: target });
      expect(sender.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
      expect(fs.readFileSync(target)).toEqual(pdfBytes);
      expect(fake.saveDialogOptions.at(-1)).toMatchObject({ defaultPath: path.join(os.tmpdir(), '2026年度年终考核汇总报告.pdf') });

      fake.saveDialogResult = { canceled: true, filePath: undefined };
      expect(await printPdf(page, '汇总报告.pdf')).toEqual({ saved: false });
      expect(fake.saveDialogOptions.at(-1)).toMatchObject({ defaultPath: path.join(os.tmpdir(), '汇总报告.pdf') });

      sender.printToPDF.mockClear();
      const dialogsBefore = fake.saveDialogOptions.length;
      expect(await printPdf({ senderFrame: { url: `${remote}/` }, sender }, 'x.pdf')).toEqual({ saved: false });
      expect(await printPdf(page, 42)).toEqual({ saved: false });
      expect(sender.printToPDF).not.toHaveBeenCalled();
      expect(fake.saveDialogOptions).toHaveLength(dialogsBefore);
      fs.rmSync(path.dirname(target), { recursive: true, force: true });
    });
  });
});
