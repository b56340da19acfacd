// The public face of renderer/pages/reports: what other features import from it. Import this, not the files inside.
export { reportsMenuItem, reportsRoutes } from './reports-routes';
