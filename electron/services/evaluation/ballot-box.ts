import { randomBytes } from 'node:crypto';
import type { EvaluationStatus } from '../../../shared/contract/evaluation';
import { isWellFormedTicket, normalizeTicket, ticketAlphabet, ticketFromRandom, ticketLength, ticketRandomBytes } from '../../../shared/evaluation/ticket-number';
import { AppError } from '../../../shared/errors';
import { ballotExists, countBallots, countPendingEntries, insertTicket, listEntries, ticketSource, type BallotRound } from '../../../db/evaluation/ballots';
import { clearRoundSlots, dropEmptySlots } from '../../../db/evaluation/ballot-slots';
import { closeEventRow, setEventStatusRow } from '../../../db/evaluation/events';
import type { Db } from '../../../db/open';
import { castKioskBallot, ensureRoundSlots, storePaperBallot, storePaperEntry, type SlotEvent } from './slots';

/**
 * The ballot box every ballot event shares, whatever it asks (述职测评's 测评票, 民主推荐's 推荐票 and
 * 赞成票): 票号, the test and live rounds, the kiosk, paper entry with 双人录入 and the settling of a
 * mismatch. A kind says only how its marks are checked, judged and compared (`BallotKind`); how they
 * are stored, and why no byte follows the order of casting, is the same for all (slots.ts).
 *
 * Anonymity: no audit row per ballot or entry (its time would re-identify the rater at a kiosk, or
 * give the order of entry beside a 票号), no time or user on a ballot, the day only on an entry.
 */

/** What the box needs of an event. */
export interface BallotEventRef {
  readonly id: number;
  readonly status: EvaluationStatus;
}

/** How one kind of ballot is checked, judged and compared. `O` is what the caller is told of a counted ballot. */
export interface BallotKind<M, O> {
  readonly slots: SlotEvent;
  /** what the office calls the event in a message: 测评, 推荐 */
  readonly noun: string;
  /** input that cannot be a ballot of this event: throws an AppError, nothing is stored */
  assertWellFormed(marks: M): void;
  /** what is stored with the ballot (valid, reasons) and what the caller is told */
  judge(marks: M): { readonly valid: boolean; readonly reasons: readonly string[]; readonly outcome: O };
  /** at the kiosk a rater corrects instead: the message when this outcome is refused there, else null */
  kioskRefusal(outcome: O): string | null;
  /** 双人录入: do two entries of one paper ballot say the same */
  equal(a: M, b: M): boolean;
}

/** Ballots go to the round the event is in: 测试模式 -> test, 正式测评 -> live; none before or after. */
export function ballotRoundOf(event: Pick<BallotEventRef, 'status'>, noun: string): BallotRound {
  switch (event.status) {
    case 'test':
      return 'test';
    case 'live':
      return 'live';
    case 'closed':
      throw new AppError('EVALUATION_CLOSED', `${noun}已结束，结果已锁定`);
    case 'setup':
      throw new AppError('EVALUATION_NOT_STARTED', `${noun}尚未开始：请先进入测试模式或开始正式${noun}`);
  }
}

/** A round that is open has all its slots: after tickets are printed, or for a round opened before this version. */
export function openRoundSlots(db: Db, event: BallotEventRef, slots: SlotEvent): void {
  if (event.status === 'test' || event.status === 'live') ensureRoundSlots(db, slots, event.status);
}

/** Draws `count` new random 票号 for printed ballots; kept only as "issued". Call inside a ballotTransaction. */
export function drawPaperTickets(db: Db, event: BallotEventRef, slots: SlotEvent, count: number): string[] {
  const tickets: string[] = [];
  while (tickets.length < count) {
    // collisions are astronomically rare (31^7), but cheap to handle
    let ticket: string | undefined;
    for (let attempt = 0; attempt < 100 && !ticket; attempt++) {
      const drawn = ticketFromRandom(randomBytes(ticketRandomBytes));
      if (insertTicket(db, event.id, drawn, 'paper')) ticket = drawn;
    }
    if (!ticket) throw new Error('could not draw an unused ticket number');
    tickets.push(ticket);
  }
  // printed during a round: the round is rebuilt with their slots, in a fresh random order
  openRoundSlots(db, event, slots);
  return tickets.sort();
}

/** Deletes every test-round ballot and entry (with the kiosk 票号 drawn for them); a test round still open gets fresh slots. */
export function wipeTestRound(db: Db, event: BallotEventRef, slots: SlotEvent): { ballots: number; entries: number } {
  const wiped = clearRoundSlots(db, event.id, 'test');
  if (event.status === 'test') ensureRoundSlots(db, slots, 'test');
  return wiped;
}

/** One ballot from the kiosk: checked, judged, refused for the rater to correct or cast into a random empty slot. */
export function castAtKiosk<M extends object, O>(db: Db, event: BallotEventRef, kind: BallotKind<M, O>, marks: M): O {
  const round = ballotRoundOf(event, kind.noun);
  kind.assertWellFormed(marks);
  const judged = kind.judge(marks);
  const refusal = kind.kioskRefusal(judged.outcome);
  if (refusal !== null) throw new AppError('BALLOT_INVALID', refusal, { outcome: judged.outcome });
  castKioskBallot(db, kind.slots, round, marks);
  return judged.outcome;
}

/** A typed or scanned 票号, checked before anything else: a typo is caught by the check character. */
export function enteredTicket(text: string): string {
  const ticket = normalizeTicket(text);
  if (ticket.length !== ticketLength || [...ticket].some((ch) => !ticketAlphabet.includes(ch))) {
    throw new AppError('TICKET_MALFORMED', `票号“${ticket}”格式不正确：应为${ticketLength}位字母或数字（不含0、O、1、I、L）`);
  }
  if (!isWellFormedTicket(ticket)) throw new AppError('TICKET_CHECK_FAILED', '票号校验位不符，请核对');
  return ticket;
}

const clerkName = (text: string) => text.trim();

export type PaperEntryState = 'awaiting-second' | 'counted' | 'mismatch' | 'counted-single';

/** Judges and stores one counted paper ballot; inside the entry's transaction. */
function countPaperBallot<M extends object, O>(db: Db, kind: BallotKind<M, O>, round: BallotRound, ticketNo: string, marks: M): O {
  const judged = kind.judge(marks);
  storePaperBallot(db, kind.slots, round, ticketNo, { marks, valid: judged.valid, reasons: judged.reasons });
  return judged.outcome;
}

/**
 * 纸质票录入. Single entry: the ballot counts at once. 双人录入: the first entry is stored and the
 * answer says nothing about it (the second clerk types blind); the second, by another clerk, counts
 * the ballot when both agree and otherwise leaves a mismatch to settle against the paper. A 票号 not
 * issued, entered twice already, or already counted is refused and nothing is recorded.
 * Call inside a ballotTransaction.
 */
export function enterPaperBallot<M extends object, O>(
  db: Db, event: BallotEventRef, kind: BallotKind<M, O>,
  input: { readonly ticketNo: string; readonly marks: M; readonly clerk: string; readonly doubleEntry: boolean }, now: Date,
): { state: PaperEntryState; outcome: O | null } {
  const round = ballotRoundOf(event, kind.noun);
  const ticketNo = enteredTicket(input.ticketNo);
  if (ticketSource(db, event.id, ticketNo) !== 'paper') throw new AppError('TICKET_NOT_ISSUED', `票号 ${ticketNo} 未发出`);
  const entries = listEntries<M>(db, event.id, round, ticketNo);
  if (entries.length >= 2) throw new AppError('TICKET_ENTERED_TWICE', `票号 ${ticketNo} 已录入两遍`);
  if (ballotExists(db, event.id, round, ticketNo)) throw new AppError('TICKET_ALREADY_COUNTED', `票号 ${ticketNo} 已计票，不能重复录入`);
  kind.assertWellFormed(input.marks);
  const clerk = clerkName(input.clerk);
  const first = entries[0];

  if (!first) {
    storePaperEntry(db, kind.slots, round, { ticketNo, entryNo: 1, clerk, marks: input.marks }, now);
    if (input.doubleEntry) return { state: 'awaiting-second', outcome: null };
    return { state: 'counted-single', outcome: countPaperBallot(db, kind, round, ticketNo, input.marks) };
  }
  if (clerkName(first.clerk) === clerk) throw new AppError('SAME_CLERK', '第二遍须由另一名录入员录入');
  storePaperEntry(db, kind.slots, round, { ticketNo, entryNo: 2, clerk, marks: input.marks }, now);
  if (!kind.equal(first.marks, input.marks)) return { state: 'mismatch', outcome: null };
  return { state: 'counted', outcome: countPaperBallot(db, kind, round, ticketNo, input.marks) };
}

/**
 * The marks as read from the paper for a mismatched 票号 become its ballot. Returns the outcome and
 * the two clerks, for the caller's audit row (which must not name the 票号: a logged time beside a
 * 票号 would give the order in which the paper ballots were entered). Call inside a ballotTransaction.
 */
export function settlePaperBallot<M extends object, O>(
  db: Db, event: BallotEventRef, kind: BallotKind<M, O>, input: { readonly ticketNo: string; readonly marks: M },
): { outcome: O; clerks: readonly [string, string] } {
  const round = ballotRoundOf(event, kind.noun);
  const ticketNo = normalizeTicket(input.ticketNo);
  const entries = listEntries<M>(db, event.id, round, ticketNo);
  if (entries.length < 2 || ballotExists(db, event.id, round, ticketNo)) {
    throw new AppError('NO_MISMATCH', `票号 ${ticketNo} 没有待核对的录入`);
  }
  kind.assertWellFormed(input.marks);
  return { outcome: countPaperBallot(db, kind, round, ticketNo, input.marks), clerks: [entries[0]!.clerk, entries[1]!.clerk] };
}

/**
 * 准备中 -> 测试模式 -> 正式 (or 准备中 straight to 正式). Going live needs the test round wiped; there
 * is no way back from live (its ballots are real). A round opens with all its ballot slots, in a
 * random order; going live drops the rehearsal's slots. The kind checks its own rules first.
 * Call inside a ballotTransaction.
 */
export function moveToStatus(db: Db, event: BallotEventRef, slots: SlotEvent, next: 'setup' | 'test' | 'live', noun: string): void {
  if (event.status === 'live') throw new AppError('EVALUATION_ALREADY_LIVE', `正式${noun}已开始，不能退回准备或测试状态`);
  if (next === 'live') {
    const test = countBallots(db, event.id, 'test');
    if (test > 0) throw new AppError('TEST_BALLOTS_NOT_WIPED', `请先清除测试票（还有${test}张）`);
  }
  setEventStatusRow(db, event.id, next);
  if (next === 'live') clearRoundSlots(db, event.id, 'test');
  if (next !== 'setup') ensureRoundSlots(db, slots, next);
}

/** 结束: the live results as computed now are frozen with the event, and its empty slots go. Call inside a ballotTransaction. */
export function freezeResults(db: Db, event: BallotEventRef, noun: string, results: () => object, now: Date): void {
  if (event.status !== 'live') throw new AppError('EVALUATION_NOT_LIVE', `尚未开始正式${noun}，不能结束${noun}`);
  // A paper ballot half-entered would silently be left out of the frozen results.
  const pending = countPendingEntries(db, event.id, 'live');
  if (pending > 0) throw new AppError('PAPER_ENTRY_PENDING', `还有${pending}张纸质票未完成双人录入或待核对，请处理后再结束${noun}`);
  closeEventRow(db, event.id, results(), now);
  dropEmptySlots(db, event.id);
}

/**
 * 实到人数 per 评委类别 as entered on the day, checked against the event's categories (every kind has
 * them): an unknown category or more present than expected is refused. Returns the attendance to store
 * and its words for the audit row (「领导班子成员5人，中层干部11人」).
 */
export function checkedAttendance(
  categories: readonly { readonly code: string; readonly name: string; readonly expected: number }[], input: Readonly<Record<string, number>>, noun: string,
): { attendance: Record<string, number>; text: string } {
  const attendance: Record<string, number> = {};
  for (const [code, present] of Object.entries(input)) {
    const category = categories.find((c) => c.code === code);
    if (!category) throw new AppError('CATEGORY_NOT_FOUND', `评委类别“${code}”不在本次${noun}中`);
    if (category.expected > 0 && present > category.expected) {
      throw new AppError('ATTENDANCE_OVER_EXPECTED', `${category.name}的实到人数（${present}）不能多于应到人数（${category.expected}）`);
    }
    attendance[code] = present;
  }
  const text = categories.filter((c) => c.code in attendance).map((c) => `${c.name}${attendance[c.code]}人`).join('，');
  return { attendance, text };
}
