import { useHashLocation } from '../../router/hash-router';

/** The 测评活动 a page is about: `#/evaluation/…?id=12`. NaN when missing. */
export function useEventId(): number {
  const { query } = useHashLocation();
  const raw = query.get('id');
  return raw && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
}

export const eventHref = (page: 'setup' | 'print' | 'entry' | 'results' | 'ballots', id: number) => `/evaluation/${page}?id=${id}`;
