import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../db/open';
import { createContext } from '../../electron/context';
import { dispatch } from '../../electron/dispatch';
import { handlers } from '../../electron/handlers';
import type { EvaluationEvent } from '../../shared/contract/evaluation';
import { kioskAllowList } from '../../shared/contract/kiosk-allow-list';
import { channelNames } from '../../shared/contract';
import { auditRows } from '../helpers/people-input';
import { levelBallot, refused, setUpEvent } from '../helpers/evaluation-app';
import { createTestApp, type TestApp } from '../helpers/test-context';

/** 现场测评 as state of the main process: started, held across a relaunch, left only with the admin password. */
let app: TestApp;
let event: EvaluationEvent;
beforeEach(async () => {
  app = await createTestApp();
  event = await setUpEvent(app, { people: 4 });
});
afterEach(() => app.close());

const live = () => app.call('evaluation.setStatus', { id: event.id, status: 'live' });

describe('kiosk session', () => {
  it('starts only for an event that takes ballots, with an admin password set, and a category of the event', async () => {
    expect(await refused(app.call('evaluation.kioskStart', { id: event.id, category: null }))).toMatchObject({ code: 'KIOSK_NOT_ACCEPTING' });
    await live();
    expect(await refused(app.call('evaluation.kioskStart', { id: event.id, category: null }))).toMatchObject({ code: 'ADMIN_PASSWORD_NOT_SET' });
    await app.call('settings.setAdminPassword', { next: 'kp-2026' });
    expect(await refused(app.call('evaluation.kioskStart', { id: event.id, category: 'Z' }))).toMatchObject({ code: 'KIOSK_CATEGORY_UNKNOWN' });
    expect(await refused(app.call('evaluation.kioskStart', { id: 9999, category: null }))).toMatchObject({ code: 'EVALUATION_NOT_FOUND' });
    expect(await app.call('evaluation.kioskSession')).toBeNull();

    const session = await app.call('evaluation.kioskStart', { id: event.id, category: 'B' });
    expect(session).toMatchObject({ eventId: event.id, category: 'B' });
    expect(await app.call('evaluation.kioskSession')).toEqual(session);
    expect(auditRows(app).at(-1)).toMatchObject({ action: 'evaluation.kioskStart', summary: `进入现场测评：${event.name}（评委类别：只限“中层干部”）` });
  });

  it('is kept in the database: a relaunch on the same data file is still in the kiosk', async () => {
    await live();
    await app.call('settings.setAdminPassword', { next: 'kp-2026' });
    const session = await app.call('evaluation.kioskStart', { id: event.id, category: null });
    closeDatabase(app.ctx.db);
    const db = await openDatabase(app.ctx.dbPath);
    const relaunched = createContext({ db, dataDir: app.dir, dbPath: app.ctx.dbPath, backupDir: app.ctx.backupDir, mode: 'electron', version: 'test' });
    app.ctx.db = db; // so afterEach closes this connection
    expect(await dispatch(handlers, relaunched, 'evaluation.kioskSession', {})).toEqual({ ok: true, value: session });
    expect(await dispatch(handlers, relaunched, 'people.search', {})).toMatchObject({ ok: false, error: { code: 'KIOSK_ACTIVE' } });
  });

  it('answers only the kiosk channels while active, for its own event and its fixed category', async () => {
    await live();
    await app.call('settings.setAdminPassword', { next: 'kp-2026' });
    const other = await app.call('evaluation.create', { name: '另一场测评', year: 2026, date: '2026-12-21', unitTitle: '某单位', presetKey: 'civil-servant-level' });
    await app.call('evaluation.kioskStart', { id: event.id, category: 'A' });

    // a non-kiosk channel is refused and does nothing: the roster, the results, the settings, the backups
    const unitsBefore = app.ctx.db.prepare('SELECT count(*) AS n FROM units').get();
    for (const [channel, input] of [
      ['units.create', { name: '外来单位', parentId: null }],
      ['people.search', {}],
      ['evaluation.results', { id: event.id }],
      ['evaluation.setStatus', { id: event.id, status: 'setup' }],
      ['settings.verifyAdminPassword', { password: 'kp-2026' }],
      ['settings.setAdminPassword', { current: 'kp-2026', next: 'other-pass' }],
      ['backup.list', {}],
      ['audit.list', {}],
      ['app.info', {}],
    ] as const) {
      expect(await app.result(channel, input as never), channel).toMatchObject({ ok: false, error: { code: 'KIOSK_ACTIVE', message: expect.stringContaining('现场测评进行中') } });
    }
    expect(app.ctx.db.prepare('SELECT count(*) AS n FROM units').get()).toEqual(unitsBefore);

    // the kiosk's own channels: its event, its ballots, the session, the exit
    expect(await app.result('evaluation.get', { id: event.id })).toMatchObject({ ok: true });
    expect(await app.result('evaluation.get', { id: other.id })).toMatchObject({ ok: false, error: { code: 'KIOSK_ACTIVE' } });
    expect(await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'A', '2223') })).toEqual({ saved: true });
    expect(await refused(app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'B', '2223') }))).toMatchObject({ code: 'KIOSK_CATEGORY' });
    expect(app.ctx.db.prepare("SELECT count(*) AS n FROM eval_ballots WHERE round = 'live'").get()).toEqual({ n: 1 });
  });

  it('keeps its allow-list to the kiosk channels, every one of them in the contract', () => {
    expect(Object.keys(kioskAllowList).sort()).toEqual([
      'evaluation.get', 'evaluation.kioskExit', 'evaluation.kioskSession', 'evaluation.kioskSubmit',
      'recommendation.get', 'recommendation.kioskSubmit', 'recommendation.writeInSearch',
    ]);
    for (const name of Object.keys(kioskAllowList)) expect(channelNames).toContain(name);
  });

  it('is left only with the right admin password, checked by the service; a wrong one is logged', async () => {
    await live();
    await app.call('settings.setAdminPassword', { next: 'kp-2026' });
    await app.call('evaluation.kioskStart', { id: event.id, category: null });

    expect(await refused(app.call('evaluation.kioskExit', { password: 'kp-2025' }))).toEqual({ code: 'ADMIN_PASSWORD_WRONG', message: '管理员密码不正确' });
    expect(await refused(app.call('evaluation.kioskExit', { password: '' }))).toMatchObject({ code: 'ADMIN_PASSWORD_WRONG' });
    expect(await app.call('evaluation.kioskSession')).not.toBeNull();
    expect(await app.result('people.search', {})).toMatchObject({ ok: false, error: { code: 'KIOSK_ACTIVE' } });

    expect(await app.call('evaluation.kioskExit', { password: 'kp-2026' })).toBeNull();
    expect(await app.call('evaluation.kioskSession')).toBeNull();
    expect(await app.result('people.search', {})).toMatchObject({ ok: true });
    expect(auditRows(app).slice(-3).map((r) => [r.action, r.summary])).toEqual([
      ['settings.adminPasswordFailed', '退出现场测评：管理员密码错误（第1次）'],
      ['settings.adminPasswordFailed', '退出现场测评：管理员密码错误（第2次）'],
      ['evaluation.kioskExit', '退出现场测评'],
    ]);
    // leaving when no session is active changes nothing
    expect(await app.call('evaluation.kioskExit', { password: 'whatever' })).toBeNull();
  });
});
