import type { Db } from '../open';
import { prepared } from '../prepared';

/** campaign_records: the 专项活动 register, who did which duty when, with its evidence (DOMAIN §8.2). */

export interface CampaignRegisterRecord {
  readonly campaignId: number;
  readonly dutyId: number;
  readonly personId: number;
  readonly count: number;
  readonly doneOn: string | null;
  readonly note: string;
  readonly evidenceFile: { fileName: string; size: number } | null;
  readonly evidenceStored: string | null;
  readonly evidenceSha256: string | null;
}

interface Row {
  campaign_id: number; duty_id: number; person_id: number; count: number; done_on: string | null; note: string;
  evidence_name: string | null; evidence_stored: string | null; evidence_sha256: string | null; evidence_size: number | null;
}

const toRecord = (r: Row): CampaignRegisterRecord => ({
  campaignId: r.campaign_id, dutyId: r.duty_id, personId: r.person_id, count: r.count, doneOn: r.done_on, note: r.note,
  evidenceFile: r.evidence_name == null ? null : { fileName: r.evidence_name, size: r.evidence_size ?? 0 },
  evidenceStored: r.evidence_stored, evidenceSha256: r.evidence_sha256,
});

export function listCampaignRecords(db: Db, campaignId: number): CampaignRegisterRecord[] {
  return (prepared(db, 'SELECT * FROM campaign_records WHERE campaign_id = ? ORDER BY duty_id, person_id').all(campaignId) as Row[]).map(toRecord);
}

export function getCampaignRecord(db: Db, campaignId: number, dutyId: number, personId: number): CampaignRegisterRecord | undefined {
  const row = prepared(db, 'SELECT * FROM campaign_records WHERE campaign_id = ? AND duty_id = ? AND person_id = ?').get(campaignId, dutyId, personId) as Row | undefined;
  return row && toRecord(row);
}

export interface CampaignRecordWrite {
  readonly count: number;
  readonly doneOn: string | null;
  readonly note: string;
}

/** Writes count, date and note; the evidence file stays. */
export function upsertCampaignRecord(db: Db, key: { campaignId: number; dutyId: number; personId: number }, w: CampaignRecordWrite, actor: string, now: Date): void {
  prepared(db, `INSERT INTO campaign_records (campaign_id, duty_id, person_id, count, done_on, note, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (campaign_id, duty_id, person_id) DO UPDATE SET count = excluded.count, done_on = excluded.done_on, note = excluded.note, updated_by = excluded.updated_by, updated_at = excluded.updated_at`)
    .run(key.campaignId, key.dutyId, key.personId, w.count, w.doneOn, w.note, actor, now.toISOString());
}

export function setCampaignRecordEvidence(db: Db, key: { campaignId: number; dutyId: number; personId: number }, file: { fileName: string; storedName: string; sha256: string; size: number } | null): void {
  prepared(db, 'UPDATE campaign_records SET evidence_name = ?, evidence_stored = ?, evidence_sha256 = ?, evidence_size = ? WHERE campaign_id = ? AND duty_id = ? AND person_id = ?')
    .run(file?.fileName ?? null, file?.storedName ?? null, file?.sha256 ?? null, file?.size ?? null, key.campaignId, key.dutyId, key.personId);
}

/** How many register rows refer to one stored evidence file. */
export function campaignStoredFileUses(db: Db, storedName: string): number {
  return (prepared(db, 'SELECT count(*) AS n FROM campaign_records WHERE evidence_stored = ?').get(storedName) as { n: number }).n;
}

/** Whether a person has register entries (then never hard-deleted: db/people assessment-data). */
export function personHasCampaignRecords(db: Db, personId: number): boolean {
  return prepared(db, 'SELECT 1 FROM campaign_records WHERE person_id = ? LIMIT 1').get(personId) !== undefined;
}

export function deleteCampaignRecord(db: Db, key: { campaignId: number; dutyId: number; personId: number }): void {
  prepared(db, 'DELETE FROM campaign_records WHERE campaign_id = ? AND duty_id = ? AND person_id = ?').run(key.campaignId, key.dutyId, key.personId);
}
