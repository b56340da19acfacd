import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { app as electronApp } from 'electron';
import { closeDatabase, openDatabase } from '../../db/open';
import { createContext } from '../../electron/context';
import { databaseFile } from '../../electron/data-dir';
import { dispatch } from '../../electron/dispatch';
import { handlers } from '../../electron/handlers';
import { ipcChannels } from '../../shared/contract/channel-names';
import { setUpEvent } from '../helpers/evaluation-app';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * The Electron shell cannot run here (no Electron binary offline), so its wiring is checked against
 * a fake `electron` that records what main.ts registers. main.ts does not start itself under vitest.
 */
interface FakeWindow {
  options: Record<string, unknown>;
  loadURL: ReturnType<typeof vi.fn>;
  setMenu: ReturnType<typeof vi.fn>;
  kiosk: boolean;
  setKiosk: ReturnType<typeof vi.fn>;
  setFullScreen: ReturnType<typeof vi.fn>;
  inputListener?: (event: { preventDefault: () => void }, input: Record<string, unknown>) => void;
}

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const state = {
    appListeners: new Map<string, Listener[]>(),
    ipcHandlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, (request: { url: string }) => unknown>(),
    privileged: [] as unknown[],
    windows: [] as FakeWindow[],
    packaged: false,
    applicationMenu: 'default' as unknown,
    fromWebContents: null as FakeWindow | null,
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
    static fromWebContents = vi.fn(() => fake.fromWebContents);
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    setMenu = vi.fn();
    kiosk: boolean;
    isKiosk = () => this.kiosk;
    setKiosk = vi.fn((on: boolean) => (this.kiosk = on));
    setFullScreen = vi.fn();
    isDestroyed = () => false;
    inputListener?: FakeWindow['inputListener'];
    webContents = { on: vi.fn((name: string, listener: FakeWindow['inputListener']) => name === 'before-input-event' && (this.inputListener = listener)) };
    constructor(public options: Record<string, unknown>) {
      this.kiosk = options.kiosk === true;
      fake.windows.push(this as unknown as FakeWindow);
    }
  }
  return {
    Menu: { setApplicationMenu: vi.fn((menu: unknown) => (fake.applicationMenu = menu)) },
    app: {
      get isPackaged() {
        return fake.packaged;
      },
      whenReady: vi.fn(async () => undefined),
      setPath: vi.fn(),
      exit: vi.fn(),
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

  describe('kiosk window', () => {
    afterAll(() => (fake.packaged = false));
    const press = (window: FakeWindow, input: Record<string, unknown>) => {
      const event = { preventDefault: vi.fn() };
      window.inputListener!(event, { type: 'keyDown', control: false, meta: false, shift: false, alt: false, ...input });
      return event.preventDefault.mock.calls.length > 0;
    };

    it('opens a 现场测评 session as a real kiosk: kiosk and full screen, no menu, on the kiosk route', () => {
      main.createWindow({ kiosk: true });
      const window = fake.windows.at(-1)!;
      expect(window.options).toMatchObject({ kiosk: true, fullscreen: true });
      expect(window.setMenu).toHaveBeenCalledWith(null);
      expect(window.loadURL).toHaveBeenCalledWith('app://kaoping/index.html#/evaluation/kiosk');
      main.createWindow();
      expect(fake.windows.at(-1)!.options).toMatchObject({ kiosk: false, fullscreen: false });
    });

    it('has no DevTools in a packaged build, and blocks their shortcuts and reload there and in kiosk mode', () => {
      fake.packaged = true;
      main.createWindow();
      const packaged = fake.windows.at(-1)!;
      expect(packaged.options.webPreferences).toMatchObject({ devTools: false });
      for (const input of [{ key: 'F12' }, { key: 'I', control: true, shift: true }, { key: 'j', control: true, shift: true }, { key: 'r', control: true }, { key: 'R', control: true, shift: true }, { key: 'F5' }, { key: 'i', meta: true, alt: true }]) {
        expect(press(packaged, input), JSON.stringify(input)).toBe(true);
      }
      for (const input of [{ key: '1' }, { key: 'ArrowDown' }, { key: 'c', control: true }, { key: 'Tab' }]) expect(press(packaged, input), JSON.stringify(input)).toBe(false);

      fake.packaged = false;
      main.createWindow();
      const development = fake.windows.at(-1)!;
      expect(development.options.webPreferences).toMatchObject({ devTools: true });
      expect(press(development, { key: 'F12' })).toBe(false);
      main.createWindow({ kiosk: true });
      expect(press(fake.windows.at(-1)!, { key: 'F12' })).toBe(true);
      expect(press(fake.windows.at(-1)!, { key: 'r', control: true })).toBe(true);
    });
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

    it('listens on exactly the IPC channels the preload sends on (declared once, shared/contract/channel-names.ts)', () => {
      expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(ipcChannels).sort());
    });

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

    it('during a 现场测评 session answers only the kiosk channels, and the window follows the session in and out of kiosk mode', async () => {
      const event = await setUpEvent(app, { people: 3 });
      await app.call('evaluation.setStatus', { id: event.id, status: 'live' });
      await app.call('settings.setAdminPassword', { next: 'kp-2026' });
      main.createWindow();
      const window = fake.windows.at(-1)!;
      fake.fromWebContents = window;

      expect(await invoke(fromApp, 'evaluation.kioskStart', { id: event.id, category: null })).toMatchObject({ ok: true });
      expect(window.setKiosk).toHaveBeenLastCalledWith(true);
      const unitsBefore = app.ctx.db.prepare('SELECT count(*) AS n FROM units').get();
      for (const [channel, input] of [['people.search', {}], ['units.create', { name: '外来单位', parentId: null }], ['backup.create', {}], ['evaluation.results', { id: event.id }]] as const) {
        expect(await invoke(fromApp, channel, input), channel).toMatchObject({ ok: false, error: { code: 'KIOSK_ACTIVE' } });
      }
      expect(app.ctx.db.prepare('SELECT count(*) AS n FROM units').get()).toEqual(unitsBefore);
      expect(await invoke(fromApp, 'evaluation.get', { id: event.id })).toMatchObject({ ok: true });

      expect(await invoke(fromApp, 'evaluation.kioskExit', { password: 'wrong-pass' })).toMatchObject({ ok: false, error: { code: 'ADMIN_PASSWORD_WRONG' } });
      expect(window.kiosk).toBe(true);
      expect(await invoke(fromApp, 'evaluation.kioskExit', { password: 'kp-2026' })).toMatchObject({ ok: true });
      expect(window.setKiosk).toHaveBeenLastCalledWith(false);
      expect(await invoke(fromApp, 'people.search', {})).toMatchObject({ ok: true });
      fake.fromWebContents = null;
    });
  });

  it('removes the application menu, and a relaunch during a 现场测评 session opens the kiosk window on the kiosk route', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-relaunch-'));
    // the first run: an event in 正式测评, a password, the kiosk entered; then the app is closed
    const db = await openDatabase(databaseFile(dataDir));
    const ctx = createContext({ db, dataDir, dbPath: databaseFile(dataDir), backupDir: path.join(dataDir, 'backups'), mode: 'electron', version: 'test', actor: () => '测试员' });
    const call = async (channel: string, input: unknown) => {
      const result = await dispatch(handlers, ctx, channel, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as { id: number };
    };
    const first = { ctx, call: call as never, result: (c: string, i: unknown) => dispatch(handlers, ctx, c, i) } as unknown as TestApp;
    const event = await setUpEvent(first, { people: 2 });
    await call('evaluation.setStatus', { id: event.id, status: 'live' });
    await call('settings.setAdminPassword', { next: 'kp-2026' });
    await call('evaluation.kioskStart', { id: event.id, category: null });
    closeDatabase(db);

    const before = process.env.KAOPING_DATA_DIR;
    process.env.KAOPING_DATA_DIR = dataDir;
    fake.applicationMenu = 'default';
    const windowsBefore = fake.windows.length;
    try {
      await main.start();
    } finally {
      process.env.KAOPING_DATA_DIR = before;
    }
    expect(fake.applicationMenu).toBeNull();
    expect(fake.windows).toHaveLength(windowsBefore + 1);
    const window = fake.windows.at(-1)!;
    expect(window.options).toMatchObject({ kiosk: true, fullscreen: true });
    expect(window.loadURL).toHaveBeenCalledWith('app://kaoping/index.html#/evaluation/kiosk');
    // quitting closes the database (and clears the hourly backup timer)
    for (const listener of fake.appListeners.get('before-quit') ?? []) listener({ preventDefault: vi.fn() });
    await vi.waitFor(() => expect(electronApp.exit).toHaveBeenCalled(), { timeout: 30_000 });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
