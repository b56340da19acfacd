import { describe, expect, test } from 'vitest';
import type { EvaluationConfig } from '../../shared/evaluation/config';
import { excellentLimitFor, validateBallot } from '../../shared/evaluation/ballot-validation';
import { compositeOfRoundedParts, formatRate, formatScore, round2 } from '../../shared/numbers/rounding';
import { rankWithTies } from '../../shared/numbers/ranking';
import { indicatorScore, trimmedMean } from '../../shared/evaluation/scoring';
import { tallyEvaluation } from '../../shared/evaluation/tally';
import { dnqjl, invalid, levelBallots, line, marks, preset, targetsOf, valid } from '../helpers/evaluation-builders';

/** Every DOMAIN.md §6 worked example about 述职测评, through the functions the app uses. */

const oneCategory = (config: EvaluationConfig) => {
  config.categories = [{ code: 'A', name: '全体', weight: 100, expected: 0, issued: 0 }];
};

describe('DOMAIN.md §6 worked examples (述职测评)', () => {
  test('weighted satisfaction: 76/2/2/85 at 100/90/70/50 -> 得分 73.76, satisfied share 48.48%', () => {
    const config = preset('satisfaction', (c) => {
      oneCategory(c);
      c.levels = [
        { code: 'very', name: '非常满意', points: 100, key: '1', excellent: true, approval: true, fail: false },
        { code: 'satisfied', name: '满意', points: 90, key: '2', excellent: false, approval: true, fail: false },
        { code: 'basic', name: '基本满意', points: 70, key: '3', excellent: false, approval: true, fail: false },
        { code: 'dissatisfied', name: '不满意', points: 50, key: '4', excellent: false, approval: false, fail: true },
      ];
    });
    const targets = targetsOf(1);
    const ballots = levelBallots('A', [1], 1, { very: 76, satisfied: 2, basic: 2, dissatisfied: 85 });
    const result = tallyEvaluation({ config, targets, ballots, attendance: {} }).targets[0]!;
    expect(result.total.valid).toBe(165);
    expect(result.total.levelScore).toBeCloseTo((76 + 1.8 + 1.4 + 42.5) / 165 * 100, 10);
    expect(formatScore(result.total.levelScore)).toBe('73.76');
    expect(formatScore(result.overall)).toBe('73.76');
    expect(formatRate(result.total.approvalRate)).toBe('48.48%');
    // the satisfaction preset calls the rate 满意度 and never calls the weighted score 满意率
    expect(preset('satisfaction').rateLabels.approval).toBe('满意度');
  });

  test('level votes 10/6/3/1 at 100/80/60/40 over 20 valid ballots -> 85.00', () => {
    const config = preset('civil-servant-level', oneCategory);
    const ballots = levelBallots('A', [1], 1, { excellent: 10, competent: 6, basic: 3, incompetent: 1 });
    const result = tallyEvaluation({ config, targets: targetsOf(1), ballots, attendance: {} }).targets[0]!;
    expect(result.byCategory[0]!.valid).toBe(20);
    expect(result.byCategory[0]!.votes).toEqual({ excellent: 10, competent: 6, basic: 3, incompetent: 1 });
    expect(result.byCategory[0]!.levelScore).toBe(85);
    expect(formatScore(result.overall)).toBe('85.00');
    expect(result.total.excellentRate).toBe(0.5);
    expect(result.total.approvalRate).toBe(0.8);
    expect(result.total.failRate).toBe(0.05);
  });

  test('trimmed mean 95, 88, 90, 70, 85, 60 (6 raters) drops 95 and 60 -> 83.25, band 称职', () => {
    expect(trimmedMean([95, 88, 90, 70, 85, 60], { enabled: true, minRaters: 6, drop: 1 })).toEqual({ mean: 83.25, trimmed: true });

    const config = preset('de-neng-qin-ji-lian', (c) => {
      oneCategory(c);
      c.indicators = [{ code: 'total', name: '综合', weight: 100, max: 100 }];
    });
    const ballots = [95, 88, 90, 70, 85, 60].map((s) => valid(marks('A', [line(1, null, { total: s })])));
    const result = tallyEvaluation({ config, targets: targetsOf(1), ballots, attendance: {} }).targets[0]!;
    expect(result.byCategory[0]!.indicatorMeans.total).toBe(83.25);
    expect(result.byCategory[0]!.trimmed).toBe(true);
    expect(result.overall).toBe(83.25);
    expect(result.suggestedLevel).toBe('称职');

    // 5 raters are not "more than 5": plain mean of 95, 88, 90, 70, 85 = 85.6
    const five = tallyEvaluation({ config, targets: targetsOf(1), ballots: ballots.slice(0, 5), attendance: {} }).targets[0]!;
    expect(five.byCategory[0]!.trimmed).toBe(false);
    expect(five.overall).toBeCloseTo(85.6, 10);
  });

  test('a ballot with 4 优秀 under the limit 3 is invalid: 优秀超额, and changes no score', () => {
    const config = preset('civil-servant-level', (c) => {
      c.rules.excellentLimit = { kind: 'count', value: 3 };
    });
    const ids = [1, 2, 3, 4, 5];
    const fourExcellent = marks('A', [line(1, 'excellent'), line(2, 'excellent'), line(3, 'excellent'), line(4, 'excellent'), line(5, 'competent')]);
    const outcome = validateBallot(config, ids, fourExcellent);
    expect(outcome).toEqual({ valid: false, reasons: ['EXCESS_EXCELLENT'], messages: ['优秀等次不超过3人，本票选了4人'] });

    const threeExcellent = marks('A', [line(1, 'excellent'), line(2, 'excellent'), line(3, 'excellent'), line(4, 'competent'), line(5, null)]);
    expect(validateBallot(config, ids, threeExcellent).valid).toBe(true);

    const results = tallyEvaluation({ config, targets: targetsOf(5), ballots: [valid(threeExcellent), invalid(fourExcellent, 'EXCESS_EXCELLENT')], attendance: {} });
    expect(results.invalidByReason.EXCESS_EXCELLENT).toBe(1);
    expect(results.sessionTotal).toMatchObject({ returned: 2, valid: 1, invalid: 1 });
    expect(results.targets[3]!.total.votes).toEqual({ excellent: 0, competent: 1, basic: 0, incompetent: 0 });
    expect(results.targets[3]!.overall).toBe(80);
  });

  test('a ballot with every score identical is invalid: 评分雷同', () => {
    const config = preset('de-neng-qin-ji-lian');
    const same = marks('A', [line(1, null, dnqjl(80, 80, 80, 80, 80)), line(2, null, dnqjl(80, 80, 80, 80, 80))]);
    expect(validateBallot(config, [1, 2], same)).toEqual({ valid: false, reasons: ['IDENTICAL_SCORES'], messages: ['评分雷同：所有分数相同'] });
  });

  test('德能勤绩廉 90/85/95/90/100 at 15/10/30/30/15 -> 92.50', () => {
    const config = preset('de-neng-qin-ji-lian', oneCategory);
    expect(indicatorScore(dnqjl(90, 85, 95, 90, 100), config.indicators)).toBeCloseTo(92.5, 10);
    const ballots = [valid(marks('A', [line(1, null, dnqjl(90, 85, 95, 90, 100))]))];
    const result = tallyEvaluation({ config, targets: targetsOf(1), ballots, attendance: {} }).targets[0]!;
    expect(formatScore(result.overall)).toBe('92.50');
  });

  test('normalised composite: 92 (max 95) × 40 + 88 (max 90) × 30 -> 38.74 + 29.33 = 68.07', () => {
    const composite = compositeOfRoundedParts([
      { score: 92, groupMax: 95, weight: 40 },
      { score: 88, groupMax: 90, weight: 30 },
    ]);
    expect(composite).toEqual({ parts: [38.74, 29.33], total: 68.07 });
    // unrounded the total would be 68.0702…, which also shows as 68.07, but the parts must be the shown ones
    expect(round2((92 / 95) * 40)).toBe(38.74);
  });

  test('ties: 90, 90, 85 -> ranks 1, 1, 3 (also through the tally, within a group)', () => {
    expect(rankWithTies([90, 90, 85])).toEqual([1, 1, 3]);

    const config = preset('civil-servant-level', oneCategory);
    // targets 1 and 2: 优秀 + 称职 -> (100 + 80) / 2 = 90; target 3: 优秀 + 3 称职 -> 340 / 4 = 85
    const ballots = [
      valid(marks('A', [line(1, 'excellent'), line(2, 'excellent'), line(3, 'excellent')])),
      valid(marks('A', [line(1, 'competent'), line(2, 'competent'), line(3, 'competent')])),
      valid(marks('A', [line(1, null), line(2, null), line(3, 'competent')])),
      valid(marks('A', [line(1, null), line(2, null), line(3, 'competent')])),
    ];
    const results = tallyEvaluation({ config, targets: targetsOf(3), ballots, attendance: {} });
    expect(results.targets.map((t) => t.overall)).toEqual([90, 90, 85]);
    expect(results.targets.map((t) => t.rank)).toEqual([1, 1, 3]);
  });

  test('优秀 quota: 23 测评对象 at 20% -> at most 4 优秀', () => {
    expect(excellentLimitFor({ kind: 'percent', value: 20 }, 23)).toBe(4);
    expect(excellentLimitFor({ kind: 'percent', value: 20 }, 15)).toBe(3);
    expect(excellentLimitFor({ kind: 'count', value: 3 }, 23)).toBe(3);
    expect(excellentLimitFor({ kind: 'none' }, 23)).toBeNull();
  });
});
