import type { BallotLine, BallotMarks, EvaluationConfig } from '../../../../shared/evaluation/config';

/** One line as a clerk reads it: 「优秀」, 「弃权」, 「德 90、能 85」, 「称职；德 90」. */
export function lineText(config: EvaluationConfig, line: BallotLine | undefined): string {
  if (!line) return '（未录入）';
  const parts: string[] = [];
  if (config.form !== 'score' && line.level !== null) parts.push(config.levels.find((l) => l.code === line.level)?.name ?? line.level);
  if (config.form !== 'level') {
    const scores = config.indicators.filter((i) => line.scores[i.code] != null).map((i) => `${i.name} ${line.scores[i.code]}`);
    if (scores.length > 0) parts.push(scores.join('、'));
  }
  return parts.length > 0 ? parts.join('；') : '弃权';
}

const sameLine = (a: BallotLine | undefined, b: BallotLine | undefined, config: EvaluationConfig) => {
  if (!a || !b) return a === b;
  if (config.form !== 'score' && a.level !== b.level) return false;
  if (config.form === 'level') return true;
  return config.indicators.every((i) => (a.scores[i.code] ?? null) === (b.scores[i.code] ?? null));
};

export interface CompareRow {
  readonly index: number;
  readonly targetId: number;
  readonly first: BallotLine | undefined;
  readonly second: BallotLine | undefined;
  readonly differs: boolean;
}

/** The two entries of one 票号 line by line, in ballot order. */
export function compareEntries(config: EvaluationConfig, targetIds: readonly number[], first: BallotMarks, second: BallotMarks): CompareRow[] {
  return targetIds.map((targetId, index) => {
    const a = first.lines.find((l) => l.targetId === targetId);
    const b = second.lines.find((l) => l.targetId === targetId);
    return { index, targetId, first: a, second: b, differs: !sameLine(a, b, config) };
  });
}
