import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers, type Handlers } from '../../electron/handlers';
import { resolveStatic, startHost, type RunningHost } from '../../electron/host';
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
    'roster.importStart': (input) => {
      receivedBytes = input.bytes;
      return { jobId: 'seen' };
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
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: host.port, path: '/api/app.info', method: 'POST', headers: { host: 'evil.example:80', 'x-kaoping-token': 'test-token' } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(421);
  });

  it('validates input against the contract with a Chinese message', async () => {
    const body = decodeJson(await (await api('people.get', { id: 'abc' })).text());
    expect(body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect((body as { error: { message: string } }).error.message).toMatch(/^输入有误：id/);
  });

  it('refuses unknown channels and non-POST API calls', async () => {
    expect(decodeJson(await (await api('fs.readFile', {})).text())).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
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
});
