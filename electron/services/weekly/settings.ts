import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { weekModeText, weeklySettingsText } from './words';
import { writeAudit } from '../../../db/audit';
import { unitsInTreeOrder } from '../../../db/units';
import { saveWeeklySettings } from '../../../db/weekly';
import { assertYearOpen } from '../../../db/year-lock';
import type { AppContext } from '../../context';
import { loadSettings } from './common';

/** 周晒设置 per 考核年度 (DOMAIN §8). */

export function weeklySettingsChannel(ctx: AppContext, input: ParsedInput<'weekly.settings'>): ChannelOutput<'weekly.settings'> {
  return { year: input.year, ...loadSettings(ctx.db, input.year) };
}

export function setWeeklySettings(ctx: AppContext, input: ParsedInput<'weekly.setSettings'>): ChannelOutput<'weekly.setSettings'> {
  const db = ctx.db;
  const now = ctx.now();
  const before = loadSettings(db, input.year);
  assertYearOpen(db, input.year);
  const units = new Map(unitsInTreeOrder(db).map((u) => [u.id, u.name]));
  const missing = input.settings.unitIds.filter((id) => !units.has(id));
  if (missing.length > 0) throw new AppError('WEEKLY_UNIT_NOT_FOUND', `参晒单位中有${missing.length}个单位已不存在，请刷新后重新选择`);
  if (input.settings.unitIds.length === 0) throw new AppError('WEEKLY_NO_UNITS', '请至少选择一个参晒单位');
  const settings = { ...input.settings, unitIds: [...new Set(input.settings.unitIds)] };
  return db.transaction(() => {
    saveWeeklySettings(db, input.year, settings, now);
    const b = weeklySettingsText(before.settings, units);
    const a = weeklySettingsText(settings, units);
    writeAudit(db, {
      actor: ctx.actor(), action: 'weekly.settings', entity: 'weekly-year', entityId: input.year,
      summary: `修改${input.year}年度周晒设置：${weekModeText(settings)}`,
      subjects: `${input.year}年度`,
      changes: (Object.keys(a) as (keyof typeof a)[]).filter((k) => a[k] !== b[k]).map((k) => ({ subject: '', field: k, before: before.saved ? b[k] : `${b[k]}（默认）`, after: a[k] })),
      before: before.settings, after: settings,
    }, now);
    return { year: input.year, settings, saved: true };
  })();
}
