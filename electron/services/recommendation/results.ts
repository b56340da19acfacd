import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { checkRecommendationBallot, type RecommendationMarks } from '../../../shared/recommendation';
import { listBallots } from '../../../db/evaluation';
import type { AppContext } from '../../context';
import { requireRecommendation, resultsOf, writeInEligibility } from './common';
import { writeRecommendationWorkbook } from './recommendation-workbook';

export function recommendationResultsOf(ctx: AppContext, input: ParsedInput<'recommendation.results'>): ChannelOutput<'recommendation.results'> {
  const db = ctx.db;
  return resultsOf(db, requireRecommendation(db, input.id), input.round);
}

/** File names may not hold what Windows forbids in them. */
const safeFileName = (text: string) => text.replace(/[\\/:*?"<>|\r\n\t]+/g, ' ').trim();

/** 民主推荐得票情况统计表 or 赞成票统计表, with the 原始票据 sheet (live round, by 票号). */
export async function exportRecommendationResults(ctx: AppContext, input: ParsedInput<'recommendation.exportResults'>): Promise<ChannelOutput<'recommendation.exportResults'>> {
  const db = ctx.db;
  const event = requireRecommendation(db, input.id);
  // Everything is read before the first await, so the export is one consistent snapshot.
  const results = resultsOf(db, event, 'live');
  const eligible = writeInEligibility(db, event);
  const ballots = listBallots<RecommendationMarks>(db, event.id, 'live').map((b) => ({
    ticketNo: b.ticketNo, source: b.source, marks: b.marks, verdicts: checkRecommendationBallot(event.config, b.marks, eligible),
  }));
  const bytes = await writeRecommendationWorkbook({ event, results, ballots });
  const form = event.config.kind === 'approval' ? '赞成票统计表' : '得票情况统计表';
  return { fileName: `${safeFileName(`${event.name}-${form}`)}.xlsx`, bytes };
}
