// The public face of electron/services/demo: what other features import from it. Import this, not the files inside.
export { loadDemoData } from './demo';
