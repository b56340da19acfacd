// The public face of db/units: what other features import from it. Import this, not the files inside.
export { unitsInTreeOrder } from './tree-order';
export { getUnitRow, insertUnit, listUnitRows, unitAndDescendantIds } from './units';
