// The public face of db/people: what other features import from it. Import this, not the files inside.
export { unitAssessmentUses } from './assessment-data';
export { ranksInUse, searchPeopleRows } from './people-search';
export { getPersonRow, insertPersonRow, selectPeople, setPersonSortOrder, toPerson } from './people';
export type { PersonRowDb } from './people';
export { listVocabulary } from './vocabulary';
