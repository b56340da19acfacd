import { randomBytes } from 'node:crypto';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { BallotOutcome } from '../../../shared/contract/evaluation';
import { validateBallot } from '../../../shared/evaluation/ballot-validation';
import { marksEqual } from '../../../shared/evaluation/ballot-equality';
import { ballotRulesText } from '../../../shared/evaluation/rules-text';
import { isWellFormedTicket, normalizeTicket, ticketAlphabet, ticketFromRandom, ticketLength, ticketRandomBytes } from '../../../shared/evaluation/ticket-number';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import {
  ballotExists, countBallots, insertTicket, listBallots, listEntries, listMismatchedEntries, listTickets, ticketSource,
} from '../../../db/evaluation/ballots';
import { ballotTransaction, clearRoundSlots } from '../../../db/evaluation/ballot-slots';
import { listTargetIds, type EvaluationEventRecord } from '../../../db/evaluation/events';
import type { Db } from '../../../db/open';
import type { AppContext } from '../../context';
import { assertNotClosed, assertWellFormed, ballotRoundOf, eventView, requireEvent } from './common';
import { castKioskBallot, ensureRoundSlots, storePaperBallot, storePaperEntry, storeValidity } from './slots';

/**
 * Ballots of 述职测评: issuing 票号, the kiosk, paper entry (single or 双人录入), the test round.
 * Anonymity: no audit row per ballot or entry (its time would re-identify the rater at a kiosk, or
 * give the order of entry beside a 票号), no time or user on a ballot, the day only on an entry;
 * every ballot is written in one transaction with its validation result, into a slot that existed
 * before it (evaluation-slots.ts), and the WAL is checkpointed after each write.
 */

/** A 票号 not yet issued in this event, recorded as issued. Collisions are astronomically rare (31^7), but cheap to handle. */
function drawPaperTicket(db: Db, eventId: number): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const ticket = ticketFromRandom(randomBytes(ticketRandomBytes));
    if (insertTicket(db, eventId, ticket, 'paper')) return ticket;
  }
  throw new Error('could not draw an unused ticket number');
}

/** The round a slot write goes to, with its slots: a round opened before this version, or a printed 票号 later, gets them here. */
export function openRoundSlots(db: Db, event: EvaluationEventRecord): void {
  if (event.status === 'test' || event.status === 'live') ensureRoundSlots(db, event, event.status);
}

/** Draws `count` new random 票号 for printed ballots, all in one transaction; kept only as "issued". */
export function issueTickets(ctx: AppContext, input: ParsedInput<'evaluation.issueTickets'>): ChannelOutput<'evaluation.issueTickets'> {
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireEvent(db, input.id);
    assertNotClosed(event);
    const tickets: string[] = [];
    for (let i = 0; i < input.count; i++) tickets.push(drawPaperTicket(db, event.id));
    // printed during a round: the round is rebuilt with their slots, in a fresh random order
    openRoundSlots(db, event);
    writeAudit(db, {
      actor: ctx.actor(), action: 'evaluation.issueTickets', entity: 'evaluation', entityId: event.id,
      summary: `${event.name}：生成测评票号${input.count}个`, subjects: event.name, after: { count: input.count },
    });
    return { tickets: tickets.sort() };
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
    const { ballots: wiped, entries } = clearRoundSlots(db, event.id, 'test');
    if (event.status === 'test') ensureRoundSlots(db, event, 'test');
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
    const round = ballotRoundOf(event);
    const targetIds = listTargetIds(db, event.id);
    assertWellFormed(event.config, targetIds, input.marks);
    const outcome = validateBallot(event.config, targetIds, input.marks);
    if (!outcome.valid) throw new AppError('BALLOT_INVALID', outcome.messages.join('；'), { reasons: outcome.reasons, messages: outcome.messages });
    castKioskBallot(db, event, round, input.marks);
    return { saved: true as const };
  });
}

/** A typed or scanned 票号, checked before anything else: a typo is caught by the check character. */
function enteredTicket(text: string): string {
  const ticket = normalizeTicket(text);
  if (ticket.length !== ticketLength || [...ticket].some((ch) => !ticketAlphabet.includes(ch))) {
    throw new AppError('TICKET_MALFORMED', `票号“${ticket}”格式不正确：应为${ticketLength}位字母或数字（不含0、O、1、I、L）`);
  }
  if (!isWellFormedTicket(ticket)) throw new AppError('TICKET_CHECK_FAILED', '票号校验位不符，请核对');
  return ticket;
}

const clerkName = (text: string) => text.trim();

/**
 * 纸质票录入. Single entry: the ballot counts at once. 双人录入: the first entry is stored and the
 * answer says nothing about it (the second clerk types blind); the second, by another clerk, counts
 * the ballot when both agree and otherwise leaves a mismatch to settle against the paper. A 票号 not
 * issued, entered twice already, or already counted is refused and nothing is recorded.
 */
export function paperEntry(ctx: AppContext, input: ParsedInput<'evaluation.paperEntry'>): ChannelOutput<'evaluation.paperEntry'> {
  const now = ctx.now();
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireEvent(db, input.id);
    const round = ballotRoundOf(event);
    const ticketNo = enteredTicket(input.ticketNo);
    if (ticketSource(db, event.id, ticketNo) !== 'paper') throw new AppError('TICKET_NOT_ISSUED', `票号 ${ticketNo} 未发出`);
    const entries = listEntries(db, event.id, round, ticketNo);
    if (entries.length >= 2) throw new AppError('TICKET_ENTERED_TWICE', `票号 ${ticketNo} 已录入两遍`);
    if (ballotExists(db, event.id, round, ticketNo)) throw new AppError('TICKET_ALREADY_COUNTED', `票号 ${ticketNo} 已计票，不能重复录入`);
    const targetIds = listTargetIds(db, event.id);
    assertWellFormed(event.config, targetIds, input.marks);
    const clerk = clerkName(input.clerk);
    const first = entries[0];

    if (!first) {
      storePaperEntry(db, event, round, { ticketNo, entryNo: 1, clerk, marks: input.marks }, now);
      if (input.doubleEntry) return { state: 'awaiting-second' as const, outcome: null };
      return { state: 'counted-single' as const, outcome: countBallot(db, event, targetIds, round, ticketNo, input.marks) };
    }
    if (clerkName(first.clerk) === clerk) throw new AppError('SAME_CLERK', '第二遍须由另一名录入员录入');
    storePaperEntry(db, event, round, { ticketNo, entryNo: 2, clerk, marks: input.marks }, now);
    if (!marksEqual(first.marks, input.marks)) return { state: 'mismatch' as const, outcome: null };
    return { state: 'counted' as const, outcome: countBallot(db, event, targetIds, round, ticketNo, input.marks) };
  });
}

/** Validates and stores one paper ballot (valid or 无效票 with its reasons); called inside the entry's transaction. */
function countBallot(
  db: Db, event: EvaluationEventRecord, targetIds: readonly number[], round: 'test' | 'live', ticketNo: string,
  marks: ParsedInput<'evaluation.paperEntry'>['marks'],
): BallotOutcome {
  const outcome = validateBallot(event.config, targetIds, marks);
  storePaperBallot(db, event, round, ticketNo, { marks, valid: outcome.valid, reasons: outcome.reasons });
  return outcome;
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
    const round = ballotRoundOf(event);
    const ticketNo = normalizeTicket(input.ticketNo);
    const entries = listEntries(db, event.id, round, ticketNo);
    if (entries.length < 2 || ballotExists(db, event.id, round, ticketNo)) {
      throw new AppError('NO_MISMATCH', `票号 ${ticketNo} 没有待核对的录入`);
    }
    const targetIds = listTargetIds(db, event.id);
    assertWellFormed(event.config, targetIds, input.marks);
    const outcome = countBallot(db, event, targetIds, round, ticketNo, input.marks);
    // The settlement is the clerks' work and is logged, but without the 票号: a logged time (and
    // row id) beside a 票号 would give the order in which the paper ballots were entered.
    writeAudit(db, {
      actor: ctx.actor(), action: 'evaluation.settle', entity: 'evaluation', entityId: event.id,
      summary: `${event.name}：核对一张纸质票的两遍录入并确认（核对人：${input.clerk}；${entries[0]!.clerk}、${entries[1]!.clerk} 录入）`,
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
          storeValidity(db, event, round, ballot.ticketNo, outcome);
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
