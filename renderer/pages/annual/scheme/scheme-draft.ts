import { useCallback, useState } from 'react';

/**
 * A local draft of something the service holds (考核分组, 计分规则), edited until 「保存」. When the
 * service's copy changes (a save, or another page's write refetching it) the draft follows it —
 * unless the user has edits in progress, which are kept. `adopt` takes a saved value as the new base.
 */
export function useDraft<T>(source: T) {
  const [state, setState] = useState({ base: source, draft: source });
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  let current = state;
  if (!same(state.base, source)) {
    // derived state during render (React re-renders at once): follow the service unless edited
    current = { base: source, draft: same(state.draft, state.base) ? source : state.draft };
    setState(current);
  }
  const setDraft = useCallback((draft: T) => setState((s) => ({ ...s, draft })), []);
  const reset = useCallback(() => setState((s) => ({ ...s, draft: s.base })), []);
  const adopt = useCallback((value: T) => setState({ base: value, draft: value }), []);
  return { draft: current.draft, setDraft, dirty: !same(current.draft, current.base), reset, adopt };
}
