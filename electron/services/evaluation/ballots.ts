import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { BallotOutcome } from '../../../shared/contract/evaluation';
import { validateBallot } from '../../../shared/evaluation/ballot-validation';
import { marksEqual } from '../../../shared/evaluation/ballot-equality';
import type { BallotMarks } from '../../../shared/evaluation/config';
import { ballotRulesText } from '../../../shared/evaluation/rules-text';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import { countBallots, listBallots, listMismatchedEntries, listTickets } from '../../../db/evaluation/ballots';
import { ballotTransaction } from '../../../db/evaluation/ballot-slots';
import { listTargetIds, type EvaluationEventRecord } from '../../../db/evaluation/events';
import type { Db } from '../../../db/open';
import type { AppContext } from '../../context';
import { castAtKiosk, drawPaperTickets, enterPaperBallot, settlePaperBallot, wipeTestRound, type BallotKind } from './ballot-box';
import { assertNotClosed, assertWellFormed, eventView, requireEvent } from './common';
import { evaluationSlots, storeValidity } from './slots';

/**
 * Ballots of 述职测评: issuing 票号, the kiosk, paper entry (single or 双人录入), the test round, on the
 * ballot box every ballot event shares (ballot-box.ts: anonymity and storage). A 测评票 is judged by
 * the event's rules: a ballot that breaks one is stored as 无效票 with its reasons (paper), or refused
 * for the rater to correct (kiosk).
 */

/** The 测评票 as the ballot box sees it. */
export function evaluationBallots(db: Db, event: EvaluationEventRecord): BallotKind<BallotMarks, BallotOutcome> {
  const targetIds = listTargetIds(db, event.id);
  return {
    slots: evaluationSlots(event),
    noun: '测评',
    assertWellFormed: (marks) => assertWellFormed(event.config, targetIds, marks),
    judge: (marks) => {
      const outcome = validateBallot(event.config, targetIds, marks);
      return { valid: outcome.valid, reasons: outcome.reasons, outcome };
    },
    kioskRefusal: (outcome) => (outcome.valid ? null : outcome.messages.join('；')),
    equal: marksEqual,
  };
}

/** Draws `count` new random 票号 for printed ballots, all in one transaction; kept only as "issued". */
export function issueTickets(ctx: AppContext, input: ParsedInput<'evaluation.issueTickets'>): ChannelOutput<'evaluation.issueTickets'> {
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireEvent(db, input.id);
    assertNotClosed(event);
    const tickets = drawPaperTickets(db, event, evaluationSlots(event), input.count);
    writeAudit(db, {
      actor: ctx.actor(), action: 'evaluation.issueTickets', entity: 'evaluation', entityId: event.id,
      summary: `${event.name}：生成测评票号${input.count}个`, subjects: event.name, after: { count: input.count },
    });
    return { tickets };
  });
}

/** What the ballot print view needs: the event, every printed 票号 (sorted), the 填票说明. */
export function ballotSheet(ctx: AppContext, input: ParsedInput<'evaluation.ballotSheet'>): ChannelOutput<'evaluation.ballotSheet'> {
  const db = ctx.db;
  const event = requireEvent(db, input.id);
  const view = eventView(db, event);
  return { event: view, tickets: listTickets(db, event.id, 'paper'), rulesText: ballotRulesText(event.config, view.targets) };
}

/** Deletes every test-round ballot and paper entry (the round's slots, and the 票号 the kiosk drew for them); a test round still open gets fresh slots. */
export function wipeTestBallots(ctx: AppContext, input: ParsedInput<'evaluation.wipeTestBallots'>): ChannelOutput<'evaluation.wipeTestBallots'> {
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireEvent(db, input.id);
    assertNotClosed(event);
    const { ballots: wiped, entries } = wipeTestRound(db, event, evaluationSlots(event));
    if (wiped > 0 || entries > 0) {
      writeAudit(db, {
        actor: ctx.actor(), action: 'evaluation.wipeTest', entity: 'evaluation', entityId: event.id,
        summary: `${event.name}：清除测试票${wiped}张`, subjects: event.name, after: { ballots: wiped, paperEntries: entries },
      });
    }
    return { wiped };
  });
}

/**
 * 现场测评: one ballot from the kiosk. An invalid ballot is refused with the rule message (the rater
 * corrects it); a valid one gets a fresh random 票号 and is saved with it in one transaction. Kept
 * lean (a handful of prepared statements, no tally): the next rater is waiting.
 */
export function kioskSubmit(ctx: AppContext, input: ParsedInput<'evaluation.kioskSubmit'>): ChannelOutput<'evaluation.kioskSubmit'> {
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireEvent(db, input.id);
    castAtKiosk(db, event, evaluationBallots(db, event), input.marks);
    return { saved: true as const };
  });
}

/** 纸质票录入 (ballot-box.ts: single entry counts at once; 双人录入 counts when two clerks agree). */
export function paperEntry(ctx: AppContext, input: ParsedInput<'evaluation.paperEntry'>): ChannelOutput<'evaluation.paperEntry'> {
  const now = ctx.now();
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireEvent(db, input.id);
    return enterPaperBallot(db, event, evaluationBallots(db, event), input, now);
  });
}

/** 双人录入 disagreements of the current round, by 票号, both entries side by side. */
export function listMismatches(ctx: AppContext, input: ParsedInput<'evaluation.mismatches'>): ChannelOutput<'evaluation.mismatches'> {
  const db = ctx.db;
  const event = requireEvent(db, input.id);
  const round = event.status === 'test' ? 'test' : 'live';
  return listMismatchedEntries(db, event.id, round).map((m) => ({
    ticketNo: m.ticketNo, first: m.first.marks, second: m.second.marks, firstClerk: m.first.clerk, secondClerk: m.second.clerk,
  }));
}

/** The marks as read from the paper for a mismatched 票号 become its ballot. */
export function settleMismatch(ctx: AppContext, input: ParsedInput<'evaluation.settleMismatch'>): ChannelOutput<'evaluation.settleMismatch'> {
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireEvent(db, input.id);
    const { outcome, clerks } = settlePaperBallot(db, event, evaluationBallots(db, event), input);
    // The settlement is the clerks' work and is logged, but without the 票号: a logged time (and
    // row id) beside a 票号 would give the order in which the paper ballots were entered.
    writeAudit(db, {
      actor: ctx.actor(), action: 'evaluation.settle', entity: 'evaluation', entityId: event.id,
      summary: `${event.name}：核对一张纸质票的两遍录入并确认（核对人：${input.clerk}；${clerks[0]}、${clerks[1]} 录入）`,
      subjects: event.name,
    });
    return { outcome };
  });
}

/**
 * Recomputes every ballot's validity with the current rules (after a rule change; before going
 * live, which is the only time rules can change). One transaction, one audit row.
 */
export function revalidateBallots(ctx: AppContext, input: ParsedInput<'evaluation.revalidate'>): ChannelOutput<'evaluation.revalidate'> {
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireEvent(db, input.id);
    assertNotClosed(event);
    if (countBallots(db, event.id, 'live') > 0) throw new AppError('EVALUATION_LOCKED', '已有正式测评票，测评设置已锁定，无需重新校验');
    const targetIds = listTargetIds(db, event.id);
    let valid = 0;
    let invalid = 0;
    let changed = 0;
    for (const round of ['test', 'live'] as const) {
      for (const ballot of listBallots(db, event.id, round)) {
        assertWellFormed(event.config, targetIds, ballot.marks);
        const outcome = validateBallot(event.config, targetIds, ballot.marks);
        if (outcome.valid) valid++;
        else invalid++;
        if (outcome.valid !== ballot.valid || JSON.stringify(outcome.reasons) !== JSON.stringify(ballot.reasons)) {
          storeValidity(db, evaluationSlots(event), round, ballot.ticketNo, outcome);
          changed++;
        }
      }
    }
    writeAudit(db, {
      actor: ctx.actor(), action: 'evaluation.revalidate', entity: 'evaluation', entityId: event.id,
      summary: `${event.name}：按现行规则重新校验测评票，有效${valid}张，无效${invalid}张（${changed}张结论改变）`,
      subjects: event.name,
      after: { valid, invalid, changed },
    });
    return { valid, invalid };
  });
}
