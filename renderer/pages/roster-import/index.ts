// The public face of renderer/pages/roster-import: what other features import from it. Import this, not the files inside.
export { ImportWizard } from './ImportWizard';
export { acceptedExtensions } from './import-labels';
