import type { BallotLine, BallotMarks, EvaluationConfig } from '../../../shared/evaluation/config';

/**
 * A ballot being filled in (kiosk) or typed (纸质票录入): one line per 测评对象, in ballot order.
 * `level: undefined` = not touched yet; `null` = 弃权 chosen; scores hold what was typed.
 */
export interface DraftLine {
  readonly level: string | null | undefined;
  readonly scores: Readonly<Record<string, number | null>>;
}

export type BallotDraft = readonly DraftLine[];

export const emptyDraft = (targetCount: number): BallotDraft => Array.from({ length: targetCount }, () => ({ level: undefined, scores: {} }));

/** `undefined` takes a choice back (the line is untouched again). */
export const setLevel = (draft: BallotDraft, row: number, level: string | null | undefined): BallotDraft => draft.map((l, i) => (i === row ? { ...l, level } : l));

export const setScore = (draft: BallotDraft, row: number, indicator: string, score: number | null): BallotDraft =>
  draft.map((l, i) => (i === row ? { ...l, scores: { ...l.scores, [indicator]: score } } : l));

/** The marks to send: untouched lines are 弃权 (no level, no score), as on paper. */
export function draftToMarks(category: string, targetIds: readonly number[], draft: BallotDraft): BallotMarks {
  const lines: BallotLine[] = targetIds.map((targetId, i) => {
    const line = draft[i];
    const scores: Record<string, number | null> = {};
    for (const [code, score] of Object.entries(line?.scores ?? {})) if (score !== null) scores[code] = score;
    return { targetId, level: line?.level ?? null, scores };
  });
  return { category, lines };
}

/** Back from stored marks (the settle form starts from one of the two entries). */
export function marksToDraft(targetIds: readonly number[], marks: BallotMarks): BallotDraft {
  return targetIds.map((id) => {
    const line = marks.lines.find((l) => l.targetId === id);
    return { level: line ? line.level : undefined, scores: line ? { ...line.scores } : {} };
  });
}

/** Lines with neither a level nor a score (they count as 弃权). */
export function unmarkedRows(config: EvaluationConfig, draft: BallotDraft): number[] {
  const rows: number[] = [];
  draft.forEach((line, i) => {
    const hasLevel = config.form !== 'score' && line.level != null;
    const hasScore = config.form !== 'level' && Object.values(line.scores).some((s) => s !== null);
    if (!hasLevel && !hasScore) rows.push(i);
  });
  return rows;
}

/** The level's display name for a code (弃权 for null). */
export function levelName(config: EvaluationConfig, code: string | null | undefined): string {
  if (code === undefined) return '';
  if (code === null) return '弃权';
  return config.levels.find((l) => l.code === code)?.name ?? code;
}
