import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { EvaluationResults } from '../../../shared/evaluation/results';
import { listBallots, type BallotRound } from '../../../db/evaluation/ballots';
import { listTargets, type EvaluationEventRecord } from '../../../db/evaluation/events';
import type { Db } from '../../../db/open';
import type { AppContext } from '../../context';
import { writeEvaluationWorkbook } from './evaluation-workbook';
import { requireEvent, tallyRound } from './common';
import { frozenResultsView } from '../../../shared/evaluation/frozen-results';

/**
 * A closed event's live results are the ones frozen at close, never tallied again (frozen-results.ts
 * says how results frozen by the earlier tally are shown); anything else is tallied now.
 */
export function resultsOf(db: Db, event: EvaluationEventRecord, round: BallotRound): EvaluationResults {
  if (round === 'live' && event.status === 'closed' && event.results) return frozenResultsView(event.config, event.results);
  return tallyRound(db, event, round);
}

export function evaluationResults(ctx: AppContext, input: ParsedInput<'evaluation.results'>): ChannelOutput<'evaluation.results'> {
  const db = ctx.db;
  return resultsOf(db, requireEvent(db, input.id), input.round);
}

/** File names may not hold what Windows forbids in them. */
const safeFileName = (text: string) => text.replace(/[\\/:*?"<>|\r\n\t]+/g, ' ').trim();

/** 民主测评结果统计表 with the raw ballots sheet (live round, ballots sorted by 票号). */
export async function exportEvaluationResults(ctx: AppContext, input: ParsedInput<'evaluation.exportResults'>): Promise<ChannelOutput<'evaluation.exportResults'>> {
  const db = ctx.db;
  const event = requireEvent(db, input.id);
  // Everything is read before the first await, so the export is one consistent snapshot.
  const results = resultsOf(db, event, 'live');
  const bytes = await writeEvaluationWorkbook({
    event,
    targets: listTargets(db, event.id),
    results,
    ballots: listBallots(db, event.id, 'live'),
  });
  return { fileName: `${safeFileName(`${event.name}-${event.reviewPeriod == null ? '民主测评' : '科室评议'}结果统计表`)}.xlsx`, bytes };
}
