// The public face of shared/roster-import: what other features import from it. Import this, not the files inside.
export { autoMapColumns, normalizeHeader } from './column-aliases';
export { looksLikeInstructionsSheet } from './header-detection';
export { chooseSheetByHeader, strongestHeader } from './header-choice';
export type { HeaderRule } from './header-choice';
export { skipReason } from './row-skipping';
export { createUnitLookup, unitPathSeparator } from './unit-lookup';
export type { UnitRef } from './unit-lookup';
export { cellText, isBlankCell } from './sheet-grid';
export type { Cell, SheetGrid } from './sheet-grid';
