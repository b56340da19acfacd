import { useRef, useState } from 'react';
import type { DraftChange, RecommendationDraft } from './recommendation-draft';

/**
 * The draft on screen, changed through the latest copy (a ref), never this render's: digits typed
 * faster than React renders each start from the change before, so none is lost. The last refusal
 * (「限推荐N人」) is kept to show beside its post until the next change.
 */
export function useRecommendationDraft(initial: () => RecommendationDraft) {
  const [draft, setDraft] = useState(initial);
  const latest = useRef(draft);
  const [refused, setRefused] = useState<DraftChange['refused']>(null);
  const apply = (change: (latest: RecommendationDraft) => DraftChange | RecommendationDraft) => {
    const result = change(latest.current);
    const next = 'refused' in result && 'draft' in result ? (result as DraftChange) : { draft: result as RecommendationDraft, refused: null };
    latest.current = next.draft;
    setDraft(next.draft);
    setRefused(next.refused);
  };
  const reset = (fresh: RecommendationDraft) => {
    latest.current = fresh;
    setDraft(fresh);
    setRefused(null);
  };
  return { draft, apply, reset, refused };
}

export type DraftState = ReturnType<typeof useRecommendationDraft>;
