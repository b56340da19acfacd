import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { pinyinInitials } from '../../../shared/normalize';
import type { RecommendationMarks } from '../../../shared/recommendation';
import { writeAudit } from '../../../db/audit';
import { ballotTransaction, listMismatchedEntries, listTickets } from '../../../db/evaluation';
import type { AppContext } from '../../context';
import { castAtKiosk, drawPaperTickets, enterPaperBallot, settlePaperBallot, wipeTestRound } from '../evaluation';
import { assertNotClosed, eventView, recommendationBallots, recommendationSlots, requireRecommendation, rosterView } from './common';

/**
 * Ballots of 民主推荐 / 评选表优 / 赞成票 on the ballot box the 述职测评 uses (票号, slots, 测试模式,
 * kiosk, 双人录入; electron/services/evaluation/ballot-box.ts says how each stays anonymous).
 */

export function issueRecommendationTickets(ctx: AppContext, input: ParsedInput<'recommendation.issueTickets'>): ChannelOutput<'recommendation.issueTickets'> {
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireRecommendation(db, input.id);
    assertNotClosed(event);
    const tickets = drawPaperTickets(db, event, recommendationSlots(event), input.count);
    writeAudit(db, {
      actor: ctx.actor(), action: 'recommendation.issueTickets', entity: 'recommendation', entityId: event.id,
      summary: `${event.name}：生成推荐票号${input.count}个`, subjects: event.name, after: { count: input.count },
    });
    return { tickets };
  });
}

export function recommendationBallotSheet(ctx: AppContext, input: ParsedInput<'recommendation.ballotSheet'>): ChannelOutput<'recommendation.ballotSheet'> {
  const db = ctx.db;
  const event = requireRecommendation(db, input.id);
  return { event: eventView(db, event), tickets: listTickets(db, event.id, 'paper') };
}

export function wipeRecommendationTestBallots(ctx: AppContext, input: ParsedInput<'recommendation.wipeTestBallots'>): ChannelOutput<'recommendation.wipeTestBallots'> {
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireRecommendation(db, input.id);
    assertNotClosed(event);
    const { ballots: wiped, entries } = wipeTestRound(db, event, recommendationSlots(event));
    if (wiped > 0 || entries > 0) {
      writeAudit(db, {
        actor: ctx.actor(), action: 'recommendation.wipeTest', entity: 'recommendation', entityId: event.id,
        summary: `${event.name}：清除测试票${wiped}张`, subjects: event.name, after: { ballots: wiped, paperEntries: entries },
      });
    }
    return { wiped };
  });
}

/** 现场推荐: one ballot from the kiosk; a post over its 应推荐人数 is refused for the rater to correct. */
export function recommendationKioskSubmit(ctx: AppContext, input: ParsedInput<'recommendation.kioskSubmit'>): ChannelOutput<'recommendation.kioskSubmit'> {
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireRecommendation(db, input.id);
    const verdicts = castAtKiosk(db, event, recommendationBallots(event, rosterView(db).eligible), input.marks);
    return { saved: true as const, verdicts };
  });
}

/** 另推荐 at the kiosk: who may be written in (在职 people), by name or 拼音首字母, a handful at a time. */
export function writeInSearch(ctx: AppContext, input: ParsedInput<'recommendation.writeInSearch'>): ChannelOutput<'recommendation.writeInSearch'> {
  requireRecommendation(ctx.db, input.id);
  const text = input.text.replace(/\s+/g, '').toLowerCase();
  return rosterView(ctx.db).rows
    .filter((p) => p.status === '在职' && (p.name.includes(text) || pinyinInitials(p.name).startsWith(text)))
    .slice(0, 20)
    .map((p) => ({ personId: p.id, name: p.name, unitName: p.unitName }));
}

export function recommendationPaperEntry(ctx: AppContext, input: ParsedInput<'recommendation.paperEntry'>): ChannelOutput<'recommendation.paperEntry'> {
  const now = ctx.now();
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireRecommendation(db, input.id);
    const { state, outcome } = enterPaperBallot(db, event, recommendationBallots(event, rosterView(db).eligible), input, now);
    return { state, verdicts: outcome };
  });
}

export function recommendationMismatches(ctx: AppContext, input: ParsedInput<'recommendation.mismatches'>): ChannelOutput<'recommendation.mismatches'> {
  const db = ctx.db;
  const event = requireRecommendation(db, input.id);
  const round = event.status === 'test' ? 'test' : 'live';
  return listMismatchedEntries<RecommendationMarks>(db, event.id, round).map((m) => ({
    ticketNo: m.ticketNo, first: m.first.marks, second: m.second.marks, firstClerk: m.first.clerk, secondClerk: m.second.clerk,
  }));
}

export function settleRecommendationMismatch(ctx: AppContext, input: ParsedInput<'recommendation.settleMismatch'>): ChannelOutput<'recommendation.settleMismatch'> {
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireRecommendation(db, input.id);
    const { outcome, clerks } = settlePaperBallot(db, event, recommendationBallots(event, rosterView(db).eligible), input);
    // logged without the 票号: a logged time beside a 票号 would give the order of entry
    writeAudit(db, {
      actor: ctx.actor(), action: 'recommendation.settle', entity: 'recommendation', entityId: event.id,
      summary: `${event.name}：核对一张纸质推荐票的两遍录入并确认（核对人：${input.clerk}；${clerks[0]}、${clerks[1]} 录入）`,
      subjects: event.name,
    });
    return { verdicts: outcome };
  });
}
