// The public face of renderer/pages/campaigns: what other features import from it. Import this, not the files inside.
export { campaignsMenuEntries, campaignsRoutes } from './campaigns-routes';
