// The public face of renderer/pages/weekly: what other features import from it. Import this, not the files inside.
export { weeklyMenuEntries, weeklyRoutes } from './weekly-routes';
