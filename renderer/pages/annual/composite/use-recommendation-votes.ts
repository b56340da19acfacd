import { useMemo, useState } from 'react';
import { useChannelQuery } from '../../../hooks/api-hooks';
import { votesByPerson, type RecommendationVotes } from './recommendation-votes';

export type { RecommendationVotes } from './recommendation-votes';

/**
 * 综合评定 may show a chosen 评选表优 / 民主推荐 of the year beside the composite, for the 考核委员会 to
 * read together (issue 11 §7). Only closed events: their results are frozen.
 */
export function useRecommendationVotes(year: number | undefined) {
  const [chosen, setChosen] = useState<number | null>(null);
  const list = useChannelQuery('recommendation.list', { year }, { enabled: year !== undefined });
  const closed = useMemo(() => (list.data ?? []).filter((e) => e.status === 'closed' && e.year === year), [list.data, year]);
  const id = chosen !== null && closed.some((e) => e.id === chosen) ? chosen : null;
  const results = useChannelQuery('recommendation.results', { id: id ?? 0 }, { enabled: id !== null });
  const votes: RecommendationVotes | null = useMemo(() => {
    const event = closed.find((e) => e.id === id);
    if (!event || !results.data) return null;
    return { label: event.name, byPerson: votesByPerson(results.data) };
  }, [closed, id, results.data]);
  return { options: closed.map((e) => ({ value: e.id, label: e.name })), chosen: id, choose: setChosen, votes };
}
