import type { BallotLine, BallotMarks, EvaluationConfig, InvalidReason } from '../../shared/evaluation/config';
import { presetConfig } from '../../shared/evaluation/presets';
import type { TallyBallot, TallyTarget } from '../../shared/evaluation/tally';

/** Test builders for 述职测评 configs, targets and ballots. */

export function preset(key: string, change: (config: EvaluationConfig) => void = () => {}): EvaluationConfig {
  const config = presetConfig(key);
  if (!config) throw new Error(`no preset ${key}`);
  change(config);
  return config;
}

export function targetsOf(count: number, group = '正职'): TallyTarget[] {
  return Array.from({ length: count }, (_, i) => ({ id: i + 1, name: `对象${i + 1}`, post: '科长', group }));
}

export const line = (targetId: number, level: string | null, scores: Record<string, number | null> = {}): BallotLine => ({ targetId, level, scores });

export const marks = (category: string, lines: BallotLine[]): BallotMarks => ({ category, lines });

export const valid = (m: BallotMarks): TallyBallot => ({ valid: true, reasons: [], marks: m });
export const invalid = (m: BallotMarks, ...reasons: InvalidReason[]): TallyBallot => ({ valid: false, reasons, marks: m });

/** `counts` ballots per level code for one target (other targets abstain), all valid. */
export function levelBallots(category: string, targetIds: readonly number[], targetId: number, counts: Record<string, number>): TallyBallot[] {
  const out: TallyBallot[] = [];
  for (const [code, n] of Object.entries(counts)) {
    for (let i = 0; i < n; i++) out.push(valid(marks(category, targetIds.map((id) => line(id, id === targetId ? code : null)))));
  }
  return out;
}

/** The 德能勤绩廉 scores of one line from five numbers. */
export const dnqjl = (de: number, neng: number, qin: number, ji: number, lian: number) => ({ de, neng, qin, ji, lian });
