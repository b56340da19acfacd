// The public face of db/campaigns: what other features import from it. Import this, not the files inside.
export { deleteCampaign, getCampaign, insertCampaign, listCampaigns, unitCampaignUses, updateCampaign, yearCampaignCount } from './campaigns';
export type { CampaignRecordRow } from './campaigns';
export { campaignStoredFileUses, deleteCampaignRecord, getCampaignRecord, listCampaignRecords, personHasCampaignRecords, setCampaignRecordEvidence, upsertCampaignRecord } from './records';
export type { CampaignRecordWrite, CampaignRegisterRecord } from './records';
