import { appliesTo, type CampaignRegister, type PersonFact, type SavedCampaignPlan } from '../../../shared/campaigns';
import { AppError } from '../../../shared/errors';
import { getCampaign, type CampaignRecordRow } from '../../../db/campaigns';
import type { Db } from '../../../db/open';
import { unitAndDescendantIds, unitsInTreeOrder } from '../../../db/units';
import { activePeopleOfUnits } from '../../../db/weekly';

/** What the 专项活动 services share (DOMAIN §8.2): the campaign, its units and who owes which duty. */

export function requireCampaign(db: Db, id: number): CampaignRecordRow {
  const c = getCampaign(db, id);
  if (!c) throw new AppError('CAMPAIGN_NOT_FOUND', '找不到该专项活动，可能已被删除，请刷新后重试');
  return c;
}

export interface DutyPerson extends PersonFact {
  readonly name: string;
  readonly unitName: string;
  readonly dutyIds: number[];
}

export interface CampaignPeople {
  readonly units: ReturnType<typeof unitsInTreeOrder>;
  readonly unitName: (id: number) => string;
  /** every duty with its 适用单位 expanded to their sub-units (null: everyone) */
  readonly duties: { id: number; due: string; count: number; unitIds: number[] | null }[];
  /** 在职 people owing at least one duty, in unit-tree then roster order */
  readonly people: DutyPerson[];
}

/** Who owes what: the 在职 people of the duties' units (DOMAIN §8.2), optionally only within `withinUnit` and its sub-units. */
export function campaignPeople(db: Db, plan: SavedCampaignPlan, withinUnit?: number): CampaignPeople {
  const units = unitsInTreeOrder(db);
  const byId = new Map(units.map((u) => [u.id, u]));
  const order = new Map(units.map((u, i) => [u.id, i]));
  const duties = plan.duties.map((d) => ({ id: d.id, due: d.due, count: d.count, unitIds: d.unitIds == null ? null : [...new Set(d.unitIds.flatMap((u) => (byId.has(u) ? unitAndDescendantIds(db, u) : [])))] }));
  const scope = withinUnit == null ? units.map((u) => u.id) : byId.has(withinUnit) ? unitAndDescendantIds(db, withinUnit) : [];
  const unitName = (id: number) => byId.get(id)?.name ?? `单位${id}`;
  const people = activePeopleOfUnits(db, scope)
    .sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0))
    .map((p) => ({ id: p.id, name: p.name, unitId: p.unitId, unitName: unitName(p.unitId), dutyIds: duties.filter((d) => appliesTo(d, { id: p.id, unitId: p.unitId })).map((d) => d.id) }))
    .filter((p) => p.dutyIds.length > 0);
  return { units, unitName, duties, people };
}

export function requireDuty(plan: SavedCampaignPlan, dutyId: number): SavedCampaignPlan['duties'][number] {
  const duty = plan.duties.find((d) => d.id === dutyId);
  if (!duty) throw new AppError('CAMPAIGN_DUTY_NOT_FOUND', '该个人任务已从活动方案中删除，请刷新后重试');
  return duty;
}

export type RegisterRow = CampaignRegister['rows'][number];
