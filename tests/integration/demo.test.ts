import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unitAssessmentUses } from '../../db/people/assessment-data';
import { getEventRecord } from '../../db/evaluation/events';
import { tallyRound } from '../../electron/services/evaluation/common';
import { checkIdNumber } from '../../shared/normalize/id-number';
import type { Person, Unit } from '../../shared/domain/person';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { auditRows, refusal } from '../helpers/people-input';

let app: TestApp;
let units: Unit[];
let people: Person[];

beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

async function load() {
  const loaded = await app.call('demo.load');
  units = await app.call('units.list');
  people = (await app.call('people.search', { status: '全部' })).rows;
  return loaded;
}

const demoYear = () => (new Date().getUTCMonth() < 2 ? new Date().getUTCFullYear() - 1 : new Date().getUTCFullYear());

const childrenOf = (parent: Unit | undefined) =>
  units.filter((u) => u.parentId === (parent?.id ?? null)).sort((a, b) => a.sortOrder - b.sortOrder).map((u) => u.name);
const unitNamed = (name: string) => units.find((u) => u.name === name)!;

describe('demo.load', () => {
  it('holds a closed 民主推荐 of two posts and an 评选表优, whose frozen results are what a fresh tally gives', async () => {
    await load();
    const events = await app.call('recommendation.list', {});
    expect(events.map((e) => [e.name.slice(4), e.kind, e.status, e.posts])).toEqual([
      ['年度优秀共产党员评选', 'recommend', 'closed', 1],
      ['年度科级干部民主推荐', 'recommend', 'closed', 2],
    ]);
    const meeting = await app.call('recommendation.results', { id: events[1]!.id });
    expect(meeting.session).toMatchObject({ expected: 41, issued: 40, returned: 38, present: 38, quorumMet: true, overIssued: false });
    // a few ballots named too many for a post (void for it only), a few named nobody, one name written in
    expect(meeting.posts.map((p) => p.void)).not.toEqual([0, 0]);
    expect(meeting.posts.some((p) => p.abstain > 0)).toBe(true);
    expect(meeting.posts[0]!.candidates.some((c) => c.writeIn && c.name === '韩冬梅')).toBe(true);
    const honour = await app.call('recommendation.results', { id: events[0]!.id });
    expect(honour.posts[0]!.candidates.map((c) => c.rank).sort()).toContain(1);
    // frozen at close = a fresh tally of the stored ballots
    const fresh = app.ctx.db.prepare(`UPDATE eval_events SET status = 'live', results_json = NULL, closed_at = NULL WHERE id = ?`);
    fresh.run(events[1]!.id);
    expect(await app.call('recommendation.results', { id: events[1]!.id })).toEqual(meeting);
  });

  it('creates a 国防动员办公室 of about 60 people and says how many', async () => {
    expect((await app.call('app.info')).empty).toBe(true);
    const loaded = await load();
    expect(loaded).toEqual({ units: units.length, people: people.length });
    expect(people.length).toBeGreaterThanOrEqual(55);
    expect(people.length).toBeLessThanOrEqual(65);
    expect((await app.call('app.info')).empty).toBe(false);
    expect(people.every((p) => p.status === '在职')).toBe(true);
  });

  it('builds the unit tree: 机关 科室 and 所属事业单位 with their 科室 under one top unit', async () => {
    await load();
    expect(childrenOf(undefined)).toEqual(['某市国防动员办公室']);
    expect(childrenOf(unitNamed('某市国防动员办公室'))).toEqual([
      '办公室', '综合计划科', '动员实施科', '人防指挥通信科', '工程管理科', '法规宣传科', '机关党办', '人防工程管理所', '指挥信息保障中心',
    ]);
    expect(childrenOf(unitNamed('人防工程管理所'))).toEqual(['综合股', '工程质量监督股', '维护管理股']);
    expect(childrenOf(unitNamed('指挥信息保障中心'))).toEqual(['通信保障科', '信息技术科']);
    // Every unit has people, and the counts the tree shows add up.
    expect(units.every((u) => u.peopleCount > 0)).toBe(true);
    expect(units.reduce((sum, u) => sum + u.peopleCount, 0)).toBe(people.length);
  });

  it('gives everyone a valid, unique 18-digit ID number that agrees with their birth and gender', async () => {
    await load();
    for (const p of people) {
      const id = checkIdNumber(p.idNumber ?? '');
      expect(id, `${p.name} ${p.idNumber}`).toMatchObject({ ok: true, legacy: false, birth: p.birth, gender: p.gender });
      expect(p.idNumber!.slice(0, 4)).toBe('4203');
    }
    expect(new Set(people.map((p) => p.idNumber)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.staffNo)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.name)).size).toBe(people.length);
    // Both genders, and a realistic age range for people in post.
    expect(people.some((p) => p.gender === '女') && people.some((p) => p.gender === '男')).toBe(true);
    for (const p of people) expect(Number(p.birth!.slice(0, 4))).toBeGreaterThanOrEqual(1966);
  });

  it('fills the roster like an office would: 政治面貌, 人员类别 by unit type, posts, ranks, 任现职时间', async () => {
    await load();
    const vocab = await app.call('people.vocabularies', {});
    for (const p of people) {
      expect(vocab.political).toContain(p.political);
      expect(vocab.category).toContain(p.category);
      expect(p.post && p.rank && p.postSince && p.hireDate, p.name).toBeTruthy();
      expect(p.hireDate!.slice(0, 7) <= p.postSince!.replace('.', '-'), `${p.name} took the post before being hired`).toBe(true);
    }
    expect(people.filter((p) => p.political === '中共党员').length).toBeGreaterThan(people.length / 2);
    const instituteUnits = new Set(['人防工程管理所', '综合股', '工程质量监督股', '维护管理股', '指挥信息保障中心', '通信保障科', '信息技术科']);
    for (const p of people) {
      if (instituteUnits.has(p.unitName)) expect(p.category, p.name).toBe('事业');
      else expect(['公务员', '参照公务员法管理', '工勤'], p.name).toContain(p.category);
    }
    const posts = new Set(people.map((p) => p.post));
    for (const post of ['主任', '副主任', '科长', '副科长', '科员', '所长', '工程师']) expect(posts).toContain(post);
  });

  it('makes the 主任 and 副主任 of the office its 班子成员, listed first', async () => {
    await load();
    const leaders = people.filter((p) => p.isLeader);
    expect(leaders.map((p) => p.post)).toEqual(['主任', '副主任', '副主任', '副主任']);
    expect(leaders.every((p) => p.unitName === '某市国防动员办公室')).toBe(true);
    expect(people.slice(0, 4)).toEqual(leaders);
  });

  it('has one or two recruits still in 试用期: hired within the last half year, probation ending in the future', async () => {
    const now = new Date();
    await load();
    const today = now.toISOString().slice(0, 10);
    const halfYearAgo = new Date(now.getTime() - 183 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const recruits = people.filter((p) => p.probationEnd != null);
    expect(recruits.length).toBeGreaterThanOrEqual(1);
    expect(recruits.length).toBeLessThanOrEqual(2);
    for (const p of recruits) {
      expect(p.hireDate! >= halfYearAgo && p.hireDate! <= today, `${p.name} hired ${p.hireDate}`).toBe(true);
      expect(p.probationEnd! > today).toBe(true);
      expect(p.postSince).toBe(p.hireDate!.slice(0, 7).replace('-', '.'));
    }
  });

  it('is the same on every load (seeded), apart from dates relative to the day it is loaded', async () => {
    await load();
    const other = await createTestApp({ now: () => new Date('2030-01-15T00:00:00Z') });
    try {
      await other.call('demo.load');
      const again = (await other.call('people.search', { status: '全部' })).rows;
      const stable = (p: Person) => [p.name, p.idNumber, p.staffNo, p.unitName, p.post, p.rank, p.category, p.political, p.isLeader];
      expect(again.map(stable)).toEqual(people.map(stable));
      expect(again.find((p) => p.name === '周立新')!.idNumber).toBe(people.find((p) => p.name === '周立新')!.idNumber);
    } finally {
      other.close();
    }
  });

  it('passes the validation of the person form (every demo person can be saved unchanged)', async () => {
    await load();
    for (const p of people) {
      const { unitName: _u, status: _s, statusDate: _d, ...fields } = p;
      await expect(app.call('people.update', fields)).resolves.toEqual(p);
    }
  });

  it('writes one audit row of its own; the 通报 it registers through the 督查 and 月度通报 services keep their own rows, as for a user', async () => {
    await load();
    const rows = auditRows(app);
    expect(rows.map((r) => r.action)).toEqual([
      'annual.addAdjustment', 'annual.addAdjustment', 'inspections.notice', 'annual.addAdjustment', 'inspections.notice',
      'bulletins.save', 'bulletins.issue', 'bulletins.save', 'demo.load',
    ]);
    const own = rows.at(-1)!;
    const year = demoYear();
    expect(own).toMatchObject({ action: 'demo.load', actor: '测试员' });
    expect(own.summary).toContain(`载入演示数据：${units.length} 个单位、${people.length} 名人员、1 次述职测评（40 张测评票）、2 次民主推荐和评选（74 张推荐票）、${year}年度双十星评星（${people.filter((p) => p.political === '中共党员').length} 名党员、${units.length} 个党组织，按季度）、${year}年度考核（${people.length} 名参加人员、3 个考核分组、5 个考核项目）、${year - 2}—${year - 1}年度等次（${people.filter((p) => p.probationEnd == null).length} 人）、`);
    expect(own.summary).toMatch(new RegExp(`、${year}年度工作任务清单（3 个目标、30 项任务、\\d+ 个节点）、${year}年第\\d+—\\d+周周晒成绩（\\d+ 条）、${year}年解放思想大讨论活动（\\d+ 条个人任务登记）、3 条督查记录、2 份通报、${year}年\\d+月科室评议（9 个科室和单位、34 张评议票）、2 期月度通报$`));
    expect(JSON.parse(own.after_json!)).toEqual({ units: units.length, people: people.length });
  });

  it('is refused once data exists, leaving everything as it was', async () => {
    await load();
    const r = await refusal(app, () => app.call('demo.load'));
    expect(r.code).toBe('DEMO_DATA_EXISTS');
    expect(r.message).toContain('已有数据，不能再载入演示数据');
  });

  it('is refused even when only a unit exists', async () => {
    await app.call('units.create', { name: '我的单位', parentId: null });
    expect((await refusal(app, () => app.call('demo.load'))).message).toContain('已有数据，不能再载入演示数据');
  });

  it('includes a finished 述职测评: about 40 ballots over three categories, a few invalid, results frozen', async () => {
    await load();
    // the newest event; the other is the demo's 科室评议 of last month (below)
    const [summary, ...others] = await app.call('evaluation.list', {});
    expect(others.map((e) => e.reviewPeriod != null)).toEqual([true]);
    expect(summary).toMatchObject({ status: 'closed', targets: 10, liveBallots: 40, testBallots: 0, reviewPeriod: null });
    const event = await app.call('evaluation.get', { id: summary!.id });
    expect(event.presetKey).toBe('civil-servant-level');
    expect(event.locked).toBe(true);
    expect(event.targetList.slice(0, 4).map((t) => [t.name, t.post, t.group])).toEqual([
      ['周立新', '主任', '班子成员'], ['黄振华', '副主任', '班子成员'], ['何丽娟', '副主任', '班子成员'], ['郭志强', '副主任', '班子成员'],
    ]);
    expect(new Set(event.targetList.map((t) => t.group))).toEqual(new Set(['班子成员', '中层正职']));
    const results = await app.call('evaluation.results', { id: event.id });
    expect(results.session.map((s) => s.category)).toEqual(['A', 'B', 'C']);
    expect(results.session.every((s) => s.returned > 0)).toBe(true);
    expect(results.sessionTotal).toMatchObject({ returned: 40, valid: 37, invalid: 3 });
    expect(results.invalidByReason.EXCESS_EXCELLENT).toBe(3);
    expect(results.quorumMet).toBe(true);
    expect(results.overReturned).toBe(false);
    // every valid ballot counts once per 测评对象
    for (const t of results.targets) {
      const cast = Object.values(t.total.votes).reduce((a, b) => a + b, 0);
      expect(cast + t.total.abstain, t.name).toBe(37);
    }
    // something to see: a suggested 优秀 and a red-line flag
    expect(results.targets.some((t) => t.suggestedLevel === '优秀')).toBe(true);
    expect(results.targets.some((t) => t.redLines.lowApproval)).toBe(true);
    // the frozen figures are what the ballots give
    expect(tallyRound(app.ctx.db, getEventRecord(app.ctx.db, event.id)!, 'live')).toEqual(results);
    // people with ballots about them are kept
    expect((await refusal(app, () => app.call('people.delete', { id: event.targetList[0]!.personId! }))).code).toBe('PERSON_HAS_DATA');
  });

  it('gives the same 述职测评 results on every load', async () => {
    await load();
    const other = await createTestApp({ now: () => new Date('2030-01-15T00:00:00Z') });
    try {
      await other.call('demo.load');
      const results = async (a: TestApp) => a.call('evaluation.results', { id: (await a.call('evaluation.list', {}))[0]!.id });
      expect(await results(other)).toEqual(await results(app));
      const event = (await other.call('evaluation.list', {}))[0]!;
      expect([event.year, event.date]).toEqual([2029, '2030-01-15']);
    } finally {
      other.close();
    }
  });

  it('includes both 双十星 schemes with a year of quarterly reviews: refusals, one 摘星, one 不得参评, a few 十星级', async () => {
    await load();
    const schemes = await app.call('stars.schemes', {});
    expect(schemes.map((s) => [s.kind, s.cycle, s.stars])).toEqual([['org', 'quarterly', 10], ['person', 'quarterly', 10]]);
    const year = schemes[0]!.year;
    expect((await app.call('evaluation.list', {}))[0]!.year).toBe(year);
    const person = schemes.find((s) => s.kind === 'person')!;
    const members = people.filter((p) => p.political === '中共党员');
    expect(person.reviews).toBe(members.length * 4);
    expect(schemes.find((s) => s.kind === 'org')!.reviews).toBe(units.length * 4);

    const boards = await Promise.all([1, 2, 3, 4].map((period) => app.call('stars.board', { schemeId: person.id, period })));
    for (const b of boards) {
      expect(b.publicity).not.toBeNull();
      expect(b.perStar.reduce((n, c) => n + c.held, 0)).toBeGreaterThan(members.length * 5);
      expect(b.perStar.reduce((n, c) => n + c.refused, 0)).toBeGreaterThan(0);
    }
    const removed = boards.flatMap((b) => b.rows.flatMap((r) => r.states.filter((s) => s === 'removed').map(() => [b.period!.label, r.name])));
    expect(removed).toEqual([['第四季度', '袁志华']]);
    expect(boards[1]!.rows.filter((r) => r.disqualified).map((r) => [r.name, r.disqualified])).toEqual([['谢文涛', '未参加组织生活']]);

    const personYear = await app.call('stars.yearEnd', { year, kind: 'person' });
    const tenStar = personYear.rows.filter((r) => r.tenStar).map((r) => r.name);
    expect(tenStar).toEqual(expect.arrayContaining(['周立新', '何丽娟', '林建峰']));
    expect(tenStar.length).toBeLessThanOrEqual(8);
    expect(personYear.rows.find((r) => r.name === '袁志华')!.heldCodes).not.toContain('integrity');
    // people outside the party take no part: 0 stars, and the scheme's gates apply to them as to anyone
    expect(personYear.rows.filter((r) => !r.participated).map((r) => r.name).sort()).toEqual(people.filter((p) => p.political !== '中共党员').map((p) => p.name).sort());
    expect(personYear.rows.filter((r) => !r.participated).every((r) => r.stars === 0 && r.barred && r.gates.includes('少于5星 不得评优'))).toBe(true);
    const orgYear = await app.call('stars.yearEnd', { year, kind: 'org' });
    expect(orgYear.rows.filter((r) => r.tenStar).map((r) => r.name)).toEqual(expect.arrayContaining(['办公室', '人防工程管理所']));

    // every step of a review is recorded with its date and who
    const grid = await app.call('stars.grid', { schemeId: person.id, period: 1 });
    expect(grid.rows.find((r) => r.name === '周立新')!.steps.map((s) => s.step)).toEqual(['self', 'vote', 'decision', 'publicity', 'award']);
    // units with star reviews are kept (the check units.delete runs once a unit has no people)
    expect(unitAssessmentUses(app.ctx.db, unitNamed('办公室').id)).toContain('1 个双十星评星方案的评星对象');
    expect((await refusal(app, () => app.call('people.delete', { id: people.find((p) => p.name === '徐晓燕')!.id }))).code).toBe('PERSON_HAS_DATA');
  });

  it('gives the same 双十星 boards on every load', async () => {
    await load();
    const other = await createTestApp({ now: () => new Date('2030-01-15T00:00:00Z') });
    try {
      await other.call('demo.load');
      const boards = async (a: TestApp) => {
        const person = (await a.call('stars.schemes', {})).find((s) => s.kind === 'person')!;
        const year = await a.call('stars.board', { schemeId: person.id, period: null });
        return year.rows.map((r) => [r.name, r.states.join(''), r.held, r.tenStar, r.disqualified]);
      };
      expect(await boards(other)).toEqual(await boards(app));
      expect((await other.call('stars.schemes', {}))[0]!.year).toBe(2029);
    } finally {
      other.close();
    }
  });

  it('includes a 考核年度 with every component, its composite ready for the committee and nothing confirmed', async () => {
    await load();
    const event = (await app.call('evaluation.list', {}))[0]!;
    const [summary, ...others] = await app.call('annual.years');
    expect(others).toEqual([]);
    expect(summary).toMatchObject({ year: event.year, status: 'open', participants: people.length, confirmed: 0 });
    const year = await app.call('annual.year', { year: event.year });
    expect(year.rules.evaluationEventIds).toEqual([event.id]);
    expect(year.rules.components.filter((c) => c.enabled).map((c) => c.key)).toEqual(['quarters', 'evaluation', 'leader', 'stars', 'items', 'adjustments']);
    expect(year.starScheme).not.toBeNull();
    expect(year.groups.map((g) => [g.name, g.size, g.excellentQuota])).toEqual([['班子成员', 4, 1], ['机关科室', 32, 6], ['事业单位', 24, 4]]);

    // four quarters for everyone, the “好” of each quarter within its group's quota
    const grid = await app.call('annual.quarterGrid', { year: event.year });
    expect(grid.rows.every((r) => r.grades.every((g) => g !== null))).toBe(true);
    for (const q of grid.quotas) {
      expect(q.used.every((n) => n <= q.quota), q.groupName).toBe(true);
      expect(q.used.every((n) => n > 0), q.groupName).toBe(true);
    }
    const { items } = await app.call('annual.items', { year: event.year });
    expect(items.map((i) => i.name)).toEqual(['岗位职责履行', '年度重点任务', '信息宣传采用', '支部党建工作', '作风纪律扣分']);
    expect(items.every((i) => i.entries > 0)).toBe(true);
    // and the 通报表扬/通报批评 of the 督查 step, through its own path
    expect((await app.call('annual.adjustments', { year: event.year })).map((a) => [a.name, a.kind, a.points])).toEqual([
      ['林建峰', '表彰奖励', 2], ['袁志华', '通报批评', -1], ['于海涛', '通报表扬', 1], ['韩冬梅', '通报表扬', 1], ['沈国强', '通报批评', -1],
    ]);
    expect((await app.call('annual.sanctions', { year: event.year })).map((s) => [s.name, s.type])).toEqual([['许振宇', '警告']]);

    const view = await app.call('annual.composite', { year: event.year });
    expect(view.unconfirmed).toBe(people.length);
    expect(view.rows.every((r) => r.composite !== null && r.suggested !== null && r.confirmed === null)).toBe(true);
    for (const g of view.groups) expect(g.excellentSuggested, g.name).toBeLessThanOrEqual(g.excellentQuota);
    expect(view.groups.map((g) => g.excellentSuggested)).toEqual([1, 6, 4]);
    // two 事业 staff tie at rank 4, but neither is in the 双十星 (not 中共党员: 0 stars), so 「少于5星 不得评优」
    // bars both and no tie is left at the 优秀 boundary
    expect(view.rows.filter((r) => r.note.includes('并列')).map((r) => r.rank)).toEqual([]);
    const row = (name: string) => view.rows.find((r) => r.name === name)!;
    expect(row('许振宇').gates.map((g) => g.code)).toContain('sanction:警告');
    expect(row('许振宇').suggested).not.toBe('excellent');
    expect(row('袁志华').redLines).toHaveLength(1);
    for (const p of people.filter((x) => x.probationEnd != null)) expect(row(p.name).suggested, p.name).toBe('undetermined');
    expect(view.sources).toContain(`述职测评：${event.name}（已结束）`);
  });

  it('has two earlier years of 等次, so that once the year is confirmed the 嘉奖 and 记三等功 lists have names (a preview while open)', async () => {
    await load();
    const year = demoYear();
    const table = await app.call('history.table', {});
    expect(table.years).toEqual([year - 2, year - 1]);
    await app.call('annual.confirmAsSuggested', { year });
    const lists = await app.call('awards.lists', { year });
    expect(lists.final).toBe(false);
    const [commendation, merit] = lists.awards;
    expect(commendation!.entries).toHaveLength(11);
    expect(merit!.entries.length).toBeGreaterThan(0);
    expect(merit!.entries.every((e) => e.basis === `${year - 2}—${year}年度连续三年考核优秀`)).toBe(true);
  });

  it('gives the same composite on every load', async () => {
    await load();
    const other = await createTestApp({ now: () => new Date('2030-01-15T00:00:00Z') });
    try {
      await other.call('demo.load');
      const figures = async (a: TestApp) => {
        const year = (await a.call('annual.years'))[0]!.year;
        return (await a.call('annual.composite', { year })).rows.map((r) => [r.name, r.composite, r.rank, r.suggested]);
      };
      expect(await figures(other)).toEqual(await figures(app));
    } finally {
      other.close();
    }
  });
});

/**
 * 能力作风建设 of the demo (DOMAIN §8): loaded on a fixed day, so the figures relative to the day of
 * loading (滞后 nodes, the weeks posted, overdue 心得体会) are known; the app's today is that day too.
 */
describe('demo.load: 能力作风建设', () => {
  const apps: TestApp[] = [];
  afterEach(() => {
    for (const a of apps.splice(0)) a.close();
  });
  async function loadOn(today: string): Promise<TestApp> {
    const a = await createTestApp({ now: () => new Date(`${today}T03:00:00Z`), today });
    apps.push(a);
    await a.call('demo.load');
    return a;
  }
  const winter = '2026-12-03';
  const year = 2026;

  it('has two 月度通报 of the months before: the earlier 印发 with its figures frozen, the later a draft; lines from the suggestions', async () => {
    const a = await loadOn(winter);
    const months = await a.call('bulletins.list', { year });
    expect(months.map((m) => [m.month, m.issueNo, m.status])).toEqual([[10, 1, 'issued'], [11, 2, 'draft']]);
    const issued = await a.call('bulletins.view', { year, month: 10 });
    expect(issued.frozen).toBe(true);
    expect(issued.bulletin).toMatchObject({ title: '关于2026年10月份工作完成情况的通报', issuedOn: '2026-11-03' });
    expect(issued.figures.rows.length).toBeGreaterThanOrEqual(9);
    const draft = await a.call('bulletins.view', { year, month: 11 });
    expect(draft.frozen).toBe(false);
    // every line names a unit the page suggested for it
    for (const view of [issued, draft]) {
      const lines = [...view.bulletin!.praise.map((l) => ['praise', l] as const), ...view.bulletin!.criticism.map((l) => ['criticism', l] as const)];
      expect(lines.length).toBeGreaterThan(0);
      for (const [kind, line] of lines) expect(view.suggestions[kind].some((s) => line.startsWith(s.unitName)), line).toBe(true);
    }
    // 12月 asks for the 11月 通报 on the 工作台
    expect((await a.call('workbench.overview', { year })).steps.find((s) => s.key === 'bulletins')).toMatchObject({ state: 'todo', detail: '11月通报尚未印发（本年度已印发 1 期）' });
  });

  it('has a year of 工作任务清单: 3 目标, 8 项目, 30 任务 with 牵头/配合 units and 责任人 of the 牵头单位', async () => {
    const a = await loadOn(winter);
    const list = await a.call('tasks.list', { year });
    const of = (kind: string) => list.items.filter((i) => i.kind === kind);
    expect([of('goal').length, of('project').length, of('task').length]).toEqual([3, 8, 30]);
    const allUnits = await a.call('units.list');
    const under = (unitId: number, top: number): boolean => unitId === top || (allUnits.find((u) => u.id === unitId)?.parentId != null && under(allUnits.find((u) => u.id === unitId)!.parentId!, top));
    const roster = (await a.call('people.search', { status: '全部' })).rows;
    for (const t of of('task')) {
      expect(t.leadUnitId, t.title).not.toBeNull();
      expect(t.assistUnitIds, t.title).not.toContain(t.leadUnitId);
      const person = roster.find((p) => p.id === t.personId)!;
      expect(under(person.unitId, t.leadUnitId!), `${t.title}: ${person.name}`).toBe(true);
    }
    // tasks spread over the 科室 and 事业单位, and most of them assist somewhere too
    const leads = new Set(of('task').map((t) => t.leadUnitId));
    expect(leads.size).toBeGreaterThanOrEqual(12);
    expect(allUnits.filter((u) => u.name === '人防工程管理所' || u.name === '指挥信息保障中心').every((u) => of('task').some((t) => under(t.leadUnitId!, u.id)))).toBe(true);
    expect(of('task').filter((t) => t.assistUnitIds.length > 0).length).toBeGreaterThan(20);
  });

  it('dates the 节点 across the year: most done on time, a few late, a few 滞后, the rest to come; nothing done after today', async () => {
    const a = await loadOn(winter);
    const { nodes, today } = await a.call('tasks.list', { year });
    expect(today).toBe(winter);
    const count = (state: string) => nodes.filter((n) => n.state === state).length;
    const past = nodes.filter((n) => n.dueOn < winter);
    expect(nodes.every((n) => n.dueOn.startsWith(`${year}-`))).toBe(true);
    expect(nodes.every((n) => n.doneOn == null || n.doneOn <= winter)).toBe(true);
    expect(nodes.every((n) => (n.status === 'done') === (n.doneOn != null))).toBe(true);
    expect(count('late')).toBeGreaterThanOrEqual(3);
    expect(count('late')).toBeLessThanOrEqual(8);
    expect(count('doneLate')).toBeGreaterThanOrEqual(3);
    expect(count('onTime')).toBeGreaterThan(past.length * 0.7);
    expect(count('pending')).toBeGreaterThan(0);
    // the 月度通报 figures see them: last month has a 滞后 or late node somewhere
    const figures = await a.call('tasks.monthFigures', { year, month: `${year}-11` });
    expect(figures.reduce((n, f) => n + f.due, 0)).toBeGreaterThan(0);
    expect(figures.reduce((n, f) => n + f.overdue + f.doneLate, 0)).toBeGreaterThan(0);
  });

  it('posts twelve weeks of 周晒 before the current week from 9 科室 and 事业单位, two of them missing a week, with 亮点 and 不足', async () => {
    const a = await loadOn(winter);
    const { settings } = await a.call('weekly.settings', { year });
    const current = await a.call('weekly.week', { year });
    expect(current.currentWeek).toBe(49);
    expect(settings.startWeek).toBe(37);
    // the current week is left to the user
    expect(current.notPosted).toHaveLength(current.targets.length);
    const weeks = await Promise.all(Array.from({ length: 12 }, (_, i) => a.call('weekly.week', { year, week: 37 + i })));
    expect(weeks[0]!.targets.map((t) => t.name)).toEqual(['办公室', '综合计划科', '动员实施科', '人防指挥通信科', '工程管理科', '法规宣传科', '机关党办', '人防工程管理所', '指挥信息保障中心']);
    const missing = weeks.flatMap((w) => w.notPosted.map((t) => `${t.name}:${w.week}`));
    expect(missing).toEqual(['人防工程管理所:41', '法规宣传科:45']);
    const items = weeks.flatMap((w) => w.targets.flatMap((t) => t.items));
    expect(items.length).toBeGreaterThan(9 * 12 * 2 - 10);
    expect(items.every((i) => i.text.length <= 30)).toBe(true);
    expect(items.filter((i) => i.figure != null).length).toBeGreaterThan(items.length / 3);
    expect(items.some((i) => i.mark === 'highlight' && i.markComment !== '' && i.markedBy === '黄振华')).toBe(true);
    expect(items.some((i) => i.mark === 'shortfall' && i.markComment !== '')).toBe(true);
    // an item left 未完成 comes back the next week, done
    const carried = items.filter((i) => i.carriedFrom != null);
    expect(carried.length).toBeGreaterThan(0);
    for (const c of carried) expect(items.find((i) => i.id === c.carriedFrom)).toMatchObject({ text: c.text, unfinished: true });
  });

  it('runs a 解放思想大讨论 from its preset that has just ended: most 参加学习 registered, some 心得体会 overdue', async () => {
    const a = await loadOn(winter);
    const [summary, ...others] = await a.call('campaigns.list', { year });
    expect(others).toEqual([]);
    expect(summary).toMatchObject({ name: `${year}年解放思想大讨论活动`, from: `${year}-04-01`, to: `${year}-11-30` });
    const progress = await a.call('campaigns.progress', { id: summary!.id });
    expect(progress.phases.map((p) => p.name)).toEqual(['动员部署', '学习讨论', '查摆剖析', '整改落实', '总结提高']);
    expect(progress.tasks.every((t) => t.status === 'done' || t.status === 'doneLate')).toBe(true);
    expect(progress.tasks.filter((t) => t.status === 'doneLate')).toHaveLength(1);
    const [study, reflection] = progress.duties;
    expect([study!.name, reflection!.name, reflection!.due]).toEqual(['参加集中学习', '提交心得体会', `${year}-11-30`]);
    expect(study!.done).toBeGreaterThan(study!.assigned * 0.6);
    expect(reflection!.overdue).toBe(5);
    expect(reflection!.doneLate).toBe(2);
    const overdue = progress.overdue.flatMap((u) => u.people.filter((p) => p.duties.includes('提交心得体会')).map((p) => p.name)).sort();
    expect(overdue).toEqual(['冯晓东', '曹慧敏', '钟立伟', '陆家豪', '马俊杰'].sort());
    // the register says who did what, and nothing is dated after today
    const register = await a.call('campaigns.register', { id: summary!.id });
    expect(register.cells.length).toBeGreaterThan(register.rows.length * 1.5);
    expect(register.cells.every((c) => c.doneOn != null && c.doneOn <= winter && c.count >= 1)).toBe(true);
  });

  it('has three 督查记录 (one 整改 done, one overdue, one within its 期限) and a 通报表扬 and a 通报批评 with their 加减分', async () => {
    const a = await loadOn(winter);
    const { records } = await a.call('inspections.records', { year });
    expect(records.map((r) => [r.unitName, r.state]).sort()).toEqual([['人防工程管理所', 'overdue'], ['办公室', 'open'], ['工程管理科', 'done']].sort());
    expect(records.every((r) => r.date <= winter && r.deadline != null && r.deadline > r.date)).toBe(true);
    const notices = await a.call('inspections.notices', { year });
    expect(notices.map((n) => [n.kind, n.people.map((p) => p.name), n.adjustments.map((x) => x.points)])).toEqual([
      ['criticism', ['沈国强'], [-1]],
      ['praise', ['于海涛', '韩冬梅'], [1, 1]],
    ]);
  });

  it('has the 科室评议 of last month closed, every 科室 and 事业单位 scored from 34 ballots, its frozen results what a fresh tally gives', async () => {
    const a = await loadOn(winter);
    const [review, ...others] = await a.call('evaluation.unitReviews', { year });
    expect(others).toEqual([]);
    expect(review).toMatchObject({ name: `${year}年11月科室评议`, period: `${year}-11`, date: `${year}-11-28` });
    expect(review!.scores).toHaveLength(9);
    expect(review!.scores.every((s) => s.validBallots === 34 && s.score != null && s.score > 60 && s.score < 100)).toBe(true);
    // the units the 督查 found wanting come last
    const ranked = [...review!.scores].sort((x, y) => x.rank! - y.rank!).map((s) => s.unitName);
    expect(ranked.slice(-3)).toEqual(expect.arrayContaining(['工程管理科', '人防工程管理所']));
    const event = await a.call('evaluation.get', { id: review!.eventId });
    expect(event).toMatchObject({ presetKey: 'unit-review', status: 'closed', reviewPeriod: `${year}-11` });
    const results = await a.call('evaluation.results', { id: event.id });
    expect(tallyRound(a.ctx.db, getEventRecord(a.ctx.db, event.id)!, 'live')).toEqual(results);
    // the 述职测评 stays the newest event
    expect((await a.call('evaluation.list', {}))[0]!.name).toBe(`${year}年度机关干部述职民主测评`);
  });

  it('loaded mid-year, nothing is dated after today either: the campaign is under way, the 科室评议 is last month', async () => {
    const today = '2027-06-15';
    const a = await loadOn(today);
    const { nodes } = await a.call('tasks.list', { year: 2027 });
    expect(nodes.every((n) => n.doneOn == null || n.doneOn <= today)).toBe(true);
    expect(nodes.filter((n) => n.state === 'late').length).toBeGreaterThanOrEqual(2);
    const [campaign] = await a.call('campaigns.list', { year: 2027 });
    expect(campaign).toMatchObject({ from: '2027-01-01', to: '2027-08-31' });
    const register = await a.call('campaigns.register', { id: campaign!.id });
    expect(register.cells.length).toBeGreaterThan(0);
    expect(register.cells.every((c) => c.doneOn != null && c.doneOn <= today)).toBe(true);
    const { records } = await a.call('inspections.records', { year: 2027 });
    expect(records.every((r) => r.date <= today && (r.doneOn == null || r.doneOn <= today))).toBe(true);
    expect((await a.call('evaluation.unitReviews', { year: 2027 }))[0]!.period).toBe('2027-05');
    const { settings } = await a.call('weekly.settings', { year: 2027 });
    expect(settings.startWeek).toBe(24 - 12);
  });

  it('is the same on every load of the same day (seeded)', async () => {
    const [a, b] = [await loadOn(winter), await loadOn(winter)];
    const snapshot = async (x: TestApp) => ({
      tasks: await x.call('tasks.list', { year }),
      week: await x.call('weekly.week', { year, week: 44 }),
      register: (await x.call('campaigns.register', { id: (await x.call('campaigns.list', { year }))[0]!.id })).cells,
      review: (await x.call('evaluation.unitReviews', { year }))[0]!.scores,
    });
    expect(await snapshot(b)).toEqual(await snapshot(a));
  });
});
