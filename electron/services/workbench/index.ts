// The public face of electron/services/workbench (工作台): what the handler map imports. Import this, not the files inside.
export { workbenchOverview } from './overview';
