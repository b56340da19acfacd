import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { isChannelName } from '../shared/contract';
import { decodeJson, encodeJson } from '../shared/transport';
import type { AppContext } from './context';
import { dispatch } from './dispatch';
import type { Handlers } from './handlers';

/**
 * Browser mode (ARCHITECTURE §4): the renderer build and the handler map behind POST /api/<channel>,
 * on 127.0.0.1 only. Every API request carries the per-launch token; the Host header must name
 * the loopback address, which stops DNS-rebinding pages from reaching the API.
 */
export interface HostOptions {
  readonly ctx: AppContext;
  readonly handlers: Handlers;
  /** folder with the built renderer (index.html) */
  readonly rendererDir: string;
  /** 0 = any free port */
  readonly port?: number;
  /** fixed token for tests; random otherwise */
  readonly token?: string;
}

export interface RunningHost {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

export const maxBodyBytes = 40 * 1024 * 1024;
export const tokenHeader = 'x-kaoping-token';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.json': 'application/json', '.ttf': 'font/ttf',
};

const securityHeaders = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Resolves a URL path inside `root` only; null for anything that escapes it. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const rel = path.relative(root, full);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return full;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...securityHeaders });
  res.end(body);
}

const sizeText = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Reads the request body up to `maxBodyBytes`. Past the limit the rest is read and dropped rather
 * than the socket destroyed: closing a socket the client is still writing to makes the client see
 * a connection reset instead of our 413 and its Chinese message.
 */
function readBody(req: http.IncomingMessage): Promise<{ body: string } | { tooLarge: true }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > maxBodyBytes ? { tooLarge: true } : { body: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}

const apiError = (code: string, message: string) => encodeJson({ ok: false, error: { code, message } });

/** The channel named by /api/<channel>, or null when its percent-encoding is broken. */
function channelOf(url: string): string | null {
  try {
    return decodeURIComponent(url.slice('/api/'.length).split('?')[0]!);
  } catch {
    return null;
  }
}

export function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let allowedHosts = new Set<string>();

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      // The stack goes to the console only; the client gets one Chinese sentence.
      console.error('[kaoping] host error', error);
      if (!res.headersSent) send(res, 500, apiError('INTERNAL', '程序内部错误，操作未完成。请重试；如仍出现，请记下操作步骤并联系维护人员。'));
      else res.end();
    });
  });
  // A request the HTTP parser cannot read (bad header, bad chunking) gets a plain 400, not a reset.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n' + apiError('BAD_REQUEST', '请求格式有误。'));
    else socket.destroy();
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'Misdirected Request', 'text/plain; charset=utf-8');
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, apiError('METHOD', '不支持的请求方式'));
      const given = req.headers[tokenHeader];
      if (!sameToken(Array.isArray(given) ? given[0] : given, token)) {
        return send(res, 401, apiError('UNAUTHORIZED', '访问令牌无效，请使用启动时显示的完整地址打开。'));
      }
      // The body is read (or drained) before any answer, so the client always gets the answer.
      const read = await readBody(req);
      if ('tooLarge' in read) {
        return send(res, 413, apiError('REQUEST_TOO_LARGE', `请求内容超过 ${sizeText(maxBodyBytes)} 的上限，未处理。单个文件请不要超过 20 MB。`));
      }
      const channelName = channelOf(url);
      if (channelName === null) return send(res, 400, apiError('BAD_REQUEST', '请求地址的编码有误（含有无效的百分号编码），未处理。'));
      if (!isChannelName(channelName)) return send(res, 404, apiError('UNKNOWN_CHANNEL', `未知的操作：${channelName.slice(0, 100)}`));
      let input: unknown;
      try {
        input = read.body ? decodeJson(read.body) : {};
      } catch {
        return send(res, 400, apiError('BAD_REQUEST', '请求内容不是有效的数据格式，未处理。'));
      }
      const result = await dispatch(options.handlers, options.ctx, channelName, input);
      return send(res, 200, encodeJson(result));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed', 'text/plain; charset=utf-8');
    let file = resolveStatic(options.rendererDir, url);
    if (!file) return send(res, 404, 'Not Found', 'text/plain; charset=utf-8');
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      // Client-side routes fall back to the app shell; missing assets stay 404.
      if (path.extname(file)) return send(res, 404, 'Not Found', 'text/plain; charset=utf-8');
      file = path.join(options.rendererDir, 'index.html');
    }
    send(res, 200, fs.readFileSync(file), contentTypes[path.extname(file)] ?? 'application/octet-stream');
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
