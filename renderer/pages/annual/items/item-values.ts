import type { AssessmentItem, ItemCategory, ScoreCell } from '../../../../shared/annual/views';

/** How 考核项目 values read on screen: points without float noise, occurrences, 完成/未完成. */

/** 2 decimals at most, no trailing zeros: 18, 0.5, 1.25. */
export function pointsText(points: number): string {
  return String(Math.round(points * 100) / 100);
}

/** Signed points for 加分/扣分: +1.5, −2 (a real minus sign reads better in a table). */
export function signedPointsText(points: number): string {
  if (points > 0) return `+${pointsText(points)}`;
  if (points < 0) return `−${pointsText(-points)}`;
  return '0';
}

/** What a cell shows for an entry. */
export function cellText(item: Pick<AssessmentItem, 'method'>, cell: Pick<ScoreCell, 'value'>): string {
  switch (item.method) {
    case 'score':
      return pointsText(cell.value);
    case 'done':
      return cell.value === 1 ? '完成' : '未完成';
    case 'bonus':
    case 'deduct':
      return `${pointsText(cell.value)}次`;
  }
}

/** The text a cell's editor starts from (Enter / F2 on an existing entry). */
export function draftOf(cell: Pick<ScoreCell, 'value'> | undefined): string {
  return cell ? pointsText(cell.value) : '';
}

/** The item's range in words, for headers, tooltips and the detail panel. */
export function itemRuleText(item: Pick<AssessmentItem, 'method' | 'maxPoints' | 'stepPoints'>): string {
  const max = pointsText(item.maxPoints);
  switch (item.method) {
    case 'score':
      return `0～${max}分`;
    case 'done':
      return `完成得${max}分`;
    case 'bonus':
      return `每次+${pointsText(item.stepPoints ?? 0)}分，最多+${max}分`;
    case 'deduct':
      return `每次−${pointsText(item.stepPoints ?? 0)}分，最多−${max}分`;
  }
}

/** A short version for the grid header (one line under the item name). */
export function itemRuleShort(item: Pick<AssessmentItem, 'method' | 'maxPoints' | 'stepPoints'>): string {
  const max = pointsText(item.maxPoints);
  switch (item.method) {
    case 'score':
      return `≤${max}分`;
    case 'done':
      return `完成${max}分`;
    case 'bonus':
      return `+${pointsText(item.stepPoints ?? 0)}/次≤${max}`;
    case 'deduct':
      return `−${pointsText(item.stepPoints ?? 0)}/次≤${max}`;
  }
}

/** What the user types into a cell of this item. */
export function itemInputHint(item: Pick<AssessmentItem, 'method'>): string {
  switch (item.method) {
    case 'score':
      return '输入得分';
    case 'done':
      return '空格键切换完成/未完成（或输入1/0）';
    case 'bonus':
      return '输入加分次数';
    case 'deduct':
      return '输入扣分次数';
  }
}

export interface CategoryBlock {
  readonly category: ItemCategory | null;
  readonly items: readonly AssessmentItem[];
}

/**
 * Items in category order, then item order, as consecutive blocks (the grid's two-row header).
 * An item whose category is unknown goes in a trailing block without a name.
 */
export function blocksByCategory(items: readonly AssessmentItem[], categories: readonly ItemCategory[]): CategoryBlock[] {
  const ordered = [...categories].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const known = new Set(ordered.map((c) => c.id));
  const byItemOrder = (a: AssessmentItem, b: AssessmentItem) => a.sortOrder - b.sortOrder || a.id - b.id;
  const blocks: CategoryBlock[] = ordered
    .map((category) => ({ category, items: items.filter((i) => i.categoryId === category.id).sort(byItemOrder) }))
    .filter((b) => b.items.length > 0);
  const orphans = items.filter((i) => !known.has(i.categoryId)).sort(byItemOrder);
  if (orphans.length > 0) blocks.push({ category: null, items: orphans });
  return blocks;
}
