// The public face of renderer/pages/people: what other features import from it. Import this, not the files inside.
export { PeoplePage } from './PeoplePage';
