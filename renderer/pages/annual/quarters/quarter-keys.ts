import { clampCell, gridMove } from '../../../components/grid-navigation';
import { quarterGradeLabels, quarterGrades, type QuarterGrade } from '../../../../shared/annual/rules';

/**
 * The 平时考核 grid's keyboard: arrows/Tab move the active cell, a digit gives the grade in the
 * order of the regulations (1 好 … 5 不确定等次) and moves down, so a clerk enters a whole quarter
 * column without the mouse; Delete/Backspace clears. Pure, so it is unit-tested.
 */
export interface QuarterPosition {
  readonly row: number;
  /** 0..3 = 第一季度..第四季度 */
  readonly col: number;
}

export type QuarterCommand =
  | { readonly kind: 'move'; readonly to: QuarterPosition }
  /** grade null = clear; `then` is where the active cell goes afterwards */
  | { readonly kind: 'set'; readonly grade: QuarterGrade | null; readonly then: QuarterPosition };

/** digit -> grade, in quarterGrades order (1 好, 2 较好, 3 一般, 4 较差, 5 不确定等次) */
export const quarterGradeKeys: ReadonlyMap<string, QuarterGrade> = new Map(quarterGrades.map((g, i) => [String(i + 1), g]));

/** 「1 好」「2 较好」…: the legend under the grid */
export const quarterKeyLegend: readonly { key: string; grade: QuarterGrade; label: string }[] = [...quarterGradeKeys].map(([key, grade]) => ({
  key,
  grade,
  label: quarterGradeLabels[grade],
}));

export const quarterColumns = 4;

export interface KeyInput {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

/**
 * What a key does at `at` in a grid of `rows` people × 4 quarters (null: not ours, let it through).
 * `editable` false (a locked year): only moving.
 */
export function quarterKeyCommand(input: KeyInput, at: QuarterPosition, rows: number, editable: boolean, pageRows = 10): QuarterCommand | null {
  if (rows === 0) return null;
  const clamp = (row: number, col: number): QuarterPosition => clampCell(row, col, rows, quarterColumns);
  const { key } = input;
  // Ctrl/Cmd/Alt chords belong to the browser (copy, reload, …)
  if (input.altKey || input.metaKey || (input.ctrlKey && key !== 'Home' && key !== 'End')) return null;
  // Enter moves down, as after a grade
  const to = gridMove(key === 'Enter' ? 'ArrowDown' : key, at, rows, quarterColumns, { pageRows, ctrl: input.ctrlKey === true });
  if (to) return { kind: 'move', to };
  switch (key) {
    case 'Tab':
      return tabMove(at, rows, input.shiftKey === true);
    case 'Delete':
    case 'Backspace':
      return editable ? { kind: 'set', grade: null, then: at } : null;
    default: {
      const grade = quarterGradeKeys.get(key);
      if (grade === undefined || !editable) return null;
      return { kind: 'set', grade, then: clamp(at.row + 1, at.col) };
    }
  }
}

/**
 * Tab walks the cells row by row (第一季度…第四季度, then the next person). At the very first or last
 * cell it returns null so that focus can leave the grid and the page stays keyboard-usable.
 */
function tabMove(at: QuarterPosition, rows: number, back: boolean): QuarterCommand | null {
  const index = at.row * quarterColumns + at.col + (back ? -1 : 1);
  if (index < 0 || index >= rows * quarterColumns) return null;
  return { kind: 'move', to: { row: Math.floor(index / quarterColumns), col: index % quarterColumns } };
}
