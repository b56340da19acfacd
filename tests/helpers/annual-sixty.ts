import { annualRulesPreset, type AnnualRules, type OutcomeCode, type QuarterGrade, type SanctionType } from '../../shared/annual/rules';
import type { AnnualYear } from '../../shared/annual/views';
import type { ChannelInput } from '../../shared/contract';
import { buildRoster, type AnnualPersonSpec } from './annual-app';
import { levelBallot } from './evaluation-app';
import { createPersonScheme, runQuarter } from './stars-app';
import type { TestApp } from './test-context';

/**
 * A 60-person 考核年度 with every component, built through the services: 4 班子成员, 36 机关 staff
 * and 20 事业 staff; a closed 述职测评 of 10 of them, a 双十星 scheme with the fourth quarter
 * awarded (last-period rule), a 指标体系 with person and unit items, four quarters of 平时考核,
 * 领导评价, 加减分 and 处分. Each person's facts are data here (`sixtyPeople`), so a test can work out
 * the expected composite on its own (`expectedComposite`) and compare it with the service's.
 */

export const year = 2026;

type Grades = readonly [QuarterGrade, QuarterGrade, QuarterGrade, QuarterGrade];

export interface SixtyPerson extends AnnualPersonSpec {
  readonly group: '班子成员' | '机关科室' | '事业单位';
  readonly grades: Grades;
  readonly leader: number;
  /** 岗位职责履行 points (0..40) */
  readonly duty: number;
  /** 信息宣传采用: articles (0.5 each, at most 5 points) */
  readonly articles: number;
  /** 作风纪律扣分: incidents (2 each, at most 10 points) */
  readonly incidents: number;
  /** stars awarded in the fourth quarter; null = took no part in 评星 */
  readonly stars: number | null;
  /** the 述职测评 score the ballots give; null = not a 测评对象 */
  readonly evaluation: number | null;
  readonly adjustments: readonly number[];
  readonly sanction?: { readonly type: SanctionType; readonly decidedOn: string };
}

const all = (g: QuarterGrade): Grades => [g, g, g, g];
const pad = (n: number) => String(n).padStart(2, '0');

/** 党建工作 points of each unit, passed on to its people */
export const unitPartyScores: Readonly<Record<string, number>> = { 办公室: 18, 政治工作科: 16, 综合计划科: 20, 综合保障中心: 15 };

/** 测评对象 in ballot order with the level digits of five category-A ballots (1 优秀 … 4 不称职; at most 2 优秀 a ballot). */
const evaluationTargets = ['王建国', '李红梅', '张志强', '刘海波', '干部01', '干部13', '干部25', '干部02', '干部14', '干部26'] as const;
const ballots = ['1222123222', '1223123222', '1212224222', '2212122223', '2222122122'] as const;
/** what those ballots give at 100/80/60/40 points a level, worked out by hand */
const evaluationScores: Readonly<Record<string, number>> = { 王建国: 92, 李红梅: 80, 张志强: 88, 刘海波: 76, 干部01: 96, 干部13: 80, 干部25: 64, 干部02: 84, 干部14: 80, 干部26: 76 };

function leaders(): SixtyPerson[] {
  const base = { unit: '办公室', category: '公务员', isLeader: true, group: '班子成员', articles: 0, incidents: 0, stars: 10, adjustments: [] } as const;
  return [
    { ...base, name: '王建国', post: '主任', grades: ['good', 'good', 'fair', 'fair'], leader: 95, duty: 38, evaluation: 92 },
    { ...base, name: '李红梅', post: '副主任', grades: ['fair', 'fair', 'good', 'good'], leader: 92, duty: 37, evaluation: 80 },
    { ...base, name: '张志强', post: '副主任', grades: all('fair'), leader: 90, duty: 36, evaluation: 88 },
    { ...base, name: '刘海波', post: '副主任', grades: all('fair'), leader: 88, duty: 35, evaluation: 76 },
  ];
}

function officeStaff(): SixtyPerson[] {
  return Array.from({ length: 36 }, (_x, i): SixtyPerson => {
    const k = i + 1;
    const name = `干部${pad(k)}`;
    // 干部08 has exactly 干部07's figures: the two tie
    const like = k === 8 ? 7 : k;
    const grades: Grades = k <= 12 ? all('good') : k <= 14 ? ['good', 'fair', 'fair', 'fair'] : k <= 30 ? all('fair') : k <= 35 ? all('average') : all('undetermined');
    return {
      name,
      unit: k <= 12 ? '办公室' : k <= 24 ? '政治工作科' : '综合计划科',
      post: k === 1 || k === 13 || k === 25 ? '科长' : '科员',
      category: '公务员',
      group: '机关科室',
      ...(k === 36 ? { hireDate: '2026-09-01', probationEnd: '2027-08-31' } : {}),
      grades,
      leader: 96 - 0.5 * like,
      duty: 40 - 0.25 * like,
      articles: k === 2 ? 4 : k === 10 ? 12 : 0,
      incidents: k === 4 ? 1 : 0,
      stars: k <= 12 ? (k === 5 ? 3 : 10) : null,
      evaluation: evaluationScores[name] ?? null,
      adjustments: k === 6 ? [3, 4] : k === 9 ? [-2] : [],
      ...(k === 3 ? { sanction: { type: '警告', decidedOn: '2026-05-10' } } : k === 31 ? { sanction: { type: '记过', decidedOn: '2025-09-01' } } : {}),
    };
  });
}

function institutionStaff(): SixtyPerson[] {
  return Array.from({ length: 20 }, (_x, i): SixtyPerson => {
    const k = i + 1;
    return {
      name: `职员${pad(k)}`, unit: '综合保障中心', post: k === 1 ? '主任' : '职员', category: '事业', group: '事业单位',
      grades: k <= 8 ? all('good') : all('fair'), leader: 94 - 0.5 * k, duty: 40 - 0.3 * k, articles: 0, incidents: 0, stars: null, evaluation: null,
      adjustments: [],
      ...(k === 20 ? { sanction: { type: '降级', decidedOn: '2026-03-01' } } : {}),
    };
  });
}

export const sixtyPeople: readonly SixtyPerson[] = [...leaders(), ...officeStaff(), ...institutionStaff()];

/** The year's rules: every component weighted (考核项目 too), 加减分 ±5, a missing component re-weighted. */
export const sixtyRules = (eventId: number): AnnualRules => ({
  ...annualRulesPreset,
  components: [
    { key: 'quarters', enabled: true, mode: 'weighted', weight: 30, full: 100, normalize: false, cap: null },
    { key: 'evaluation', enabled: true, mode: 'weighted', weight: 20, full: 100, normalize: false, cap: null },
    { key: 'leader', enabled: true, mode: 'weighted', weight: 20, full: 100, normalize: false, cap: null },
    { key: 'stars', enabled: true, mode: 'weighted', weight: 10, full: 10, normalize: false, cap: null },
    { key: 'items', enabled: true, mode: 'weighted', weight: 20, full: 65, normalize: false, cap: null },
    { key: 'adjustments', enabled: true, mode: 'added', weight: 0, full: 100, normalize: false, cap: 5 },
  ],
  evaluationEventIds: [eventId],
  missingPolicy: 'reweight',
  // three of the five weighted parts are enough for a rank and a suggestion (many took no part in 述职测评 or 评星)
  suggestionMinComponents: 3,
});

// ── the expectation, worked out from the data above and nothing else ──────────────────────

const gradePoints: Record<Exclude<QuarterGrade, 'undetermined'>, number> = { good: 100, fair: 85, average: 70, poor: 50 };

export function expectedComposite(p: SixtyPerson): number {
  const counted = p.grades.filter((g): g is Exclude<QuarterGrade, 'undetermined'> => g !== 'undetermined');
  const items = p.duty + unitPartyScores[p.unit]! + Math.min(0.5 * p.articles, 5) - Math.min(2 * p.incidents, 10);
  const parts: [weight: number, score: number | null][] = [
    [30, counted.length === 0 ? null : counted.reduce((s, g) => s + gradePoints[g], 0) / counted.length],
    [20, p.evaluation],
    [20, p.leader],
    [10, p.stars == null ? null : (p.stars / 10) * 100],
    [20, (items / 65) * 100],
  ];
  const present = parts.filter((x): x is [number, number] => x[1] !== null);
  const weights = present.reduce((s, [w]) => s + w, 0);
  const adjustment = p.adjustments.reduce((s, a) => s + a, 0);
  return present.reduce((s, [w, score]) => s + w * score, 0) / weights + Math.max(-5, Math.min(5, adjustment));
}

const strictness: Record<OutcomeCode, number> = { excellent: 0, competent: 1, basic: 2, fail: 3, undetermined: 4 };
const stricter = (a: OutcomeCode, b: OutcomeCode): OutcomeCode => (strictness[a] >= strictness[b] ? a : b);

/** The best outcome the person's gates allow, from the data: 不定等次, no “好” quarter, 警告/记过/降级, fewer than 5 stars. */
export function expectedCap(p: SixtyPerson): OutcomeCode {
  let cap: OutcomeCode = 'excellent';
  if (p.probationEnd) cap = 'undetermined';
  if (!p.grades.includes('good')) cap = stricter(cap, 'competent');
  if (p.sanction?.type === '警告') cap = stricter(cap, 'competent');
  if (p.sanction?.type === '记过') cap = stricter(cap, 'basic');
  if (p.sanction?.type === '降级') cap = stricter(cap, 'fail');
  // 「少于5星 不得评优」 is one rule for everyone in the scheme: taking no part in 评星 is 0 stars
  if ((p.stars ?? 0) < 5) cap = stricter(cap, 'competent');
  return cap;
}

export interface ExpectedRow { readonly name: string; readonly composite: number; readonly rank: number | null; readonly cap: OutcomeCode; readonly suggested: OutcomeCode }

/** the printed composite: the exact sum to the cent (the rules' largest-remainder rule), half away from zero */
const cents = (x: number) => Math.round(Number((x * 100).toPrecision(12))) / 100;

/**
 * Per group: ranks by composite (ties share, 1, 1, 3), then 优秀 down the ranking to the eligible
 * while places last; a tied block that does not fit gets none; everyone else 称职 or their cap.
 */
export function expectedGroup(people: readonly SixtyPerson[], quota: number): ExpectedRow[] {
  const rows = people.map((p) => ({ name: p.name, composite: cents(expectedComposite(p)), cap: expectedCap(p) }));
  // 不定等次 people are not ranked
  const graded = rows.filter((r) => r.cap !== 'undetermined');
  const ranked = rows.map((r) => ({
    ...r,
    rank: r.cap === 'undetermined' ? null : 1 + graded.filter((o) => o.composite > r.composite + 1e-9).length,
    suggested: stricter(r.cap, 'competent'),
  }));
  const order = ranked.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank!);
  let left = quota;
  for (const rank of [...new Set(order.map((r) => r.rank))]) {
    if (left <= 0) break;
    const block = order.filter((r) => r.rank === rank && r.cap === 'excellent');
    if (block.length === 0) continue;
    if (block.length > left) break;
    for (const r of block) r.suggested = 'excellent';
    left -= block.length;
  }
  return ranked;
}

// ── building it through the services ────────────────────────────────────────────────────

export interface SixtyYear {
  readonly year: AnnualYear;
  /** person name -> id */
  readonly ids: ReadonlyMap<string, number>;
  readonly eventId: number;
  readonly schemeId: number;
  readonly groupIds: ReadonlyMap<string, number>;
}

async function closedEvaluation(app: TestApp, ids: ReadonlyMap<string, number>): Promise<number> {
  const created = await app.call('evaluation.create', { name: '2026年度干部述职民主测评', year, date: '2026-12-20', unitTitle: '某区国防动员办公室', presetKey: 'civil-servant-level' });
  await app.call('evaluation.update', {
    id: created.id,
    config: { ...created.config, categories: created.config.categories.map((c) => ({ ...c, expected: c.code === 'A' ? 5 : 0, issued: c.code === 'A' ? 5 : 0 })) },
  });
  const event = await app.call('evaluation.setTargets', {
    id: created.id,
    targets: evaluationTargets.map((name, i) => ({ personId: ids.get(name)!, unitId: null, group: i < 4 ? '班子成员' : '中层干部' })),
  });
  await app.call('evaluation.setStatus', { id: event.id, status: 'live' });
  for (const keys of ballots) await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'A', keys) });
  await app.call('evaluation.setAttendance', { id: event.id, attendance: { A: 5 } });
  await app.call('evaluation.close', { id: event.id });
  return event.id;
}

async function starScheme(app: TestApp, ids: ReadonlyMap<string, number>): Promise<number> {
  const scheme = await createPersonScheme(app, year);
  const codes = scheme.items.map((i) => i.code);
  const plans = sixtyPeople.filter((p) => p.stars != null).map((p) => ({ targetId: ids.get(p.name)!, claims: codes.slice(0, p.stars!) }));
  await runQuarter(app, scheme.id, 4, plans, year);
  return scheme.id;
}

async function items(app: TestApp, ids: ReadonlyMap<string, number>, units: ReadonlyMap<string, number>): Promise<void> {
  const { categories } = await app.call('annual.items', { year });
  const category = (name: string) => categories.find((c) => c.name === name)!.id;
  const save = (item: ChannelInput<'annual.saveItem'>['item']) => app.call('annual.saveItem', { year, item });
  const duty = await save({ categoryId: category('主责业绩'), name: '岗位职责履行', appliesTo: 'person', method: 'score', maxPoints: 40, stepPoints: null });
  const party = await save({ categoryId: category('党建绩效'), name: '支部党建工作', appliesTo: 'unit', method: 'score', maxPoints: 20, stepPoints: null, passToPeople: true });
  const articles = await save({ categoryId: category('重点任务'), name: '信息宣传采用', appliesTo: 'person', method: 'bonus', maxPoints: 5, stepPoints: 0.5 });
  const conduct = await save({ categoryId: category('作风建设'), name: '作风纪律扣分', appliesTo: 'person', method: 'deduct', maxPoints: 10, stepPoints: 2 });
  const set = (itemId: number, targetId: number, value: number) => app.call('annual.setScore', { year, itemId, targetId, value, date: '2026-12-15', evidence: '年度工作台账' });
  for (const p of sixtyPeople) {
    const id = ids.get(p.name)!;
    await set(duty.id, id, p.duty);
    if (p.articles > 0) await set(articles.id, id, p.articles);
    if (p.incidents > 0) await set(conduct.id, id, p.incidents);
  }
  for (const [unit, points] of Object.entries(unitPartyScores)) await set(party.id, units.get(unit)!, points);
}

export async function setUpSixtyYear(app: TestApp): Promise<SixtyYear> {
  const roster = await buildRoster(app, sixtyPeople);
  const ids = roster.people;
  await app.call('annual.createYear', { year });
  const eventId = await closedEvaluation(app, ids);
  const schemeId = await starScheme(app, ids);
  await app.call('annual.updateRules', { year, rules: sixtyRules(eventId) });
  await items(app, ids, roster.units);
  for (const q of [1, 2, 3, 4] as const) {
    for (const p of sixtyPeople) await app.call('annual.setQuarter', { year, personId: ids.get(p.name)!, quarter: q, grade: p.grades[q - 1]! });
  }
  await app.call('annual.setLeaderScores', { year, entries: sixtyPeople.map((p) => ({ personId: ids.get(p.name)!, score: p.leader })) });
  for (const p of sixtyPeople) {
    for (const points of p.adjustments) {
      await app.call('annual.addAdjustment', { year, personId: ids.get(p.name)!, kind: points > 0 ? '表彰奖励' : '通报批评', points, date: '2026-06-30', reason: points > 0 ? '受到市级表彰' : '工作失误被通报' });
    }
    if (p.sanction) await app.call('annual.addSanction', { year, personId: ids.get(p.name)!, type: p.sanction.type, decidedOn: p.sanction.decidedOn, documentNo: '', reason: '违反工作纪律' });
  }
  const view = await app.call('annual.year', { year });
  return { year: view, ids, eventId, schemeId, groupIds: new Map(view.groups.map((g) => [g.name, g.id])) };
}
