// The public face of renderer/pages/stars: what other features import from it. Import this, not the files inside.
export { starsMenu, starsRoutes } from './stars-routes';
