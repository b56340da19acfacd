import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { defaultInspectionSettings, passOnLabels, pointsWord, type InspectionSettings } from '../../../shared/inspections';
import { writeAudit } from '../../../db/audit';
import { getInspectionSettings, saveInspectionSettings } from '../../../db/inspections';
import type { Db } from '../../../db/open';
import { assertYearOpen } from '../../../db/year-lock';
import type { AppContext } from '../../context';
import { requireYear } from '../annual';

/** 督查设置 per 考核年度 (DOMAIN §8.6): the points of a 通报 and the pass-on rule. */

export function loadInspectionSettings(db: Db, year: number): { settings: InspectionSettings; saved: boolean } {
  requireYear(db, year);
  const saved = getInspectionSettings(db, year);
  return saved ? { settings: saved, saved: true } : { settings: defaultInspectionSettings, saved: false };
}

export function inspectionSettingsChannel(ctx: AppContext, input: ParsedInput<'inspections.settings'>): ChannelOutput<'inspections.settings'> {
  return { year: input.year, ...loadInspectionSettings(ctx.db, input.year) };
}

const settingsText = (s: InspectionSettings) => ({
  通报表扬分值: pointsWord(s.praisePoints),
  通报批评分值: pointsWord(s.criticismPoints),
  单位通报计入个人: passOnLabels[s.passOn],
});

export function setInspectionSettings(ctx: AppContext, input: ParsedInput<'inspections.setSettings'>): ChannelOutput<'inspections.setSettings'> {
  const db = ctx.db;
  const now = ctx.now();
  return db.transaction(() => {
    const before = loadInspectionSettings(db, input.year);
    assertYearOpen(db, input.year);
    saveInspectionSettings(db, input.year, input.settings, now);
    const b = settingsText(before.settings);
    const a = settingsText(input.settings);
    writeAudit(db, {
      actor: ctx.actor(), action: 'inspections.settings', entity: 'inspection-year', entityId: input.year,
      summary: `修改${input.year}年度督查设置：通报表扬${a.通报表扬分值}，通报批评${a.通报批评分值}，单位通报${a.单位通报计入个人}`,
      subjects: `${input.year}年度`,
      changes: (Object.keys(a) as (keyof typeof a)[]).filter((k) => a[k] !== b[k] || !before.saved).map((k) => ({ subject: '', field: k, before: before.saved ? b[k] : `${b[k]}（默认）`, after: a[k] })),
      before: before.settings, after: input.settings,
    }, now);
    return { year: input.year, settings: input.settings, saved: true };
  })();
}
