import type { CompositeInput, CompositePersonInput } from '../../shared/annual/composite';
import { quarterGrades } from '../../shared/annual/rules';
import type { BallotLine } from '../../shared/evaluation/config';
import type { EvaluationConfig } from '../../shared/evaluation/config';
import type { TallyBallot, TallyTarget } from '../../shared/evaluation/tally';
import { rulesWith } from './annual-composite-builders';
import { preset, targetsOf } from './evaluation-builders';

/**
 * Large, fixed inputs of the pure computations: the functional tests check what they compute, the
 * bench (`npm run bench`) times the same inputs. A fixed pseudo-random sequence (LCG) so every run
 * computes the same thing.
 */
function lcg(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** The composite of 2,000 people in 10 groups of 200 with every component (issue 5's budget case). */
export function bulkCompositeInput(): CompositeInput {
  const next = lcg(20261231);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const rules = rulesWith((r) => {
    for (const c of r.components) if (c.key === 'items') Object.assign(c, { enabled: true, weight: 10, normalize: true });
    r.components.find((c) => c.key === 'leader')!.weight = 10;
    r.components.find((c) => c.key === 'evaluation')!.normalize = true;
    r.bands = { basicBelow: 70, failBelow: 60 };
  });
  const people: CompositePersonInput[] = Array.from({ length: 2000 }, (_, i) => ({
    personId: i + 1,
    groupId: (i % 10) + 1,
    vocabulary: i % 3 === 0 ? 'institution' : 'civil',
    raw: {
      evaluation: next() < 0.02 ? { missing: '未参加述职测评' } : { value: 70 + Math.floor(next() * 30) },
      leader: { value: 60 + Math.floor(next() * 40) },
      stars: { value: Math.floor(next() * 11) },
      items: { value: Math.floor(next() * 100) },
      adjustments: { value: Math.floor(next() * 13) - 6 },
    },
    quarters: [0, 1, 2, 3].map(() => pick(quarterGrades)),
    sanctions: next() < 0.03 ? [{ type: pick(['警告', '记过', '降级'] as const), decidedOn: '2026-04-01', months: 12 }] : [],
    starsBar: next() < 0.05 ? '少于5星 不得评优' : null,
    undetermined: next() < 0.02 ? '试用期' : null,
  }));
  return { year: 2026, rules, groups: Array.from({ length: 10 }, (_, g) => ({ id: g + 1, excellentShare: 0.2, rounding: 'floor' })), people };
}

/** 300 ballots × 80 测评对象, level + 5 indicator scores each, 6 of them invalid (issue 3's budget case). */
export function bulkTallyInput(): { config: EvaluationConfig; targets: TallyTarget[]; ballots: TallyBallot[] } {
  const config = preset('level-and-score', (c) => {
    c.normalize.enabled = true;
  });
  const targets = targetsOf(80).map((t) => ({ ...t, group: t.id <= 20 ? '正职' : '副职' }));
  const levels = ['excellent', 'competent', 'basic', 'incompetent'];
  const next = lcg(20260101);
  const score = () => 60 + Math.floor(next() * 41);
  const ballots: TallyBallot[] = Array.from({ length: 300 }, (_, b) => ({
    valid: b % 50 !== 0,
    reasons: b % 50 !== 0 ? [] : ['EXCESS_EXCELLENT'],
    marks: {
      category: 'ABC'[b % 3]!,
      lines: targets.map(
        (t): BallotLine => ({
          targetId: t.id,
          level: next() < 0.05 ? null : levels[Math.floor(next() * 4)]!,
          scores: { de: score(), neng: score(), qin: score(), ji: score(), lian: score() },
        }),
      ),
    },
  }));
  return { config, targets, ballots };
}
