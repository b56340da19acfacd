import { invalidReason, type EvaluationConfig } from '../../../shared/evaluation/config';
import {
  fillBallotSlot, fillEntrySlot, kioskSlotCount, randomFreeKioskSlot, rebuildRoundSlots, rewriteBallotValidity, roundSlotsReady,
  type BallotContent, type EntryContent, type RoundLayout, type SlotRound, type SlotWidths, type SlotWrite,
} from '../../../db/evaluation/ballot-slots';
import { listTargetIds } from '../../../db/evaluation/events';
import type { Db } from '../../../db/open';

/**
 * How big a round's ballot slots are and how many the kiosk gets (db/evaluation/ballot-slots.ts
 * keeps them and explains the secrecy). Every write of a ballot or an entry, of either kind of
 * ballot event, goes through here: when its slot is missing or too narrow, the whole round is
 * rebuilt in a fresh random order first.
 */

/** What the slot layout needs to know of a ballot event, whatever its kind. */
export interface SlotEvent {
  readonly id: number;
  /** bytes of the longest marks a ballot can hold as JSON; a longer one still fits (its round is rebuilt wider) */
  marksWidth(db: Db): number;
  /** raters expected or handed a ballot (Σ max(应到, 发出)): sizes the live kiosk pool */
  readonly raters: number;
}

/** Raters of an event's 评委类别: everyone expected or handed a ballot. */
export const ratersOf = (categories: readonly { expected: number; issued: number }[]): number =>
  categories.reduce((sum, c) => sum + Math.max(c.expected, c.issued), 0);

/** The slot view of a 述职测评. */
export const evaluationSlots = (event: { readonly id: number; readonly config: EvaluationConfig }): SlotEvent => ({
  id: event.id,
  marksWidth: (db) => marksWidthBound(event.config, listTargetIds(db, event.id)),
  raters: ratersOf(event.config.categories),
});

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');
const longest = (texts: readonly string[], atLeast: number) => texts.reduce((max, t) => Math.max(max, jsonBytes(t)), atLeast);

/**
 * Bytes of the longest marks a ballot of this event can hold, as JSON.stringify writes them (keys
 * in the schema's order): the longest category and level codes, every indicator scored with a value
 * as long as its maximum plus two decimals. A ballot longer than that (a score with more decimals)
 * still fits: its round is rebuilt wider.
 */
export function marksWidthBound(config: EvaluationConfig, targetIds: readonly number[]): number {
  const level = longest(config.levels.map((l) => l.code), jsonBytes(null));
  const scoreValue = (max: number) => Math.max(jsonBytes(null), String(max).length + 3);
  const scoreEntries = config.indicators.map((i) => jsonBytes(i.code) + 1 + scoreValue(i.max));
  const scores = 2 + scoreEntries.reduce((a, b) => a + b, 0) + Math.max(0, scoreEntries.length - 1);
  const line = (targetId: number) => `{"targetId":${targetId},"level":,"scores":}`.length + level + scores;
  const lines = targetIds.reduce((sum, id) => sum + line(id), 0) + Math.max(0, targetIds.length - 1);
  return '{"category":,"lines":[]}'.length + longest(config.categories.map((c) => c.code), 2) + lines;
}

/** Every reason code at once: no validity can be wider. */
export const reasonsWidth = jsonBytes(invalidReason.options);

/**
 * Kiosk slots a round opens with: the 测试模式 rehearses with a few; the live round gets room for
 * every rater expected or handed a ballot, with a margin. A pool used up is doubled (and reshuffled).
 */
export function kioskPoolSize(raters: number, round: SlotRound): number {
  if (round === 'test') return 20;
  return Math.max(20, Math.ceil(raters * 1.25) + 10);
}

function roundLayout(db: Db, event: SlotEvent, round: SlotRound, need: Partial<SlotWidths> = {}, kioskAtLeast = 0): RoundLayout {
  return {
    widths: {
      marks: Math.max(event.marksWidth(db), need.marks ?? 0),
      reasons: Math.max(reasonsWidth, need.reasons ?? 0),
    },
    kioskSlots: Math.max(kioskPoolSize(event.raters, round), kioskSlotCount(db, event.id, round), kioskAtLeast),
  };
}

/** Gives the round its slots (when it opens, after tickets are printed, after a wipe); a no-op when it has them all. */
export function ensureRoundSlots(db: Db, event: SlotEvent, round: SlotRound): void {
  const layout = roundLayout(db, event, round);
  if (!roundSlotsReady(db, event.id, round, layout.widths)) rebuildRoundSlots(db, event.id, round, layout);
}

const ballotNeed = (ballot: BallotContent): SlotWidths => ({ marks: jsonBytes(ballot.marks), reasons: jsonBytes(ballot.reasons) });

/** Tries the write; if the round lacks the slot or it is too narrow, rebuilds the round and tries once more. */
function writeOrRebuild(db: Db, event: SlotEvent, round: SlotRound, need: Partial<SlotWidths>, write: () => SlotWrite): void {
  if (write() === 'written') return;
  rebuildRoundSlots(db, event.id, round, roundLayout(db, event, round, need));
  const again = write();
  if (again !== 'written') throw new Error(`ballot slot still ${again} after rebuilding the round`);
}

/** A kiosk ballot into a random empty slot of the pool; a used-up pool is doubled first. */
export function castKioskBallot(db: Db, event: SlotEvent, round: SlotRound, marks: object): void {
  const ballot: BallotContent = { marks, valid: true, reasons: [] };
  for (let attempt = 0; attempt < 2; attempt++) {
    const ticket = randomFreeKioskSlot(db, event.id, round);
    const result = ticket === undefined ? 'no-slot' : fillBallotSlot(db, event.id, round, ticket, ballot);
    if (result === 'written') return;
    const grown = result === 'no-slot' ? 2 * kioskSlotCount(db, event.id, round) : 0;
    rebuildRoundSlots(db, event.id, round, roundLayout(db, event, round, ballotNeed(ballot), grown));
  }
  throw new Error('no kiosk slot after rebuilding the round');
}

/** A counted paper ballot into the slot of its 票号. */
export function storePaperBallot(db: Db, event: SlotEvent, round: SlotRound, ticketNo: string, ballot: BallotContent): void {
  writeOrRebuild(db, event, round, ballotNeed(ballot), () => fillBallotSlot(db, event.id, round, ticketNo, ballot));
}

/** One clerk's entry of a paper ballot into its entry slot. */
export function storePaperEntry(db: Db, event: SlotEvent, round: SlotRound, entry: EntryContent, now: Date): void {
  writeOrRebuild(db, event, round, { marks: jsonBytes(entry.marks) }, () => fillEntrySlot(db, event.id, round, entry, now));
}

export function storeValidity(db: Db, event: SlotEvent, round: SlotRound, ticketNo: string, ballot: Omit<BallotContent, 'marks'>): void {
  writeOrRebuild(db, event, round, { reasons: jsonBytes(ballot.reasons) }, () => rewriteBallotValidity(db, event.id, round, ticketNo, ballot.valid, ballot.reasons));
}
