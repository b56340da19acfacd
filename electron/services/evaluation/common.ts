import type { EvaluationEvent } from '../../../shared/contract/evaluation';
import type { BallotMarks, EvaluationConfig } from '../../../shared/evaluation/config';
import { ballotStructureErrors } from '../../../shared/evaluation/ballot-validation';
import { tallyEvaluation } from '../../../shared/evaluation/tally';
import type { EvaluationResults } from '../../../shared/evaluation/results';
import { AppError } from '../../../shared/errors';
import { countBallots, countTickets, countValidBallots, listBallots, type BallotRound } from '../../../db/evaluation/ballots';
import { getEventRecord, listTargets, type EvaluationEventRecord } from '../../../db/evaluation/events';
import type { Db } from '../../../db/open';

/** What the 述职测评 services share: look-ups, the guards every write path runs, the event view and the tally. */

export function requireEvent(db: Db, id: number): EvaluationEventRecord {
  const event = getEventRecord(db, id);
  if (!event) throw new AppError('EVALUATION_NOT_FOUND', '找不到该测评，可能已被删除，请刷新后重试');
  return event;
}

/** Every write path refuses a closed event: its results are frozen. */
export function assertNotClosed(event: Pick<EvaluationEventRecord, 'status'>): void {
  if (event.status === 'closed') throw new AppError('EVALUATION_CLOSED', '测评已结束，结果已锁定');
}

export const isLocked = (db: Db, eventId: number): boolean => countBallots(db, eventId, 'live') > 0;

/** Settings (rules, 测评对象) are locked once live ballots exist: changing them would change what raters voted on. */
export function assertSettingsOpen(db: Db, event: Pick<EvaluationEventRecord, 'id' | 'status'>): void {
  assertNotClosed(event);
  if (isLocked(db, event.id)) throw new AppError('EVALUATION_LOCKED', '已有正式测评票，测评设置已锁定');
}

/** Input that cannot be a ballot of this event (unknown category/target/level, a target missing): refused, nothing stored. */
export function assertWellFormed(config: EvaluationConfig, targetIds: readonly number[], marks: BallotMarks): void {
  const errors = ballotStructureErrors(config, targetIds, marks);
  if (errors.length > 0) throw new AppError('BALLOT_MALFORMED', `测评票填写不完整或有误：${errors.join('；')}`, { errors });
}

export function eventView(db: Db, event: EvaluationEventRecord): EvaluationEvent {
  const targetList = listTargets(db, event.id);
  const liveBallots = countBallots(db, event.id, 'live');
  return {
    id: event.id,
    name: event.name,
    year: event.year,
    date: event.date,
    status: event.status,
    reviewPeriod: event.reviewPeriod,
    targets: targetList.length,
    liveBallots,
    validBallots: countValidBallots(db, event.id, 'live'),
    testBallots: countBallots(db, event.id, 'test'),
    unitTitle: event.unitTitle,
    presetKey: event.presetKey,
    config: event.config,
    targetList,
    attendance: event.attendance,
    ticketsIssued: countTickets(db, event.id, 'paper'),
    locked: liveBallots > 0,
    closedAt: event.closedAt,
  };
}

/** The tally of one round as it stands (a closed event's live round is frozen: see results service). */
export function tallyRound(db: Db, event: EvaluationEventRecord, round: BallotRound): EvaluationResults {
  return tallyEvaluation({
    config: event.config,
    targets: listTargets(db, event.id).map((t) => ({ id: t.id, name: t.name, post: t.post, group: t.group })),
    ballots: listBallots(db, event.id, round),
    attendance: event.attendance,
  });
}
