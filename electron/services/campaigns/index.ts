// The public face of electron/services/campaigns: what the handler map imports. Import this, not the files inside.
export { campaignPeople } from './common';
export { campaignPresetList, createCampaign, getCampaignView, listYearCampaigns, removeCampaign, saveCampaign } from './plan';
export { campaignProgressView } from './progress';
export { campaignRegisterView, markAllDone, openCampaignEvidence, setCampaignEvidence, setCampaignRecord } from './register';
