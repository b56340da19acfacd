import { useSyncExternalStore } from 'react';

/**
 * A tiny hash router. The renderer is served from app:// in Electron and from the local host in
 * browser mode; a hash route works in both without server rewrites, and needs no extra dependency.
 * A location is `#/path?query`; only path and query are used.
 */
export interface HashLocation {
  readonly path: string;
  readonly query: URLSearchParams;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

const currentHash = () => window.location.hash;

export function parseHash(hash: string): HashLocation {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?', 2);
  return { path: path.startsWith('/') ? path : `/${path}`, query: new URLSearchParams(query) };
}

export function useHashLocation(): HashLocation {
  const hash = useSyncExternalStore(subscribe, currentHash, currentHash);
  return parseHash(hash);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const hash = `#${to.startsWith('/') ? to : `/${to}`}`;
  if (options.replace) {
    window.history.replaceState(null, '', hash);
    // replaceState does not fire hashchange; tell the subscribers ourselves.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}
