import type { BallotMarks } from './config';

/**
 * 双人录入: two entries of one paper ballot agree when they tick the same category and give every
 * 测评对象 the same level and the same scores. A missing line, a null level and a null score all mean
 * "nothing marked", so they compare equal to each other; line order does not matter.
 */
export function marksEqual(a: BallotMarks, b: BallotMarks): boolean {
  if (a.category !== b.category) return false;
  const left = marked(a);
  const right = marked(b);
  if (left.size !== right.size) return false;
  for (const [targetId, mark] of left) {
    const other = right.get(targetId);
    if (other === undefined || other !== mark) return false;
  }
  return true;
}

/** targetId -> a canonical text of what is marked on that line; lines with nothing marked are left out. */
function marked(marks: BallotMarks): Map<number, string> {
  const out = new Map<number, string>();
  for (const line of marks.lines) {
    const scores = Object.entries(line.scores)
      .filter((e): e is [string, number] => e[1] !== null)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    if (line.level === null && scores.length === 0) continue;
    const text = JSON.stringify([line.level, scores]);
    // a target twice on one entry: keep both so the entries cannot agree by accident
    out.set(line.targetId, out.has(line.targetId) ? `${out.get(line.targetId)}|${text}` : text);
  }
  return out;
}
