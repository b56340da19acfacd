// The public face of shared/domain: what other features import from it. Import this, not the files inside.
export { isoDate, person, personFields, personStatuses, postRankText, unit } from './person';
export type { Person, PersonFields, Unit } from './person';
export { requiredRosterFields, rosterFieldKeys, rosterFieldLabels } from './roster-fields';
export type { RosterFieldKey } from './roster-fields';
