import { describe, expect, it } from 'vitest';
import { clampCell, gridMove } from '../../renderer/components/grid-navigation';

describe('keyboard grid movement', () => {
  const at = { row: 5, col: 2 };
  it('moves one cell with the arrows, a page with PageUp/PageDown, and stays inside the grid', () => {
    expect(gridMove('ArrowUp', at, 20, 4)).toEqual({ row: 4, col: 2 });
    expect(gridMove('ArrowDown', at, 20, 4)).toEqual({ row: 6, col: 2 });
    expect(gridMove('ArrowLeft', at, 20, 4)).toEqual({ row: 5, col: 1 });
    expect(gridMove('ArrowRight', { row: 5, col: 3 }, 20, 4)).toEqual({ row: 5, col: 3 });
    expect(gridMove('PageDown', at, 20, 4, { pageRows: 10 })).toEqual({ row: 15, col: 2 });
    expect(gridMove('PageDown', { row: 15, col: 2 }, 20, 4, { pageRows: 10 })).toEqual({ row: 19, col: 2 });
    expect(gridMove('PageUp', at, 20, 4, { pageRows: 10 })).toEqual({ row: 0, col: 2 });
  });

  it('goes to the row ends with Home/End and to the grid ends with Ctrl', () => {
    expect(gridMove('Home', at, 20, 4)).toEqual({ row: 5, col: 0 });
    expect(gridMove('End', at, 20, 4)).toEqual({ row: 5, col: 3 });
    expect(gridMove('Home', at, 20, 4, { ctrl: true })).toEqual({ row: 0, col: 0 });
    expect(gridMove('End', at, 20, 4, { ctrl: true })).toEqual({ row: 19, col: 3 });
  });

  it('leaves other keys alone', () => {
    expect(gridMove('Enter', at, 20, 4)).toBeNull();
    expect(gridMove('1', at, 20, 4)).toBeNull();
    expect(clampCell(-3, 9, 20, 4)).toEqual({ row: 0, col: 3 });
  });
});
