import type { StarCellState } from './states';
import { starCellStateLabels } from './states';

/**
 * One symbol per meaning of a star cell, wherever a star is shown: the grid and the board on
 * screen, the printed 星级公示榜 and the exported .xlsx (issue 14 §7: the print view once drew ☆ for
 * 待授星 and the .xlsx ☆ for 未获星). The glyphs print in black and white; ★ and ☆ are in 宋体, ✓ ✕ ⊘
 * come from the fallback fonts of Excel, LibreOffice and Chromium.
 */
export const starSymbols: Readonly<Record<StarCellState, string>> = {
  /** 未申报: a blank cell on paper (the screen draws a faint dot so the empty cell can be seen) */
  none: '',
  claimed: '☆',
  approved: '✓',
  refused: '✕',
  held: '★',
  removed: '⊘',
};

/** 不得参评: the whole row, in place of the star cells and the 获星数 (a 0 there would read as 「参评，未获星」) */
export const disqualifiedSymbol = '—';

/** The 备注 of a 不得参评 row, the same on screen, in print and in every workbook. */
export const disqualifiedRemark = (reason: string, note?: string | null): string => `不得参评：${reason}${note ? `（${note}）` : ''}`;

/**
 * The 星级公示榜's title, printed and exported alike: 「某区国防动员办公室2026年第二季度党员干部星级公示榜」,
 * 「机关党委2026年度党组织星级公示榜」.
 */
export function starBoardTitle(input: { unitName: string; year: number; periodLabel: string | null; kind: 'org' | 'person' }): string {
  const when = input.periodLabel ? `${input.year}年${input.periodLabel}` : `${input.year}年度`;
  return `${input.unitName}${when}${input.kind === 'org' ? '党组织' : '党员干部'}星级公示榜`;
}

/** What each symbol means, in the words of the legend (more exact than the state labels where a board is read). */
const legendWords: Readonly<Record<Exclude<StarCellState, 'none'>, string>> = {
  held: starCellStateLabels.held,
  approved: '评定通过待授星',
  claimed: starCellStateLabels.claimed,
  refused: starCellStateLabels.refused,
  removed: starCellStateLabels.removed,
};

/** The legend under a printed board and beside an exported one, in the life order of a star. */
export const starLegendEntries: readonly { readonly symbol: string; readonly words: string }[] = [
  ...(['held', 'approved', 'claimed', 'refused', 'removed'] as const).map((s) => ({ symbol: starSymbols[s], words: legendWords[s] })),
  { symbol: disqualifiedSymbol, words: '不得参评' },
];

/** 「★ 已授星\u3000✓ 评定通过待授星\u3000☆ 已申报\u3000✕ 未通过\u3000⊘ 已摘星\u3000— 不得参评」 */
export const starLegendText = starLegendEntries.map((e) => `${e.symbol} ${e.words}`).join('\u3000');
