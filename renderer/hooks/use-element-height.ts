import { useLayoutEffect, useState, type RefObject } from 'react';

/** The live height of an element, for virtualized tables that need a pixel `scroll.y`. */
export function useElementHeight(ref: RefObject<HTMLElement | null>, fallback = 400): number {
  const [height, setHeight] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const update = () => setHeight(Math.max(120, Math.floor(element.getBoundingClientRect().height)));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
