import { randomUUID } from 'node:crypto';
import type { BallotMarks, InvalidReason } from '../shared/evaluation/config';
import type { Db } from './open';
import { prepared } from './prepared';

/**
 * Ballots, issued 票号 and paper-entry records of 述职测评. A ballot row carries no time, no user
 * and no sequence (migration 002); lists come back ordered by 票号, never in entry order.
 */
export type BallotRound = 'test' | 'live';
export type BallotSource = 'kiosk' | 'paper';
export type TicketSource = 'paper' | 'kiosk';

export interface StoredBallot {
  readonly id: string;
  readonly ticketNo: string;
  readonly category: string;
  readonly round: BallotRound;
  readonly source: BallotSource;
  readonly marks: BallotMarks;
  readonly valid: boolean;
  readonly reasons: InvalidReason[];
}

interface BallotRow {
  id: string; ticket_no: string; category: string; round: BallotRound; source: BallotSource; marks_json: string; valid: number; reasons_json: string;
}

const toBallot = (r: BallotRow): StoredBallot => ({
  id: r.id, ticketNo: r.ticket_no, category: r.category, round: r.round, source: r.source,
  marks: JSON.parse(r.marks_json) as BallotMarks, valid: r.valid === 1, reasons: JSON.parse(r.reasons_json) as InvalidReason[],
});

// ---- issued 票号 ----

/** false when the 票号 was already issued in this event (the caller draws another). */
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

/** 票号 the kiosk drew for ballots that no longer exist (a wiped test round): nothing refers to them. */
export function deleteUnusedKioskTickets(db: Db, eventId: number): number {
  return db.prepare(
    `DELETE FROM eval_tickets WHERE event_id = ? AND source = 'kiosk'
       AND NOT EXISTS (SELECT 1 FROM eval_ballots b WHERE b.event_id = eval_tickets.event_id AND b.ticket_no = eval_tickets.ticket_no)`,
  ).run(eventId).changes;
}

// ---- ballots ----

export interface NewBallot {
  readonly eventId: number;
  readonly ticketNo: string;
  readonly round: BallotRound;
  readonly source: BallotSource;
  readonly marks: BallotMarks;
  readonly valid: boolean;
  readonly reasons: readonly InvalidReason[];
}

/** The key is a random UUID: the stored order of ballots is random, not the order raters voted in. */
export function insertBallot(db: Db, ballot: NewBallot, id: string = randomUUID()): string {
  prepared(db, 'INSERT INTO eval_ballots (id, event_id, ticket_no, category, round, source, marks_json, valid, reasons_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, ballot.eventId, ballot.ticketNo, ballot.marks.category, ballot.round, ballot.source, JSON.stringify(ballot.marks), ballot.valid ? 1 : 0, JSON.stringify(ballot.reasons));
  return id;
}

export function ballotExists(db: Db, eventId: number, round: BallotRound, ticketNo: string): boolean {
  return prepared(db, 'SELECT EXISTS (SELECT 1 FROM eval_ballots WHERE event_id = ? AND round = ? AND ticket_no = ?)').pluck().get(eventId, round, ticketNo) === 1;
}

/** One round's ballots sorted by 票号. */
export function listBallots(db: Db, eventId: number, round: BallotRound): StoredBallot[] {
  return (prepared(db, 'SELECT * FROM eval_ballots WHERE event_id = ? AND round = ? ORDER BY ticket_no').all(eventId, round) as BallotRow[]).map(toBallot);
}

export function countBallots(db: Db, eventId: number, round: BallotRound): number {
  return prepared(db, 'SELECT count(*) FROM eval_ballots WHERE event_id = ? AND round = ?').pluck().get(eventId, round) as number;
}

export function setBallotValidity(db: Db, id: string, valid: boolean, reasons: readonly InvalidReason[]): void {
  db.prepare('UPDATE eval_ballots SET valid = ?, reasons_json = ? WHERE id = ?').run(valid ? 1 : 0, JSON.stringify(reasons), id);
}

export function deleteBallots(db: Db, eventId: number, round: BallotRound): number {
  return db.prepare('DELETE FROM eval_ballots WHERE event_id = ? AND round = ?').run(eventId, round).changes;
}

// ---- paper entries (双人录入) ----

export interface PaperEntry {
  readonly ticketNo: string;
  readonly entryNo: 1 | 2;
  readonly clerk: string;
  readonly enteredAt: string;
  readonly marks: BallotMarks;
}

interface EntryRow { ticket_no: string; entry_no: 1 | 2; clerk: string; entered_at: string; marks_json: string }

const toEntry = (r: EntryRow): PaperEntry => ({
  ticketNo: r.ticket_no, entryNo: r.entry_no, clerk: r.clerk, enteredAt: r.entered_at, marks: JSON.parse(r.marks_json) as BallotMarks,
});

/** The entries of one 票号 in one round, first entry first. */
export function listEntries(db: Db, eventId: number, round: BallotRound, ticketNo: string): PaperEntry[] {
  return (prepared(db, 'SELECT ticket_no, entry_no, clerk, entered_at, marks_json FROM eval_paper_entries WHERE event_id = ? AND round = ? AND ticket_no = ? ORDER BY entry_no')
    .all(eventId, round, ticketNo) as EntryRow[]).map(toEntry);
}

export function insertEntry(db: Db, eventId: number, round: BallotRound, entry: Omit<PaperEntry, 'enteredAt'>, now = new Date()): void {
  prepared(db, 'INSERT INTO eval_paper_entries (event_id, round, ticket_no, entry_no, clerk, entered_at, marks_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(eventId, round, entry.ticketNo, entry.entryNo, entry.clerk, now.toISOString(), JSON.stringify(entry.marks));
}

export interface EntryMismatch {
  readonly ticketNo: string;
  readonly first: PaperEntry;
  readonly second: PaperEntry;
}

/** 票号 entered twice whose entries disagreed and that are not settled yet (no ballot), by 票号. */
export function listMismatchedEntries(db: Db, eventId: number, round: BallotRound): EntryMismatch[] {
  const rows = db.prepare(
    `SELECT e.ticket_no, e.entry_no, e.clerk, e.entered_at, e.marks_json
     FROM eval_paper_entries e
     WHERE e.event_id = :eventId AND e.round = :round
       AND (SELECT count(*) FROM eval_paper_entries x WHERE x.event_id = e.event_id AND x.round = e.round AND x.ticket_no = e.ticket_no) = 2
       AND NOT EXISTS (SELECT 1 FROM eval_ballots b WHERE b.event_id = e.event_id AND b.round = e.round AND b.ticket_no = e.ticket_no)
     ORDER BY e.ticket_no, e.entry_no`,
  ).all({ eventId, round }) as EntryRow[];
  const out: EntryMismatch[] = [];
  for (let i = 0; i + 1 < rows.length; i += 2) {
    out.push({ ticketNo: rows[i]!.ticket_no, first: toEntry(rows[i]!), second: toEntry(rows[i + 1]!) });
  }
  return out;
}

/** 票号 with paper entries but no ballot yet: awaiting the second entry, or mismatched and not settled. */
export function countPendingEntries(db: Db, eventId: number, round: BallotRound): number {
  return db.prepare(
    `SELECT count(DISTINCT e.ticket_no) FROM eval_paper_entries e
     WHERE e.event_id = ? AND e.round = ?
       AND NOT EXISTS (SELECT 1 FROM eval_ballots b WHERE b.event_id = e.event_id AND b.round = e.round AND b.ticket_no = e.ticket_no)`,
  ).pluck().get(eventId, round) as number;
}

export function deleteEntries(db: Db, eventId: number, round: BallotRound): number {
  return db.prepare('DELETE FROM eval_paper_entries WHERE event_id = ? AND round = ?').run(eventId, round).changes;
}
