// The public face of renderer/pages/annual: what other features import from it. Import this, not the files inside.
export { annualMenu, annualRoutes } from './annual-routes';
export { yearPlaceholder } from './common/YearPlaceholder';
export { useSelectedYear } from './common/use-selected-year';
