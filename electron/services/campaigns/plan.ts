import { campaignPresetNames, campaignPresets, planFromPreset, planProblems, type CampaignPlan, type CampaignView, type SavedCampaignPlan } from '../../../shared/campaigns';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import { deleteCampaign, getCampaign, insertCampaign, listCampaignRecords, listCampaigns, updateCampaign, type CampaignRecordRow } from '../../../db/campaigns';
import type { Db } from '../../../db/open';
import { unitsInTreeOrder } from '../../../db/units';
import { assertYearOpen } from '../../../db/year-lock';
import type { AppContext } from '../../context';
import { requireYear } from '../annual';
import { requireCampaign } from './common';
import { planText } from './words';

/** 活动方案: create from a preset, edit, delete (DOMAIN §8.2). */

export const campaignPresetList = (): ChannelOutput<'campaigns.presets'> => campaignPresetNames.map((p) => ({ ...p }));

export function listYearCampaigns(ctx: AppContext, input: ParsedInput<'campaigns.list'>): ChannelOutput<'campaigns.list'> {
  requireYear(ctx.db, input.year);
  return listCampaigns(ctx.db, input.year).map((c) => ({
    id: c.id, year: c.year, name: c.plan.name, from: c.plan.phases[0]?.from ?? null, to: c.plan.phases.at(-1)?.to ?? null, updatedAt: c.updatedAt,
  }));
}

export function campaignView(db: Db, c: CampaignRecordRow): CampaignView {
  const recorded = [...new Set(listCampaignRecords(db, c.id).map((r) => r.dutyId))].sort((a, b) => a - b);
  return { id: c.id, year: c.year, plan: c.plan, recordedDutyIds: recorded, updatedAt: c.updatedAt };
}

export const getCampaignView = (ctx: AppContext, input: ParsedInput<'campaigns.get'>): ChannelOutput<'campaigns.get'> => campaignView(ctx.db, requireCampaign(ctx.db, input.id));

function checkPlan(db: Db, plan: CampaignPlan, year: number): void {
  const problems = planProblems(plan, year, new Set(unitsInTreeOrder(db).map((u) => u.id)));
  if (problems.length > 0) throw new AppError('CAMPAIGN_PLAN_INVALID', `活动方案有误：${problems.slice(0, 5).join('；')}${problems.length > 5 ? `；另有${problems.length - 5}处` : ''}`);
}

export function createCampaign(ctx: AppContext, input: ParsedInput<'campaigns.create'>): ChannelOutput<'campaigns.create'> {
  const db = ctx.db;
  const now = ctx.now();
  requireYear(db, input.year);
  assertYearOpen(db, input.year);
  const preset = campaignPresets.find((p) => p.key === input.preset);
  if (!preset) throw new AppError('CAMPAIGN_PRESET_NOT_FOUND', '没有这个活动方案预设');
  const units = unitsInTreeOrder(db);
  if (units.length === 0) throw new AppError('CAMPAIGN_NO_UNITS', '尚未建立单位，请先在「单位」中建立科室或导入花名册');
  const plan = planFromPreset(preset, input.year, units) as SavedCampaignPlan;
  checkPlan(db, plan, input.year);
  return db.transaction(() => {
    const id = insertCampaign(db, input.year, plan, ctx.actor(), now);
    writeAudit(db, {
      actor: ctx.actor(), action: 'campaigns.create', entity: 'campaign', entityId: id,
      summary: `新建专项活动：${plan.name}（预设“${preset.name}”）`, subjects: `${input.year}年度 ${plan.name}`, after: plan,
    }, now);
    return campaignView(db, getCampaign(db, id)!);
  })();
}

export function saveCampaign(ctx: AppContext, input: ParsedInput<'campaigns.save'>): ChannelOutput<'campaigns.save'> {
  const db = ctx.db;
  const now = ctx.now();
  const old = requireCampaign(db, input.id);
  assertYearOpen(db, old.year);
  checkPlan(db, input.plan, old.year);
  // duties keep their ids; new ones get the next free id
  const known = new Set(old.plan.duties.map((d) => d.id));
  let next = Math.max(0, ...old.plan.duties.map((d) => d.id)) + 1;
  const duties = input.plan.duties.map((d, i) => {
    if (d.id != null && !known.has(d.id)) throw new AppError('CAMPAIGN_DUTY_NOT_FOUND', `第${i + 1}项个人任务“${d.name}”已被删除，请刷新后重试`);
    return { ...d, id: d.id ?? next++ };
  });
  const kept = new Set(duties.map((d) => d.id));
  const recorded = new Set(listCampaignRecords(db, old.id).map((r) => r.dutyId));
  for (const d of old.plan.duties) {
    if (!kept.has(d.id) && recorded.has(d.id)) throw new AppError('CAMPAIGN_DUTY_RECORDED', `个人任务“${d.name}”已有登记，不能删除（可修改其名称、时限或次数）`);
  }
  const plan: SavedCampaignPlan = { ...input.plan, duties };
  return db.transaction(() => {
    updateCampaign(db, old.id, plan, now);
    const units = new Map(unitsInTreeOrder(db).map((u) => [u.id, u.name]));
    const before = planText(old.plan, units);
    const after = planText(plan, units);
    writeAudit(db, {
      actor: ctx.actor(), action: 'campaigns.save', entity: 'campaign', entityId: old.id,
      summary: `修改活动方案：${plan.name}`, subjects: `${old.year}年度 ${plan.name}`,
      changes: Object.keys(after).filter((k) => before[k] !== after[k]).map((k) => ({ subject: plan.name, field: k, before: before[k] ?? '无', after: after[k] ?? '无' })),
      before: old.plan, after: plan,
    }, now);
    return campaignView(db, getCampaign(db, old.id)!);
  })();
}

export function removeCampaign(ctx: AppContext, input: ParsedInput<'campaigns.delete'>): ChannelOutput<'campaigns.delete'> {
  const db = ctx.db;
  const now = ctx.now();
  const c = requireCampaign(db, input.id);
  assertYearOpen(db, c.year);
  const n = listCampaignRecords(db, c.id).length;
  if (n > 0) throw new AppError('CAMPAIGN_HAS_RECORDS', `“${c.plan.name}”已有${n}条个人任务登记，不能删除`);
  db.transaction(() => {
    deleteCampaign(db, c.id);
    writeAudit(db, { actor: ctx.actor(), action: 'campaigns.delete', entity: 'campaign', entityId: c.id, summary: `删除专项活动：${c.plan.name}`, subjects: `${c.year}年度 ${c.plan.name}`, before: c.plan }, now);
  })();
  return null;
}
