import type { StarCellState } from '../../../../shared/stars/states';
import { disqualifiedSymbol, starSymbols } from '../../../../shared/stars/symbols';

/**
 * How each state looks on the grid, the board and the print view: the symbol of shared/stars/symbols
 * (the same in the exported .xlsx), and a colour for the screen. Data, so the legend and the cells never disagree.
 */
export interface StateLook {
  readonly symbol: string;
  readonly color: string;
  readonly background: string;
}

export const stateLooks: Record<StarCellState, StateLook> = {
  // 未申报 is blank on paper; on screen a faint dot shows the cell is there
  none: { symbol: '·', color: '#b8bcc6', background: 'transparent' },
  claimed: { symbol: starSymbols.claimed, color: '#1d5fbf', background: '#eef4ff' },
  approved: { symbol: starSymbols.approved, color: '#237804', background: '#f0f9e8' },
  refused: { symbol: starSymbols.refused, color: '#a8071a', background: '#fff1f0' },
  held: { symbol: starSymbols.held, color: '#c62f2f', background: '#fff7e0' },
  removed: { symbol: starSymbols.removed, color: '#595959', background: '#f0f0f0' },
};

/** 不得参评: the whole row, in place of the star cells */
export const disqualifiedLook: StateLook = { symbol: disqualifiedSymbol, color: '#8c8c8c', background: '#fafafa' };

/** Order of the legend (the life of a star). */
export const legendOrder: readonly StarCellState[] = ['claimed', 'approved', 'held', 'refused', 'removed', 'none'];

/** A short column header: 「政治坚定星」 → 「政治坚定」 (the column is narrow; the full name is the tooltip). */
export const shortStarName = (name: string): string => (name.length > 2 && name.endsWith('星') ? name.slice(0, -1) : name);

/** File sizes as the office reads them. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
