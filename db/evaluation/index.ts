// The public face of db/evaluation: what other features import from it. Import this, not the files inside.
export { dropEmptySlots } from './ballot-slots';
export { insertTicket } from './ballots';
export { closeEventRow, getEventRecord, insertEvent, insertTarget, listTargets, personHasEvaluationBallots, setEventAttendanceRow } from './events';
