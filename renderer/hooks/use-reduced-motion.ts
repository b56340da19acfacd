import { useSyncExternalStore } from 'react';

/**
 * True when the system asks for reduced motion (Windows: 设置 → 辅助功能 → 视觉效果 → 动画效果 off;
 * Playwright: `reducedMotion: 'reduce'`). The app then turns antd's motion off: dialogs, menus and
 * messages appear at once, which is what such users asked for, and what makes the end-to-end tests
 * independent of a busy machine's frame rate.
 */
const query = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const list = typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

const snapshot = () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches;

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
