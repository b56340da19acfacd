import type { EvaluationTarget } from '../../../../shared/contract/evaluation';
import type { BallotMarks, EvaluationConfig } from '../../../../shared/evaluation/config';
import { levelForKey } from '../../../../shared/evaluation/level-keys';
import { categoryByCode, categoryCodeComplete, ticketOf } from '../../../components/ballot-ticket';

/**
 * What the 纸质票录入 form holds and the checks it makes before sending (DOMAIN §2), apart from the
 * keyboard and focus handling, so each rule is tested alone.
 */

export interface RowEntry {
  /** the digit typed ('' = not yet) */
  key: string;
  scores: Record<string, string>;
}

/** What the form holds: the 票号 as typed, the category code and one entry per 测评对象. */
export interface TypedBallot {
  readonly ticket: string;
  readonly category: string;
  readonly rows: readonly RowEntry[];
}

/** A problem to tell the clerk, with the field to go to. */
export interface EntryProblem {
  readonly message: string;
  readonly field: string;
}

export const emptyRows = (n: number): RowEntry[] => Array.from({ length: n }, () => ({ key: '', scores: {} }));

/** What a score box keeps: digits and a point; full-width ones (a Chinese IME left on) become ASCII. */
export const scoreText = (typed: string) =>
  typed
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/．/g, '.')
    .replace(/[^\d.]/g, '');

/** Nothing typed: a refused ballot may come back into the form. */
export const isPristine = (typed: TypedBallot) => typed.ticket === '' && typed.category === '' && typed.rows.every((r) => r.key === '' && Object.keys(r.scores).length === 0);

export { ticketOf };

export const categoryOf = (config: EvaluationConfig, text: string) => categoryByCode(config.categories, text);

/** The code is complete: it names a category and no longer code starts with what was typed. */
export const categoryComplete = (config: EvaluationConfig, text: string): boolean => categoryCodeComplete(config.categories, text);

export const categoryMissing = '请输入评委类别代码（纸质票上所划的类别）';

/** 「1 优秀，2 称职，…」: the level keys, as the hints and the wrong-key message list them. */
export const levelKeysText = (config: EvaluationConfig) => config.levels.map((l) => `${l.key} ${l.name}`).join('，');

/** The entry key a typed character stands for ('0' for 弃权), or the message for a key that is none. */
export function levelKeyFor(config: EvaluationConfig, typed: string): { ok: true; key: string } | { ok: false; message: string } {
  const level = levelForKey(config, typed);
  if (level === undefined) return { ok: false, message: `“${typed}”不是等次键：${levelKeysText(config)}，0 弃权` };
  return { ok: true, key: level === null ? '0' : config.levels.find((l) => l.code === level)!.key };
}

/** The level's name beside its key: '' before a key, 弃权 for 0. */
export const levelLabel = (config: EvaluationConfig, key: string) => (key === '' ? '' : key === '0' ? '弃权' : (config.levels.find((l) => l.key === key)?.name ?? ''));

/**
 * Everything the clerk must fix before sending, in one message (not only the first problem), with
 * the field of the first to go to. A wrong 票号 or category is told alone: the lines come after.
 */
export function entryProblem(config: EvaluationConfig, eventId: number, targets: readonly Pick<EvaluationTarget, 'name'>[], typed: TypedBallot): EntryProblem | null {
  const ticket = ticketOf(typed.ticket, eventId);
  if (!ticket.ok) return { message: ticket.message, field: 'ticket' };
  if (!categoryOf(config, typed.category)) return { message: categoryMissing, field: 'category' };
  const showLevels = config.form !== 'score';
  const missing: number[] = [];
  const problems: EntryProblem[] = [];
  for (const [i, r] of typed.rows.entries()) {
    if (showLevels && r.key === '') missing.push(i);
    for (const ind of config.form !== 'level' ? config.indicators : []) {
      const raw = (r.scores[ind.code] ?? '').trim();
      if (raw !== '' && !Number.isFinite(Number(raw))) problems.push({ message: `第${i + 1}行（${targets[i]!.name}）的“${ind.name}”不是数字`, field: `score-${i}-${ind.code}` });
    }
  }
  if (missing.length > 0) {
    const rowsText = missing.map((i) => `第${i + 1}行（${targets[i]!.name}）`).join('、');
    problems.unshift({ message: `${rowsText}尚未录入，弃权请录 0`, field: `level-${missing[0]!}` });
  }
  return problems.length === 0 ? null : { message: problems.map((p) => p.message).join('；'), field: problems[0]!.field };
}

/** The marks sent for a checked ballot: per 测评对象 in ballot order, its level and the scores typed. */
export function entryMarks(config: EvaluationConfig, targets: readonly Pick<EvaluationTarget, 'id'>[], typed: TypedBallot): BallotMarks {
  return {
    category: categoryOf(config, typed.category)!.code,
    lines: targets.map((t, i) => {
      const r = typed.rows[i]!;
      const scores: Record<string, number> = {};
      if (config.form !== 'level') for (const ind of config.indicators) if ((r.scores[ind.code] ?? '').trim() !== '') scores[ind.code] = Number(r.scores[ind.code]);
      return { targetId: t.id, level: config.form !== 'score' ? (levelForKey(config, r.key) ?? null) : null, scores };
    }),
  };
}
