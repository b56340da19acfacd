import type { CampaignCell } from '../../../shared/campaigns';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import { campaignStoredFileUses, deleteCampaignRecord, getCampaignRecord, listCampaignRecords, setCampaignRecordEvidence, upsertCampaignRecord, type CampaignRegisterRecord } from '../../../db/campaigns';
import { assertYearOpen } from '../../../db/year-lock';
import type { AppContext } from '../../context';
import { discardUnusedEvidence, readEvidenceFile, storeEvidenceFile, type StoredEvidence } from '../evidence-files';
import { campaignPeople, requireCampaign, requireDuty } from './common';
import { cellText } from './words';

/** The 专项活动 register: who did which duty when, with a note or an evidence file (DOMAIN §8.2). */

const cellOf = (r: CampaignRegisterRecord): CampaignCell => ({ dutyId: r.dutyId, personId: r.personId, count: r.count, doneOn: r.doneOn, note: r.note, evidenceFile: r.evidenceFile });
const emptyCell = (dutyId: number, personId: number): CampaignCell => ({ dutyId, personId, count: 0, doneOn: null, note: '', evidenceFile: null });

export function campaignRegisterView(ctx: AppContext, input: ParsedInput<'campaigns.register'>): ChannelOutput<'campaigns.register'> {
  const c = requireCampaign(ctx.db, input.id);
  const { people } = campaignPeople(ctx.db, c.plan, input.unitId);
  const listed = new Set(people.map((p) => p.id));
  return {
    id: c.id, year: c.year, name: c.plan.name, today: ctx.today(), duties: c.plan.duties,
    rows: people.map((p) => ({ personId: p.id, name: p.name, unitId: p.unitId, unitName: p.unitName, dutyIds: p.dutyIds })),
    cells: listCampaignRecords(ctx.db, c.id).filter((r) => listed.has(r.personId)).map(cellOf),
  };
}

/** The campaign, duty and person of a cell write: the year open, the person owing the duty (or already registered). */
function requireCell(ctx: AppContext, input: { id: number; dutyId: number; personId: number }) {
  const c = requireCampaign(ctx.db, input.id);
  assertYearOpen(ctx.db, c.year);
  const duty = requireDuty(c.plan, input.dutyId);
  const existing = getCampaignRecord(ctx.db, c.id, duty.id, input.personId);
  const person = campaignPeople(ctx.db, c.plan).people.find((p) => p.id === input.personId);
  if (!existing && !person?.dutyIds.includes(duty.id)) throw new AppError('CAMPAIGN_PERSON_NOT_LISTED', `该人员不是“${duty.name}”的适用人员（不在适用单位或不在职）`);
  return { c, duty, existing, personName: person?.name ?? `人员${input.personId}` };
}

export function setCampaignRecord(ctx: AppContext, input: ParsedInput<'campaigns.setRecord'>): ChannelOutput<'campaigns.setRecord'> {
  const db = ctx.db;
  const now = ctx.now();
  const { c, duty, existing, personName } = requireCell(ctx, input);
  const where = `${personName}“${duty.name}”`;
  if (input.count > duty.count) throw new AppError('CAMPAIGN_COUNT_INVALID', `${where}：完成次数${input.count}超过应完成的${duty.count}次`);
  if (input.count >= duty.count && input.doneOn == null) throw new AppError('CAMPAIGN_DATE_REQUIRED', `${where}：已完成，请填写完成日期`);
  if (input.doneOn != null && input.doneOn > ctx.today()) throw new AppError('CAMPAIGN_DATE_INVALID', `${where}：完成日期${input.doneOn}晚于今天`);
  if (input.doneOn != null && input.doneOn < `${c.year}-01-01`) throw new AppError('CAMPAIGN_DATE_INVALID', `${where}：完成日期${input.doneOn}早于${c.year}年度`);
  const doneOn = input.count === 0 ? null : input.doneOn;
  const key = { campaignId: c.id, dutyId: duty.id, personId: input.personId };
  return db.transaction(() => {
    if (input.count === 0 && input.note === '' && !existing?.evidenceFile) deleteCampaignRecord(db, key);
    else upsertCampaignRecord(db, key, { count: input.count, doneOn, note: input.note }, ctx.actor(), now);
    const after = getCampaignRecord(db, c.id, duty.id, input.personId);
    writeAudit(db, {
      actor: ctx.actor(), action: 'campaigns.record', entity: 'campaign-record', entityId: `${c.id}-${duty.id}-${input.personId}`,
      summary: `专项活动登记：${c.plan.name} ${where}`, subjects: `${personName}（${c.plan.name}）`,
      changes: [{ subject: personName, field: duty.name, before: cellText(existing, duty.count), after: cellText(after, duty.count) }],
      // keystrokes on one cell within a minute are one row (ARCHITECTURE §5)
      cell: { key: `campaign:${c.id}:${duty.id}:${input.personId}`, summary: (_c, unchanged) => `专项活动登记：${c.plan.name} ${where}${unchanged ? '（未改变）' : ''}` },
    }, now);
    return after ? cellOf(after) : emptyCell(duty.id, input.personId);
  })();
}

export function markAllDone(ctx: AppContext, input: ParsedInput<'campaigns.markAll'>): ChannelOutput<'campaigns.markAll'> {
  const db = ctx.db;
  const now = ctx.now();
  const c = requireCampaign(db, input.id);
  assertYearOpen(db, c.year);
  const duty = requireDuty(c.plan, input.dutyId);
  if (input.doneOn > ctx.today()) throw new AppError('CAMPAIGN_DATE_INVALID', `完成日期${input.doneOn}晚于今天`);
  if (input.doneOn < `${c.year}-01-01`) throw new AppError('CAMPAIGN_DATE_INVALID', `完成日期${input.doneOn}早于${c.year}年度`);
  const { people, unitName } = campaignPeople(db, c.plan, input.unitId);
  const owing = people.filter((p) => p.dutyIds.includes(duty.id));
  if (owing.length === 0) throw new AppError('CAMPAIGN_NOBODY', `${unitName(input.unitId)}没有需要完成“${duty.name}”的在职人员`);
  const records = new Map(listCampaignRecords(db, c.id).filter((r) => r.dutyId === duty.id).map((r) => [r.personId, r]));
  const todo = owing.filter((p) => { const r = records.get(p.id); return !r || r.count < duty.count; });
  if (todo.length === 0) return { marked: 0 };
  return db.transaction(() => {
    for (const p of todo) upsertCampaignRecord(db, { campaignId: c.id, dutyId: duty.id, personId: p.id }, { count: duty.count, doneOn: input.doneOn, note: records.get(p.id)?.note ?? '' }, ctx.actor(), now);
    writeAudit(db, {
      actor: ctx.actor(), action: 'campaigns.markAll', entity: 'campaign', entityId: c.id,
      summary: `专项活动全部标记完成：${c.plan.name} ${unitName(input.unitId)}“${duty.name}”${todo.length}人，完成日期${input.doneOn}`,
      subjects: todo.map((p) => p.name).join('、'),
      changes: todo.map((p) => ({ subject: p.name, field: duty.name, before: cellText(records.get(p.id), duty.count), after: cellText({ count: duty.count, doneOn: input.doneOn, note: records.get(p.id)?.note ?? '' }, duty.count) })),
    }, now);
    return { marked: todo.length };
  })();
}

export function setCampaignEvidence(ctx: AppContext, input: ParsedInput<'campaigns.setEvidence'>): ChannelOutput<'campaigns.setEvidence'> {
  const db = ctx.db;
  const now = ctx.now();
  const { c, duty, existing, personName } = requireCell(ctx, input);
  if (!existing) throw new AppError('CAMPAIGN_RECORD_REQUIRED', `${personName}“${duty.name}”尚未登记，请先登记完成情况再上传佐证材料`);
  // everything that can refuse runs before a byte is written
  const stored: StoredEvidence | null = input.file ? storeEvidenceFile(ctx, input.file) : null;
  const key = { campaignId: c.id, dutyId: duty.id, personId: input.personId };
  try {
    return db.transaction(() => {
      setCampaignRecordEvidence(db, key, stored);
      writeAudit(db, {
        actor: ctx.actor(), action: 'campaigns.evidence', entity: 'campaign-record', entityId: `${c.id}-${duty.id}-${input.personId}`,
        summary: `专项活动佐证材料：${c.plan.name} ${personName}“${duty.name}”`, subjects: `${personName}（${c.plan.name}）`,
        changes: [{ subject: personName, field: `“${duty.name}”佐证材料`, before: existing.evidenceFile ? `文件“${existing.evidenceFile.fileName}”` : '无', after: stored ? `文件“${stored.fileName}”` : '无' }],
        after: stored ? { fileName: stored.fileName, size: stored.size, sha256: stored.sha256 } : null,
      }, now);
      return cellOf(getCampaignRecord(db, c.id, duty.id, input.personId)!);
    })();
  } catch (error) {
    if (stored) discardUnusedEvidence(ctx, stored, campaignStoredFileUses(db, stored.storedName));
    throw error;
  }
}

export function openCampaignEvidence(ctx: AppContext, input: ParsedInput<'campaigns.openEvidence'>): ChannelOutput<'campaigns.openEvidence'> {
  const r = getCampaignRecord(ctx.db, input.id, input.dutyId, input.personId);
  if (!r?.evidenceFile || !r.evidenceStored || !r.evidenceSha256) throw new AppError('EVIDENCE_NOT_FOUND', '该项登记没有佐证文件');
  return readEvidenceFile(ctx, { fileName: r.evidenceFile.fileName, storedName: r.evidenceStored, size: r.evidenceFile.size, sha256: r.evidenceSha256 });
}
