import { AppError } from '../../../shared/errors';
import type { StarSchemeKind } from '../../../shared/stars/scheme';
import { getEventRecord, listTargets } from '../../../db/evaluation';
import type { Db } from '../../../db/open';
import { tallyRound } from '../evaluation';

/**
 * The 述职测评 score of each target of an event, keyed by person id (党员干部 schemes) or unit id
 * (党组织 schemes): the normalised score when the event normalises, else the overall score. A closed
 * event gives its frozen results; a live one its tally so far.
 */
export function evaluationScoresFor(db: Db, eventId: number, kind: StarSchemeKind): { eventName: string; scores: Map<number, number | null> } {
  const event = getEventRecord(db, eventId);
  if (!event) throw new AppError('EVALUATION_NOT_FOUND', '找不到该述职测评，可能已被删除，请刷新后重试');
  if (event.status !== 'closed' && event.status !== 'live') throw new AppError('EVALUATION_NOT_STARTED', `“${event.name}”尚未正式测评，没有可引用的结果`);
  const results = event.results ?? tallyRound(db, event, 'live');
  const subjects = new Map(listTargets(db, event.id).map((t) => [t.id, kind === 'person' ? t.personId : t.unitId]));
  const scores = new Map<number, number | null>();
  for (const r of results.targets) {
    const subject = subjects.get(r.targetId);
    if (subject != null) scores.set(subject, r.normalized ?? r.overall);
  }
  return { eventName: event.name, scores };
}
