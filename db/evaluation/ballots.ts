import type { BallotMarks, InvalidReason } from '../../shared/evaluation/config';
import type { Db } from '../open';
import { prepared } from '../prepared';

/**
 * Ballots, issued 票号 and paper-entry records of 述职测评, read from their slots (the filled ones;
 * db/evaluation/ballot-slots.ts writes them and says why no byte follows the order of casting). A
 * ballot carries no time, no user and no sequence; lists come back ordered by 票号, never in entry order.
 */
export type BallotRound = 'test' | 'live';
export type BallotSource = 'kiosk' | 'paper';
export type TicketSource = 'paper' | 'kiosk';

/** A stored ballot; `M` is the kind's marks (述职测评 by default; a 推荐票's for db/recommendation). */
export interface StoredBallot<M extends { category: string } = BallotMarks, R extends string = InvalidReason> {
  readonly id: string;
  readonly ticketNo: string;
  readonly category: string;
  readonly round: BallotRound;
  readonly source: BallotSource;
  readonly marks: M;
  readonly valid: boolean;
  readonly reasons: R[];
}

interface BallotRow {
  event_id: number; ticket_no: string; round: BallotRound; source: BallotSource; marks_json: string; valid: number; reasons_json: string;
}

/** Stored texts are padded to their slot's width; JSON.parse ignores the trailing spaces. */
const toBallot = <M extends { category: string }, R extends string>(r: BallotRow): StoredBallot<M, R> => {
  const marks = JSON.parse(r.marks_json) as M;
  return {
    id: `${r.event_id}:${r.round}:${r.ticket_no}`, ticketNo: r.ticket_no, category: marks.category, round: r.round, source: r.source,
    marks, valid: r.valid === 1, reasons: JSON.parse(r.reasons_json) as R[],
  };
};

// ---- issued 票号 ----

/** false when the 票号 was already issued in this event (the caller draws another). Kiosk 票号 come with their slots. */
export function insertTicket(db: Db, eventId: number, ticketNo: string, source: TicketSource): boolean {
  return prepared(db, 'INSERT OR IGNORE INTO eval_tickets (event_id, ticket_no, source) VALUES (?, ?, ?)').run(eventId, ticketNo, source).changes === 1;
}

export function ticketSource(db: Db, eventId: number, ticketNo: string): TicketSource | undefined {
  return prepared(db, 'SELECT source FROM eval_tickets WHERE event_id = ? AND ticket_no = ?').pluck().get(eventId, ticketNo) as TicketSource | undefined;
}

/** Issued 票号 of one source, sorted (the print order carries no meaning). */
export function listTickets(db: Db, eventId: number, source: TicketSource): string[] {
  return db.prepare('SELECT ticket_no FROM eval_tickets WHERE event_id = ? AND source = ? ORDER BY ticket_no').pluck().all(eventId, source) as string[];
}

export function countTickets(db: Db, eventId: number, source: TicketSource): number {
  return db.prepare('SELECT count(*) FROM eval_tickets WHERE event_id = ? AND source = ?').pluck().get(eventId, source) as number;
}

// ---- ballots ----

export function ballotExists(db: Db, eventId: number, round: BallotRound, ticketNo: string): boolean {
  return prepared(db, 'SELECT EXISTS (SELECT 1 FROM eval_ballot_slots WHERE event_id = ? AND round = ? AND ticket_no = ? AND filled = 1)').pluck().get(eventId, round, ticketNo) === 1;
}

/** One round's ballots sorted by 票号 (the caller names the kind's marks). */
export function listBallots<M extends { category: string } = BallotMarks, R extends string = InvalidReason>(db: Db, eventId: number, round: BallotRound): StoredBallot<M, R>[] {
  return (prepared(db, 'SELECT event_id, ticket_no, round, source, marks_json, valid, reasons_json FROM eval_ballot_slots WHERE event_id = ? AND round = ? AND filled = 1 ORDER BY ticket_no')
    .all(eventId, round) as BallotRow[]).map((r) => toBallot<M, R>(r));
}

export function countBallots(db: Db, eventId: number, round: BallotRound): number {
  return prepared(db, 'SELECT count(*) FROM eval_ballot_slots WHERE event_id = ? AND round = ? AND filled = 1').pluck().get(eventId, round) as number;
}

export function countValidBallots(db: Db, eventId: number, round: BallotRound): number {
  return prepared(db, 'SELECT count(*) FROM eval_ballot_slots WHERE event_id = ? AND round = ? AND filled = 1 AND valid = 1').pluck().get(eventId, round) as number;
}

// ---- paper entries (双人录入) ----

export interface PaperEntry<M = BallotMarks> {
  readonly ticketNo: string;
  readonly entryNo: 1 | 2;
  readonly clerk: string;
  /** the day only (YYYY-MM-DD): a finer time beside a 票号 would give the order of entry */
  readonly enteredOn: string;
  readonly marks: M;
}

interface EntryRow { ticket_no: string; entry_no: 1 | 2; clerk: string; entered_on: string; marks_json: string }

const toEntry = <M>(r: EntryRow): PaperEntry<M> => ({
  ticketNo: r.ticket_no, entryNo: r.entry_no, clerk: r.clerk.trimEnd(), enteredOn: r.entered_on, marks: JSON.parse(r.marks_json) as M,
});

/** The entries of one 票号 in one round, first entry first. */
export function listEntries<M = BallotMarks>(db: Db, eventId: number, round: BallotRound, ticketNo: string): PaperEntry<M>[] {
  return (prepared(db, 'SELECT ticket_no, entry_no, clerk, entered_on, marks_json FROM eval_entry_slots WHERE event_id = ? AND round = ? AND ticket_no = ? AND filled = 1 ORDER BY entry_no')
    .all(eventId, round, ticketNo) as EntryRow[]).map((r) => toEntry<M>(r));
}

export interface EntryMismatch<M = BallotMarks> {
  readonly ticketNo: string;
  readonly first: PaperEntry<M>;
  readonly second: PaperEntry<M>;
}

/** 票号 entered twice whose entries disagreed and that are not settled yet (no ballot), by 票号. */
export function listMismatchedEntries<M = BallotMarks>(db: Db, eventId: number, round: BallotRound): EntryMismatch<M>[] {
  const rows = db.prepare(
    `SELECT e.ticket_no, e.entry_no, e.clerk, e.entered_on, e.marks_json
     FROM eval_entry_slots e
     WHERE e.event_id = :eventId AND e.round = :round AND e.filled = 1
       AND (SELECT count(*) FROM eval_entry_slots x WHERE x.event_id = e.event_id AND x.round = e.round AND x.ticket_no = e.ticket_no AND x.filled = 1) = 2
       AND NOT EXISTS (SELECT 1 FROM eval_ballot_slots b WHERE b.event_id = e.event_id AND b.round = e.round AND b.ticket_no = e.ticket_no AND b.filled = 1)
     ORDER BY e.ticket_no, e.entry_no`,
  ).all({ eventId, round }) as EntryRow[];
  const out: EntryMismatch<M>[] = [];
  for (let i = 0; i + 1 < rows.length; i += 2) {
    out.push({ ticketNo: rows[i]!.ticket_no, first: toEntry<M>(rows[i]!), second: toEntry<M>(rows[i + 1]!) });
  }
  return out;
}

/** 票号 with paper entries but no ballot yet: awaiting the second entry, or mismatched and not settled. */
export function countPendingEntries(db: Db, eventId: number, round: BallotRound): number {
  return db.prepare(
    `SELECT count(DISTINCT e.ticket_no) FROM eval_entry_slots e
     WHERE e.event_id = ? AND e.round = ? AND e.filled = 1
       AND NOT EXISTS (SELECT 1 FROM eval_ballot_slots b WHERE b.event_id = e.event_id AND b.round = e.round AND b.ticket_no = e.ticket_no AND b.filled = 1)`,
  ).pluck().get(eventId, round) as number;
}
