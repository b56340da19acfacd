import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { periodCount } from '../../../shared/stars/periods';
import { defaultSchemeSettings, starPresetFor } from '../../../shared/stars/presets';
import { reviewCycleLabels, starSchemeKindLabels, starSchemeKinds, type StarItem, type StarSchemeSettings } from '../../../shared/stars/scheme';
import { writeAudit } from '../../../db/audit';
import type { Db } from '../../../db/open';
import {
  countSchemeReviews, deleteStarSchemeRow, findStarScheme, insertStarScheme, listDisqualifyReasons, listStarSchemeSummaries,
  replaceDisqualifyReasons, replaceStarItems, starCodesInUse, updateStarSchemeSettings, type StarSchemeRecord,
} from '../../../db/stars/schemes';
import type { AppContext } from '../../context';
import { requireScheme, schemeTitle, schemeView } from './common';

export const starPresets = (_ctx: AppContext): ChannelOutput<'stars.presets'> =>
  starSchemeKinds.map((kind) => ({ kind, items: starPresetFor(kind).map((i) => ({ ...i })), settings: defaultSchemeSettings(kind, new Date().getFullYear()) }));

export const listStarSchemes = (ctx: AppContext, input: ParsedInput<'stars.schemes'>): ChannelOutput<'stars.schemes'> => listStarSchemeSummaries(ctx.db, input.year);

export const getStarScheme = (ctx: AppContext, input: ParsedInput<'stars.scheme'>): ChannelOutput<'stars.scheme'> => schemeView(ctx.db, requireScheme(ctx.db, input.id));

/** What the audit log keeps of a scheme. */
const auditScheme = (s: StarSchemeSettings & { items: readonly StarItem[] }) => ({
  name: s.name, cycle: s.cycle, publicityDays: s.publicityDays, yearEndRule: s.yearEndRule, points: s.points, gates: s.gates, items: s.items,
});

/** Rules that span fields: checked on create and on every edit. */
function assertSchemeConsistent(settings: StarSchemeSettings, items: readonly StarItem[]): void {
  const periods = periodCount(settings.cycle);
  if (settings.yearEndRule.kind === 'min-periods' && settings.yearEndRule.periods > periods) {
    throw new AppError('STAR_RULE_INVALID', `年终认定规则要求至少${settings.yearEndRule.periods}期获星，但${reviewCycleLabels[settings.cycle]}评星全年只有${periods}期`);
  }
  const codes = new Set<string>();
  const names = new Set<string>();
  items.forEach((item, i) => {
    if (codes.has(item.code)) throw new AppError('STAR_CODE_TWICE', `第${i + 1}颗星的代码“${item.code}”与前面的星目重复`);
    if (names.has(item.name)) throw new AppError('STAR_NAME_TWICE', `第${i + 1}颗星的名称“${item.name}”与前面的星目重复`);
    codes.add(item.code);
    names.add(item.name);
  });
}

/** 「新建评星方案」 from the preset, or 「沿用上年」: the stars and rules of the same kind's scheme of another year. */
export function createStarScheme(ctx: AppContext, input: ParsedInput<'stars.createScheme'>): ChannelOutput<'stars.createScheme'> {
  const now = ctx.now();
  const db = ctx.db;
  return db.transaction(() => {
    const kindLabel = starSchemeKindLabels[input.kind];
    if (findStarScheme(db, input.year, input.kind)) throw new AppError('STAR_SCHEME_EXISTS', `${input.year}年度${kindLabel}评星方案已存在`);
    let settings: StarSchemeSettings = defaultSchemeSettings(input.kind, input.year);
    let items: readonly StarItem[] = starPresetFor(input.kind);
    let source = '预设星目';
    if (input.copyFromYear != null) {
      const from = findStarScheme(db, input.copyFromYear, input.kind);
      if (!from) throw new AppError('STAR_SCHEME_NOT_FOUND', `${input.copyFromYear}年度没有${kindLabel}评星方案，无法沿用`);
      settings = {
        name: from.name.split(String(from.year)).join(String(input.year)),
        cycle: from.cycle, publicityDays: from.publicityDays, yearEndRule: from.yearEndRule, points: from.points, gates: from.gates,
      };
      items = from.items;
      source = `沿用${from.year}年度方案`;
    }
    assertSchemeConsistent(settings, items);
    const id = insertStarScheme(db, input.year, input.kind, settings, now);
    replaceStarItems(db, id, items);
    const created = requireScheme(db, id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.createScheme', entity: 'star-scheme', entityId: id,
      summary: `新建评星方案 ${created.name}（${source}，${created.items.length}颗星）`, subjects: created.name, after: { year: created.year, kind: created.kind, ...auditScheme(created) },
    }, now);
    return schemeView(db, created);
  })();
}

function assertItemsKeepUsedStars(db: Db, scheme: StarSchemeRecord, items: readonly StarItem[]): void {
  const kept = new Set(items.map((i) => i.code));
  const dropped = [...starCodesInUse(db, scheme.id)].filter((code) => !kept.has(code));
  if (dropped.length > 0) {
    const names = dropped.map((c) => `“${scheme.items.find((i) => i.code === c)?.name ?? c}”`).join('、');
    throw new AppError('STAR_IN_USE', `${names}已有评星记录，不能从方案中删除（可修改名称和标准）`);
  }
}

export function updateStarScheme(ctx: AppContext, input: ParsedInput<'stars.updateScheme'>): ChannelOutput<'stars.updateScheme'> {
  const db = ctx.db;
  return db.transaction(() => {
    const before = requireScheme(db, input.id);
    const settings: StarSchemeSettings = { ...before, ...input.settings };
    const items = input.items ?? before.items;
    if (settings.cycle !== before.cycle && countSchemeReviews(db, before.id) > 0) {
      throw new AppError('STAR_SCHEME_LOCKED', `${before.name}已有评星记录，评星周期不能再修改`);
    }
    assertSchemeConsistent(settings, items);
    if (input.items) assertItemsKeepUsedStars(db, before, items);
    if (JSON.stringify(auditScheme({ ...settings, items })) === JSON.stringify(auditScheme(before))) return schemeView(db, before);
    updateStarSchemeSettings(db, before.id, settings);
    if (input.items) replaceStarItems(db, before.id, items);
    const after = requireScheme(db, before.id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.updateScheme', entity: 'star-scheme', entityId: before.id,
      summary: `修改评星方案 ${after.name}`, subjects: after.name, before: auditScheme(before), after: auditScheme(after),
    });
    return schemeView(db, after);
  })();
}

export function deleteStarScheme(ctx: AppContext, input: ParsedInput<'stars.deleteScheme'>): null {
  const db = ctx.db;
  return db.transaction(() => {
    const scheme = requireScheme(db, input.id);
    const reviews = countSchemeReviews(db, scheme.id);
    if (reviews > 0) throw new AppError('STAR_SCHEME_IN_USE', `${scheme.name}已有${reviews}条评星记录，不能删除`);
    deleteStarSchemeRow(db, scheme.id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.deleteScheme', entity: 'star-scheme', entityId: scheme.id,
      summary: `删除评星方案 ${scheme.name}（${schemeTitle(scheme)}）`, subjects: scheme.name, before: { year: scheme.year, kind: scheme.kind, ...auditScheme(scheme) },
    });
    return null;
  })();
}

export const disqualifyReasons = (ctx: AppContext): ChannelOutput<'stars.disqualifyReasons'> => listDisqualifyReasons(ctx.db);

export function setDisqualifyReasons(ctx: AppContext, input: ParsedInput<'stars.setDisqualifyReasons'>): ChannelOutput<'stars.setDisqualifyReasons'> {
  const db = ctx.db;
  return db.transaction(() => {
    const seen = new Set<string>();
    for (const r of input.reasons) {
      if (seen.has(r)) throw new AppError('REASON_TWICE', `不得参评原因“${r}”重复`);
      seen.add(r);
    }
    const before = listDisqualifyReasons(db);
    if (JSON.stringify(before) === JSON.stringify(input.reasons)) return before;
    replaceDisqualifyReasons(db, input.reasons);
    writeAudit(db, {
      actor: ctx.actor(), action: 'stars.disqualifyReasons', entity: 'vocabulary', entityId: 'star-disqualify',
      summary: `修改不得参评原因：${input.reasons.join('、')}`, subjects: '不得参评原因',
      changes: [{ subject: '', field: '不得参评原因', before: before.join('、'), after: input.reasons.join('、') }],
      before, after: input.reasons,
    });
    return listDisqualifyReasons(db);
  })();
}
