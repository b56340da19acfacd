import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { AssessmentItem } from '../../../../shared/annual/views';
import { autoScoreRefusal, type AutoSource } from '../../../../shared/annual';
import { draftValue, toggledDone, type CellPosition, type ScoreKeyCommand } from './item-grid-keys';
import { cellKey } from './item-grid-patch';
import { draftOf, pointsText } from './item-values';
import type { ScoreRow } from './ScoreGrid';
import type { CellSave } from './ScoreGridCellPanel';
import type { useScoreSaves } from './use-score-saves';

interface Editing {
  readonly year: number;
  readonly locked: boolean;
  readonly rows: readonly ScoreRow[];
  readonly items: readonly AssessmentItem[];
  readonly saves: ReturnType<typeof useScoreSaves>;
  /** the year and the target: a change starts again at the first cell */
  readonly resetKey: unknown;
}

/** The active cell (kept inside the grid when filters shrink it) and the draft typed into it. */
function useScoreCursor(rows: readonly ScoreRow[], items: readonly AssessmentItem[], resetKey: unknown) {
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const [draft, setDraft] = useState<string | null>(null);
  useEffect(() => {
    setActive({ row: 0, col: 0 });
    setDraft(null);
  }, [resetKey]);
  const at: CellPosition = { row: Math.min(active.row, Math.max(0, rows.length - 1)), col: Math.min(active.col, Math.max(0, items.length - 1)) };
  return { at, setActive, draft, setDraft, activeRow: rows[at.row], activeItem: items[at.col] };
}

/** What the handlers share: the cursor, the locked-year refusal, a cell's draft and committing a draft. */
function useEditBase({ year, locked, rows, items, saves, resetKey }: Editing) {
  const { message } = App.useApp();
  const { save, problems, setProblem } = saves;
  const cursor = useScoreCursor(rows, items, resetKey);
  const refuseLocked = useCallback(() => void message.warning(`${year}年度已确认并锁定，不能修改评分`), [message, year]);
  /** a 自动取数 item's value is computed (DOMAIN §8.7): typing into it is refused here, as the service would */
  const refuseAuto = useCallback((item: AssessmentItem) => void message.warning(autoScoreRefusal(item.name, item.source as AutoSource)), [message]);

  /** The draft of a cell: a refused value first, else the saved entry. */
  const draftAt = useCallback((row: ScoreRow, item: AssessmentItem) => problems.get(cellKey(row.targetId, item.id))?.draft ?? draftOf(row.cells[String(item.id)]), [problems]);

  const commitAt = useCallback(
    (pos: CellPosition, text: string) => {
      const row = rows[pos.row];
      const item = items[pos.col];
      if (!row || !item) return;
      const value = draftValue(text);
      if (value === undefined) return;
      if (locked) return refuseLocked();
      if (item.source !== 'none') return refuseAuto(item);
      if (Number.isNaN(value)) return setProblem(cellKey(row.targetId, item.id), { draft: text, message: '请输入数字' });
      void save(row, item.id, value, text);
    },
    [rows, items, locked, refuseLocked, refuseAuto, save, setProblem],
  );
  return { ...cursor, refuseLocked, refuseAuto, draftAt, commitAt };
}

/** What a key command of the grid (item-grid-keys.ts) does to the active cell. */
function useKeyCommand({ locked, rows, items, saves }: Editing, base: ReturnType<typeof useEditBase>) {
  const { save, problems, setProblem, sentValue } = saves;
  const { at, setActive, setDraft, refuseLocked, refuseAuto, draftAt, commitAt } = base;
  return useCallback(
    (command: ScoreKeyCommand) => {
      const row = rows[at.row];
      const item = items[at.col];
      if (!row || !item) return;
      const key = cellKey(row.targetId, item.id);
      const cell = row.cells[String(item.id)];
      if (command.kind === 'move') return setActive(command.to);
      if (command.kind === 'cancel') return setDraft(null);
      if (command.kind === 'commit') {
        setDraft(null);
        commitAt(at, command.draft);
        return setActive(command.to);
      }
      // a refused value goes first (the saved entry shows again); the next Delete clears the entry
      if (command.kind === 'clear' && problems.has(key)) return setProblem(key, undefined);
      if (locked) return refuseLocked();
      if (item.source !== 'none') return refuseAuto(item);
      switch (command.kind) {
        case 'draft':
          return setDraft(command.draft);
        case 'edit':
          return setDraft(draftAt(row, item));
        case 'clear':
          if (cell) void save(row, item.id, null, '');
          return;
        case 'toggle': {
          const sent = sentValue(key);
          const next = toggledDone(sent ? sent.value : cell?.value);
          void save(row, item.id, next, next === 1 ? '完成' : '未完成');
          return;
        }
      }
    },
    [rows, items, at, locked, problems, refuseLocked, refuseAuto, commitAt, save, setProblem, sentValue, draftAt, setActive, setDraft],
  );
}

/**
 * The editing side of the score grid: the active cell, the draft typed into it, and what each key
 * command, click and panel save does with them (a locked year refuses every change with a warning).
 */
export function useScoreEditing(editing: Editing) {
  const { locked, rows, items, saves } = editing;
  const base = useEditBase(editing);
  const { at, draft, setActive, setDraft, activeRow, activeItem, draftAt, commitAt } = base;
  const onCommand = useKeyCommand(editing, base);

  const onCellClick = useCallback(
    (pos: CellPosition, double: boolean) => {
      if (draft !== null && (pos.row !== at.row || pos.col !== at.col)) commitAt(at, draft);
      if (draft !== null) setDraft(null);
      setActive(pos);
      if (double && !locked) {
        const row = rows[pos.row];
        const item = items[pos.col];
        if (row && item && item.source === 'none') setDraft(draftAt(row, item));
      }
      document.querySelector<HTMLElement>('.score-grid')?.focus();
    },
    [draft, at, locked, rows, items, commitAt, draftAt, setActive, setDraft],
  );

  const { save } = saves;
  const onPanelSave = useCallback(
    (change: CellSave) => {
      if (!activeRow || !activeItem) return Promise.resolve(false);
      return save(activeRow, activeItem.id, change.value, change.value == null ? '' : pointsText(change.value), { date: change.date, evidence: change.evidence });
    },
    [activeRow, activeItem, save],
  );

  return { at, draft, activeRow, activeItem, onCommand, onCellClick, onPanelSave };
}
