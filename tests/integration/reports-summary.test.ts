import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompositeRow, CompositeView } from '../../shared/annual/views';
import type { SummaryReport } from '../../shared/reports/views';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { confirmAllAsSuggested } from '../helpers/annual-app';

/**
 * 年终考核汇总报告 on the demo office (60 participants, nothing confirmed) and on the same year
 * once the committee has confirmed everyone and locked it. Every count is checked against
 * annual.composite, the view the committee works from.
 */
let app: TestApp;
const year = 2026;
beforeEach(async () => {
  app = await createTestApp();
  await app.call('demo.load');
});
afterEach(() => app.close());

const summary = () => app.call('reports.summary', { year });
const composite = () => app.call('annual.composite', { year });

const countsOf = (report: { byOutcome: SummaryReport['totals']['byOutcome'] }) => Object.fromEntries(report.byOutcome.map((o) => [o.outcome, o.count]));
const labelsOf = (report: { byOutcome: SummaryReport['totals']['byOutcome'] }) => report.byOutcome.map((o) => o.label);
/** what the composite says each person counts as: confirmed, else (not final) suggested */
function expectedCounts(rows: readonly CompositeRow[], final: boolean) {
  const out = { excellent: 0, competent: 0, basic: 0, fail: 0, undetermined: 0 };
  for (const r of rows) {
    const o = r.confirmed ?? (final ? null : r.suggested);
    if (o) out[o]++;
  }
  return out;
}
const namesWith = (view: CompositeView, outcomes: readonly string[], final: boolean) =>
  view.rows.filter((r) => outcomes.includes(r.confirmed ?? (final ? '' : (r.suggested ?? '')))).map((r) => r.name);

describe('reports.summary on the demo year (not confirmed)', () => {
  it('counts everyone with the suggested 等次, says so, and is not final', async () => {
    const [report, view] = [await summary(), await composite()];
    expect(report).toMatchObject({ year, unitTitle: '某市国防动员办公室', status: 'open', final: false });
    expect(report.totals).toMatchObject({ participants: 60, confirmed: 0, undetermined: expectedCounts(view.rows, false).undetermined });
    expect(countsOf(report.totals)).toEqual(expectedCounts(view.rows, false));
    expect(report.totals.undetermined).toBe(2);
    // 公务员 and 事业 people both take part: their words are joined
    expect(labelsOf(report.totals)).toEqual(['优秀', '称职（合格）', '基本称职（基本合格）', '不称职（不合格）', '不定等次']);
    expect(report.sources[0]).toBe('等次：未确定的60人按建议等次统计（名单中标注“建议”）；年度未锁定，结果未确定');
    expect(report.sources).toEqual(expect.arrayContaining(view.sources));
  });

  it('gives each group its size, 优秀 quota and counts, in the words of its own people', async () => {
    const [report, view] = [await summary(), await composite()];
    expect(report.groups.map((g) => [g.name, g.size, g.excellentQuota, g.overQuota])).toEqual(view.groups.map((g) => [g.name, g.size, g.excellentQuota, g.excellentSuggested > g.excellentQuota]));
    for (const g of view.groups) {
      const line = report.groups.find((x) => x.name === g.name)!;
      expect(countsOf(line), g.name).toEqual(expectedCounts(view.rows.filter((r) => r.groupId === g.id), false));
      expect(line.byOutcome.find((o) => o.outcome === 'excellent')!.count).toBe(g.excellentSuggested);
    }
    expect(labelsOf(report.groups.find((g) => g.name === '机关科室')!)[1]).toBe('称职');
    expect(labelsOf(report.groups.find((g) => g.name === '事业单位')!)[1]).toBe('合格');
  });

  it('lists units in roster tree order with their average composite', async () => {
    const [report, view] = [await summary(), await composite()];
    const units = await app.call('units.list');
    const tree = ['某市国防动员办公室', '办公室', '综合计划科', '动员实施科', '人防指挥通信科', '工程管理科', '法规宣传科', '机关党办', '人防工程管理所', '综合股', '工程质量监督股', '维护管理股', '指挥信息保障中心', '通信保障科', '信息技术科'];
    const withPeople = tree.filter((name) => view.rows.some((r) => r.unitName === name));
    expect(report.byUnit.map((u) => u.unitName)).toEqual(withPeople);
    expect(units.length).toBe(tree.length);
    expect(report.byUnit.reduce((n, u) => n + u.participants, 0)).toBe(60);
    // 不定等次 people are counted as participants but not averaged: they get a comment, not a score
    const undetermined = view.rows.filter((r) => r.cap === 'undetermined' && r.composite != null);
    expect(undetermined.length).toBeGreaterThan(0);
    for (const u of report.byUnit) {
      const rows = view.rows.filter((r) => r.unitName === u.unitName);
      const composites = rows.flatMap((r) => (r.composite == null || r.cap === 'undetermined' ? [] : [r.composite]));
      expect(u.participants, u.unitName).toBe(rows.length);
      if (composites.length === 0) expect(u.averageComposite, u.unitName).toBeNull();
      else expect(Math.abs(u.averageComposite! - composites.reduce((a, b) => a + b, 0) / composites.length), u.unitName).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(countsOf(u), u.unitName).toEqual(expectedCounts(rows, false));
    }
  });

  it('lists the 优秀, the red lines and the 双十星 results, marking suggestions as such', async () => {
    const [report, view] = [await summary(), await composite()];
    expect(report.excellent.map((p) => p.name)).toEqual(namesWith(view, ['excellent'], false));
    expect(report.excellent).toHaveLength(11);
    expect(report.excellent.every((p) => p.outcome === '优秀（建议）')).toBe(true);
    expect(report.excellent[0]).toMatchObject({ name: '周立新', unitName: '某市国防动员办公室', post: '主任', groupName: '班子成员', composite: 93.55 });
    expect(report.lower).toEqual([]);
    expect(report.redLines).toEqual([expect.objectContaining({ name: '袁志华', unitName: '工程管理科', groupName: '机关科室', outcome: '称职（建议）', redLines: ['述职测评称职及以上率偏低（56.76%，应不低于66.67%）'] })]);

    const stars = await app.call('stars.yearEnd', { year, kind: 'person' });
    expect(report.tenStar.people).toEqual(stars.rows.filter((r) => r.tenStar).map((r) => ({ name: r.name, unitName: r.unitName })));
    expect(report.tenStar.people).toHaveLength(6);
    expect(report.tenStar.orgs.map((o) => o.name)).toEqual(['办公室', '法规宣传科', '人防工程管理所']);
    expect(report.starCounts.map((s) => s.stars)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(report.starCounts.reduce((n, s) => n + s.people, 0)).toBe(stars.rows.filter((r) => r.participated).length);
    expect(report.starCounts[0]!.people).toBe(6);
    for (const s of report.starCounts) expect(s.people, `${s.stars}星`).toBe(stars.rows.filter((r) => r.participated && r.stars === s.stars).length);
  });

  it('counts a confirmed 等次 over the suggestion once the committee has decided, unmarked', async () => {
    const open = await composite();
    const first = open.rows.find((r) => r.suggested === 'excellent' && r.groupId === open.groups.find((g) => g.name === '机关科室')!.id)!;
    const second = open.rows.find((r) => r.suggested === 'excellent' && r.personId !== first.personId && r.groupId === first.groupId)!;
    await app.call('annual.confirm', {
      year,
      entries: [
        { personId: first.personId, outcome: 'competent', reason: '经考核委员会研究调整' },
        { personId: second.personId, outcome: 'excellent' },
      ],
    });
    const [report, view] = [await summary(), await composite()];
    expect(report.totals).toMatchObject({ participants: 60, confirmed: 2 });
    expect(countsOf(report.totals)).toEqual(expectedCounts(view.rows, false));
    expect(report.excellent.map((p) => p.name)).not.toContain(first.name);
    expect(report.excellent.find((p) => p.name === second.name)!.outcome).toBe('优秀');
    expect(report.excellent.filter((p) => p.outcome === '优秀（建议）')).toHaveLength(report.excellent.length - 1);
    expect(report.sources[0]).toBe('等次：已确定等次的2人按确定等次统计，未确定的58人按建议等次统计（名单中标注“建议”）；年度未锁定，结果未确定');
  });

  it('takes the unit in the title when given, and refuses a year that does not exist', async () => {
    expect((await app.call('reports.summary', { year, unitTitle: ' 某市人防办 ' })).unitTitle).toBe('某市人防办');
    const r = await app.result('reports.summary', { year: 2031 });
    expect(r).toMatchObject({ ok: false, error: { code: 'ANNUAL_YEAR_NOT_FOUND' } });
  });
});

describe('reports.summary on a confirmed and locked year', () => {
  /** the committee lowers one person to 基本合格, raises one over the quota, confirms the rest as suggested, and locks */
  async function confirmAndLock() {
    const open = await composite();
    const lowered = open.rows.find((r) => r.vocabulary === 'institution' && r.suggested === 'competent')!;
    const raised = open.rows.find((r) => r.groupId === open.groups.find((g) => g.name === '机关科室')!.id && r.suggested === 'competent' && r.cap === 'excellent')!;
    await app.call('annual.confirm', { year, entries: [{ personId: lowered.personId, outcome: 'basic', reason: '经考核委员会研究，工作作风存在明显不足' }] });
    await confirmAllAsSuggested(app, year);
    await app.call('annual.confirm', {
      year,
      entries: [{ personId: raised.personId, outcome: 'excellent', reason: '全年承担重大专项任务', overrideReason: '经考核委员会研究决定，超出名额1名' }],
    });
    await app.call('annual.lock', { year });
    return { lowered, raised };
  }

  it('counts the confirmed 等次, is final, and matches the frozen composite', async () => {
    const { lowered, raised } = await confirmAndLock();
    const [report, view] = [await summary(), await composite()];
    expect(view.status).toBe('locked');
    expect(report).toMatchObject({ status: 'locked', final: true });
    expect(report.totals).toMatchObject({ participants: 60, confirmed: 60, undetermined: 2 });
    expect(countsOf(report.totals)).toEqual(expectedCounts(view.rows, true));
    expect(countsOf(report.totals)).toMatchObject({ excellent: 12, basic: 1, fail: 0 });
    expect(report.sources[0]).toBe('等次：考核委员会确定的等次（2026年度已确认并锁定）');

    const office = report.groups.find((g) => g.name === '机关科室')!;
    expect(office).toMatchObject({ excellentQuota: 6, overQuota: true });
    expect(countsOf(office).excellent).toBe(7);
    expect(report.groups.filter((g) => g.overQuota).map((g) => g.name)).toEqual(['机关科室']);

    expect(report.excellent.map((p) => p.name)).toEqual(namesWith(view, ['excellent'], true));
    expect(report.excellent.map((p) => p.name)).toContain(raised.name);
    expect(report.excellent.every((p) => p.outcome === '优秀')).toBe(true);
    expect(report.lower).toEqual([expect.objectContaining({ name: lowered.name, outcome: '基本合格', groupName: '事业单位' })]);
  });

  it('keeps the names frozen at the lock: a unit renamed afterwards still reports under its old name, in its place', async () => {
    await confirmAndLock();
    const before = await summary();
    const units = await app.call('units.list');
    const unit = units.find((u) => u.name === '综合计划科')!;
    await app.call('units.update', { id: unit.id, name: '综合计划处', parentId: unit.parentId });
    const after = await summary();
    expect(after.byUnit).toEqual(before.byUnit);
    expect(after.byUnit.map((u) => u.unitName)).toContain('综合计划科');
  });
});
