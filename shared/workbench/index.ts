// The public face of shared/workbench (工作台): what other features import from it. Import this, not the files inside.
export { stepState, workbenchOverview, workbenchStep, workbenchSteps } from './steps';
export type { StepState, WorkbenchCounts, WorkbenchFacts, WorkbenchOverview, WorkbenchStep } from './steps';
