import { describe, expect, test } from 'vitest';
import { evaluationResults } from '../../shared/evaluation/results';
import { tallyEvaluation } from '../../shared/evaluation/tally';
import { dnqjl, invalid, levelBallots, line, marks, preset, targetsOf, valid } from '../helpers/evaluation-builders';

describe('tallyEvaluation', () => {
  test('per category and total: votes, 弃权, valid ballots and rates over valid ballots', () => {
    const config = preset('civil-servant-level');
    const ballots = [
      valid(marks('A', [line(1, 'excellent'), line(2, null)])),
      valid(marks('A', [line(1, 'competent'), line(2, 'incompetent')])),
      valid(marks('B', [line(1, 'excellent'), line(2, 'basic')])),
      valid(marks('C', [line(1, null), line(2, null)])),
      invalid(marks('C', [line(1, 'excellent'), line(2, 'excellent')]), 'EXCESS_EXCELLENT'),
    ];
    const results = tallyEvaluation({ config, targets: targetsOf(2), ballots, attendance: {} });
    expect(evaluationResults.safeParse(results).success).toBe(true);
    const [first, second] = results.targets;
    expect(first!.byCategory.map((c) => [c.category, c.valid, c.abstain, c.votes.excellent, c.votes.competent])).toEqual([
      ['A', 2, 0, 1, 1],
      ['B', 1, 0, 1, 0],
      ['C', 1, 1, 0, 0],
    ]);
    expect(first!.byCategory[2]!.levelScore).toBeNull();
    expect(first!.byCategory[2]!.excellentRate).toBe(0);
    expect(first!.total).toMatchObject({ category: null, valid: 4, abstain: 1, votes: { excellent: 2, competent: 1, basic: 0, incompetent: 0 } });
    expect(first!.total.excellentRate).toBe(0.5);
    expect(first!.total.approvalRate).toBe(0.75);
    // pooled level score 280/3; overall = (A 90 × 20 + B 100 × 40) / 60 — C has no vote and does not pull it down
    expect(first!.total.levelScore).toBeCloseTo(280 / 3, 12);
    expect(first!.overall).toBeCloseTo((90 * 20 + 100 * 40) / 60, 12);
    expect(first!.total.score).toBe(first!.overall);
    expect(second!.total.failRate).toBe(0.25);
    expect(second!.total.approvalRate).toBe(0);
    expect(second!.redLines).toEqual({ lowApproval: true, highFail: false });
  });

  test('red lines: (优秀+称职) below 2/3 and 不称职 above 1/3; exactly 2/3 and 1/3 are not flagged', () => {
    const config = preset('civil-servant-level');
    const flags = (counts: Record<string, number>) =>
      tallyEvaluation({ config, targets: targetsOf(1), ballots: levelBallots('A', [1], 1, counts), attendance: {} }).targets[0]!.redLines;
    expect(flags({ excellent: 1, competent: 1, incompetent: 1 })).toEqual({ lowApproval: false, highFail: false });
    expect(flags({ competent: 1, basic: 1, incompetent: 1 })).toEqual({ lowApproval: true, highFail: false });
    expect(flags({ excellent: 1, incompetent: 2 })).toEqual({ lowApproval: true, highFail: true });
    expect(flags({ excellent: 14, basic: 7 })).toEqual({ lowApproval: false, highFail: false });
    expect(flags({ excellent: 13, basic: 7 })).toEqual({ lowApproval: true, highFail: false });
  });

  test('等次 + 评分: 50/50 of level score and indicator score; one part missing takes the other alone', () => {
    const config = preset('level-and-score', (c) => {
      c.categories = [{ code: 'A', name: '全体', weight: 100, expected: 0, issued: 0 }];
    });
    const ballots = [
      valid(marks('A', [line(1, 'competent', dnqjl(90, 85, 95, 90, 100)), line(2, 'competent'), line(3, null, dnqjl(90, 85, 95, 90, 100))])),
      valid(marks('A', [line(1, 'excellent'), line(2, 'excellent'), line(3, null)])),
    ];
    const [t1, t2, t3] = tallyEvaluation({ config, targets: targetsOf(3), ballots, attendance: {} }).targets;
    expect(t1!.total.levelScore).toBe(90);
    expect(t1!.total.indicatorScore).toBeCloseTo(92.5, 12);
    expect(t1!.overall).toBeCloseTo(91.25, 12);
    expect(t2!.overall).toBe(90);
    expect(t3!.overall).toBeCloseTo(92.5, 12);
    // a line with scores but no level is 弃权 for the level part: 0 votes + 2 弃权 = 2 valid
    expect(t3!.total).toMatchObject({ valid: 2, abstain: 2 });
    expect(t3!.total.excellentRate).toBe(0);
  });

  test('评分票: rates are empty, indicator means per category, trimmed only from 6 raters', () => {
    const config = preset('de-neng-qin-ji-lian');
    const scores = [95, 88, 90, 70, 85, 60];
    const ballots = [
      ...scores.map((s) => valid(marks('B', [line(1, null, { de: s, neng: 80, qin: 80, ji: 80, lian: 80 })]))),
      valid(marks('A', [line(1, null, { de: 50 })])),
    ];
    const t = tallyEvaluation({ config, targets: targetsOf(1), ballots, attendance: {} }).targets[0]!;
    const [a, b, c] = t.byCategory;
    expect(a!.indicatorMeans).toEqual({ de: 50, neng: null, qin: null, ji: null, lian: null });
    expect(a!.indicatorScore).toBe(50); // only 德 has a mean, so its weight carries alone
    expect(b!.indicatorMeans.de).toBe(83.25);
    expect(b!.trimmed).toBe(true);
    expect(c!.score).toBeNull();
    expect(t.total.excellentRate).toBeNull();
    expect(t.total.votes).toEqual({});
    expect(t.redLines).toEqual({ lowApproval: false, highFail: false });
    // pooled over 7 raters: 50, 60, 70, 85, 88, 90, 95 -> drop 50 and 95
    expect(t.total.indicatorMeans.de).toBeCloseTo((60 + 70 + 85 + 88 + 90) / 5, 12);
  });

  test('normalisation and rank within each group; the group maximum becomes full points', () => {
    const config = preset('civil-servant-level', (c) => {
      c.categories = [{ code: 'A', name: '全体', weight: 100, expected: 0, issued: 0 }];
      c.normalize = { enabled: true, fullPoints: 100 };
      // each ballot abstains on three of four lines; the red lines are off so the bands alone speak
      c.redLines = { ...c.redLines, minApprovalRate: 0, maxFailRate: 1 };
    });
    const targets = [
      { id: 1, name: '甲', post: '局长', group: '正职' },
      { id: 2, name: '乙', post: '副局长', group: '副职' },
      { id: 3, name: '丙', post: '副局长', group: '副职' },
      { id: 4, name: '丁', post: '局长', group: '正职' },
    ];
    const ids = targets.map((t) => t.id);
    const ballots = [
      ...levelBallots('A', ids, 1, { competent: 1 }), // 80
      ...levelBallots('A', ids, 2, { excellent: 1, competent: 1 }), // 90
      ...levelBallots('A', ids, 3, { basic: 1 }), // 60
      ...levelBallots('A', ids, 4, { excellent: 1 }), // 100
    ];
    const results = tallyEvaluation({ config, targets, ballots, attendance: {} });
    expect(results.targets.map((t) => [t.name, t.overall, t.rank])).toEqual([
      ['甲', 80, 2],
      ['乙', 90, 1],
      ['丙', 60, 2],
      ['丁', 100, 1],
    ]);
    expect(results.targets[0]!.normalized).toBe(80);
    expect(results.targets[1]!.normalized).toBe(100);
    expect(results.targets[2]!.normalized).toBeCloseTo(60 / 90 * 100, 12);
    expect(results.targets.map((t) => t.suggestedLevel)).toEqual(['称职', '优秀', '基本称职', '优秀']);
  });

  test('without votes there is no score, rank or suggested level', () => {
    const config = preset('civil-servant-level');
    const t = tallyEvaluation({ config, targets: targetsOf(1), ballots: [], attendance: {} }).targets[0]!;
    expect(t).toMatchObject({ overall: null, normalized: null, rank: null, suggestedLevel: null });
    expect(t.total).toMatchObject({ valid: 0, abstain: 0, excellentRate: null, levelScore: null, score: null });
  });

  test('session figures: 应到/发出 from the settings, 实到 entered or else 收回, invalid ballots by reason', () => {
    const config = preset('civil-servant-level', (c) => {
      c.categories[0]!.expected = 5;
      c.categories[0]!.issued = 5;
      c.categories[1]!.expected = 10;
      c.categories[1]!.issued = 10;
      c.categories[2]!.expected = 20;
      c.categories[2]!.issued = 20;
    });
    const empty = (cat: string) => marks(cat, [line(1, null)]);
    const ballots = [
      ...Array.from({ length: 4 }, () => valid(empty('A'))),
      ...Array.from({ length: 8 }, () => valid(empty('B'))),
      invalid(empty('B'), 'EXCESS_EXCELLENT'),
      invalid(empty('C'), 'IDENTICAL_SCORES', 'EXCESS_EXCELLENT'),
      invalid(empty('C'), 'TICKET_NOT_ISSUED'),
      ...Array.from({ length: 3 }, () => valid(empty('C'))),
    ];
    const results = tallyEvaluation({ config, targets: targetsOf(1), ballots, attendance: { C: 12 } });
    expect(results.session).toEqual([
      { category: 'A', expected: 5, present: 4, issued: 5, returned: 4, valid: 4, invalid: 0 },
      { category: 'B', expected: 10, present: 9, issued: 10, returned: 9, valid: 8, invalid: 1 },
      { category: 'C', expected: 20, present: 12, issued: 20, returned: 5, valid: 3, invalid: 2 },
    ]);
    expect(results.sessionTotal).toEqual({ category: null, expected: 35, present: 25, issued: 35, returned: 18, valid: 15, invalid: 3 });
    expect(results.invalidByReason).toEqual({ EXCESS_EXCELLENT: 2, IDENTICAL_SCORES: 1, ALL_FULL_MARKS: 0, SCORE_OUT_OF_RANGE: 0, TICKET_NOT_ISSUED: 1 });
    expect(results.quorumMet).toBe(true); // 25 > 35 / 2
    expect(results.overReturned).toBe(false);
  });

  test('quorum: 实到 exactly half fails "超过一半" and passes "不少于一半"; 2/3 likewise', () => {
    const config = preset('civil-servant-level', (c) => {
      c.categories = [{ code: 'A', name: '全体', weight: 100, expected: 30, issued: 0 }];
    });
    const run = (present: number, quorum: typeof config.quorum) =>
      tallyEvaluation({ config: { ...config, quorum }, targets: targetsOf(1), ballots: [], attendance: { A: present } }).quorumMet;
    expect(run(15, { numerator: 1, denominator: 2, inclusive: false })).toBe(false);
    expect(run(16, { numerator: 1, denominator: 2, inclusive: false })).toBe(true);
    expect(run(15, { numerator: 1, denominator: 2, inclusive: true })).toBe(true);
    expect(run(14, { numerator: 1, denominator: 2, inclusive: true })).toBe(false);
    expect(run(20, { numerator: 2, denominator: 3, inclusive: true })).toBe(true);
    expect(run(19, { numerator: 2, denominator: 3, inclusive: true })).toBe(false);
    // 应到 not entered yet: nothing to block on
    const noExpected = preset('civil-servant-level');
    expect(tallyEvaluation({ config: noExpected, targets: targetsOf(1), ballots: [], attendance: {} }).quorumMet).toBe(true);
  });

  test('收回 > 发出 voids the session, per category or in total; 发出 0 means not counted', () => {
    const config = preset('civil-servant-level', (c) => {
      c.categories[0]!.issued = 2;
      c.categories[1]!.issued = 10;
    });
    const b = (cat: string) => valid(marks(cat, [line(1, null)]));
    const run = (ballots: ReturnType<typeof b>[]) => tallyEvaluation({ config, targets: targetsOf(1), ballots, attendance: {} }).overReturned;
    expect(run([b('A'), b('A'), b('B')])).toBe(false);
    expect(run([b('A'), b('A'), b('A')])).toBe(true);
    expect(run([b('C'), b('C'), b('C')])).toBe(false); // C issued 0: not set
    // an invalid ballot was still returned
    expect(run([b('A'), b('A'), invalid(marks('A', [line(1, null)]), 'EXCESS_EXCELLENT')])).toBe(true);
  });

  test('a zero-weight category does not count; all weights zero count equally', () => {
    const config = preset('civil-servant-level', (c) => {
      c.categories = [
        { code: 'A', name: '甲', weight: 0, expected: 0, issued: 0 },
        { code: 'B', name: '乙', weight: 50, expected: 0, issued: 0 },
      ];
    });
    const ballots = [...levelBallots('A', [1], 1, { basic: 1 }), ...levelBallots('B', [1], 1, { excellent: 1 })];
    expect(tallyEvaluation({ config, targets: targetsOf(1), ballots, attendance: {} }).targets[0]!.overall).toBe(100);
    const equal = { ...config, categories: config.categories.map((c) => ({ ...c, weight: 0 })) };
    expect(tallyEvaluation({ config: equal, targets: targetsOf(1), ballots, attendance: {} }).targets[0]!.overall).toBe(80);
  });
});
