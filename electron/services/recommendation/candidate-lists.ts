import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { listEventSummaries, listTargets } from '../../../db/evaluation';
import { listRecommendationRecords } from '../../../db/recommendation';
import type { AppContext } from '../../context';
import { rosterView } from './common';

/**
 * The lists of people the office has already drawn up, to reuse as candidates (推荐 by 「已有名单」): every
 * post of every 民主推荐 / 评选表优 and every 述职测评's 测评对象, newest first. Only people still 在职 are
 * offered; their names come from the roster as it is now.
 */
export function candidateLists(ctx: AppContext, input: ParsedInput<'recommendation.candidateLists'>): ChannelOutput<'recommendation.candidateLists'> {
  const db = ctx.db;
  const roster = rosterView(db);
  const active = new Map(roster.rows.filter((p) => p.status === '在职').map((p) => [p.id, p]));
  const people = (ids: readonly number[]) =>
    ids.flatMap((id) => {
      const p = active.get(id);
      return p ? [{ personId: p.id, name: p.name, unitName: p.unitName, post: p.post ?? '' }] : [];
    });
  const fromRecommendations = listRecommendationRecords(db)
    .filter((e) => e.id !== input.exceptId)
    .flatMap((e) => e.config.posts.map((p) => ({ label: `${e.name} · ${p.name}`, people: people(p.candidates.map((c) => c.personId)) })));
  const fromEvaluations = listEventSummaries(db).map((e) => ({
    label: `${e.name} · 测评对象`,
    people: people(listTargets(db, e.id).flatMap((t) => (t.personId === null ? [] : [t.personId]))),
  }));
  return [...fromRecommendations, ...fromEvaluations].filter((list) => list.people.length > 0);
}
