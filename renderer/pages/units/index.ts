// The public face of renderer/pages/units: what other features import from it. Import this, not the files inside.
export { UnitsPage } from './UnitsPage';
