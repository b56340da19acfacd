import { campaignPlan, type SavedCampaignPlan } from '../../shared/campaigns';
import type { Db } from '../open';
import { prepared } from '../prepared';

/** campaigns: a 考核年度's 专项活动 and their 活动方案 (DOMAIN §8.2). */

export interface CampaignRecordRow {
  readonly id: number;
  readonly year: number;
  readonly plan: SavedCampaignPlan;
  readonly updatedAt: string;
}

interface Row { id: number; year: number; plan_json: string; updated_at: string }

const toRecord = (r: Row): CampaignRecordRow => ({ id: r.id, year: r.year, plan: campaignPlan.parse(JSON.parse(r.plan_json)) as SavedCampaignPlan, updatedAt: r.updated_at });

export function listCampaigns(db: Db, year: number): CampaignRecordRow[] {
  return (prepared(db, 'SELECT id, year, plan_json, updated_at FROM campaigns WHERE year = ? ORDER BY id').all(year) as Row[]).map(toRecord);
}

export function getCampaign(db: Db, id: number): CampaignRecordRow | undefined {
  const row = prepared(db, 'SELECT id, year, plan_json, updated_at FROM campaigns WHERE id = ?').get(id) as Row | undefined;
  return row && toRecord(row);
}

export function insertCampaign(db: Db, year: number, plan: SavedCampaignPlan, actor: string, now: Date): number {
  const t = now.toISOString();
  return Number(prepared(db, 'INSERT INTO campaigns (year, name, plan_json, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(year, plan.name, JSON.stringify(plan), actor, t, t).lastInsertRowid);
}

export function updateCampaign(db: Db, id: number, plan: SavedCampaignPlan, now: Date): void {
  prepared(db, 'UPDATE campaigns SET name = ?, plan_json = ?, updated_at = ? WHERE id = ?').run(plan.name, JSON.stringify(plan), now.toISOString(), id);
}

export function deleteCampaign(db: Db, id: number): void {
  prepared(db, 'DELETE FROM campaigns WHERE id = ?').run(id);
}

/** How many campaigns of the year (a year with campaigns cannot be deleted). */
export function yearCampaignCount(db: Db, year: number): number {
  return (prepared(db, 'SELECT count(*) AS n FROM campaigns WHERE year = ?').get(year) as { n: number }).n;
}

/** How many campaigns name the unit as a task's 牵头/配合单位 or a duty's 适用单位. */
export function unitCampaignUses(db: Db, unitId: number): number {
  return (prepared(db, `SELECT count(*) AS n FROM campaigns c WHERE
      EXISTS (SELECT 1 FROM json_each(c.plan_json, '$.tasks') t WHERE json_extract(t.value, '$.leadUnitId') = :unit
        OR EXISTS (SELECT 1 FROM json_each(t.value, '$.partnerUnitIds') p WHERE p.value = :unit))
      OR EXISTS (SELECT 1 FROM json_each(c.plan_json, '$.duties') d, json_each(d.value, '$.unitIds') u WHERE u.value = :unit)`).get({ unit: unitId }) as { n: number }).n;
}
