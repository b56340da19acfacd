// The public face of db/evaluation: what other features import from it. Import this, not the files inside.
// The ballot machinery (票号, slots, paper entries, the event row's status/实到/close/delete) serves every
// kind of ballot event; db/recommendation reads its own rows and writes through these.
export { ballotTransaction, clearRoundSlots, dropEmptySlots } from './ballot-slots';
export { countBallots, countPendingEntries, countTickets, insertTicket, listBallots, listMismatchedEntries, listTickets } from './ballots';
export type { BallotRound, StoredBallot } from './ballots';
export {
  closeEventRow, deleteEventRow, getBallotEventHead, getEventRecord, insertEvent, insertTarget, listEventSummaries, listTargets, personHasEvaluationBallots, setEventAttendanceRow,
  listClosedUnitReviews, setEventStatusRow, toBallotEventRecord, updateEventFields,
} from './events';
export type { BallotEventRecord, EventRow } from './events';
