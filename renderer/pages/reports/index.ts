// The public face of renderer/pages/reports: what other features import from it. Import this, not the files inside.
export { reportsMenuItem, reportsRoutes } from './reports-routes';
export { ReportScopeFields } from './common/ReportScopeFields';
export { emptyScopeDraft, participantsInScope, scopeOf, scopeSummary } from './common/reports-scope';
export type { ScopeDraft } from './common/reports-scope';
export { parseScopeQuery, scopeSearch } from './register/register-query';
