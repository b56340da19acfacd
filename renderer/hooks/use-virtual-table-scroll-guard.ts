import type { GetRef, Table } from 'antd';
import { useEffect, type RefObject } from 'react';

type TableRef = GetRef<typeof Table>;

/**
 * Keeps a virtual antd Table's header in line with its body. The virtual body scrolls sideways by
 * its own offset (the header follows that offset), inside a holder with `overflow: hidden`. The
 * browser still scrolls that holder (or the wrapper inside it) natively to bring a focused control into view (choosing a
 * 确定等次 in a column at the right edge does it), which moves the body but not the header: the
 * columns drift apart. This turns any native sideways scroll of the holder into the table's own
 * scroll, so header and body move together and the focused control stays in view.
 */
export function useVirtualTableScrollGuard(box: RefObject<HTMLElement | null>, table: RefObject<TableRef | null>): void {
  useEffect(() => {
    const root = box.current;
    if (!root) return;
    const onScroll = (event: Event) => {
      const holder = event.target;
      // the element scrolled is the holder or the unnamed wrapper inside it (rc-virtual-list's
      // `overflow: hidden` box around the rows): anything inside the virtual body but the header
      if (!(holder instanceof HTMLElement) || !holder.closest('.ant-table-tbody-virtual') || holder.closest('.ant-table-header')) return;
      const drift = holder.scrollLeft;
      if (drift === 0) return;
      holder.scrollLeft = 0;
      const header = root.querySelector<HTMLElement>('.ant-table-header');
      const left = (header?.scrollLeft ?? 0) + drift;
      // `left` is passed on to the virtual list, which the table's ScrollConfig type does not list
      table.current?.scrollTo({ left } as Parameters<TableRef['scrollTo']>[0]);
    };
    // scroll events do not bubble: listen in the capture phase for the holder inside the box
    root.addEventListener('scroll', onScroll, true);
    return () => root.removeEventListener('scroll', onScroll, true);
  }, [box, table]);
}
