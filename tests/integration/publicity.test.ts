import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/contract';
import { publicityPreset, type PublicityFields } from '../../shared/publicity';
import { yearLockedMessage } from '../../db/year-lock';
import { annualRefusal, auditOf, confirmAllAsSuggested } from '../helpers/annual-app';
import { setUpSixtyYear, year } from '../helpers/annual-sixty';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * 优秀等次公示 (DOMAIN §9.1) through the channels: made from the confirmed 优秀 list in the composite's
 * order; the 公示期 in working days; an open objection or a running 公示 holds 「确认并锁定年度」 with a
 * Chinese message and changes nothing; once resolved and over, the lock goes through; a locked year
 * refuses every write to the 公示 and its objections.
 */

let app: TestApp;

let today = '2027-01-04';
beforeEach(async () => {
  today = '2027-01-04';
  app = await createTestApp({ today: () => today });
  await setUpSixtyYear(app);
  await confirmAllAsSuggested(app, year);
});
afterEach(() => app.close());

const fields = (over: Partial<PublicityFields> = {}): PublicityFields => ({
  title: publicityPreset.title, body: publicityPreset.body, objectionText: publicityPreset.objectionText,
  phone: '0571-87654321', address: '某区人民路1号 考核委员会办公室', signer: '某区国防动员办公室考核委员会',
  signedOn: '2027-01-04', start: '2027-01-04', workingDays: 5, calendar: { holidays: [], workdays: [] }, ...over,
});

describe('优秀等次公示', () => {
  it('is made from the confirmed 优秀 in the composite order, with unit and post; the period ends on the 5th working day', async () => {
    const composite = await app.call('annual.composite', { year });
    const excellent = composite.rows.filter((r) => r.confirmed === 'excellent');
    expect(excellent.length).toBeGreaterThan(3);

    const fresh = await app.call('publicity.get', { year });
    expect(fresh.publicity).toBeNull();
    expect(fresh.defaults).toMatchObject({ title: publicityPreset.title, workingDays: 5, start: '2027-01-04' });
    expect(fresh.lockRefusal).toBeNull();

    // a weekday off in the office calendar (Wednesday 2027-01-06) moves the end by a day
    const view = await app.call('publicity.create', { year, fields: fields({ calendar: { holidays: ['2027-01-06'], workdays: [] } }) });
    expect(view.publicity!.names).toEqual(excellent.map((r) => ({ personId: r.personId, name: r.name, unitName: r.unitName, post: r.post })));
    expect(view.publicity!.names[0]!.unitName).not.toBe('');
    // 4, 5, (6 off), 7, 8, 11
    expect(view.publicity!.end).toBe('2027-01-11');
    expect(view.publicity!.status).toBe('draft');
    expect(view.stale).toBe(false);
    expect(auditOf(app, 'publicity.create')[0]!.summary).toMatch(/^新建2026年度优秀等次公示（草稿）：\d+人（.+），公示期2027-01-04至2027-01-11$/);

    const again = await annualRefusal(app, () => app.call('publicity.create', { year, fields: fields() }));
    expect(again.code).toBe('PUBLICITY_EXISTS');

    // next year's 公示 starts from this year's words, the year number turned back into {年度}
    await app.call('publicity.update', { year, fields: fields({ title: `关于${year}年度考核优秀等次人选的公示（第二批）` }) });
    await app.call('annual.createYear', { year: year + 1, addParticipants: false });
    const next = await app.call('publicity.get', { year: year + 1 });
    expect(next.publicity).toBeNull();
    expect(next.defaults).toMatchObject({ title: '关于{年度}年度考核优秀等次人选的公示（第二批）', phone: '0571-87654321', signer: '某区国防动员办公室考核委员会', workingDays: 5, calendar: { holidays: [], workdays: [] } });
    expect(auditOf(app, 'publicity.update')[0]!.summary).toBe('修改2026年度优秀等次公示：标题、节假日调整');
  });

  it('says when the 优秀 list changed after it was made, and takes the names again on request', async () => {
    await app.call('publicity.create', { year, fields: fields() });
    const composite = await app.call('annual.composite', { year });
    const first = composite.rows.find((r) => r.confirmed === 'excellent')!;
    await app.call('annual.confirm', { year, entries: [{ personId: first.personId, outcome: 'competent', reason: '公示期间核实有问题' }] });
    const stale = await app.call('publicity.get', { year });
    expect(stale.stale).toBe(true);
    expect(stale.current.map((n) => n.personId)).not.toContain(first.personId);
    expect(stale.publicity!.names.map((n) => n.personId)).toContain(first.personId);

    const fresh = await app.call('publicity.refreshNames', { year });
    expect(fresh.stale).toBe(false);
    expect(fresh.publicity!.names).toEqual(fresh.current);
    expect(auditOf(app, 'publicity.refreshNames')[0]!.summary).toBe(`按已确定的优秀等次更新2026年度优秀等次公示名单：去掉${first.name}`);
  });

  it('holds the lock while running or while an objection is open (nothing changed), and lets it go once both are over', async () => {
    const made = await app.call('publicity.create', { year, fields: fields() });
    await app.call('publicity.publish', { year, on: '2027-01-04' });
    const person = made.publicity!.names[0]!;

    // during the period
    today = '2027-01-08';
    const running = await annualRefusal(app, () => app.call('annual.lock', { year }));
    expect(running).toEqual({ code: 'ANNUAL_PUBLICITY_OPEN', message: '不能锁定年度：「关于2026年度考核优秀等次人选的公示」正在公示中，公示期至2027年1月8日，公示期满后方可锁定' });
    const objected = await app.call('publicity.addObjection', {
      year, objection: { receivedOn: '2027-01-06', raisedBy: '', personId: person.personId, content: '反映其年内有迟到早退情况', handling: '', outcome: '', resolvedOn: null },
    });
    expect(objected.lockRefusal).toContain('异议还有1件未办结');

    // the period is over, the objection is not
    today = '2027-01-12';
    const open = await annualRefusal(app, () => app.call('annual.lock', { year }));
    expect(open).toEqual({
      code: 'ANNUAL_PUBLICITY_OPEN',
      message: `不能锁定年度：公示收到的异议还有1件未办结（2027-01-06匿名反映${person.name}），请在「优秀公示」中登记处理结果和办结日期后再锁定`,
    });

    // an outcome without its date, or without the handling, is refused and stored nowhere
    const id = objected.objections[0]!.id;
    const base = { ...objected.objections[0]!, personId: person.personId };
    const { id: _i, personName: _p, recordedBy: _b, recordedAt: _a, ...objection } = base;
    const noDate = await annualRefusal(app, () => app.call('publicity.updateObjection', { id, objection: { ...objection, outcome: '不予采纳' } }));
    expect(noDate.message).toBe('已填写处理结果，请同时填写办结日期');
    const noHandling = await annualRefusal(app, () => app.call('publicity.updateObjection', { id, objection: { ...objection, outcome: '不予采纳', resolvedOn: '2027-01-11' } }));
    expect(noHandling.message).toBe('办结的异议请填写处理情况（核查经过和结论）');

    const resolved = await app.call('publicity.updateObjection', {
      id, objection: { ...objection, handling: '经查考勤记录，反映情况不属实', outcome: '不予采纳', resolvedOn: '2027-01-11' },
    });
    expect(resolved.lockRefusal).toBeNull();
    expect(resolved.publicity!.effective).toBe('ended');
    expect(auditOf(app, 'publicity.updateObjection').map((a) => a.summary)).toEqual([`办结2026年度优秀等次公示的异议（匿名反映${person.name}）：不予采纳`]);

    const locked = await app.call('annual.lock', { year });
    expect(locked.status).toBe('locked');
  });

  it('a locked year refuses every write to its 公示 and objections, leaving the database as it was', async () => {
    await app.call('publicity.create', { year, fields: fields() });
    const published = await app.call('publicity.publish', { year, on: '2027-01-04' });
    const person = published.publicity!.names[0]!;
    today = '2027-01-05';
    const withObjection = await app.call('publicity.addObjection', {
      year, objection: { receivedOn: '2027-01-05', raisedBy: '张某', personId: person.personId, content: '反映问题', handling: '经核实不属实', outcome: '反映不实', resolvedOn: '2027-01-05' },
    });
    today = '2027-01-20';
    await app.call('annual.lock', { year });
    const id = withObjection.objections[0]!.id;
    const objection = { receivedOn: '2027-01-05', raisedBy: '', personId: null, content: '又一条', handling: '', outcome: '', resolvedOn: null };
    const writes: [ChannelName, () => Promise<unknown>][] = [
      ['publicity.update', () => app.call('publicity.update', { year, fields: fields({ phone: '110' }) })],
      ['publicity.refreshNames', () => app.call('publicity.refreshNames', { year })],
      ['publicity.end', () => app.call('publicity.end', { year, on: '2027-01-20' })],
      ['publicity.delete', () => app.call('publicity.delete', { year })],
      ['publicity.addObjection', () => app.call('publicity.addObjection', { year, objection })],
      ['publicity.updateObjection', () => app.call('publicity.updateObjection', { id, objection })],
      ['publicity.deleteObjection', () => app.call('publicity.deleteObjection', { id })],
      ['annual.recordMeeting', () => app.call('annual.recordMeeting', { year, meeting: { name: '考核委员会会议', heldOn: '2027-01-15', attendees: '', note: '' }, entries: [{ personId: person.personId, outcome: 'excellent', reason: '', overrideReason: '' }] })],
    ];
    for (const [channel, write] of writes) {
      const r = await annualRefusal(app, write);
      expect({ channel, ...r }).toEqual({ channel, code: 'YEAR_LOCKED', message: yearLockedMessage(year) });
    }
    // and the triggers hold where a service would not look
    expect(() => app.ctx.db.prepare("UPDATE annual_publicity SET phone = 'x'").run()).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => app.ctx.db.prepare('DELETE FROM annual_publicity_objections').run()).toThrow(/KAOPING_YEAR_LOCKED/);
    expect(() => app.ctx.db.prepare("INSERT INTO annual_meetings (year, name, held_on, decisions_json, recorded_by, recorded_at) VALUES (2026, '会', '2027-01-01', '[]', 'x', 'x')").run()).toThrow(/KAOPING_YEAR_LOCKED/);
  });
});

describe('录入会议结果', () => {
  beforeEach(async () => {
    // start from nobody confirmed: the meeting decides
    const rows = (await app.call('annual.composite', { year })).rows;
    await app.call('annual.clearConfirmation', { year, personIds: rows.map((r) => r.personId) });
  });
  const meeting = { name: '考核委员会会议', heldOn: '2027-01-04', attendees: '主任 王某；委员 李某、赵某', note: '' };

  it('stores every decision as a confirmation naming the meeting, and the meeting, in one go', async () => {
    const rows = (await app.call('annual.composite', { year })).rows.filter((r) => r.suggested != null && !r.committee);
    const entries = rows.map((r) => ({ personId: r.personId, outcome: r.suggested!, reason: '', overrideReason: '' }));
    const { saved, meetingId } = await app.call('annual.recordMeeting', { year, meeting, entries });
    expect(saved).toBe(entries.length);
    const after = (await app.call('annual.composite', { year })).rows;
    const first = after.find((r) => r.personId === entries[0]!.personId)!;
    expect(first.confirmed).toBe(entries[0]!.outcome);
    expect(first.confirmReason).toBe('经2027年1月4日考核委员会会议研究确定');
    const meetings = await app.call('annual.meetings', { year });
    expect(meetings).toEqual([expect.objectContaining({ id: meetingId, name: '考核委员会会议', heldOn: '2027-01-04', decided: entries.length, attendees: meeting.attendees })]);
    expect(auditOf(app, 'annual.recordMeeting')[0]!.summary).toMatch(/^2027年1月4日考核委员会会议确定2026年度考核等次：/);
  });

  it('one bad row (a changed 等次 without its reason) saves nothing: no confirmation, no meeting', async () => {
    const rows = (await app.call('annual.composite', { year })).rows.filter((r) => r.suggested === 'competent' && !r.committee);
    const entries = rows.slice(0, 5).map((r) => ({ personId: r.personId, outcome: r.suggested!, reason: '', overrideReason: '' }));
    entries[3] = { ...entries[3]!, outcome: 'basic' };
    const r = await annualRefusal(app, () => app.call('annual.recordMeeting', { year, meeting, entries }));
    expect(r.code).toBe('CONFIRM_REASON_REQUIRED');
    expect(r.message).toContain(rows[3]!.name);
    expect(await app.call('annual.meetings', { year })).toEqual([]);

    // with the reason, the deviation names the meeting and the reason
    entries[3] = { ...entries[3]!, reason: '年内受到通报批评' };
    await app.call('annual.recordMeeting', { year, meeting, entries });
    const changed = (await app.call('annual.composite', { year })).rows.find((x) => x.personId === rows[3]!.personId)!;
    expect(changed.confirmReason).toBe('经2027年1月4日考核委员会会议研究确定：年内受到通报批评');
  });

  it('refuses a meeting dated after today, and a person who is not a participant', async () => {
    const row = (await app.call('annual.composite', { year })).rows[0]!;
    const entry = { personId: row.personId, outcome: row.suggested ?? 'competent', reason: '', overrideReason: '' };
    const late = await annualRefusal(app, () => app.call('annual.recordMeeting', { year, meeting: { ...meeting, heldOn: '2027-02-01' }, entries: [entry] }));
    expect(late.message).toBe('会议日期（2027-02-01）不能晚于今天');
    const stranger = await annualRefusal(app, () => app.call('annual.recordMeeting', { year, meeting, entries: [entry, { ...entry, personId: 999999 }] }));
    expect(stranger.code).toBe('PERSON_NOT_FOUND');
  });
});

