// The public face of electron/services/units: what other features import from it. Import this, not the files inside.
export { createUnit, deleteUnit, listUnits, reorderUnits, updateUnit } from './units';
