// The public face of renderer/pages/start: what other features import from it. Import this, not the files inside.
export { EmptyState } from './EmptyState';
