// The public face of shared/campaigns: what other features import from it. Import this, not the files inside.
export { appliesTo, campaignDutyFigures, completedOn, completionRate } from './figures';
export type { CampaignDutyFigures, DutyFact, DutyTally, PersonDutyFigures, PersonFact, RecordFact, UnitDutyFigures } from './figures';
export { campaignDuty, campaignPhase, campaignPlan, campaignTask, currentPhaseIndex, monthDayText, planProblems, taskStatus, taskStatusLabels } from './plan';
export type { CampaignDuty, CampaignPhase, CampaignPlan, CampaignPlanInput, CampaignTask, SavedCampaignPlan, TaskStatus } from './plan';
export { campaignPresetNames, campaignPresets, planFromPreset } from './presets';
export type { CampaignPreset } from './presets';
export { campaignCell, campaignProgress, campaignRegister, campaignSummary, campaignView, truncatedNames } from './views';
export type { CampaignCell, CampaignProgress, CampaignRegister, CampaignSummary, CampaignView } from './views';
