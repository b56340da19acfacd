// The public face of renderer/pages/bulletins: what other features import from it. Import this, not the files inside.
export { bulletinsMenuEntries, bulletinsRoutes } from './bulletins-routes';
