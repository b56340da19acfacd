// The public face of renderer/pages/inspections: what other features import from it. Import this, not the files inside.
export { inspectionsMenuEntries, inspectionsRoutes } from './inspections-routes';
