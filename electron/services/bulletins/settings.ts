import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { defaultBulletinSettings, weightsText, type BulletinSettings } from '../../../shared/bulletins';
import { writeAudit } from '../../../db/audit';
import { getBulletinSettings, saveBulletinSettings } from '../../../db/bulletins';
import type { Db } from '../../../db/open';
import { unitsInTreeOrder } from '../../../db/units';
import { assertYearOpen } from '../../../db/year-lock';
import type { AppContext } from '../../context';
import { requireYear } from '../annual';
import { yearSources } from './sources';

/**
 * 月度通报设置 per 考核年度 (DOMAIN §8.5): saved for the year, else carried from the previous year (the
 * units no longer in the tree dropped), else the presets: every unit leading a task or posting 周晒.
 */
export function loadBulletinSettings(db: Db, year: number): { settings: BulletinSettings; saved: boolean; carriedFrom: number | null } {
  requireYear(db, year);
  const saved = getBulletinSettings(db, year);
  if (saved) return { settings: saved, saved: true, carriedFrom: null };
  const units = unitsInTreeOrder(db);
  const previous = getBulletinSettings(db, year - 1);
  if (previous) {
    const exists = new Set(units.map((u) => u.id));
    return { settings: { ...previous, unitIds: previous.unitIds.filter((id) => exists.has(id)) }, saved: false, carriedFrom: year - 1 };
  }
  const active = yearSources(db, year).activeUnitIds;
  const officeName = units.find((u) => u.parentId == null)?.name ?? '';
  return { settings: defaultBulletinSettings(units.filter((u) => active.has(u.id)).map((u) => u.id), officeName), saved: false, carriedFrom: null };
}

export function bulletinSettingsChannel(ctx: AppContext, input: ParsedInput<'bulletins.settings'>): ChannelOutput<'bulletins.settings'> {
  return { year: input.year, ...loadBulletinSettings(ctx.db, input.year) };
}

const settingsText = (s: BulletinSettings, names: ReadonlyMap<number, string>) => ({
  通报单位: `${s.unitIds.length}个：${s.unitIds.map((id) => names.get(id) ?? `单位${id}`).join('、')}`,
  排名权重: weightsText(s.weights),
  标题用语: s.titleWords,
  落款: s.signature,
});

export function setBulletinSettings(ctx: AppContext, input: ParsedInput<'bulletins.setSettings'>): ChannelOutput<'bulletins.setSettings'> {
  const db = ctx.db;
  const now = ctx.now();
  return db.transaction(() => {
    const before = loadBulletinSettings(db, input.year);
    assertYearOpen(db, input.year);
    const names = new Map(unitsInTreeOrder(db).map((u) => [u.id, u.name]));
    const unitIds = [...new Set(input.settings.unitIds)];
    const missing = unitIds.filter((id) => !names.has(id));
    if (missing.length > 0) throw new AppError('BULLETIN_UNIT_NOT_FOUND', `通报单位中有${missing.length}个单位已不存在，请刷新后重新选择`);
    if (unitIds.length === 0) throw new AppError('BULLETIN_NO_UNITS', '请至少选择一个通报单位');
    const settings = { ...input.settings, unitIds };
    saveBulletinSettings(db, input.year, settings, now);
    const b = settingsText(before.settings, names);
    const a = settingsText(settings, names);
    const was = (v: string) => (before.saved ? v : `${v}（${before.carriedFrom ? `沿用${before.carriedFrom}年度` : '默认'}）`);
    writeAudit(db, {
      actor: ctx.actor(), action: 'bulletins.settings', entity: 'bulletin-year', entityId: input.year,
      summary: `修改${input.year}年度月度通报设置：${a.通报单位.split('：')[0]}，排名权重${a.排名权重}`,
      subjects: `${input.year}年度`,
      changes: (Object.keys(a) as (keyof typeof a)[]).filter((k) => a[k] !== b[k] || !before.saved).map((k) => ({ subject: '', field: k, before: was(b[k]), after: a[k] })),
      before: before.settings, after: settings,
    }, now);
    return { year: input.year, settings, saved: true, carriedFrom: null };
  })();
}
