import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, type Input, type IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ipcChannels } from '../shared/contract/channel-names';
import { bootApp, shutdownApp, takeDailyBackup } from './boot';
import type { AppContext } from './context';
import { resolveDataDir } from './data-dir';
import { dispatch } from './dispatch';
import { handlers } from './handlers';
import { resolveStatic } from './host';
import { activeKioskSession } from './services/evaluation';

/**
 * The Electron shell, kept thin: lifecycle, one window, security, IPC wiring. Everything it calls
 * is plain Node and is exercised in browser mode; this file is unit-tested with a mocked electron.
 */
export const appScheme = 'app';
export const appOrigin = `${appScheme}://kaoping`;
// declared once with the preload's side (shared/contract/channel-names.ts)
export const { invoke: invokeChannel, saveFile: saveFileChannel, printToPdf: printToPdfChannel } = ipcChannels;

const rendererDir = path.join(__dirname, '..', 'renderer');

protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

/** A URL of our own page: exactly app://kaoping or below it (not app://kaoping.evil/…). */
export const isAppUrl = (url: string): boolean => url === appOrigin || url.startsWith(`${appOrigin}/`);

/** Only our own page may call the handlers. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  return isAppUrl(event.senderFrame?.url ?? '');
}

export function registerIpc(ctx: AppContext): void {
  ipcMain.handle(invokeChannel, async (event, channelName: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' } };
    // dispatch refuses every non-kiosk channel while a 现场测评 session is active (services/evaluation/kiosk-session.ts)
    const result = await dispatch(handlers, ctx, String(channelName), input);
    if (kioskSwitchChannels.has(String(channelName))) {
      const window = BrowserWindow.fromWebContents(event.sender);
      if (window) setKioskMode(window, activeKioskSession(ctx.db) != null);
    }
    return result;
  });
  ipcMain.handle(saveFileChannel, async (event, fileName: unknown, bytes: unknown) => {
    if (!isTrustedSender(event) || typeof fileName !== 'string' || !(bytes instanceof Uint8Array)) return { saved: false };
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: path.join(app.getPath('documents'), path.basename(fileName)) };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    fs.writeFileSync(choice.filePath, bytes);
    return { saved: true, path: choice.filePath };
  });
  // The print views (汇总报告, 登记表) as PDF: the page's own CSS sets the paper and the page numbers.
  ipcMain.handle(printToPdfChannel, async (event, fileName: unknown) => {
    if (!isTrustedSender(event) || typeof fileName !== 'string') return { saved: false };
    const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    const window = BrowserWindow.fromWebContents(event.sender);
    const name = path.basename(fileName).replace(/\.pdf$/i, '') || '导出';
    const options = { defaultPath: path.join(app.getPath('documents'), `${name}.pdf`), filters: [{ name: 'PDF 文件', extensions: ['pdf'] }] };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    fs.writeFileSync(choice.filePath, pdf);
    return { saved: true, path: choice.filePath };
  });
}

/** Serves the renderer build from app://kaoping/… with a path-traversal guard. */
export function registerAppProtocol(root = rendererDir): void {
  protocol.handle(appScheme, (request) => {
    const { host, pathname } = new URL(request.url);
    if (host !== 'kaoping') return new Response('Not Found', { status: 404 });
    const file = resolveStatic(root, pathname === '/' ? '/index.html' : pathname);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return new Response('Not Found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}

/** Deny everything a desktop form app never needs: navigation, popups, permissions, the network. */
export function lockDown(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url) || details.url.startsWith('devtools:') || details.url.startsWith('blob:') || details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** The channels after which the window follows the session into or out of kiosk mode. */
const kioskSwitchChannels = new Set(['evaluation.kioskStart', 'evaluation.kioskExit']);

export const kioskRouteUrl = `${appOrigin}/index.html#/evaluation/kiosk`;

/** A kiosk window fills the screen and cannot be left by the window manager's means (Electron's kiosk mode). */
export function setKioskMode(window: BrowserWindow, on: boolean): void {
  if (window.isKiosk() === on) return;
  window.setKiosk(on);
  window.setFullScreen(on);
}

/** DevTools and reload by keyboard: F12, Ctrl+Shift+I/J/C, Ctrl+R, Ctrl+Shift+R, F5 (Cmd on macOS). */
export function isBlockedShortcut(input: Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'shift' | 'alt'>): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const command = input.control || input.meta;
  if (key === 'f12' || key === 'f5') return true;
  if (command && input.shift && ['i', 'j', 'c'].includes(key)) return true;
  if (command && input.alt && key === 'i') return true;
  return command && key === 'r';
}

/**
 * The one window. In a 现场测评 session (also after a relaunch) it opens as a kiosk on the kiosk
 * route. A packaged build has no DevTools at all; its shortcuts and reload are blocked there and in
 * kiosk mode (there is no application menu to offer them either).
 */
export function createWindow(options: { kiosk: boolean } = { kiosk: false }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    title: '干部考核测评系统',
    show: false,
    autoHideMenuBar: true,
    kiosk: options.kiosk,
    fullscreen: options.kiosk,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  window.setMenu(null);
  window.webContents.on('before-input-event', (event, input) => {
    if ((app.isPackaged || window.isKiosk()) && isBlockedShortcut(input)) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.kiosk ? kioskRouteUrl : `${appOrigin}/index.html`);
  return window;
}

export async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // One data folder for both shells (electron/data-dir.ts).
  const dataDir = resolveDataDir();
  app.setPath('userData', dataDir);
  await app.whenReady();
  // no menu anywhere: the default one offers Reload and Toggle Developer Tools
  Menu.setApplicationMenu(null);
  lockDown();
  registerAppProtocol();
  let ctx: AppContext;
  try {
    ctx = await bootApp({ dataDir, mode: 'electron', version: app.getVersion() });
  } catch (error) {
    dialog.showErrorBox('干部考核测评系统', (error as Error).message);
    app.quit();
    return;
  }
  registerIpc(ctx);
  // a relaunch during 现场测评 returns straight to the kiosk: the session is in the database
  const openWindow = () => createWindow({ kiosk: ctx.db.open && activeKioskSession(ctx.db) != null });
  let window = openWindow();
  app.on('second-instance', () => {
    if (window.isDestroyed()) window = openWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // The office PC may stay on for days: check for the daily backup every hour.
  const daily = setInterval(() => void takeDailyBackup(ctx), 60 * 60_000);
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    quitting = true;
    clearInterval(daily);
    void shutdownApp(ctx).finally(() => app.exit(0));
  });
  app.on('window-all-closed', () => app.quit());
}

if (!process.env.VITEST) void start();
