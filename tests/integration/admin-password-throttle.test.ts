import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../db/open';
import { createContext } from '../../electron/context';
import { dispatch } from '../../electron/dispatch';
import { handlers } from '../../electron/handlers';
import { adminPasswordPolicy, delayAfter } from '../../electron/services/settings/admin-password-throttle';
import { auditRows } from '../helpers/people-input';
import { refused, setUpEvent } from '../helpers/evaluation-app';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * Wrong admin passwords, on every path that checks one, wait longer and longer and then lock every
 * path for a while. The clock is injected: no test here sleeps.
 */
let app: TestApp;
let now: Date;
const advance = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000));
beforeEach(async () => {
  now = new Date('2026-12-20T09:00:00.000Z');
  app = await createTestApp({ now: () => now });
  await app.call('settings.setAdminPassword', { next: 'right-pass' });
});
afterEach(() => app.close());

const change = (current: string) => app.call('settings.setAdminPassword', { current, next: 'new-pass-1' });
const failureRows = () => auditRows(app).filter((r) => r.action === 'settings.adminPasswordFailed');

describe('admin password throttle', () => {
  it('waits 2^k seconds after the third failure in a row, and locks for 15 minutes at the tenth', async () => {
    expect([1, 2, 3, 4, 5, 9, 10, 11].map((n) => delayAfter(n))).toEqual([0, 0, 2, 4, 8, 128, 900, 900]);
    for (let n = 1; n <= 2; n++) expect(await refused(change('wrong'))).toEqual({ code: 'ADMIN_PASSWORD_WRONG', message: '原管理员密码不正确' });
    expect((await refused(change('wrong'))).message).toBe('原管理员密码不正确（已连续错误3次），请等待2秒后再试');

    // while waiting, nothing is checked, not even the right password, and nothing is logged
    const logged = failureRows().length;
    advance(1);
    expect(await refused(change('right-pass'))).toMatchObject({ code: 'ADMIN_PASSWORD_THROTTLED', message: '管理员密码错误次数过多，请等待1秒后再试' });
    expect(failureRows()).toHaveLength(logged);

    advance(1);
    expect((await refused(change('wrong'))).message).toBe('原管理员密码不正确（已连续错误4次），请等待4秒后再试');
    for (let n = 5; n <= 9; n++) {
      advance(delayAfter(n - 1));
      expect((await refused(change('wrong'))).message).toContain(`已连续错误${n}次`);
    }
    advance(delayAfter(9));
    expect((await refused(change('wrong'))).message).toBe('原管理员密码不正确。已连续错误10次，已锁定15分钟，请在15分钟后再试');
    advance(10 * 60);
    expect(await refused(change('right-pass'))).toMatchObject({ code: 'ADMIN_PASSWORD_THROTTLED', message: '管理员密码已连续错误10次，已锁定，请在5分钟后再试' });
    advance(5 * 60);
    // after the lockout the right password works and clears the count
    await change('right-pass');
    expect(await refused(app.call('settings.setAdminPassword', { current: 'wrong', next: 'x-pass-22' }))).toEqual({ code: 'ADMIN_PASSWORD_WRONG', message: '原管理员密码不正确' });
    expect(failureRows().map((r) => r.summary)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `修改管理员密码：管理员密码错误（第${i + 1}次）`),
      '修改管理员密码：管理员密码错误（第10次），已锁定15分钟',
      '修改管理员密码：管理员密码错误（第1次）',
    ]);
    expect(adminPasswordPolicy.lockoutFailures).toBe(10);
  });

  it('counts every path together and names the path in the 操作日志: kiosk exit, password change, verify', async () => {
    const event = await setUpEvent(app, { people: 3 });
    await app.call('evaluation.setStatus', { id: event.id, status: 'live' });
    await app.call('evaluation.kioskStart', { id: event.id, category: null });
    await refused(app.call('evaluation.kioskExit', { password: 'guess-1' }));
    await refused(app.call('evaluation.kioskExit', { password: 'guess-2' }));
    expect((await refused(app.call('evaluation.kioskExit', { password: 'guess-3' }))).message).toBe('管理员密码不正确（已连续错误3次），请等待2秒后再试');
    advance(2);
    await app.call('evaluation.kioskExit', { password: 'right-pass' });
    await refused(change('guess-4'));
    expect(await app.call('settings.verifyAdminPassword', { password: 'guess-5' })).toEqual({ ok: false });
    expect(failureRows().map((r) => r.summary)).toEqual([
      '退出现场测评：管理员密码错误（第1次）',
      '退出现场测评：管理员密码错误（第2次）',
      '退出现场测评：管理员密码错误（第3次）',
      '修改管理员密码：管理员密码错误（第1次）',
      '验证管理员密码：管理员密码错误（第2次）',
    ]);
    // the third failure in a row, on whichever path, makes every path wait
    await app.call('evaluation.kioskStart', { id: event.id, category: null });
    expect((await refused(app.call('evaluation.kioskExit', { password: 'guess-6' }))).message).toBe('管理员密码不正确（已连续错误3次），请等待2秒后再试');
    expect(await refused(app.call('evaluation.kioskExit', { password: 'right-pass' }))).toMatchObject({ code: 'ADMIN_PASSWORD_THROTTLED' });
    expect(await app.call('evaluation.kioskSession')).not.toBeNull();
  });

  it('is kept in the database: a relaunch does not reset the wait', async () => {
    for (let n = 1; n <= 3; n++) await refused(change('wrong'));
    closeDatabase(app.ctx.db);
    const db = await openDatabase(app.ctx.dbPath);
    app.ctx.db = db;
    const relaunched = createContext({ db, dataDir: app.dir, dbPath: app.ctx.dbPath, backupDir: app.ctx.backupDir, mode: 'electron', version: 'test', now: () => now });
    expect(await dispatch(handlers, relaunched, 'settings.setAdminPassword', { current: 'right-pass', next: 'new-pass-1' })).toMatchObject({ ok: false, error: { code: 'ADMIN_PASSWORD_THROTTLED' } });
    advance(2);
    expect(await dispatch(handlers, relaunched, 'settings.setAdminPassword', { current: 'right-pass', next: 'new-pass-1' })).toEqual({ ok: true, value: null });
  });
});
