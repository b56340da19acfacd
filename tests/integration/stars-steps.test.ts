import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personStarPreset } from '../../shared/stars/presets';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { levelBallot, setUpEvent } from '../helpers/evaluation-app';
import { createPersonScheme, setUpStarUnit, starRefusal, type StarUnit } from '../helpers/stars-app';

let app: TestApp;
let unit: StarUnit;
let schemeId: number;

beforeEach(async () => {
  app = await createTestApp();
  unit = await setUpStarUnit(app, 3);
  schemeId = (await createPersonScheme(app)).id;
});
afterEach(() => app.close());

const [zhou, huang, he] = [0, 1, 2].map((i) => () => unit.people[i]!);
const claim = (targetId: number, codes: string[], date = '2026-03-20', period = 1) =>
  app.call('stars.selfAssess', { schemeId, period, date, entries: [{ targetId, claims: codes.map((code) => ({ code, note: '见台账' })) }] });
const vote = (targetId: number, codes: string[], date = '2026-03-22') =>
  app.call('stars.recordVotes', { schemeId, period: 1, date, entries: [{ targetId, votes: codes.map((code) => ({ code, agree: 18, disagree: 2, score: null })) }] });
const decide = (targetId: number, decisions: { code: string; decision: 'award' | 'refuse'; reason?: string }[], date = '2026-03-25') =>
  app.call('stars.decide', { schemeId, period: 1, date, entries: [{ targetId, decisions }] });
/** 自评 -> 民主测评 -> 支部评定 通过, for one target */
const passed = async (targetId: number, codes: string[], decided = '2026-03-25') => {
  await claim(targetId, codes);
  await vote(targetId, codes);
  await decide(targetId, codes.map((code) => ({ code, decision: 'award' as const })), decided);
};

describe('star schemes', () => {
  it('are created from the preset and copied from last year with their edits', async () => {
    const scheme = await app.call('stars.scheme', { id: schemeId });
    expect(scheme).toMatchObject({ year: 2026, kind: 'person', cycle: 'quarterly', publicityDays: 5, hasReviews: false });
    expect(scheme.items.map((i) => i.name)).toEqual(personStarPreset.map((i) => i.name));
    expect(scheme.periods.map((p) => p.label)).toEqual(['第一季度', '第二季度', '第三季度', '第四季度']);

    const items = scheme.items.map((i) => (i.code === 'service' ? { ...i, name: '为民服务星', evidenceRequired: false } : i));
    await app.call('stars.updateScheme', { id: schemeId, settings: { cycle: 'half-yearly', publicityDays: 7, points: { perStar: 2, cap: 15 } }, items });
    const copied = await app.call('stars.createScheme', { year: 2027, kind: 'person', copyFromYear: 2026 });
    expect(copied).toMatchObject({ name: '2027年度十星级党员干部评星方案', cycle: 'half-yearly', publicityDays: 7, points: { perStar: 2, cap: 15 } });
    expect(copied.items).toEqual(items);
    expect((await app.call('stars.schemes', {})).map((s) => [s.year, s.kind, s.stars])).toEqual([[2027, 'person', 10], [2026, 'person', 10]]);

    expect((await starRefusal(app, () => app.call('stars.createScheme', { year: 2026, kind: 'person' }))).message).toBe('2026年度党员干部评星方案已存在');
    expect((await starRefusal(app, () => app.call('stars.createScheme', { year: 2026, kind: 'org', copyFromYear: 2025 }))).message).toBe('2025年度没有党组织评星方案，无法沿用');
  });

  it('refuse edits that would break recorded reviews or the year-end rule', async () => {
    const scheme = await app.call('stars.scheme', { id: schemeId });
    expect((await starRefusal(app, () => app.call('stars.updateScheme', { id: schemeId, settings: { yearEndRule: { kind: 'min-periods', periods: 5 } } }))).message)
      .toBe('年终认定规则要求至少5期获星，但按季度评星全年只有4期');
    const twice = scheme.items.map((i, n) => (n === 1 ? { ...i, name: scheme.items[0]!.name } : i));
    expect((await starRefusal(app, () => app.call('stars.updateScheme', { id: schemeId, items: twice }))).code).toBe('STAR_NAME_TWICE');

    await claim(zhou(), ['political', 'integrity']);
    expect((await starRefusal(app, () => app.call('stars.updateScheme', { id: schemeId, settings: { cycle: 'monthly' } }))).message)
      .toBe('2026年度十星级党员干部评星方案已有评星记录，评星周期不能再修改');
    const dropped = scheme.items.filter((i) => i.code !== 'integrity');
    expect((await starRefusal(app, () => app.call('stars.updateScheme', { id: schemeId, items: dropped }))).message).toBe('“廉洁自律星”已有评星记录，不能从方案中删除（可修改名称和标准）');
    // an unused star may go, and names may swap
    const swapped = scheme.items.filter((i) => i.code !== 'teamwork').map((i) => (i.code === 'political' ? { ...i, name: '遵规守纪星' } : i.code === 'discipline' ? { ...i, name: '政治坚定星' } : i));
    expect((await app.call('stars.updateScheme', { id: schemeId, items: swapped })).items.map((i) => i.name).slice(0, 2)).toEqual(['遵规守纪星', '政治坚定星']);
    expect((await starRefusal(app, () => app.call('stars.deleteScheme', { id: schemeId }))).code).toBe('STAR_SCHEME_IN_USE');
  });

  it('keep an editable list of 不得参评 reasons', async () => {
    expect(await app.call('stars.disqualifyReasons')).toEqual(['处分期内', '受审查', '未参加组织生活', '未交党费']);
    await app.call('stars.setDisqualifyReasons', { reasons: ['处分期内', '受审查', '长期病假'] });
    expect(await app.call('stars.disqualifyReasons')).toEqual(['处分期内', '受审查', '长期病假']);
    expect((await starRefusal(app, () => app.call('stars.disqualify', { schemeId, period: 1, targetId: zhou(), reason: '未交党费', date: '2026-03-01' }))).code).toBe('STAR_REASON_UNKNOWN');
    expect((await starRefusal(app, () => app.call('stars.setDisqualifyReasons', { reasons: ['受审查', '受审查'] }))).code).toBe('REASON_TWICE');
  });
});

describe('三评一公示', () => {
  it('records each step with its date and who, and the grid shows every fact', async () => {
    await claim(zhou(), ['political', 'integrity']);
    await app.call('stars.recordVotes', { schemeId, period: 1, date: '2026-03-22', by: '测评小组', entries: [{ targetId: zhou(), votes: [{ code: 'political', agree: 17, disagree: 1, score: null }, { code: 'integrity', agree: null, disagree: null, score: 92.5 }] }] });
    await decide(zhou(), [{ code: 'political', decision: 'award' }, { code: 'integrity', decision: 'refuse', reason: '测评同意率不足' }]);
    const grid = await app.call('stars.grid', { schemeId, period: 1 });
    const row = grid.rows[0]!;
    expect(row.steps).toEqual([
      { step: 'self', date: '2026-03-20', by: '测试员' },
      { step: 'vote', date: '2026-03-22', by: '测评小组' },
      { step: 'decision', date: '2026-03-25', by: '测试员' },
    ]);
    expect(row.cells[0]).toMatchObject({ code: 'political', state: 'approved', claimed: true, claimNote: '见台账', agree: 17, disagree: 1, decision: 'award' });
    expect(row.cells[2]).toMatchObject({ code: 'integrity', state: 'refused', score: 92.5, refuseReason: '测评同意率不足' });
    expect(grid.rows[1]).toMatchObject({ name: '黄振华', reviewId: null, steps: [], held: 0 });

    const publicity = await app.call('stars.startPublicity', { schemeId, period: 1, start: '2026-03-28' });
    expect(publicity).toMatchObject({ start: '2026-03-28', end: '2026-04-02', days: 5, objections: [] });
    // not on the day it starts, nor on its last day (objections are still taken): from the day after
    for (const day of ['2026-03-28', '2026-04-02']) {
      const early = await starRefusal(app, () => app.call('stars.award', { schemeId, period: 1, date: day }));
      expect(early).toEqual({ code: 'STAR_PUBLICITY_RUNNING', message: `公示期至2026-04-02（含当日），2026-04-03起方可授星；${day}公示尚未结束，不能授星` });
    }
    expect(await app.call('stars.award', { schemeId, period: 1, date: '2026-04-03' })).toEqual({ awarded: 1, targets: 1 });
    const detail = await app.call('stars.review', { schemeId, period: 1, targetId: zhou() });
    expect(detail.row.cells[0]).toMatchObject({ state: 'held', awardedOn: '2026-04-03', publishedOn: '2026-03-28' });
    expect(detail.row.steps.map((s) => s.step)).toEqual(['self', 'vote', 'decision', 'publicity', 'award']);
    // a decided star keeps its claim when the claim set is saved again, and cannot be re-decided once awarded
    expect((await starRefusal(app, () => decide(zhou(), [{ code: 'political', decision: 'refuse', reason: 'x' }]))).code).toBe('STAR_ALREADY_AWARDED');
  });

  it('handles 公示异议: pending blocks 授星, upheld refuses the star, dismissed lets it through', async () => {
    for (const t of [zhou(), huang()]) await passed(t, ['political', 'service']);
    await app.call('stars.startPublicity', { schemeId, period: 1, start: '2026-03-27' });
    expect((await starRefusal(app, () => app.call('stars.addObjection', { schemeId, period: 1, targetId: zhou(), code: 'service', date: '2026-04-05', content: 'x' }))).message)
      .toBe('异议日期（2026-04-05）不在公示期（2026-03-27至2026-04-01）内');
    const a = await app.call('stars.addObjection', { schemeId, period: 1, targetId: zhou(), code: 'service', date: '2026-03-29', content: '志愿服务时长不实' });
    const b = await app.call('stars.addObjection', { schemeId, period: 1, targetId: huang(), code: null, date: '2026-03-30', content: '反映其工作作风问题' });
    expect(a).toMatchObject({ targetName: '周立新', code: 'service', result: 'pending' });
    expect((await starRefusal(app, () => app.call('stars.award', { schemeId, period: 1, date: '2026-04-02' }))).message).toBe('周立新、黄振华的公示异议尚未处理，请先处理再授星');
    await app.call('stars.resolveObjection', { id: a.id, result: 'upheld', note: '经核实时长不足' });
    await app.call('stars.resolveObjection', { id: b.id, result: 'dismissed', note: '经核实不属实' });
    // the 授星 dialog's preview says exactly what 授星 then does
    expect(await app.call('stars.awardPreview', { schemeId, period: 1 })).toMatchObject({
      publicity: { start: '2026-03-27', end: '2026-04-01' }, awardFrom: '2026-04-02', pending: [], republish: [],
      award: [{ name: '周立新', stars: ['政治坚定星'] }, { name: '黄振华', stars: ['政治坚定星', '服务群众星'] }],
      refuse: [{ name: '周立新', stars: ['服务群众星'], reasons: ['经核实时长不足'] }],
    });
    expect(await app.call('stars.award', { schemeId, period: 1, date: '2026-04-02' })).toEqual({ awarded: 3, targets: 2 });
    const board = await app.call('stars.board', { schemeId, period: 1 });
    expect(board.rows[0]!.states.slice(0, 1)).toEqual(['held']);
    expect(board.rows[0]!.states[personStarPreset.findIndex((s) => s.code === 'service')]).toBe('refused');
    const grid = await app.call('stars.grid', { schemeId, period: 1 });
    expect(grid.rows[0]!.cells.find((c) => c.code === 'service')!.refuseReason).toBe('公示异议成立：经核实时长不足');
    expect(grid.publicity!.objections.map((o) => o.result)).toEqual(['upheld', 'dismissed']);
  });

  it('awards only what the current 公示 published: a later decision is listed for 重新公示, never promised', async () => {
    await passed(zhou(), ['political']);
    await claim(huang(), ['political']);
    await vote(huang(), ['political']);
    await app.call('stars.startPublicity', { schemeId, period: 1, start: '2026-03-27' });
    await decide(huang(), [{ code: 'political', decision: 'award' }], '2026-03-29');
    expect(await app.call('stars.awardPreview', { schemeId, period: 1 })).toMatchObject({
      award: [{ name: '周立新', stars: ['政治坚定星'] }], republish: [{ name: '黄振华', stars: ['政治坚定星'] }], refuse: [], pending: [],
    });
    expect(await app.call('stars.award', { schemeId, period: 1, date: '2026-04-02' })).toEqual({ awarded: 1, targets: 1 });
    // nothing of the current 公示 is left: the refusal says who needs 重新公示 (the dialog says it first)
    const preview = await app.call('stars.awardPreview', { schemeId, period: 1 });
    expect(preview).toMatchObject({ award: [], republish: [{ name: '黄振华', stars: ['政治坚定星'] }] });
    expect(await starRefusal(app, () => app.call('stars.award', { schemeId, period: 1, date: '2026-04-03' }))).toEqual({
      code: 'STAR_NOTHING_TO_AWARD',
      message: '2026年度党员干部评星第一季度本次公示（2026-03-27至2026-04-01）中没有待授予的星级；黄振华的1颗星在公示发布后评定，不在本次公示中，请重新公示后再授星',
    });
    await app.call('stars.startPublicity', { schemeId, period: 1, start: '2026-04-02' });
    expect(await app.call('stars.award', { schemeId, period: 1, date: '2026-04-08' })).toEqual({ awarded: 1, targets: 1 });
    const grid = await app.call('stars.grid', { schemeId, period: 1 });
    expect(grid.rows.slice(0, 2).map((r) => r.cells[0]!.awardedOn)).toEqual(['2026-04-02', '2026-04-08']);
  });

  it('keeps one person\'s stars apart: a star decided after the 公示 is not awarded with the ones it published', async () => {
    await passed(zhou(), ['political', 'integrity']);
    await claim(zhou(), ['political', 'integrity', 'teamwork']);
    await vote(zhou(), ['teamwork']);
    await app.call('stars.startPublicity', { schemeId, period: 1, start: '2026-03-27' });
    // decided on the day the 公示 was posted, but after it: not in it
    await decide(zhou(), [{ code: 'teamwork', decision: 'award' }], '2026-03-27');
    expect(await app.call('stars.awardPreview', { schemeId, period: 1 })).toMatchObject({
      award: [{ name: '周立新', stars: ['政治坚定星', '廉洁自律星'] }], republish: [{ name: '周立新', stars: ['团结协作星'] }],
    });
    expect(await app.call('stars.award', { schemeId, period: 1, date: '2026-04-02' })).toEqual({ awarded: 2, targets: 1 });
    const cells = (await app.call('stars.review', { schemeId, period: 1, targetId: zhou() })).row.cells;
    expect(cells.filter((c) => c.state === 'held').map((c) => c.code)).toEqual(['political', 'integrity']);
    expect(cells.find((c) => c.code === 'teamwork')).toMatchObject({ state: 'approved', publishedOn: null });
    // a changed decision leaves the 公示 too
    await passed(huang(), ['political']);
    await app.call('stars.startPublicity', { schemeId, period: 1, start: '2026-04-03' });
    await decide(huang(), [{ code: 'political', decision: 'refuse', reason: '复核未达标准' }], '2026-04-04');
    await decide(huang(), [{ code: 'political', decision: 'award' }], '2026-04-05');
    expect((await app.call('stars.awardPreview', { schemeId, period: 1 })).republish.map((e) => e.name)).toEqual(['黄振华']);
  });

  it('keeps the steps in order: no 支部评定 without 民主测评, whichever way and for however many', async () => {
    await claim(zhou(), ['political', 'integrity']);
    await claim(huang(), ['political']);
    const both = (decision: 'award' | 'refuse') => app.call('stars.decide', {
      schemeId, period: 1, date: '2026-03-25',
      entries: [zhou(), huang()].map((targetId) => ({ targetId, decisions: [{ code: 'political', decision, reason: decision === 'refuse' ? '未达标准' : '' }] })),
    });
    for (const decision of ['award', 'refuse'] as const) {
      expect(await starRefusal(app, () => both(decision))).toEqual({
        code: 'STAR_VOTES_MISSING', message: '尚未录入民主测评结果，不能支部评定（请先完成民主测评）：周立新：政治坚定星；黄振华：政治坚定星',
      });
    }
    await vote(zhou(), ['political']);
    expect((await starRefusal(app, () => both('award'))).message).toBe('尚未录入民主测评结果，不能支部评定（请先完成民主测评）：黄振华：政治坚定星');
    await vote(huang(), ['political']);
    await both('award');
    // nor can a decided star lose its 民主测评 afterwards
    expect(await starRefusal(app, () => app.call('stars.recordVotes', { schemeId, period: 1, date: '2026-03-26', entries: [{ targetId: zhou(), votes: [{ code: 'political', agree: null, disagree: null, score: null }] }] })))
      .toEqual({ code: 'STAR_VOTES_REQUIRED', message: '周立新的“政治坚定星”已支部评定，不能清空民主测评结果' });
    // nothing to decide without a claim
    expect((await starRefusal(app, () => decide(he(), [{ code: 'political', decision: 'award' }]))).message).toBe('何丽娟未申报“政治坚定星”，不能评定（请先完成自评申报）');
  });

  it('refuses bad input with a clear message and leaves the database as it was', async () => {
    await claim(zhou(), ['political']);
    await claim(he(), ['political']);
    await vote(he(), ['political']);
    const cases: [() => Promise<unknown>, string, string?][] = [
      [() => claim(huang(), ['political'], '2026-02-30'), 'INVALID_DATE', '自评日期“2026-02-30”不是有效的日期'],
      [() => claim(huang(), ['political'], '2025-12-31'), 'STAR_DATE_BEFORE_PERIOD', '自评日期（2025-12-31）早于第一季度的开始日期（2026-01-01）'],
      [() => claim(huang(), ['political'], '2026-12-20', 5), 'STAR_PERIOD_INVALID', '2026年度党员干部评星按季度进行，共4期，没有第5期'],
      [() => claim(huang(), ['nope']), 'STAR_NOT_FOUND', '黄振华：本方案中没有代码为“nope”的星目'],
      [() => claim(huang(), ['political', 'political']), 'STAR_TWICE', '黄振华：“政治坚定星”出现了两次'],
      [() => claim(99999, ['political']), 'PERSON_NOT_FOUND'],
      [() => app.call('stars.selfAssess', { schemeId, period: 1, date: '2026-03-20', entries: [{ targetId: huang(), claims: [] }, { targetId: huang(), claims: [] }] }), 'STAR_TARGET_TWICE', '黄振华在本次提交中出现了两次'],
      // the whole batch is refused when one entry is bad: 何丽娟 is not saved either
      [() => app.call('stars.selfAssess', { schemeId, period: 1, date: '2026-03-20', entries: [{ targetId: he(), claims: [{ code: 'political' }] }, { targetId: huang(), claims: [{ code: 'nope' }] }] }), 'STAR_NOT_FOUND'],
      [() => app.call('stars.recordVotes', { schemeId, period: 1, date: '2026-03-22', entries: [{ targetId: zhou(), votes: [{ code: 'service', agree: 1, disagree: 0, score: null }] }] }), 'STAR_NOT_CLAIMED', '周立新未申报“服务群众星”，不能录入测评结果'],
      [() => app.call('stars.decide', { schemeId, period: 1, date: '2026-03-25', entries: [{ targetId: he(), decisions: [{ code: 'political', decision: 'refuse' }] }] }), 'STAR_REASON_REQUIRED', '何丽娟的“政治坚定星”评定为不通过，请填写理由'],
      [() => app.call('stars.startPublicity', { schemeId, period: 1, start: '2026-03-27' }), 'STAR_NOTHING_TO_PUBLISH'],
      [() => app.call('stars.award', { schemeId, period: 1, date: '2026-04-01' }), 'STAR_NOT_PUBLISHED'],
      [() => app.call('stars.removeStar', { schemeId, period: 1, targetId: zhou(), code: 'political', date: '2026-04-10', reason: '列入负面清单' }), 'STAR_NOT_HELD', '周立新第一季度未获得“政治坚定星”，无需摘星'],
      [() => app.call('stars.clearDisqualification', { schemeId, period: 1, targetId: zhou() }), 'STAR_NOT_DISQUALIFIED'],
      [() => app.call('stars.grid', { schemeId: 777, period: 1 }), 'STAR_SCHEME_NOT_FOUND'],
    ];
    for (const [run, code, message] of cases) {
      const r = await starRefusal(app, run);
      expect(r.code, message).toBe(code);
      if (message) expect(r.message).toBe(message);
    }
  });

  it('摘星 and 不得参评: removal needs a held star and a date on or after the award; disqualification needs held stars removed first', async () => {
    await passed(zhou(), ['political', 'integrity']);
    await app.call('stars.startPublicity', { schemeId, period: 1, start: '2026-03-27' });
    await app.call('stars.award', { schemeId, period: 1, date: '2026-04-02' });
    const remove = (date: string) => app.call('stars.removeStar', { schemeId, period: 1, targetId: zhou(), code: 'integrity', date, reason: '列入负面清单' });
    expect((await starRefusal(app, () => remove('2026-04-01'))).message).toBe('摘星日期（2026-04-01）早于授星日期（2026-04-02）');
    const disqualify = () => app.call('stars.disqualify', { schemeId, period: 1, targetId: zhou(), reason: '受审查', date: '2026-04-05' });
    expect((await starRefusal(app, disqualify)).message).toBe('周立新第一季度已获“政治坚定星”、“廉洁自律星”，请先摘星再标记不得参评');
    await remove('2026-04-10');
    expect((await starRefusal(app, () => remove('2026-04-11'))).message).toBe('周立新第一季度的“廉洁自律星”已于2026-04-10摘除');
    const detail = await app.call('stars.review', { schemeId, period: 1, targetId: zhou() });
    expect(detail.row.cells[2]).toMatchObject({ state: 'removed', removedOn: '2026-04-10', removedReason: '列入负面清单', awardedOn: '2026-04-02' });

    // 不得参评 withdraws claims not yet awarded, and blocks further steps
    await claim(huang(), ['political']);
    await app.call('stars.disqualify', { schemeId, period: 1, targetId: huang(), reason: '未参加组织生活', note: '连续3个月', date: '2026-03-21' });
    const grid = await app.call('stars.grid', { schemeId, period: 1 });
    expect(grid.rows[1]).toMatchObject({ disqualified: { reason: '未参加组织生活', note: '连续3个月', date: '2026-03-21', by: '测试员' }, held: 0 });
    expect(grid.rows[1]!.cells.every((c) => c.state === 'none')).toBe(true);
    expect((await starRefusal(app, () => claim(huang(), ['political']))).message).toBe('黄振华第一季度不得参评（未参加组织生活），不能申报');
    await app.call('stars.clearDisqualification', { schemeId, period: 1, targetId: huang() });
    await claim(huang(), ['political']);
  });

  it('takes 民主测评 scores from a 述职测评 event for the targets who claimed stars', async () => {
    const event = await setUpEvent(app, { people: 3 });
    await app.call('evaluation.setStatus', { id: event.id, status: 'live' });
    for (const keys of ['222', '223', '233']) await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(event, 'A', keys) });
    const evaluated = event.targetList.map((t) => t.personId!);
    await claim(evaluated[0]!, ['political', 'integrity']);
    await claim(evaluated[1]!, ['political']);
    const r = await app.call('stars.votesFromEvaluation', { schemeId, period: 1, evaluationId: event.id, date: '2026-03-22' });
    expect(r).toEqual({ saved: 2, skipped: 1 });
    const results = await app.call('evaluation.results', { id: event.id });
    const grid = await app.call('stars.grid', { schemeId, period: 1, unitId: event.targetList[0]!.unitId ?? undefined });
    const rowOf = (personId: number) => grid.rows.find((row) => row.targetId === personId)!;
    const overall = (i: number) => results.targets[i]!.normalized ?? results.targets[i]!.overall;
    expect(rowOf(evaluated[0]!).cells.filter((c) => c.claimed).map((c) => c.score)).toEqual([overall(0), overall(0)]);
    expect(rowOf(evaluated[1]!).cells.find((c) => c.code === 'political')!.score).toBe(overall(1));
    expect(rowOf(evaluated[1]!).steps.map((s) => s.step)).toEqual(['self', 'vote']);
  });

  it('runs a 党组织 scheme over units, and keeps a unit with star data from being deleted', async () => {
    const org = await app.call('stars.createScheme', { year: 2026, kind: 'org' });
    const team = await app.call('units.create', { name: '第二党支部', parentId: unit.officeId });
    const grid = await app.call('stars.grid', { schemeId: org.id, period: 1 });
    expect(grid.rows.map((r) => [r.name, r.unitName])).toEqual([['某区国防动员办公室', ''], ['机关党支部', '某区国防动员办公室'], ['第二党支部', '某区国防动员办公室']]);
    await app.call('stars.selfAssess', { schemeId: org.id, period: 1, date: '2026-03-20', entries: [{ targetId: team.id, claims: [{ code: 'leadership', note: '第一议题学习记录' }] }] });
    const r = await starRefusal(app, () => app.call('units.delete', { id: team.id }));
    expect(r.message).toContain('1 个双十星评星方案的评星对象');
    const filtered = await app.call('stars.board', { schemeId: org.id, period: 1, unitId: team.id, tier: 'basic' });
    expect(filtered.items.map((i) => i.name)).toEqual(['政治引领星', '组织建设星', '制度落实星', '学习教育星']);
    expect(filtered.rows.map((row) => [row.name, row.states.join(',')])).toEqual([['第二党支部', 'claimed,none,none,none']]);
  });
});


describe('no date later than today', () => {
  it('refuses every 双十星 step dated after today (ctx.today), with a Chinese message, changing nothing', async () => {
    let today = '2026-03-24';
    const clocked = await createTestApp({ today: () => today });
    try {
      const people = (await setUpStarUnit(clocked, 2)).people;
      const id = (await createPersonScheme(clocked)).id;
      const [zhouId, huangId] = people as [number, number];
      const base = { schemeId: id, period: 1 };
      const claimOn = (date: string) => clocked.call('stars.selfAssess', { ...base, date, entries: [{ targetId: zhouId, claims: [{ code: 'political', note: '' }] }] });
      const voteOn = (date: string) => clocked.call('stars.recordVotes', { ...base, date, entries: [{ targetId: zhouId, votes: [{ code: 'political', agree: 9, disagree: 1, score: null }] }] });
      const decideOn = (date: string) => clocked.call('stars.decide', { ...base, date, entries: [{ targetId: zhouId, decisions: [{ code: 'political', decision: 'award', reason: '' }] }] });
      const future = async (run: () => Promise<unknown>, label: string, day: string) =>
        expect(await starRefusal(clocked, run)).toEqual({ code: 'STAR_DATE_IN_FUTURE', message: `${label}（${day}）晚于今天（${today}），不能登记尚未发生的事项` });

      await future(() => claimOn('2026-03-25'), '自评日期', '2026-03-25');
      await claimOn('2026-03-24');
      await future(() => voteOn('2026-03-25'), '民主测评日期', '2026-03-25');
      await voteOn('2026-03-24');
      await future(() => decideOn('2026-04-01'), '支部评定日期', '2026-04-01');
      await decideOn('2026-03-24');
      await future(() => clocked.call('stars.disqualify', { ...base, targetId: huangId, reason: '受审查', date: '2026-03-30' }), '不得参评认定日期', '2026-03-30');
      await future(() => clocked.call('stars.startPublicity', { ...base, start: '2026-03-25' }), '公示开始日期', '2026-03-25');
      await clocked.call('stars.startPublicity', { ...base, start: '2026-03-24' });
      today = '2026-03-26';
      await future(() => clocked.call('stars.addObjection', { ...base, targetId: zhouId, code: null, date: '2026-03-27', content: '反映情况' }), '异议日期', '2026-03-27');
      // the old dialog offered the 公示 end date while it was still to come: now refused as a future date
      await future(() => clocked.call('stars.award', { ...base, date: '2026-03-30' }), '授星日期', '2026-03-30');
      today = '2026-03-29';
      // the 公示 (03-25 … 03-29) has not ended: its last day is today
      expect((await starRefusal(clocked, () => clocked.call('stars.award', { ...base, date: '2026-03-29' }))).code).toBe('STAR_PUBLICITY_RUNNING');
      expect(await clocked.call('stars.awardPreview', base)).toMatchObject({ today: '2026-03-29', awardFrom: '2026-03-30', award: [{ name: '周立新', stars: ['政治坚定星'] }] });
      today = '2026-03-30';
      await clocked.call('stars.award', { ...base, date: '2026-03-30' });
      await future(() => clocked.call('stars.removeStar', { ...base, targetId: zhouId, code: 'political', date: '2026-04-02', reason: '列入负面清单' }), '摘星日期', '2026-04-02');
      await clocked.call('stars.removeStar', { ...base, targetId: zhouId, code: 'political', date: '2026-03-30', reason: '列入负面清单' });
    } finally {
      clocked.close();
    }
  });
});
