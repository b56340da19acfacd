import { randomBytes, randomInt } from 'node:crypto';
import { ticketFromRandom, ticketRandomBytes } from '../../shared/evaluation/ticket-number';
import type { Db } from '../open';
import { prepared } from '../prepared';

/**
 * Ballot slots: where a 述职测评 ballot and its paper entries are stored, so that no byte of the
 * database file, its WAL or a backup follows the order in which ballots were cast or entered.
 *
 * Why it is secret:
 * - A ballot gets no new place when it is cast. Slots (one per printed 票号, a pool of kiosk 票号)
 *   are created before, when a round opens, and always all of a round at once, inserted in a
 *   random order (crypto-random shuffle): the slot number, the page, the offset in the page and the
 *   overflow pages of each slot follow that shuffle, not the raters; the 票号 is random too.
 * - Filling a slot rewrites its record with one of exactly the same byte size: texts padded with
 *   spaces to the slot's widths, flags 0/1 (kept in the record header, no bytes). SQLite then
 *   overwrites the cell and its overflow chain where they are (sqlite3BtreeInsert's overwrite
 *   optimisation, for rowid and WITHOUT ROWID tables alike) instead of freeing it and taking new
 *   space. The filled columns carry no index, so no index entry moves either.
 * - The kiosk fills a random empty slot of its pool, so even the set of 票号 gives no order.
 * - When a round needs more or wider slots (the kiosk pool is used up, a ballot is longer than its
 *   slot, tickets were printed after the round opened), the whole round is rebuilt: every slot,
 *   filled or not, is deleted and inserted again in a fresh random order, the kiosk 票号 too.
 * - `secure_delete` (db/open.ts) zeroes what a delete frees; every ballot write checkpoints the WAL
 *   with TRUNCATE (ballotTransaction), so the WAL holds at most the ballot just written; an SQLite
 *   backup copies the pages as they are, so it holds no order either; backups written before this
 *   layout are rewritten into it at start (db/backup/backup-upgrade.ts).
 * - Paper entries keep the clerk and the day only.
 */

export type SlotRound = 'test' | 'live';

export interface SlotWidths {
  /** bytes of marks_json (ballot and entry slots) */
  readonly marks: number;
  /** bytes of reasons_json (ballot slots) */
  readonly reasons: number;
}

export interface RoundLayout {
  readonly widths: SlotWidths;
  /** kiosk slots the round should hold (filled ones included); a rebuild never drops one it has */
  readonly kioskSlots: number;
}

/** A clerk's name: 20 characters (the contract's limit) of up to 4 bytes each. */
export const clerkWidth = 80;
/** entered_on of an empty entry slot */
export const emptyDay = '0000-00-00';
const emptyMarks = '{}';
const emptyReasons = '[]';

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

/** The text padded with spaces to exactly `width` bytes, or undefined when it is longer. */
export function padToBytes(text: string, width: number): string | undefined {
  const bytes = byteLength(text);
  return bytes > width ? undefined : text + ' '.repeat(width - bytes);
}

/** Fisher–Yates with a cryptographic source: the order slots are written in must not be guessable. */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface BallotSlotRow { ticket_no: string; source: 'paper' | 'kiosk'; filled: number; valid: number; reasons_json: string; marks_json: string }
interface EntrySlotRow { ticket_no: string; entry_no: 1 | 2; filled: number; clerk: string; entered_on: string; marks_json: string }

const maxBytes = (texts: readonly string[]) => texts.reduce((max, t) => Math.max(max, byteLength(t.trimEnd())), 0);

/** New kiosk 票号, none already issued in the event. */
function drawKioskTickets(taken: Set<string>, count: number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const ticket = ticketFromRandom(randomBytes(ticketRandomBytes));
    if (taken.has(ticket)) continue;
    taken.add(ticket);
    out.push(ticket);
  }
  return out;
}

/**
 * Writes every slot of one round anew, in a random order: each printed 票号 gets a ballot slot and
 * two entry slots, the kiosk pool at least `layout.kioskSlots` slots (it never shrinks).
 * Filled slots keep their content and 票号; widths grow to fit the longest content. Call inside the
 * transaction of the write that needs it.
 */
export function rebuildRoundSlots(db: Db, eventId: number, round: SlotRound, layout: RoundLayout): void {
  const ballots = db.prepare('SELECT ticket_no, source, filled, valid, reasons_json, marks_json FROM eval_ballot_slots WHERE event_id = ? AND round = ?')
    .all(eventId, round) as BallotSlotRow[];
  const entries = db.prepare('SELECT ticket_no, entry_no, filled, clerk, entered_on, marks_json FROM eval_entry_slots WHERE event_id = ? AND round = ?')
    .all(eventId, round) as EntrySlotRow[];
  const filledBallots = new Map(ballots.filter((b) => b.filled === 1).map((b) => [b.ticket_no, b]));
  const filledEntries = new Map(entries.filter((e) => e.filled === 1).map((e) => [`${e.ticket_no}:${e.entry_no}`, e]));
  const keptKiosk = ballots.filter((b) => b.source === 'kiosk').map((b) => b.ticket_no);
  const widths: SlotWidths = {
    marks: Math.max(layout.widths.marks, maxBytes([...filledBallots.values(), ...filledEntries.values()].map((r) => r.marks_json)), byteLength(emptyMarks)),
    reasons: Math.max(layout.widths.reasons, maxBytes([...filledBallots.values()].map((r) => r.reasons_json)), byteLength(emptyReasons)),
  };

  db.prepare('DELETE FROM eval_entry_slots WHERE event_id = ? AND round = ?').run(eventId, round);
  db.prepare('DELETE FROM eval_ballot_slots WHERE event_id = ? AND round = ?').run(eventId, round);
  // This round's kiosk 票号 are written again below, in the new order, with any new ones among them:
  // 票号 added to a pool later would otherwise sit apart and mark the ballots cast after the pool grew.
  deleteUnusedKioskTickets(db, eventId);

  const paper = db.prepare(`SELECT ticket_no FROM eval_tickets WHERE event_id = ? AND source = 'paper'`).pluck().all(eventId) as string[];
  const taken = new Set([...(db.prepare('SELECT ticket_no FROM eval_tickets WHERE event_id = ?').pluck().all(eventId) as string[]), ...keptKiosk]);
  const kiosk = shuffled([...keptKiosk, ...drawKioskTickets(taken, Math.max(0, layout.kioskSlots - keptKiosk.length))]);
  const insertTicket = db.prepare(`INSERT INTO eval_tickets (event_id, ticket_no, source) VALUES (?, ?, 'kiosk')`);
  for (const ticket of kiosk) insertTicket.run(eventId, ticket);

  const insertBallotSlot = db.prepare(
    'INSERT INTO eval_ballot_slots (event_id, round, ticket_no, source, filled, valid, reasons_json, marks_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const slots = shuffled([...paper.map((t) => ({ ticket: t, source: 'paper' as const })), ...kiosk.map((t) => ({ ticket: t, source: 'kiosk' as const }))]);
  for (const { ticket, source } of slots) {
    const b = filledBallots.get(ticket);
    insertBallotSlot.run(
      eventId, round, ticket, source, b ? 1 : 0, b?.valid ?? 0,
      padToBytes(b?.reasons_json.trimEnd() ?? emptyReasons, widths.reasons)!, padToBytes(b?.marks_json.trimEnd() ?? emptyMarks, widths.marks)!,
    );
  }
  const insertEntrySlot = db.prepare(
    'INSERT INTO eval_entry_slots (event_id, round, ticket_no, entry_no, filled, clerk, entered_on, marks_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const { ticket, entryNo } of shuffled(paper.flatMap((ticket) => [{ ticket, entryNo: 1 }, { ticket, entryNo: 2 }]))) {
    const e = filledEntries.get(`${ticket}:${entryNo}`);
    insertEntrySlot.run(
      eventId, round, ticket, entryNo, e ? 1 : 0, padToBytes(e?.clerk.trimEnd() ?? '', clerkWidth)!, e?.entered_on ?? emptyDay,
      padToBytes(e?.marks_json.trimEnd() ?? emptyMarks, widths.marks)!,
    );
  }
}

/**
 * Whether the round has every slot it needs: a ballot slot and two entry slots per printed 票号, a
 * kiosk pool, and slots as wide as `widths`. When not, the caller rebuilds the round. (A pool used
 * up grows when the next kiosk ballot comes: castKioskBallot.)
 */
export function roundSlotsReady(db: Db, eventId: number, round: SlotRound, widths: SlotWidths): boolean {
  const row = db.prepare(
    `SELECT (SELECT count(*) FROM eval_tickets WHERE event_id = :eventId AND source = 'paper') AS paper,
            (SELECT count(*) FROM eval_ballot_slots WHERE event_id = :eventId AND round = :round AND source = 'paper') AS paperSlots,
            (SELECT count(*) FROM eval_entry_slots WHERE event_id = :eventId AND round = :round) AS entrySlots,
            (SELECT count(*) FROM eval_ballot_slots WHERE event_id = :eventId AND round = :round AND source = 'kiosk') AS kiosk,
            (SELECT coalesce(min(octet_length(marks_json)) >= :marks AND min(octet_length(reasons_json)) >= :reasons, 1)
               FROM eval_ballot_slots WHERE event_id = :eventId AND round = :round) AS wideBallots,
            (SELECT coalesce(min(octet_length(marks_json)) >= :marks, 1) FROM eval_entry_slots WHERE event_id = :eventId AND round = :round) AS wideEntries`,
  ).get({ eventId, round, marks: widths.marks, reasons: widths.reasons }) as { paper: number; paperSlots: number; entrySlots: number; kiosk: number; wideBallots: number; wideEntries: number };
  return row.paperSlots === row.paper && row.entrySlots === 2 * row.paper && row.kiosk > 0 && row.wideBallots === 1 && row.wideEntries === 1;
}

/** A random empty kiosk slot of the round (its 票号), or undefined when the pool is used up. */
export function randomFreeKioskSlot(db: Db, eventId: number, round: SlotRound): string | undefined {
  const free = prepared(db, `SELECT ticket_no FROM eval_ballot_slots WHERE event_id = ? AND round = ? AND source = 'kiosk' AND filled = 0`)
    .pluck().all(eventId, round) as string[];
  return free.length === 0 ? undefined : free[randomInt(free.length)];
}

export function kioskSlotCount(db: Db, eventId: number, round: SlotRound): number {
  return prepared(db, `SELECT count(*) FROM eval_ballot_slots WHERE event_id = ? AND round = ? AND source = 'kiosk'`).pluck().get(eventId, round) as number;
}

/** 'no-slot': the round has no empty slot for it; 'too-small': the content is wider than its slot. Either way the caller rebuilds the round. */
export type SlotWrite = 'written' | 'no-slot' | 'too-small';

/** A ballot of either kind: its marks as the kind's schema has them, and its validity (a 推荐票 is always valid as a whole). */
export interface BallotContent {
  readonly marks: object;
  readonly valid: boolean;
  readonly reasons: readonly string[];
}

interface SlotSize { filled: number; marks: number; reasons: number }

/** Fills the ballot slot of a 票号: the same bytes count, so SQLite overwrites the slot where it is. */
export function fillBallotSlot(db: Db, eventId: number, round: SlotRound, ticketNo: string, ballot: BallotContent): SlotWrite {
  const slot = prepared(db, 'SELECT filled, octet_length(marks_json) AS marks, octet_length(reasons_json) AS reasons FROM eval_ballot_slots WHERE event_id = ? AND round = ? AND ticket_no = ?')
    .get(eventId, round, ticketNo) as SlotSize | undefined;
  if (!slot || slot.filled === 1) return 'no-slot';
  const marks = padToBytes(JSON.stringify(ballot.marks), slot.marks);
  const reasons = padToBytes(JSON.stringify(ballot.reasons), slot.reasons);
  if (marks === undefined || reasons === undefined) return 'too-small';
  prepared(db, 'UPDATE eval_ballot_slots SET filled = 1, valid = ?, reasons_json = ?, marks_json = ? WHERE event_id = ? AND round = ? AND ticket_no = ?')
    .run(ballot.valid ? 1 : 0, reasons, marks, eventId, round, ticketNo);
  return 'written';
}

/** A new validity for a cast ballot (rules changed before going live), in place like a fill. */
export function rewriteBallotValidity(db: Db, eventId: number, round: SlotRound, ticketNo: string, valid: boolean, reasons: readonly string[]): SlotWrite {
  const slot = prepared(db, 'SELECT filled, octet_length(marks_json) AS marks, octet_length(reasons_json) AS reasons FROM eval_ballot_slots WHERE event_id = ? AND round = ? AND ticket_no = ?')
    .get(eventId, round, ticketNo) as SlotSize | undefined;
  if (!slot || slot.filled === 0) return 'no-slot';
  const padded = padToBytes(JSON.stringify(reasons), slot.reasons);
  if (padded === undefined) return 'too-small';
  prepared(db, 'UPDATE eval_ballot_slots SET valid = ?, reasons_json = ? WHERE event_id = ? AND round = ? AND ticket_no = ?').run(valid ? 1 : 0, padded, eventId, round, ticketNo);
  return 'written';
}

export interface EntryContent {
  readonly ticketNo: string;
  readonly entryNo: 1 | 2;
  readonly clerk: string;
  readonly marks: object;
}

/** The day of an entry, local to the office: nothing finer is kept beside a 票号. */
export const entryDay = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

export function fillEntrySlot(db: Db, eventId: number, round: SlotRound, entry: EntryContent, now: Date): SlotWrite {
  const slot = prepared(db, 'SELECT filled, octet_length(marks_json) AS marks, octet_length(clerk) AS reasons FROM eval_entry_slots WHERE event_id = ? AND round = ? AND ticket_no = ? AND entry_no = ?')
    .get(eventId, round, entry.ticketNo, entry.entryNo) as SlotSize | undefined;
  if (!slot || slot.filled === 1) return 'no-slot';
  const marks = padToBytes(JSON.stringify(entry.marks), slot.marks);
  const clerk = padToBytes(entry.clerk, slot.reasons);
  if (marks === undefined || clerk === undefined) return 'too-small';
  prepared(db, 'UPDATE eval_entry_slots SET filled = 1, clerk = ?, entered_on = ?, marks_json = ? WHERE event_id = ? AND round = ? AND ticket_no = ? AND entry_no = ?')
    .run(clerk, entryDay(now), marks, eventId, round, entry.ticketNo, entry.entryNo);
  return 'written';
}

/** 票号 the kiosk drew for slots that no longer exist (a wiped round, a rebuilt pool): nothing refers to them. */
export function deleteUnusedKioskTickets(db: Db, eventId: number): number {
  return db.prepare(
    `DELETE FROM eval_tickets WHERE event_id = ? AND source = 'kiosk'
       AND NOT EXISTS (SELECT 1 FROM eval_ballot_slots s WHERE s.event_id = eval_tickets.event_id AND s.ticket_no = eval_tickets.ticket_no)`,
  ).run(eventId).changes;
}

/** Removes every slot of a round (测试模式's wipe), with the kiosk 票号 drawn for it; returns the ballots and entries that were filled. */
export function clearRoundSlots(db: Db, eventId: number, round: SlotRound): { ballots: number; entries: number } {
  const entries = db.prepare('DELETE FROM eval_entry_slots WHERE event_id = ? AND round = ? RETURNING filled').pluck().all(eventId, round) as number[];
  const ballots = db.prepare('DELETE FROM eval_ballot_slots WHERE event_id = ? AND round = ? RETURNING filled').pluck().all(eventId, round) as number[];
  deleteUnusedKioskTickets(db, eventId);
  const filled = (rows: readonly number[]) => rows.filter((f) => f === 1).length;
  return { ballots: filled(ballots), entries: filled(entries) };
}

/** At close the empty slots (and unused kiosk 票号) go: a closed event takes no more ballots. Deleting leaves no order behind. */
export function dropEmptySlots(db: Db, eventId: number): void {
  db.prepare('DELETE FROM eval_entry_slots WHERE event_id = ? AND filled = 0').run(eventId);
  db.prepare('DELETE FROM eval_ballot_slots WHERE event_id = ? AND filled = 0').run(eventId);
  deleteUnusedKioskTickets(db, eventId);
}

/**
 * Runs one ballot write (a cast, an entry, a settlement, a round opened or wiped) in its own
 * transaction and then folds the WAL into the file and truncates it, so the WAL never holds more
 * than the write just made: a WAL keeps every changed page in commit order, and would otherwise be
 * the casting order itself. Durability is the same as `synchronous = FULL` by the time this
 * returns: the commit itself is not synced (NORMAL), the checkpoint syncs the WAL and then the
 * database file; that saves the kiosk one of three syncs. Inside an outer transaction (demo data)
 * the write simply joins it and the outer caller commits.
 */
export function ballotTransaction<T>(db: Db, write: () => T): T {
  if (db.inTransaction) return write();
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  try {
    const result = db.transaction(write)();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return result;
  } finally {
    // the value applyPragmas set (db/open.ts), an integer of our own
    db.pragma(`synchronous = ${synchronous}`);
  }
}
