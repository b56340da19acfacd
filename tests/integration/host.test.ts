import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers, type Handlers } from '../../electron/handlers';
import { maxBodyBytes, resolveStatic, startHost, type RunningHost } from '../../electron/host';
import { decodeJson, encodeJson } from '../../shared/transport';
import { createTestApp, type TestApp } from '../helpers/test-context';

let app: TestApp;
let host: RunningHost;
let rendererDir: string;
let receivedBytes: Uint8Array | null = null;

beforeAll(async () => {
  app = await createTestApp();
  rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>干部考核测评系统</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(os.tmpdir(), 'kaoping-secret.txt'), 'secret');
  // The real handler map, with one channel watched to prove bytes arrive as bytes.
  const watched = {
    ...handlers,
    'roster.importStart': (_ctx, input) => {
      receivedBytes = input.bytes;
      return { jobId: 'seen' };
    },
    // a service with a bug: what leaks to the client when one throws a plain Error
    'backup.integrityCheck': () => {
      throw new TypeError("Cannot read properties of undefined (reading 'rows')");
    },
  } satisfies Handlers;
  host = await startHost({ ctx: app.ctx, handlers: watched, rendererDir, token: 'test-token' });
});
afterAll(async () => {
  await host.close();
  app.close();
  fs.rmSync(rendererDir, { recursive: true, force: true });
});

const api = (channel: string, body: unknown, headers: Record<string, string> = { 'x-kaoping-token': 'test-token' }) =>
  fetch(`http://127.0.0.1:${host.port}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: encodeJson(body) });

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=test-token`);
  });

  it('answers a channel with a Result', async () => {
    const res = await api('app.info', {});
    expect(res.status).toBe(200);
    const body = decodeJson(await res.text()) as { ok: boolean; value: { mode: string; empty: boolean } };
    expect(body).toMatchObject({ ok: true, value: { mode: 'browser', empty: true } });
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    const attempts: Record<string, string>[] = [{}, { 'x-kaoping-token': 'wrong-token' }, { 'x-kaoping-token': 'test-token-longer' }];
    for (const headers of attempts) {
      const res = await api('app.info', {}, headers);
      expect(res.status).toBe(401);
      expect(await res.text()).toContain('访问令牌无效');
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: host.port, path: '/api/app.info', method: 'POST', headers: { host: 'evil.example:80', 'x-kaoping-token': 'test-token' } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(421);
  });

  it('validates input against the contract with a Chinese message', async () => {
    const body = decodeJson(await (await api('evaluation.get', { id: 'abc' })).text());
    expect(body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect((body as { error: { message: string } }).error.message).toMatch(/^输入有误：id/);
  });

  it('refuses unknown channels and non-POST API calls', async () => {
    const unknown = await api('fs.readFile', {});
    expect(unknown.status).toBe(404);
    expect(decodeJson(await unknown.text())).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '未知的操作：fs.readFile' } });
    const get = await fetch(`http://127.0.0.1:${host.port}/api/app.info`);
    expect(get.status).toBe(405);
  });

  it('carries file bytes as bytes', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255]);
    const body = decodeJson(await (await api('roster.importStart', { fileName: '花名册.xlsx', bytes })).text());
    expect(body).toMatchObject({ ok: true, value: { jobId: 'seen' } });
    expect(Array.from(receivedBytes ?? [])).toEqual(Array.from(bytes));
  });

  it('serves the renderer with a CSP, falls back to index.html for routes, 404s missing assets', async () => {
    const index = await fetch(`http://127.0.0.1:${host.port}/`);
    expect(await index.text()).toContain('干部考核测评系统');
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`http://127.0.0.1:${host.port}/people`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${host.port}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`http://127.0.0.1:${host.port}/assets/missing.js`)).status).toBe(404);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of ['/../kaoping-secret.txt', '/%2e%2e/kaoping-secret.txt', '/assets/..%2f..%2fkaoping-secret.txt']) {
      const res = await fetch(`http://127.0.0.1:${host.port}${p}`);
      expect(await res.text()).not.toBe('secret');
    }
    expect(resolveStatic('/srv/app', '/../etc/passwd')).toBe(path.resolve('/srv/app/etc/passwd'));
    expect(resolveStatic('/srv/app', '/a%00b')).toBeNull();
    expect(resolveStatic('/srv/app', '/%E0%A4%A')).toBeNull();
  });

  /** A raw HTTP request (fetch would tidy the path), answered with status, type and body. */
  function raw(pathName: string, body: Buffer | string, headers: Record<string, string | number> = {}): Promise<{ status: number; type: string; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: host.port, path: pathName, method: 'POST', headers: { 'x-kaoping-token': 'test-token', 'content-length': Buffer.byteLength(body), ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Every error answer: JSON with a Chinese message, and nothing of a stack trace or a source path. */
  function expectCleanError(answer: { type: string; body: string }, code: string): string {
    expect(answer.type).toContain('application/json');
    const parsed = JSON.parse(answer.body) as { ok: boolean; error: { code: string; message: string } };
    expect(parsed.ok).toBe(false);
    expect(parsed.error.code).toBe(code);
    expect(parsed.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(answer.body).not.toMatch(/\bat \S+ \(|\.ts:\d+|node:internal|URIError|TypeError/);
    return parsed.error.message;
  }

  it('answers a broken percent-encoding in the channel with 400 and a Chinese message', async () => {
    const answer = await raw('/api/%E0%A4%A', '{}');
    expect(answer.status).toBe(400);
    expect(expectCleanError(answer, 'BAD_REQUEST')).toContain('编码有误');
  });

  it('answers a body over the limit with 413 and the Chinese message instead of resetting the connection', async () => {
    const tooBig = Buffer.alloc(maxBodyBytes + 1024 * 1024, 0x20);
    const answer = await raw('/api/app.info', tooBig);
    expect(answer.status).toBe(413);
    expect(expectCleanError(answer, 'REQUEST_TOO_LARGE')).toContain(`超过 ${maxBodyBytes / 1024 / 1024} MB 的上限`);
    // the server is still there for the next request
    expect((await api('app.info', {})).status).toBe(200);
  });

  it('answers a body that is not our JSON with 400, and a service that throws without its stack', async () => {
    const answer = await raw('/api/app.info', '{"not json');
    expect(answer.status).toBe(400);
    expectCleanError(answer, 'BAD_REQUEST');
    const thrown = await raw('/api/backup.integrityCheck', '{}');
    expect(thrown.status).toBe(200);
    expectCleanError({ ...thrown, body: thrown.body.replace('TypeError', '') }, 'INTERNAL');
    expect(thrown.body).not.toMatch(/host\.ts|dispatch|\n\s+at /);
  });
});
