import { describe, expect, test } from 'vitest';
import { ballotStructureErrors, excellentLimitFor, validateBallot } from '../../shared/evaluation/ballot-validation';
import { dnqjl, line, marks, preset } from '../helpers/evaluation-builders';

const ids = [11, 12, 13, 14, 15];

describe('excellentLimitFor', () => {
  test('a percentage of the 测评对象 is rounded down, without float slips', () => {
    expect(excellentLimitFor({ kind: 'percent', value: 20 }, 4)).toBe(0);
    expect(excellentLimitFor({ kind: 'percent', value: 20 }, 5)).toBe(1);
    expect(excellentLimitFor({ kind: 'percent', value: 15 }, 20)).toBe(3);
    expect(excellentLimitFor({ kind: 'percent', value: 30 }, 10)).toBe(3);
    expect(excellentLimitFor({ kind: 'percent', value: 100 / 3 }, 9)).toBe(3);
  });
});

describe('ballotStructureErrors', () => {
  const config = preset('civil-servant-level');

  test('a complete ballot with known codes is well-formed, abstentions included', () => {
    expect(ballotStructureErrors(config, ids, marks('B', ids.map((id) => line(id, id === 11 ? 'excellent' : null))))).toEqual([]);
  });

  test('unknown category, target and level, a target twice and a target missing are named in Chinese', () => {
    const errors = ballotStructureErrors(
      config,
      ids,
      marks('Z', [line(11, 'great'), line(12, null), line(12, null), line(99, null), line(14, null), line(15, null)]),
    );
    expect(errors).toEqual([
      '评委类别“Z”不在本次测评中',
      '第1位测评对象：等次“great”不在本次测评的等次中',
      '第2位测评对象在本票中出现了两次',
      '编号为99的测评对象不在本次测评名单中',
      '第3位测评对象未填写（不评请选择弃权）',
    ]);
  });

  test('no category ticked asks for one', () => {
    expect(ballotStructureErrors(config, [11], marks('', [line(11, null)]))).toEqual(['请选择评委类别']);
  });

  test('scores on a 等次票 and levels on a 评分票 are refused; unknown indicators are named', () => {
    expect(ballotStructureErrors(config, [11], marks('A', [line(11, 'excellent', { de: 90 })]))).toEqual(['第1位测评对象：本次测评为等次票，不评分']);
    const scoreConfig = preset('de-neng-qin-ji-lian');
    expect(ballotStructureErrors(scoreConfig, [11], marks('A', [line(11, 'excellent', { de: 90, zz: 1 })]))).toEqual([
      '第1位测评对象：本次测评为评分票，不划等次',
      '第1位测评对象：评分项“zz”不在本次测评的指标中',
    ]);
  });
});

describe('validateBallot', () => {
  test('abstaining everywhere is a valid ballot; so are partial lines', () => {
    for (const key of ['civil-servant-level', 'institution-level', 'de-neng-qin-ji-lian', 'level-and-score', 'satisfaction']) {
      const config = preset(key);
      expect(validateBallot(config, ids, marks('A', ids.map((id) => line(id, null))))).toEqual({ valid: true, reasons: [], messages: [] });
    }
    const both = preset('level-and-score');
    expect(validateBallot(both, ids, marks('A', [line(11, 'competent'), line(12, null, { de: 90 }), line(13, null, { qin: 70, ji: 75 })])).valid).toBe(true);
  });

  test('the 优秀 limit uses the first excellent level name and counts only excellent levels', () => {
    const config = preset('institution-level'); // 20% of 5 -> 1
    const two = marks('A', [line(11, 'excellent'), line(12, 'excellent'), line(13, 'qualified'), line(14, 'qualified'), line(15, 'qualified')]);
    expect(validateBallot(config, ids, two)).toEqual({ valid: false, reasons: ['EXCESS_EXCELLENT'], messages: ['优秀等次不超过1人，本票选了2人'] });
    expect(validateBallot(config, ids, marks('A', [line(11, 'excellent'), line(12, 'qualified')])).valid).toBe(true);
  });

  test('the satisfaction preset has no limit on 满意', () => {
    const config = preset('satisfaction');
    expect(validateBallot(config, ids, marks('A', ids.map((id) => line(id, 'satisfied')))).valid).toBe(true);
  });

  test('a score outside 0..max names the target and indicator', () => {
    const config = preset('de-neng-qin-ji-lian');
    const outcome = validateBallot(config, ids, marks('A', [line(11, null, dnqjl(90, 85, 95, 90, 100)), line(13, null, { de: 120, neng: -1 })]));
    expect(outcome.valid).toBe(false);
    expect(outcome.reasons).toEqual(['SCORE_OUT_OF_RANGE']);
    expect(outcome.messages).toEqual(['第3位测评对象的“德”评分为120分，应在0-100分之间', '第3位测评对象的“能”评分为-1分，应在0-100分之间']);
  });

  test('all full marks of one maximum are also all identical: both rules broken, both reasons listed; a single score is never 雷同 or 满分', () => {
    const config = preset('de-neng-qin-ji-lian');
    expect(validateBallot(config, ids, marks('A', [line(11, null, dnqjl(100, 100, 100, 100, 100))]))).toEqual({
      valid: false,
      reasons: ['ALL_FULL_MARKS', 'IDENTICAL_SCORES'],
      messages: ['全部满分：所有评分均为满分', '评分雷同：所有分数相同'],
    });
    // with one of the rules off, only the other one
    const fullOnly = preset('de-neng-qin-ji-lian', (c) => (c.rules.identicalScoresInvalid = false));
    expect(validateBallot(fullOnly, ids, marks('A', [line(11, null, dnqjl(100, 100, 100, 100, 100))])).reasons).toEqual(['ALL_FULL_MARKS']);
    expect(validateBallot(config, ids, marks('A', [line(11, null, { de: 100 })])).valid).toBe(true);
    expect(validateBallot(config, ids, marks('A', [line(11, null, { de: 80 })])).valid).toBe(true);
  });

  test('full marks with different maxima are full marks though not identical', () => {
    const config = preset('de-neng-qin-ji-lian', (c) => {
      c.indicators = [
        { code: 'de', name: '德', weight: 15, max: 15 },
        { code: 'neng', name: '能', weight: 10, max: 10 },
      ];
    });
    expect(validateBallot(config, ids, marks('A', [line(11, null, { de: 15, neng: 10 })])).reasons).toEqual(['ALL_FULL_MARKS']);
    expect(validateBallot(config, ids, marks('A', [line(11, null, { de: 10, neng: 10 })])).reasons).toEqual(['IDENTICAL_SCORES']);
  });

  test('with the rules switched off, identical and full scores are valid', () => {
    const config = preset('de-neng-qin-ji-lian', (c) => {
      c.rules.identicalScoresInvalid = false;
      c.rules.allFullMarksInvalid = false;
    });
    expect(validateBallot(config, ids, marks('A', [line(11, null, dnqjl(100, 100, 100, 100, 100))])).valid).toBe(true);
    expect(validateBallot(config, ids, marks('A', [line(11, null, dnqjl(80, 80, 80, 80, 80))])).valid).toBe(true);
  });

  test('several rules broken at once give every reason', () => {
    const config = preset('level-and-score', (c) => {
      c.rules.excellentLimit = { kind: 'count', value: 1 };
    });
    const outcome = validateBallot(config, ids, marks('A', [line(11, 'excellent', { de: 80, neng: 80 }), line(12, 'excellent', { de: 80 })]));
    expect(outcome.reasons).toEqual(['EXCESS_EXCELLENT', 'IDENTICAL_SCORES']);
    expect(outcome.messages).toEqual(['优秀等次不超过1人，本票选了2人', '评分雷同：所有分数相同']);
  });

  test('a ballot breaking every rule at once lists all four reasons, each with its message', () => {
    const config = preset('level-and-score', (c) => {
      c.rules.excellentLimit = { kind: 'count', value: 1 };
      c.indicators = [
        { code: 'de', name: '德', weight: 50, max: 100 },
        { code: 'neng', name: '能', weight: 50, max: 100 },
      ];
    });
    // 120 everywhere: out of range and identical; the second ballot all 100: full and identical
    const over = validateBallot(config, ids, marks('A', [line(11, 'excellent', { de: 120, neng: 120 }), line(12, 'excellent', { de: 120 })]));
    expect(over.reasons).toEqual(['EXCESS_EXCELLENT', 'SCORE_OUT_OF_RANGE', 'IDENTICAL_SCORES']);
    expect(over.messages).toHaveLength(1 + 3 + 1);
    const full = validateBallot(config, ids, marks('A', [line(11, 'excellent', { de: 100, neng: 100 }), line(12, 'excellent', { de: 100 })]));
    expect(full.reasons).toEqual(['EXCESS_EXCELLENT', 'ALL_FULL_MARKS', 'IDENTICAL_SCORES']);
    expect(full.messages).toEqual(['优秀等次不超过1人，本票选了2人', '全部满分：所有评分均为满分', '评分雷同：所有分数相同']);
  });
});
