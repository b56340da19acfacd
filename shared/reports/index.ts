// The public face of shared/reports: what other features import from it. Import this, not the files inside.
export { registerForms, reportScope, summaryReport } from './views';
export type { ReportScope } from './views';
