// The public face of electron/services/people: what other features import from it. Import this, not the files inside.
export { createPerson, deletePerson, movePeople, peopleVocabularies, searchPeople, setPeopleStatus, updatePerson } from './people';
export { exportRoster } from './roster-export';
