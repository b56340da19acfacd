import os from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContext, type AppContext } from '../../electron/context';
import { dispatch } from '../../electron/dispatch';
import { handlers } from '../../electron/handlers';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { createTestApp, type TestApp } from '../helpers/test-context';

let app: TestApp;
/** the app's own context: unlike createTestApp's, its actor comes from the stored operator name */
let ctx: AppContext;
const account = os.userInfo().username;

beforeEach(async () => {
  app = await createTestApp();
  const { db, dataDir, dbPath, backupDir, mode, version } = app.ctx;
  ctx = createContext({ db, dataDir, dbPath, backupDir, mode, version });
});
afterEach(() => app.close());

async function call<C extends ChannelName>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const r = await dispatch(handlers, ctx, channel, input ?? {});
  if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { code: r.error.code });
  return r.value as ChannelOutput<C>;
}

interface AuditRow { actor: string; action: string; summary: string; before_json: string | null; after_json: string | null }
const auditRows = () => ctx.db.prepare('SELECT actor, action, summary, before_json, after_json FROM audit_log ORDER BY id').all() as AuditRow[];
const storedRow = () => ctx.db.prepare(`SELECT value_json FROM settings WHERE key = 'operatorName'`).pluck().get() as string | undefined;

describe('设置 → 操作员', () => {
  it('starts unset: the OS account is recorded and nothing is stored', async () => {
    expect(await call('settings.operator')).toEqual({ name: '', fallback: account });
    expect((await call('app.info')).operator).toBe(account);
    expect(storedRow()).toBeUndefined();
  });

  it('stores a trimmed name with an audit row, and later writes are recorded under it', async () => {
    expect(await call('settings.setOperator', { name: '  张 三 ' })).toEqual({ name: '张 三', fallback: account });
    expect(await call('settings.operator')).toEqual({ name: '张 三', fallback: account });
    expect(JSON.parse(storedRow()!)).toBe('张 三');

    const [row] = auditRows();
    expect(row).toMatchObject({ actor: account, action: 'settings.operator', summary: '操作员姓名改为「张 三」' });
    expect(JSON.parse(row!.before_json!)).toEqual({ operatorName: `系统账户（${account}）` });
    expect(JSON.parse(row!.after_json!)).toEqual({ operatorName: '张 三' });

    expect((await call('app.info')).operator).toBe('张 三');
    await call('units.create', { name: '办公室', parentId: null });
    expect(auditRows().at(-1)).toMatchObject({ action: 'unit.create', actor: '张 三' });
  });

  it('changing from one name to another is recorded under the earlier operator', async () => {
    await call('settings.setOperator', { name: '张三' });
    await call('settings.setOperator', { name: '李四' });
    const last = auditRows().at(-1)!;
    expect(last).toMatchObject({ actor: '张三', summary: '操作员姓名改为「李四」' });
    expect(JSON.parse(last.before_json!)).toEqual({ operatorName: '张三' });
    expect(JSON.parse(last.after_json!)).toEqual({ operatorName: '李四' });
  });

  it('saving the same name again writes nothing', async () => {
    await call('settings.setOperator', { name: '张三' });
    await call('settings.setOperator', { name: ' 张三' });
    expect(auditRows()).toHaveLength(1);
  });

  it("'' clears back to the OS account", async () => {
    await call('settings.setOperator', { name: '张三' });
    expect(await call('settings.setOperator', { name: '   ' })).toEqual({ name: '', fallback: account });
    expect(storedRow()).toBeUndefined();
    expect((await call('app.info')).operator).toBe(account);
    const last = auditRows().at(-1)!;
    expect(last).toMatchObject({ actor: '张三', summary: `操作员姓名恢复为系统账户（${account}）` });
    expect(JSON.parse(last.after_json!)).toEqual({ operatorName: `系统账户（${account}）` });

    await call('units.create', { name: '办公室', parentId: null });
    expect(auditRows().at(-1)).toMatchObject({ action: 'unit.create', actor: account });
  });

  it('refuses a name over 20 characters and changes nothing', async () => {
    await call('settings.setOperator', { name: '张三' });
    const r = await dispatch(handlers, ctx, 'settings.setOperator', { name: '王'.repeat(21) });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(r.ok ? '' : r.error.message).toContain('姓名不超过20字');
    expect(await call('settings.operator')).toEqual({ name: '张三', fallback: account });
    expect(auditRows()).toHaveLength(1);
    // 20 characters are fine
    expect((await call('settings.setOperator', { name: '王'.repeat(20) })).name).toBe('王'.repeat(20));
  });
});
