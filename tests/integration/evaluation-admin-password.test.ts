import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows } from '../helpers/people-input';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { refused } from '../helpers/evaluation-app';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

const stored = () => app.ctx.db.prepare(`SELECT value_json FROM settings WHERE key = 'adminPasswordHash'`).pluck().get() as string | undefined;

describe('admin password (leaving the kiosk)', () => {
  it('is not set at first, and nothing verifies then', async () => {
    expect(await app.call('settings.hasAdminPassword')).toEqual({ set: false });
    expect(await app.call('settings.verifyAdminPassword', { password: '' })).toEqual({ ok: false });
  });

  it('keeps only a salted scrypt hash and verifies the right password only', async () => {
    await app.call('settings.setAdminPassword', { next: '测评2026!' });
    expect(await app.call('settings.hasAdminPassword')).toEqual({ set: true });
    const value = JSON.parse(stored()!) as { salt: string; hash: string; N: number };
    expect(Object.keys(value).sort()).toEqual(['N', 'hash', 'salt']);
    expect(value.N).toBe(16384);
    expect(value.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(value.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored()).not.toContain('测评2026');
    expect(await app.call('settings.verifyAdminPassword', { password: '测评2026!' })).toEqual({ ok: true });
    expect(await app.call('settings.verifyAdminPassword', { password: '测评2026' })).toEqual({ ok: false });
    expect(await app.call('settings.verifyAdminPassword', { password: '' })).toEqual({ ok: false });
    // the same password set again gets a new salt, so equal passwords do not show as equal hashes
    await app.call('settings.setAdminPassword', { current: '测评2026!', next: '测评2026!' });
    expect((JSON.parse(stored()!) as { salt: string }).salt).not.toBe(value.salt);
    expect(auditRows(app).filter((r) => r.action === 'settings.adminPassword').map((r) => r.summary)).toEqual(['设置管理员密码', '修改管理员密码']);
    expect(JSON.stringify(auditRows(app))).not.toContain(value.hash);
  });

  it('changes only with the current password', async () => {
    await app.call('settings.setAdminPassword', { next: 'first-pass' });
    const before = stored();
    expect(await refused(app.call('settings.setAdminPassword', { next: 'second-pass' }))).toEqual({ code: 'ADMIN_PASSWORD_REQUIRED', message: '请输入原管理员密码' });
    expect(await refused(app.call('settings.setAdminPassword', { current: 'wrong-pass', next: 'second-pass' }))).toEqual({ code: 'ADMIN_PASSWORD_WRONG', message: '原管理员密码不正确' });
    expect(stored()).toBe(before);
    await app.call('settings.setAdminPassword', { current: 'first-pass', next: 'second-pass' });
    expect(await app.call('settings.verifyAdminPassword', { password: 'first-pass' })).toEqual({ ok: false });
    expect(await app.call('settings.verifyAdminPassword', { password: 'second-pass' })).toEqual({ ok: true });
  });

  it('refuses a password shorter than six characters', async () => {
    expect((await refused(app.call('settings.setAdminPassword', { next: '12345' }))).message).toContain('管理员密码至少6位');
    expect(stored()).toBeUndefined();
  });
});
