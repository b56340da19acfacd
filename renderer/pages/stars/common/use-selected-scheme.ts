import { useMemo } from 'react';
import { useStarScheme, useStarSchemes } from './stars-hooks';
import { useStarsSelection } from './stars-selection';

/** The scheme of the selected year and kind (if created), with the years one can pick. */
export function useSelectedScheme() {
  const [selection, select] = useStarsSelection();
  const all = useStarSchemes();
  const summary = all.data?.find((s) => s.year === selection.year && s.kind === selection.kind);
  const scheme = useStarScheme(summary?.id);
  const years = useMemo(() => {
    const set = new Set((all.data ?? []).map((s) => s.year));
    const now = new Date().getFullYear();
    // the last two years too: an office enters or completes a past year's 评星 after the fact
    for (const y of [now - 2, now - 1, now, now + 1]) set.add(y);
    set.add(selection.year);
    return [...set].sort((a, b) => b - a);
  }, [all.data, selection.year]);
  return { selection, select, all, summary, scheme, years };
}
