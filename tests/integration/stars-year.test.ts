import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getPersonRow } from '../../db/people';
import { personStarPreset } from '../../shared/stars/presets';
import { yearEndStars } from '../../electron/services/stars/year-end';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { createPersonScheme, personNames, runQuarter, setUpStarUnit, starRefusal, type QuarterPlan, type StarUnit } from '../helpers/stars-app';

/**
 * A year of quarterly 评星 in a 20-person 党支部:
 * - 周立新, 黄振华, 何丽娟: all ten stars every quarter -> 十星级;
 * - 郭志强: all ten in Q1-Q3, 创新争先星 refused in Q4 -> 9 at year end, not 十星级;
 * - 吴明远: all ten every quarter, 廉洁自律星 removed (摘星) after the Q4 award -> 9;
 * - 林建峰: all ten in Q1-Q3, 不得参评 in Q4 (处分期内) -> 0 at year end;
 * - the other 14: the first 3..9 stars every quarter.
 */

const codes = personStarPreset.map((s) => s.code);
let app: TestApp;
let unit: StarUnit;
let schemeId: number;

function plans(quarter: number): QuarterPlan[] {
  return unit.people.map((targetId, i) => {
    if (i < 3) return { targetId, claims: codes };
    if (i === 3) return { targetId, claims: codes, refuse: quarter === 4 ? ['innovation'] : [] };
    if (i === 4) return { targetId, claims: codes };
    if (i === 5) return { targetId, claims: quarter === 4 ? [] : codes };
    return { targetId, claims: codes.slice(0, 3 + ((i - 6) % 7)) };
  });
}

beforeEach(async () => {
  app = await createTestApp();
  unit = await setUpStarUnit(app, 20);
  schemeId = (await createPersonScheme(app)).id;
  for (const q of [1, 2, 3]) await runQuarter(app, schemeId, q, plans(q));
  await app.call('stars.disqualify', { schemeId, period: 4, targetId: unit.people[5]!, reason: '处分期内', note: '2026年10月受警告处分', date: '2026-10-15' });
  await runQuarter(app, schemeId, 4, plans(4));
  await app.call('stars.removeStar', { schemeId, period: 4, targetId: unit.people[4]!, code: 'integrity', date: '2027-01-10', reason: '列入负面清单' });
});
afterEach(() => app.close());

const expectedStars = (i: number): number => (i < 3 ? 10 : i === 3 || i === 4 ? 9 : i === 5 ? 0 : 3 + ((i - 6) % 7));

describe('a year of quarterly 评星 for a 20-person 党支部', () => {
  it('gives the Q4 board: ★ per state, the disqualified row, the removed star, counts per star and unit', async () => {
    const board = await app.call('stars.board', { schemeId, period: 4 });
    expect(board.period?.label).toBe('第四季度');
    expect(board.publicity).toMatchObject({ start: '2026-12-27', end: '2027-01-01', days: 5 });
    expect(board.rows.map((r) => r.name)).toEqual(personNames);
    const row = (i: number) => board.rows[i]!;
    expect(row(0).states).toEqual(codes.map(() => 'held'));
    expect(row(0).tenStar).toBe(true);
    expect(row(3).states[codes.indexOf('innovation')]).toBe('refused');
    expect(row(3).held).toBe(9);
    expect(row(4).states[codes.indexOf('integrity')]).toBe('removed');
    expect(row(4).tenStar).toBe(false);
    expect(row(5)).toMatchObject({ disqualified: '处分期内', held: 0, states: codes.map(() => 'none') });
    expect(row(6).states).toEqual([...codes.slice(0, 3).map(() => 'held'), ...codes.slice(3).map(() => 'none')]);
    const perStar = Object.fromEntries(board.perStar.map((c) => [c.code, c]));
    // 政治坚定星: everyone but 林建峰 claimed and holds it in Q4
    expect(perStar.political).toEqual({ code: 'political', held: 19, claimed: 19, approved: 0, refused: 0, removed: 0 });
    expect(perStar.integrity).toMatchObject({ held: 18, removed: 1 });
    expect(perStar.innovation).toMatchObject({ refused: 1 });
    expect(board.perUnit).toEqual([{ unitId: unit.branchId, unitName: '机关党支部', targets: 20, stars: board.rows.reduce((n, r) => n + r.held, 0), tenStar: 3, disqualified: 1 }]);
  });

  it('gives the year board and the year-end figures: held in the last period, 9 of 10 is not 十星级', async () => {
    const board = await app.call('stars.board', { schemeId, period: null });
    expect(board.period).toBeNull();
    expect(board.rows.map((r) => r.held)).toEqual(unit.people.map((_p, i) => expectedStars(i)));
    expect(board.rows.filter((r) => r.tenStar).map((r) => r.name)).toEqual(personNames.slice(0, 3));
    expect(board.rows[5]!.disqualified).toBe('第四季度处分期内');
    expect(board.rows[4]!.states[codes.indexOf('integrity')]).toBe('removed');
    expect(board.rows[5]!.heldPeriods).toEqual(codes.map(() => 3));

    const yearEnd = await app.call('stars.yearEnd', { year: 2026, kind: 'person' });
    expect(yearEnd.scheme?.id).toBe(schemeId);
    const fig = (i: number) => yearEnd.rows[i]!;
    expect(fig(0)).toMatchObject({ name: '周立新', stars: 10, tenStar: true, points: 10, priority: true, barred: false, gates: ['十星 优先评优'] });
    expect(fig(3)).toMatchObject({ stars: 9, tenStar: false, points: 9, priority: false, barred: false, gates: [] });
    expect(fig(3).heldCodes).not.toContain('innovation');
    expect(fig(4)).toMatchObject({ stars: 9, tenStar: false });
    expect(fig(4).heldCodes).not.toContain('integrity');
    expect(fig(5)).toMatchObject({ stars: 0, points: 0, barred: true, gates: ['少于5星 不得评优'] });
    expect(fig(6)).toMatchObject({ stars: 3, barred: true });
    expect(fig(8)).toMatchObject({ stars: 5, barred: false });

    // the service the 年终考核 calls gives the same figures
    const both = yearEndStars(app.ctx, { year: 2026 });
    expect(both.person).toEqual(yearEnd);
    expect(both.org).toEqual({ year: 2026, kind: 'org', scheme: null, rows: [] });
  });

  it('applies the 「held in at least K periods」 rule when the scheme says so', async () => {
    await app.call('stars.updateScheme', { id: schemeId, settings: { yearEndRule: { kind: 'min-periods', periods: 3 } } });
    const yearEnd = await app.call('stars.yearEnd', { year: 2026, kind: 'person' });
    // 郭志强 held 创新争先星 in Q1-Q3: three periods are enough
    expect(yearEnd.rows[3]).toMatchObject({ stars: 10, tenStar: true });
    // 林建峰 held everything in Q1-Q3 and was 不得参评 in Q4
    expect(yearEnd.rows[5]).toMatchObject({ stars: 10, tenStar: true });
    // 吴明远: the removal after the latest award still counts
    expect(yearEnd.rows[4]).toMatchObject({ stars: 9, tenStar: false });
    expect(yearEnd.rows.filter((r) => r.tenStar).map((r) => r.name)).toEqual([...personNames.slice(0, 4), personNames[5]]);
  });

  it('applies 「少于5星 不得评优」 to everyone in the scheme below five: 0 stars, disqualified, or no review at all', async () => {
    const newcomer = await app.call('people.create', { ...getPersonRow(app.ctx.db, unit.people[0]!)!, name: '新同志', idNumber: null, staffNo: null });
    const yearEnd = await app.call('stars.yearEnd', { year: 2026, kind: 'person' });
    const barred = { stars: 0, gates: ['少于5星 不得评优'], barred: true, priority: false };
    expect(yearEnd.rows.find((r) => r.targetId === newcomer.id)).toMatchObject({ participated: false, ...barred });
    expect(yearEnd.rows.find((r) => r.name === '林建峰')).toMatchObject({ participated: true, ...barred });
    // one rule: every row below five stars is tagged, every row at five or more is not
    for (const r of yearEnd.rows) expect(r.barred, r.name).toBe(r.stars < 5);
    // and the 年度考核 reads the same bar for the newcomer (no review) as for 林建峰 (0 stars)
    await app.call('annual.createYear', { year: 2026, addParticipants: true });
    const view = await app.call('annual.composite', { year: 2026 });
    const gatesOf = (name: string) => view.rows.find((r) => r.name === name)!.gates.map((g) => g.code);
    expect(gatesOf('新同志')).toContain('stars');
    expect(gatesOf('林建峰')).toContain('stars');
    expect(gatesOf('周立新')).not.toContain('stars');
  });

  it('keeps people with star data from being deleted', async () => {
    const r = await starRefusal(app, () => app.call('people.delete', { id: unit.people[6]! }));
    expect(r.code).toBe('PERSON_HAS_DATA');
  });

  it('writes one audit row per step, naming the period and the counts', async () => {
    const rows = app.ctx.db.prepare(`SELECT action, summary FROM audit_log WHERE action LIKE 'stars.%' ORDER BY id`).all() as { action: string; summary: string }[];
    expect(rows.filter((r) => r.action === 'stars.award')).toHaveLength(4);
    expect(rows.find((r) => r.action === 'stars.removeStar')!.summary).toBe('摘星：吴明远 2026年度党员干部评星第四季度“廉洁自律星”（2027-01-10，列入负面清单）');
    expect(rows.find((r) => r.action === 'stars.disqualify')!.summary).toBe('不得参评：林建峰 2026年度党员干部评星第四季度（处分期内，2026年10月受警告处分）');
    expect(rows.find((r) => r.action === 'stars.startPublicity')!.summary).toContain('第一季度公示：2026-03-27至2026-04-01（5天');
  });
});
