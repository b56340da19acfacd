import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

/**
 * Rows one PageUp/PageDown moves in a grid: the rows its scroll box shows below the header, less one
 * kept in view (as a spreadsheet does), and at least one. Before the box is laid out, 340 px is assumed.
 */
export function pageRowsFor(boxHeight: number | undefined, rowHeight: number, headHeight = 0): number {
  return Math.max(1, Math.floor(((boxHeight ?? 340) - headHeight) / rowHeight) - 1);
}

/**
 * The body of the keyboard grids (评星, 平时考核, 考核项目评分, 领导评价): rows virtualized in a scroll
 * box (only those on screen exist, so 2,000 people scroll smoothly), the active row kept in view as
 * the cursor moves, and the page size for PageUp/PageDown. `scrollRef` goes on the scroll box.
 */
export function useVirtualGrid(args: { count: number; rowHeight: number; activeRow?: number; headHeight?: number; overscan?: number }) {
  const { count, rowHeight, activeRow, headHeight = 0, overscan = 12 } = args;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan });
  useEffect(() => {
    if (activeRow !== undefined && activeRow < count) virtualizer.scrollToIndex(activeRow, { align: 'auto' });
  }, [activeRow, count, virtualizer]);
  const pageRows = () => pageRowsFor(scrollRef.current?.clientHeight, rowHeight, headHeight);
  return { scrollRef, virtualizer, pageRows };
}
