import { describe, expect, test } from 'vitest';
import type { EvaluationConfig } from '../../shared/evaluation/config';
import { evaluationConfig } from '../../shared/evaluation/config';
import { frozenResultsView, legacyResultsNote } from '../../shared/evaluation/frozen-results';
import { redLineEffectProblems, redLineNotes, redLineRuleTexts, suggestionText } from '../../shared/evaluation/red-lines';
import { evaluationResults, type TargetResult } from '../../shared/evaluation/results';
import { ballotRulesText } from '../../shared/evaluation/rules-text';
import { tallyEvaluation, type TallyBallot } from '../../shared/evaluation/tally';
import { dnqjl, line, marks, preset, targetsOf, valid } from '../helpers/evaluation-builders';

/**
 * The 述职测评 建议等次 within the red lines (issue 10 §4): the cases of the issue, with the rule
 * sentence the ballot prints and the note the result shows.
 */

const oneCategory = (c: EvaluationConfig) => {
  c.categories = [{ code: 'A', name: '全体', weight: 100, expected: 45, issued: 45 }];
};

/** `n` valid ballots giving target 1 `level` and, on forms with scores, 80 on every indicator. */
const ballotsOf = (config: EvaluationConfig, counts: Record<string, number>): TallyBallot[] =>
  Object.entries(counts).flatMap(([level, n]) =>
    Array.from({ length: n }, () => valid(marks('A', [line(1, level, config.form === 'level' ? {} : dnqjl(80, 80, 80, 80, 80))]))),
  );

const resultOf = (config: EvaluationConfig, counts: Record<string, number>): TargetResult =>
  tallyEvaluation({ config, targets: targetsOf(1), ballots: ballotsOf(config, counts), attendance: {} }).targets[0]!;

const noteOf = (config: EvaluationConfig, t: TargetResult) => redLineNotes(config, t).join('；');

describe('建议等次 within the red lines', () => {
  test('36 of 45 不称职 on a 等次 + 评分 ballot: the score alone says 基本称职, the red line says 不称职', () => {
    const config = preset('level-and-score', oneCategory);
    const t = resultOf(config, { incompetent: 36, competent: 9 });
    // level part (36 × 40 + 9 × 80) / 45 = 48, score part 80 -> 64: 基本称职 by score alone
    expect(t.overall).toBeCloseTo(64, 9);
    expect(t.scoreLevel).toBe('基本称职');
    expect(t.redLines).toEqual({ lowApproval: true, highFail: true });
    expect(t.suggestedLevel).toBe('不称职');
    expect(t.decidedBy).toEqual(['highFail']);
    expect(redLineNotes(config, t)).toEqual(['优秀、称职票合计低于有效票三分之二（20.00%）', '不称职票超过有效票三分之一（80.00%），按规定确定为不称职', '按得分为基本称职']);
    expect(suggestionText(t)).toBe('不称职');
  });

  test('a red-flagged person is not suggested 称职: (优秀 + 称职) below two thirds caps the suggestion at 基本称职', () => {
    const config = preset('civil-servant-level', oneCategory);
    // (20 × 100 + 5 × 80 + 20 × 60) / 45 = 80 -> 称职 by score; approval 25/45 = 55.56%
    const t = resultOf(config, { excellent: 20, competent: 5, basic: 20 });
    expect(t.scoreLevel).toBe('称职');
    expect(t.redLines).toEqual({ lowApproval: true, highFail: false });
    expect(t.suggestedLevel).toBe('基本称职');
    expect(noteOf(config, t)).toBe('优秀、称职票合计低于有效票三分之二（55.56%），按规定等次不高于基本称职；按得分为称职');
  });

  test('a flagged person already below the cap keeps the score level and no note; an unflagged one the band', () => {
    const config = preset('civil-servant-level', oneCategory);
    const low = resultOf(config, { basic: 30, competent: 10, incompetent: 5 });
    expect(low.redLines.lowApproval).toBe(true);
    expect([low.scoreLevel, low.suggestedLevel, low.decidedBy]).toEqual(['基本称职', '基本称职', []]);
    // the flag is still shown, without a rule applied
    expect(redLineNotes(config, low)).toEqual(['优秀、称职票合计低于有效票三分之二（22.22%）']);
    const fine = resultOf(config, { excellent: 40, competent: 5 });
    expect([fine.scoreLevel, fine.suggestedLevel, fine.decidedBy]).toEqual(['优秀', '优秀', []]);
  });

  test('the rule is data: 事业单位 words, a committee decision, and another cap', () => {
    const institution = preset('institution-level', oneCategory);
    const t = resultOf(institution, { unqualified: 36, qualified: 9 });
    expect(t.suggestedLevel).toBe('不合格');
    expect(noteOf(institution, t)).toBe('优秀、合格票合计低于有效票三分之二（20.00%）；不合格票超过有效票三分之一（80.00%），按规定确定为不合格');

    const committee = preset('level-and-score', (c) => {
      oneCategory(c);
      c.redLines.highFailEffect = { kind: 'committee' };
    });
    const decided = resultOf(committee, { incompetent: 36, competent: 9 });
    expect([decided.scoreLevel, decided.suggestedLevel, decided.decidedBy]).toEqual(['基本称职', null, ['highFail']]);
    expect(noteOf(committee, decided)).toBe('优秀、称职票合计低于有效票三分之二（20.00%）；不称职票超过有效票三分之一（80.00%），按规定由考核委员会研究确定等次；按得分为基本称职');
    expect(suggestionText(decided)).toBe('由考核委员会研究确定');

    const cap = preset('civil-servant-level', (c) => {
      oneCategory(c);
      c.redLines.lowApprovalEffect = { kind: 'atMost', level: '称职' };
      c.redLines.minApprovalRate = 3 / 4;
    });
    // approval 30/45 = 66.67% < 3/4; score (25 × 100 + 5 × 80 + 15 × 60) / 45 = 84.4 -> 称职 already
    expect(resultOf(cap, { excellent: 25, competent: 5, basic: 15 }).suggestedLevel).toBe('称职');
    expect(resultOf(cap, { excellent: 33, basic: 12 }).suggestedLevel).toBe('称职');
  });

  test('the ballot states exactly the rule the suggestion follows', () => {
    const civil = preset('civil-servant-level');
    expect(redLineRuleTexts(civil)).toEqual(['优秀、称职票合计低于有效票三分之二的，等次不高于基本称职', '不称职票超过有效票三分之一的，确定为不称职']);
    expect(ballotRulesText(civil, 15)).toEqual(expect.arrayContaining(redLineRuleTexts(civil)));
    expect(ballotRulesText(preset('level-and-score'), 15)).toContain('不称职票超过有效票三分之一的，确定为不称职');
    // the note of a decided suggestion is the ballot's sentence, condition and consequence, with the rate
    const config = preset('level-and-score', oneCategory);
    const [condition, consequence] = redLineRuleTexts(config)[1]!.split('的，');
    expect(redLineNotes(config, resultOf(config, { incompetent: 36, competent: 9 }))).toContain(`${condition}（80.00%），按规定${consequence}`);
    // no bands (满意度) or no levels (评分票): nothing to suggest, nothing printed about it
    expect(redLineRuleTexts(preset('satisfaction'))).toEqual([]);
    expect(redLineRuleTexts(preset('de-neng-qin-ji-lian'))).toEqual([]);
  });

  test('a red line naming a level the bands do not suggest is refused in the settings', () => {
    const config = preset('civil-servant-level', (c) => {
      c.redLines.highFailEffect = { kind: 'set', level: '差' };
    });
    expect(redLineEffectProblems(config)).toEqual(['不称职率红线所定的等次“差”不在建议等次的分数段中（优秀、称职、基本称职、不称职）']);
    expect(redLineEffectProblems(preset('civil-servant-level'))).toEqual([]);
  });

  test('a config stored before the red-line effects existed reads them as committee decisions', () => {
    const stored = JSON.parse(JSON.stringify(preset('civil-servant-level'))) as { redLines: Record<string, unknown> };
    delete stored.redLines.lowApprovalEffect;
    delete stored.redLines.highFailEffect;
    const config = evaluationConfig.parse(stored);
    expect(config.redLines).toMatchObject({ lowApprovalEffect: { kind: 'committee' }, highFailEffect: { kind: 'committee' } });
    expect(redLineRuleTexts(config)).toEqual(['优秀、称职票合计低于有效票三分之二的，由考核委员会研究确定等次', '不称职票超过有效票三分之一的，由考核委员会研究确定等次']);
  });
});

describe('results frozen by the earlier tally', () => {
  /** What the tally before version 2 froze: no version, 弃权 only for blank lines, the band as the suggestion. */
  function legacyFrozen(config: EvaluationConfig, ballots: readonly TallyBallot[]) {
    const now = tallyEvaluation({ config, targets: targetsOf(2), ballots, attendance: {} });
    const json = JSON.parse(JSON.stringify(now)) as Record<string, unknown> & { targets: Record<string, unknown>[] };
    delete json.tallyVersion;
    for (const t of json.targets) {
      t.suggestedLevel = t.scoreLevel;
      delete t.scoreLevel;
      delete t.decidedBy;
    }
    return { now, json };
  }

  test('a 等次 + 评分 event: 弃权 is shown as 有效 − 等次票 from the frozen counts, the suggestion as the event’s rules say', () => {
    const stored = JSON.parse(JSON.stringify(preset('level-and-score', oneCategory))) as { redLines: Record<string, unknown> };
    delete stored.redLines.lowApprovalEffect;
    delete stored.redLines.highFailEffect;
    const config = evaluationConfig.parse(stored);
    const ballots = [
      ...Array.from({ length: 3 }, () => valid(marks('A', [line(1, 'incompetent', dnqjl(80, 80, 80, 80, 80)), line(2, null, dnqjl(90, 91, 92, 93, 94))]))),
      valid(marks('A', [line(1, 'competent', dnqjl(80, 80, 80, 80, 80)), line(2, 'excellent')])),
    ];
    const { json } = legacyFrozen(config, ballots);
    const frozen = evaluationResults.parse(json);
    // the old figure, as the old code froze it: target 2 had 3 lines with scores and no level
    (frozen.targets[1]!.total as { abstain: number }).abstain = 0;
    (frozen.targets[1]!.byCategory[0] as { abstain: number }).abstain = 0;
    const shown = frozenResultsView(config, frozen);
    const [t1, t2] = shown.targets;
    expect([t2!.total.valid, t2!.total.votes.excellent, t2!.total.abstain, t2!.byCategory[0]!.abstain]).toEqual([4, 1, 3, 3]);
    // the old suggestion is kept as the score's level; the red line now decides, here by the committee
    expect(t1!.redLines.highFail).toBe(true);
    expect([t1!.scoreLevel, t1!.suggestedLevel, t1!.decidedBy]).toEqual([frozen.targets[0]!.suggestedLevel, null, ['lowApproval', 'highFail']]);
    // every frozen count and score is as stored
    expect(t1!.overall).toBe(frozen.targets[0]!.overall);
    expect(t2!.total.votes).toEqual(frozen.targets[1]!.total.votes);
    expect(shown.legacyAdjustments).toEqual(['abstain', 'suggestion']);
    expect(legacyResultsNote(shown)).toMatch(/^本测评在计票规则更新前已结束，结果按结束时冻结的票数列示，未重新计票；其中“弃权”按有效票减去各等次票数列示/);
  });

  test('results of the current tally are shown as frozen, with no note', () => {
    const config = preset('civil-servant-level', oneCategory);
    const results = tallyEvaluation({ config, targets: targetsOf(1), ballots: ballotsOf(config, { excellent: 3 }), attendance: {} });
    expect(frozenResultsView(config, results)).toBe(results);
    expect(legacyResultsNote(results)).toBe('');
  });
});
