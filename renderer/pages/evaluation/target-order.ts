import { surnameStrokes } from './surname-strokes';

/** A 测评对象 as edited on the settings page, before it is saved. */
export interface TargetDraft {
  /** personId or unitId, prefixed: `p12`, `u3` */
  readonly key: string;
  readonly personId: number | null;
  readonly unitId: number | null;
  readonly name: string;
  readonly post: string;
  readonly unitName: string;
  readonly group: string;
}

export const targetKey = (t: { personId: number | null; unitId: number | null }): string => (t.personId != null ? `p${t.personId}` : `u${t.unitId}`);

/**
 * Post words in the order cadres are listed (正职 before 副职 of the same post, 班子 before 中层
 * before 一般干部). Data, like the stroke table: the list stays adjustable by hand.
 */
const postOrder = ['书记', '主任', '局长', '主席', '部长', '处长', '调研员', '科长', '股长', '所长', '站长', '队长', '主管', '科员', '办事员'] as const;

/** The sort key of a post: 主任 0, 副主任 1, 局长 2, …; unknown posts last. 领导班子 (units) first. */
export function postRank(t: Pick<TargetDraft, 'post' | 'unitId' | 'personId'>): number {
  if (t.personId == null && t.unitId != null) return -1;
  const post = t.post.trim();
  for (const [i, word] of postOrder.entries()) {
    const at = post.indexOf(word);
    if (at >= 0) {
      const deputy = post.slice(0, at).includes('副') || post.startsWith('副');
      return i * 2 + (deputy ? 1 : 0);
    }
  }
  return postOrder.length * 2;
}

const stable = <T>(list: readonly T[], key: (t: T) => number): T[] =>
  list
    .map((t, i) => ({ t, i, k: key(t) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.t);

/** 「按职务排序」: by postRank, otherwise keeping the current order. */
export const sortByPost = (list: readonly TargetDraft[]): TargetDraft[] => stable(list, postRank);

/** 「按姓氏笔画排序」: 领导班子 first, then by surname strokes; unknown surnames last, in the current order. */
export const sortBySurnameStrokes = (list: readonly TargetDraft[]): TargetDraft[] =>
  stable(list, (t) => (t.personId == null ? -1 : (surnameStrokes(t.name) ?? 1000)));

/** The groups for ranking the office usually uses, offered as suggestions next to those in use. */
export const groupSuggestions = ['正职', '副职', '机关', '基层', '领导班子', '中层干部', '一般干部'] as const;

/** Adds entries not yet in the list (by key), at the end. */
export function addTargets(list: readonly TargetDraft[], more: readonly TargetDraft[]): TargetDraft[] {
  const have = new Set(list.map((t) => t.key));
  const added = more.filter((t) => !have.has(t.key) && (have.add(t.key), true));
  return [...list, ...added];
}
