import type { TreeRow } from './task-rows';

/**
 * The keys of the 工作任务清单 tree-table (DOMAIN §8.1), as a pure map from a key press to a command:
 * ↑ ↓ PageUp PageDown Home End move, and Tab / Shift+Tab (at the first or last row focus leaves the tree, as
 * in the keyboard grids); ← folds (or goes to the parent), → unfolds (or goes to the first
 * child); Enter or F2 edits; Ctrl+Enter or Insert adds a row of the same level after this one;
 * Shift+Enter adds one level below (项目 under a 目标, 任务 under a 项目, 节点 under a 任务);
 * Space moves a node on (未开始 → 推进中 → 已完成 today → 未开始); Delete deletes.
 */
export type TreeCommand =
  | { readonly kind: 'move'; readonly to: number }
  | { readonly kind: 'fold'; readonly key: string; readonly collapsed: boolean }
  | { readonly kind: 'edit' }
  | { readonly kind: 'addSibling' }
  | { readonly kind: 'addChild' }
  | { readonly kind: 'cycleStatus' }
  | { readonly kind: 'delete' };

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly shiftKey?: boolean;
  readonly altKey?: boolean;
}

export function treeKeyCommand(e: KeyPress, rows: readonly TreeRow[], at: number, editable: boolean, pageRows = 10): TreeCommand | null {
  const row = rows[at];
  const move = (to: number): TreeCommand | null => (rows.length === 0 ? null : { kind: 'move', to: Math.max(0, Math.min(rows.length - 1, to)) });
  const ctrl = e.ctrlKey || e.metaKey;
  switch (e.key) {
    case 'ArrowUp':
      return move(at - 1);
    case 'ArrowDown':
      return move(at + 1);
    case 'PageUp':
      return move(at - pageRows);
    case 'PageDown':
      return move(at + pageRows);
    case 'Home':
      return move(0);
    case 'End':
      return move(rows.length - 1);
    case 'Tab': {
      const to = at + (e.shiftKey ? -1 : 1);
      return to < 0 || to >= rows.length ? null : { kind: 'move', to };
    }
    case 'ArrowLeft':
      if (!row) return null;
      if (row.hasChildren && !row.collapsed) return { kind: 'fold', key: row.key, collapsed: true };
      return row.parentKey ? move(rows.findIndex((r) => r.key === row.parentKey)) : null;
    case 'ArrowRight':
      if (!row?.hasChildren) return null;
      return row.collapsed ? { kind: 'fold', key: row.key, collapsed: false } : move(at + 1);
  }
  if (!editable) return null;
  if (e.key === 'Enter' && ctrl) return { kind: 'addSibling' };
  if (e.key === 'Insert') return { kind: e.shiftKey ? 'addChild' : 'addSibling' };
  if (e.key === 'Enter' && e.shiftKey) return row && row.kind !== 'node' ? { kind: 'addChild' } : null;
  if ((e.key === 'Enter' || e.key === 'F2') && !e.altKey) return row ? { kind: 'edit' } : null;
  if (e.key === ' ' && row?.kind === 'node') return { kind: 'cycleStatus' };
  if (e.key === 'Delete' && row) return { kind: 'delete' };
  return null;
}
