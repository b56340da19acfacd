import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecommendationEvent } from '../../shared/contract/recommendation';
import type { RecommendationConfig, RecommendationMarks } from '../../shared/recommendation';
import { refused, refusedUnchanged } from '../helpers/evaluation-app';
import { personInput } from '../helpers/people-input';
import { createTestApp, type TestApp } from '../helpers/test-context';

/**
 * 民主推荐 / 评选表优 / 赞成票 through the services (issue 11): an event from a preset with posts and
 * candidates from the roster, 60 paper ballots over 3 posts with over-marked, duplicate, blank and
 * written-in lines, 双人录入 with a mismatch, the kiosk, close freezing the results, and the guards
 * (a locked year, the other kind's channels, a candidate's deletion).
 */

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

interface Roster {
  readonly ids: ReadonlyMap<string, number>;
  readonly unitId: number;
}

const names = ['周立新', '黄振华', '何丽娟', '郭志强', '吴明远', '林建峰', '谢文涛', '于海涛', '袁志华', '曾晓红'];

async function roster(): Promise<Roster> {
  const unit = await app.call('units.create', { name: '某区国防动员办公室', parentId: null });
  const ids = new Map<string, number>();
  for (const name of names) ids.set(name, (await app.call('people.create', personInput(unit.id, { name, post: '科员' }))).id);
  return { ids, unitId: unit.id };
}

const candidates = (r: Roster, ...who: string[]) => who.map((name) => ({ personId: r.ids.get(name)!, name: '（旧名）', unitName: '', post: '' }));

/**
 * Three posts: 科长 ×1 (另推荐 allowed) from 周立新/黄振华, 副科长 ×2 from 何丽娟/郭志强/吴明远, 优秀共产党员 ×3
 * from 林建峰/谢文涛/于海涛/袁志华 (周立新 stands for it too). Categories A (30) and B (70).
 */
async function threePostEvent(r: Roster, kind: 'recommend' | 'approval' = 'recommend'): Promise<RecommendationEvent> {
  const created = await app.call('recommendation.create', {
    name: '2026年度科级干部民主推荐', year: 2026, date: '2026-12-20', unitTitle: '某区国防动员办公室', presetKey: kind === 'approval' ? 'approval' : 'meeting',
  });
  const config: RecommendationConfig = {
    ...created.config,
    posts: [
      { code: 'P1', name: '科长', seats: 1, writeIns: true, candidates: candidates(r, '周立新', '黄振华') },
      { code: 'P2', name: '副科长', seats: 2, writeIns: false, candidates: candidates(r, '何丽娟', '郭志强', '吴明远') },
      { code: 'P3', name: '优秀共产党员', seats: 3, writeIns: false, candidates: candidates(r, '林建峰', '谢文涛', '于海涛', '袁志华', '周立新') },
    ],
    categories: [
      { code: 'A', name: '领导班子成员', weight: 30, expected: 10, issued: 10 },
      { code: 'B', name: '中层及以下干部', weight: 70, expected: 60, issued: 60 },
    ],
    weighted: true,
  };
  return app.call('recommendation.update', { id: created.id, config });
}

const pick = (r: Roster, ...who: string[]) => who.map((n) => r.ids.get(n)!);
const marks = (category: string, posts: Record<string, { chosen?: number[]; writeIns?: { personId: number | null; name: string }[] }>): RecommendationMarks => ({
  category,
  posts: Object.fromEntries(Object.entries(posts).map(([code, m]) => [code, { chosen: m.chosen ?? [], writeIns: m.writeIns ?? [], approvals: {} }])),
});

describe('setting up', () => {
  it('creates from a preset, takes candidates’ names from the roster, and refuses a candidate twice or unknown', async () => {
    const r = await roster();
    const event = await threePostEvent(r);
    expect(event).toMatchObject({ status: 'setup', kind: 'recommend', posts: 3, candidates: 10, liveBallots: 0, locked: false });
    expect(event.config.posts[0]!.candidates).toEqual([
      { personId: r.ids.get('周立新'), name: '周立新', unitName: '某区国防动员办公室', post: '科员' },
      { personId: r.ids.get('黄振华'), name: '黄振华', unitName: '某区国防动员办公室', post: '科员' },
    ]);
    const twice = { ...event.config, posts: [{ ...event.config.posts[0]!, candidates: [...event.config.posts[0]!.candidates, event.config.posts[0]!.candidates[0]!] }] };
    expect(await refusedUnchanged(app, () => app.call('recommendation.update', { id: event.id, config: twice }))).toMatchObject({
      code: 'RECOMMENDATION_CONFIG_INVALID', message: '推荐设置有误：「科长」的候选人“周立新”重复',
    });
    const unknown = { ...event.config, posts: [{ ...event.config.posts[0]!, candidates: [{ personId: 9999, name: '查无此人', unitName: '', post: '' }] }] };
    expect((await refused(app.call('recommendation.update', { id: event.id, config: unknown }))).code).toBe('PERSON_NOT_FOUND');
    // the 述职测评's channels do not see it, and the list of 述职测评 does not list it
    expect((await refused(app.call('evaluation.get', { id: event.id }))).code).toBe('EVALUATION_NOT_FOUND');
    expect(await app.call('evaluation.list', { year: 2026 })).toEqual([]);
    expect((await app.call('recommendation.list', { year: 2026 })).map((e) => e.name)).toEqual(['2026年度科级干部民主推荐']);
  });

  it('offers the lists already drawn up as candidates: other events’ posts and a 述职测评’s 测评对象, 在职 people only', async () => {
    const r = await roster();
    const first = await threePostEvent(r);
    const second = await app.call('recommendation.create', { name: '2026年度优秀共产党员评选', year: 2026, date: '2026-12-21', unitTitle: '某区国防动员办公室', presetKey: 'honour' });
    await app.call('people.setStatus', { ids: [r.ids.get('黄振华')!], status: '调离', date: '2026-12-01' });
    const lists = await app.call('recommendation.candidateLists', { exceptId: second.id });
    expect(lists.map((l) => [l.label, l.people.map((p) => p.name)])).toEqual([
      ['2026年度科级干部民主推荐 · 科长', ['周立新']],
      ['2026年度科级干部民主推荐 · 副科长', ['何丽娟', '郭志强', '吴明远']],
      ['2026年度科级干部民主推荐 · 优秀共产党员', ['林建峰', '谢文涛', '于海涛', '袁志华', '周立新']],
    ]);
    // the event being set up does not offer its own posts
    expect((await app.call('recommendation.candidateLists', { exceptId: first.id })).map((l) => l.label)).toEqual([]);
  });

  it('does not start without candidates', async () => {
    const created = await app.call('recommendation.create', { name: '评选表优', year: 2026, date: '2026-12-20', unitTitle: '某单位', presetKey: 'honour' });
    expect(await refusedUnchanged(app, () => app.call('recommendation.setStatus', { id: created.id, status: 'live' }))).toEqual({
      code: 'RECOMMENDATION_NO_CANDIDATES', message: '请先为「优秀共产党员」选择候选人',
    });
  });
});

describe('60 paper ballots over 3 posts', () => {
  /**
   * 10 ballots of A and 50 of B, in six patterns whose figures are worked out by hand below:
   *  a ×20 (B): 科长 周立新; 副科长 何丽娟 郭志强; 党员 林建峰 谢文涛 于海涛
   *  b ×10 (A):  科长 黄振华; 副科长 何丽娟; 党员 林建峰
   *  c ×12 (B): 科长 周立新 黄振华 (void); 副科长 吴明远 吴明远 (counted once); 党员 nothing (弃权)
   *  d ×8 (B):  科长 另推荐 曾晓红 (在职); 副科长 all three (void); 党员 林建峰 谢文涛 于海涛 袁志华 (void)
   *  e ×6 (B):  科长 另推荐 “查无此人” (not counted); 副科长 nothing; 党员 周立新
   *  f ×4 (B):  nothing at all
   */
  async function enter(r: Roster, event: RecommendationEvent) {
    const patterns: [number, RecommendationMarks][] = [
      [20, marks('B', { P1: { chosen: pick(r, '周立新') }, P2: { chosen: pick(r, '何丽娟', '郭志强') }, P3: { chosen: pick(r, '林建峰', '谢文涛', '于海涛') } })],
      [10, marks('A', { P1: { chosen: pick(r, '黄振华') }, P2: { chosen: pick(r, '何丽娟') }, P3: { chosen: pick(r, '林建峰') } })],
      [12, marks('B', { P1: { chosen: pick(r, '周立新', '黄振华') }, P2: { chosen: pick(r, '吴明远', '吴明远') } })],
      [8, marks('B', { P1: { writeIns: [{ personId: r.ids.get('曾晓红')!, name: '曾晓红' }] }, P2: { chosen: pick(r, '何丽娟', '郭志强', '吴明远') }, P3: { chosen: pick(r, '林建峰', '谢文涛', '于海涛', '袁志华') } })],
      [6, marks('B', { P1: { writeIns: [{ personId: null, name: '查无此人' }] }, P3: { chosen: pick(r, '周立新') } })],
      [4, marks('B', {})],
    ];
    const { tickets } = await app.call('recommendation.issueTickets', { id: event.id, count: 60 });
    let next = 0;
    for (const [count, m] of patterns) {
      for (let i = 0; i < count; i++) {
        const answer = await app.call('recommendation.paperEntry', { id: event.id, ticketNo: tickets[next++]!, marks: m, clerk: '王录入', doubleEntry: false });
        expect(answer.state).toBe('counted-single');
      }
    }
    await app.call('recommendation.setAttendance', { id: event.id, attendance: { A: 10, B: 55 } });
  }

  it('gives the figures worked out by hand', async () => {
    const r = await roster();
    const event = await threePostEvent(r);
    await app.call('recommendation.setStatus', { id: event.id, status: 'live' });
    await enter(r, event);
    const results = await app.call('recommendation.results', { id: event.id });
    expect(results.session).toMatchObject({ expected: 70, present: 65, issued: 70, returned: 60, quorumMet: true, overIssued: false });
    const [chief, deputy, honour] = results.posts;
    const row = (post: typeof chief, name: string) => post!.candidates.find((c) => c.name === name)!;

    // 科长: void = c (12); valid 48 = A 10 + B 38, of which f (4) name nobody; 周立新 20 (B), 黄振华 10 (A), 曾晓红 8 (另推荐, B)
    expect(chief).toMatchObject({ valid: 48, void: 12, abstain: 4, validByCategory: [10, 38], voidByCategory: [0, 12] });
    expect(chief!.notes).toEqual({ OVER_SEATS: 12, WRITE_IN_INELIGIBLE: 6, ABSTAIN: 4 });
    expect(row(chief, '周立新')).toMatchObject({ votes: 20, votesByCategory: [0, 20], rank: 1, majority: false, writeIn: false });
    expect(row(chief, '周立新').rateOfValid).toBeCloseTo(20 / 48, 12);
    expect(row(chief, '周立新').rateOfPresent).toBeCloseTo(20 / 65, 12);
    expect(row(chief, '周立新').weightedRate).toBeCloseTo(0.7 * (20 / 38), 12);
    expect(row(chief, '黄振华')).toMatchObject({ votes: 10, rank: 2 });
    expect(row(chief, '黄振华').weightedRate).toBeCloseTo(0.3 * 1, 12);
    expect(row(chief, '曾晓红')).toMatchObject({ votes: 8, rank: 3, writeIn: true, unitName: '某区国防动员办公室' });

    // 副科长: void = d (8); valid 52; 弃权 e + f = 10; 何丽娟 30, 郭志强 20, 吴明远 12 (c, once each)
    expect(deputy).toMatchObject({ valid: 52, void: 8, abstain: 10 });
    expect(deputy!.notes).toEqual({ OVER_SEATS: 8, DUPLICATE: 12, ABSTAIN: 10 });
    expect(deputy!.candidates.map((c) => [c.name, c.votes, c.rank, c.majority])).toEqual([
      ['何丽娟', 30, 1, true],
      ['郭志强', 20, 2, false],
      ['吴明远', 12, 3, false],
    ]);

    // 优秀共产党员: void = d (8); valid 52; 弃权 c + f = 16; 林建峰 30, 谢文涛 20, 于海涛 20, 袁志华 0, 周立新 6
    expect(honour).toMatchObject({ valid: 52, void: 8, abstain: 16 });
    expect(honour!.candidates.map((c) => [c.name, c.votes, c.rank])).toEqual([
      ['林建峰', 30, 1],
      ['谢文涛', 20, 2],
      ['于海涛', 20, 2],
      ['袁志华', 0, 5],
      ['周立新', 6, 4],
    ]);
    // votes never exceed 应推荐人数 × valid ballots
    for (const [i, post] of results.posts.entries()) expect(post.candidates.reduce((s, c) => s + c.votes, 0)).toBeLessThanOrEqual(event.config.posts[i]!.seats * post.valid);
  });

  it('close freezes the results: a later roster change or write changes nothing', async () => {
    const r = await roster();
    const event = await threePostEvent(r);
    await app.call('recommendation.setStatus', { id: event.id, status: 'live' });
    await enter(r, event);
    const before = await app.call('recommendation.results', { id: event.id });
    const closed = await app.call('recommendation.close', { id: event.id });
    expect(closed).toMatchObject({ status: 'closed', locked: true });
    // the written-in 曾晓红 leaves: her 8 votes stay in the frozen results
    await app.call('people.setStatus', { ids: [r.ids.get('曾晓红')!], status: '调离', date: '2027-01-05' });
    expect(await app.call('recommendation.results', { id: event.id })).toEqual(before);
    expect((await refused(app.call('recommendation.setAttendance', { id: event.id, attendance: { A: 9 } }))).code).toBe('EVALUATION_CLOSED');
    expect((await refused(app.call('recommendation.issueTickets', { id: event.id, count: 1 }))).code).toBe('EVALUATION_CLOSED');
    expect((await refused(app.call('recommendation.delete', { id: event.id }))).code).toBe('EVALUATION_HAS_BALLOTS');
    // a candidate of an event with ballots is never hard-deleted
    expect((await refused(app.call('people.delete', { id: r.ids.get('袁志华')! }))).code).toBe('PERSON_HAS_DATA');
  });

  it('评选表优 into the year: the chosen 优秀共产党员 get a 表彰 record with their votes as evidence, all or none', async () => {
    const r = await roster();
    const event = await threePostEvent(r);
    await app.call('recommendation.setStatus', { id: event.id, status: 'live' });
    await enter(r, event);
    await app.call('annual.createYear', { year: 2026, addParticipants: true });
    const commend = (personIds: number[]) =>
      app.call('recommendation.commend', { id: event.id, postCode: 'P3', personIds, kind: '表彰奖励', points: 1, date: '2026-12-25', reason: '' });
    expect((await refused(commend(pick(r, '林建峰')))).code).toBe('RECOMMENDATION_NOT_CLOSED');
    await app.call('recommendation.close', { id: event.id });
    // 何丽娟 stood for 副科长, not for this honour: nobody is commended
    expect(await refusedUnchanged(app, () => commend(pick(r, '林建峰', '何丽娟')))).toMatchObject({ code: 'RECOMMENDATION_NOT_CANDIDATE' });
    const records = await commend(pick(r, '林建峰', '谢文涛'));
    expect(records.map((x) => [x.name, x.kind, x.points, x.reason, x.evidence])).toEqual([
      ['林建峰', '表彰奖励', 1, '2026年度科级干部民主推荐：优秀共产党员', '2026年度科级干部民主推荐（2026-12-20）「优秀共产党员」得票30票（得票率57.69%），第1名'],
      ['谢文涛', '表彰奖励', 1, '2026年度科级干部民主推荐：优秀共产党员', '2026年度科级干部民主推荐（2026-12-20）「优秀共产党员」得票20票（得票率38.46%），第2名'],
    ]);
    expect((await app.call('annual.adjustments', { year: 2026 })).length).toBe(2);
  });
});

describe('双人录入, the kiosk and the guards', () => {
  it('two entries that differ wait for the paper; the settled marks count', async () => {
    const r = await roster();
    const event = await threePostEvent(r);
    await app.call('recommendation.setStatus', { id: event.id, status: 'live' });
    const { tickets } = await app.call('recommendation.issueTickets', { id: event.id, count: 2 });
    const first = marks('A', { P1: { chosen: pick(r, '周立新') }, P2: { chosen: pick(r, '郭志强', '何丽娟') } });
    const same = marks('A', { P2: { chosen: pick(r, '何丽娟', '郭志强') }, P1: { chosen: pick(r, '周立新') }, P3: {} });
    expect(await app.call('recommendation.paperEntry', { id: event.id, ticketNo: tickets[0]!, marks: first, clerk: '王录入', doubleEntry: true })).toEqual({ state: 'awaiting-second', verdicts: null });
    // the same marks in another order agree
    const counted = await app.call('recommendation.paperEntry', { id: event.id, ticketNo: tickets[0]!, marks: same, clerk: '李录入', doubleEntry: true });
    expect(counted.state).toBe('counted');
    expect(counted.verdicts!.map((v) => [v.postCode, v.void, v.abstain])).toEqual([['P1', false, false], ['P2', false, false], ['P3', false, true]]);

    await app.call('recommendation.paperEntry', { id: event.id, ticketNo: tickets[1]!, marks: first, clerk: '王录入', doubleEntry: true });
    const other = marks('A', { P1: { chosen: pick(r, '黄振华') } });
    expect((await app.call('recommendation.paperEntry', { id: event.id, ticketNo: tickets[1]!, marks: other, clerk: '李录入', doubleEntry: true })).state).toBe('mismatch');
    expect((await refused(app.call('recommendation.close', { id: event.id }))).code).toBe('PAPER_ENTRY_PENDING');
    const mismatches = await app.call('recommendation.mismatches', { id: event.id });
    expect(mismatches.map((m) => [m.ticketNo, m.firstClerk, m.secondClerk])).toEqual([[tickets[1], '王录入', '李录入']]);
    const settled = await app.call('recommendation.settleMismatch', { id: event.id, ticketNo: tickets[1]!, marks: other, clerk: '张核对' });
    expect(settled.verdicts[0]).toMatchObject({ postCode: 'P1', void: false, votes: [r.ids.get('黄振华')] });
    const results = await app.call('recommendation.results', { id: event.id });
    expect(results.posts[0]!.candidates.map((c) => c.votes)).toEqual([1, 1]);
    // the settlement is logged without its 票号
    const audit = app.ctx.db.prepare(`SELECT summary FROM audit_log WHERE action = 'recommendation.settle'`).pluck().all() as string[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).not.toContain(tickets[1]!);
  });

  it('the kiosk refuses a post over its limit for the rater to correct, and takes the corrected ballot', async () => {
    const r = await roster();
    const event = await threePostEvent(r);
    await app.call('recommendation.setStatus', { id: event.id, status: 'test' });
    await app.call('settings.setAdminPassword', { next: 'kp-2026' });
    const session = await app.call('evaluation.kioskStart', { id: event.id, category: 'B' });
    expect(session).toMatchObject({ eventId: event.id, kind: 'recommendation', category: 'B' });
    const over = marks('B', { P1: { chosen: pick(r, '周立新', '黄振华') } });
    expect(await refusedUnchanged(app, () => app.call('recommendation.kioskSubmit', { id: event.id, marks: over }))).toMatchObject({
      code: 'BALLOT_INVALID', message: '「科长」限推荐1人，请减少所选人数',
    });
    // a person only written in (另推荐) on a ballot of an open event keeps their data: never hard-deleted
    await app.call('evaluation.kioskExit', { password: 'kp-2026' });
    const [writtenIn, untouched] = [
      await app.call('people.create', personInput(r.unitId, { name: '新同志' })),
      await app.call('people.create', personInput(r.unitId, { name: '旁观者' })),
    ];
    await app.call('evaluation.kioskStart', { id: event.id, category: 'B' });
    await app.call('recommendation.kioskSubmit', { id: event.id, marks: marks('B', { P1: { writeIns: [{ personId: writtenIn.id, name: '新同志' }] } }) });
    await app.call('evaluation.kioskExit', { password: 'kp-2026' });
    expect((await refused(app.call('people.delete', { id: writtenIn.id }))).code).toBe('PERSON_HAS_DATA');
    expect(await app.call('people.delete', { id: untouched.id })).toBeNull();
    await app.call('evaluation.kioskStart', { id: event.id, category: 'B' });
    // only the session's category, only the kiosk's channels
    expect((await refused(app.call('recommendation.kioskSubmit', { id: event.id, marks: marks('A', {}) }))).code).toBe('KIOSK_CATEGORY');
    expect((await refused(app.call('recommendation.results', { id: event.id }))).code).toBe('KIOSK_ACTIVE');
    expect(await app.call('recommendation.writeInSearch', { id: event.id, text: '曾晓' })).toEqual([{ personId: r.ids.get('曾晓红'), name: '曾晓红', unitName: '某区国防动员办公室' }]);
    const ok = await app.call('recommendation.kioskSubmit', { id: event.id, marks: marks('B', { P1: { writeIns: [{ personId: r.ids.get('曾晓红')!, name: '曾晓红' }] } }) });
    expect(ok.verdicts[0]).toMatchObject({ void: false, votes: [r.ids.get('曾晓红')] });
    await app.call('evaluation.kioskExit', { password: 'kp-2026' });
    const results = await app.call('recommendation.results', { id: event.id, round: 'test' });
    expect(results.session.returned).toBe(2);
    expect(results.posts[0]!.candidates.find((c) => c.name === '曾晓红')).toMatchObject({ writeIn: true, votes: 1 });
    expect((await app.call('recommendation.results', { id: event.id })).session.returned).toBe(0);
    // going live wipes nothing silently: the rehearsal's ballots must be cleared first
    expect((await refused(app.call('recommendation.setStatus', { id: event.id, status: 'live' }))).code).toBe('TEST_BALLOTS_NOT_WIPED');
    expect(await app.call('recommendation.wipeTestBallots', { id: event.id })).toEqual({ wiped: 2 });
  });

  it('a locked year refuses every write of its events', async () => {
    const r = await roster();
    const event = await threePostEvent(r);
    await app.call('recommendation.setStatus', { id: event.id, status: 'live' });
    const { tickets } = await app.call('recommendation.issueTickets', { id: event.id, count: 1 });
    await app.call('annual.createYear', { year: 2026, addParticipants: false });
    app.ctx.db.prepare(`UPDATE annual_years SET status = 'locked', locked_at = '2027-01-20T00:00:00.000Z', locked_by = '测试员', results_json = '{}' WHERE year = 2026`).run();
    const writes: [string, () => Promise<unknown>][] = [
      ['update', () => app.call('recommendation.update', { id: event.id, name: '改名' })],
      ['attendance', () => app.call('recommendation.setAttendance', { id: event.id, attendance: { A: 9 } })],
      ['tickets', () => app.call('recommendation.issueTickets', { id: event.id, count: 1 })],
      ['entry', () => app.call('recommendation.paperEntry', { id: event.id, ticketNo: tickets[0]!, marks: marks('A', {}), clerk: '王录入', doubleEntry: false })],
      ['close', () => app.call('recommendation.close', { id: event.id })],
    ];
    for (const [what, write] of writes) expect([what, (await refusedUnchanged(app, write)).code]).toEqual([what, 'YEAR_LOCKED']);
  });
});
