// The public face of electron/services/reports: what other features import from it. Import this, not the files inside.
export { componentCell } from './materials-sheet-common';
export { startMaterialsExport } from './materials';
export { registerFormsFor, startRegisterExport } from './register';
export { summaryReportFor } from './summary';
export { participantsInScope } from './register-scope';
