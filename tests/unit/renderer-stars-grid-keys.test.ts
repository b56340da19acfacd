import { describe, expect, it } from 'vitest';
import { gridCommand, toggledClaims } from '../../renderer/pages/stars/review/grid-keys';
import { defaultStepDate } from '../../renderer/components/step-dates';
import { shortStarName, stateLooks, fileSizeText } from '../../renderer/pages/stars/common/star-symbols';
import { starCellStates } from '../../shared/stars/states';

describe('评星 grid keyboard', () => {
  it('arrows move within the grid and stop at its edges', () => {
    expect(gridCommand('ArrowDown', { row: 0, col: 0 }, 3, 10)).toEqual({ kind: 'move', row: 1, col: 0 });
    expect(gridCommand('ArrowUp', { row: 0, col: 4 }, 3, 10)).toEqual({ kind: 'move', row: 0, col: 4 });
    expect(gridCommand('ArrowRight', { row: 2, col: 9 }, 3, 10)).toEqual({ kind: 'move', row: 2, col: 9 });
    expect(gridCommand('ArrowLeft', { row: 2, col: 9 }, 3, 10)).toEqual({ kind: 'move', row: 2, col: 8 });
    expect(gridCommand('PageDown', { row: 1, col: 3 }, 2000, 10, 15)).toEqual({ kind: 'move', row: 16, col: 3 });
    expect(gridCommand('PageDown', { row: 1995, col: 3 }, 2000, 10, 15)).toEqual({ kind: 'move', row: 1999, col: 3 });
    expect(gridCommand('End', { row: 5, col: 0 }, 10, 10)).toEqual({ kind: 'move', row: 5, col: 9 });
    expect(gridCommand('Home', { row: 5, col: 7 }, 10, 10)).toEqual({ kind: 'move', row: 5, col: 0 });
  });

  it('single keys act on the active cell; other keys pass through', () => {
    const at = { row: 0, col: 0 };
    expect(gridCommand(' ', at, 1, 10)).toEqual({ kind: 'claim' });
    expect(gridCommand('y', at, 1, 10)).toEqual({ kind: 'award' });
    expect(gridCommand('N', at, 1, 10)).toEqual({ kind: 'refuse' });
    expect(gridCommand('Enter', at, 1, 10)).toEqual({ kind: 'open' });
    expect(gridCommand('x', at, 1, 10)).toEqual({ kind: 'select' });
    expect(gridCommand('Tab', at, 1, 10)).toBeNull();
    expect(gridCommand('a', at, 1, 10)).toBeNull();
    // an empty grid takes no keys
    expect(gridCommand(' ', at, 0, 10)).toBeNull();
  });

  it('toggling a claim adds or drops one star and keeps the scheme order', () => {
    const order = ['a', 'b', 'c', 'd'];
    expect(toggledClaims(['c', 'a'], 'b', order)).toEqual(['a', 'b', 'c']);
    expect(toggledClaims(['a', 'b', 'c'], 'b', order)).toEqual(['a', 'c']);
    expect(toggledClaims([], 'd', order)).toEqual(['d']);
  });
});

describe('star symbols and helpers', () => {
  it('every state has its own symbol (the board must print in black and white)', () => {
    const symbols = starCellStates.map((s) => stateLooks[s].symbol);
    expect(new Set(symbols).size).toBe(starCellStates.length);
    expect(stateLooks.held.symbol).toBe('★');
    expect(stateLooks.claimed.symbol).toBe('☆');
  });

  it('shortens star names for narrow columns, but not to nothing', () => {
    expect(shortStarName('政治坚定星')).toBe('政治坚定');
    expect(shortStarName('星')).toBe('星');
    expect(shortStarName('红星')).toBe('红星');
  });

  it('a step is dated today, but never before the period starts', () => {
    const q4 = { no: 4, label: '第四季度', start: '2026-10-01', end: '2026-12-31' };
    expect(defaultStepDate(q4, '2026-11-25')).toBe('2026-11-25');
    expect(defaultStepDate(q4, '2026-03-02')).toBe('2026-10-01');
  });

  it('file sizes read as the office reads them', () => {
    expect(fileSizeText(512)).toBe('512 字节');
    expect(fileSizeText(2048)).toBe('2.0 KB');
    expect(fileSizeText(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
