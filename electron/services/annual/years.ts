import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { annualCategoryPresets, annualGroupPresets, annualRulesPreset, quotaFor, roundingLabels, type AnnualRules } from '../../../shared/annual/rules';
import { itemsFullMarks } from '../../../shared/annual/item-points';
import { isCalendarDay } from '../../../shared/annual/undetermined';
import type { AnnualYear } from '../../../shared/annual/views';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import {
  copyItemSystem, countItemSystem, deleteGroupRow, deleteYearRows, findYearStarScheme, getYearSummary, insertGroupRow, insertYearRow,
  listGroupRecords, listYearEvaluationEvents, listYearSummaries, parkGroupName, updateGroupRow, updateYearRules, yearDataKinds,
  getAnnualYearRecord, groupQuotaUse, type AnnualGroupRecord, type GroupFields,
} from '../../../db/annual/years';
import { insertItemCategory, listItemRecords } from '../../../db/annual/items';
import { listActivePeopleForYear, listParticipantRecords } from '../../../db/annual/participants';
import type { Db } from '../../../db/open';
import type { AppContext } from '../../context';
import { requireOpenYear, requireYear } from './common';
import { joinPeople, participantView } from './participants';
import { assertQuotasStillHold } from './quota-guard';
import { rulesChanges } from './rules-words';

/** 考核年度 and its rules and 考核分组 (「年度考核方案」). */

export const annualYearName = (year: number): string => `${year}年度考核`;

export const annualPresets = (_ctx: AppContext): ChannelOutput<'annual.presets'> => ({
  rules: structuredClone(annualRulesPreset),
  groups: [...annualGroupPresets],
  categories: [...annualCategoryPresets],
});

export const listAnnualYears = (ctx: AppContext): ChannelOutput<'annual.years'> => listYearSummaries(ctx.db);

/** The year as 「年度考核方案」 shows it: rules, groups with their quotas, and what can feed the composite. */
export function annualYearView(db: Db, year: number): AnnualYear {
  const record = requireYear(db, year);
  const summary = getYearSummary(db, year)!;
  // the 优秀 quota's base leaves 不定等次 people out when the rules say so, as the composite does
  const undetermined = new Map<number, number>();
  if (!record.rules.undetermined.inQuotaBase) {
    for (const p of listParticipantRecords(db, year)) {
      if (participantView(p, record).undetermined.effective) undetermined.set(p.groupId, (undetermined.get(p.groupId) ?? 0) + 1);
    }
  }
  return {
    ...summary,
    rules: record.rules,
    groups: listGroupRecords(db, year).map((g) => ({
      id: g.id, name: g.name, excellentShare: g.excellentShare, goodShare: g.goodShare, rounding: g.rounding, sortOrder: g.sortOrder, size: g.size,
      excellentQuota: quotaFor(g.excellentShare, g.size - (undetermined.get(g.id) ?? 0), g.rounding),
      goodQuota: quotaFor(g.goodShare, g.size, g.rounding),
    })),
    evaluationEvents: listYearEvaluationEvents(db, year),
    starScheme: findYearStarScheme(db, year),
    hasData: yearDataKinds(db, year).length > 0,
    itemsFullMarks: itemsFullMarks(listItemRecords(db, year)),
  };
}

export const getAnnualYear = (ctx: AppContext, input: ParsedInput<'annual.year'>): ChannelOutput<'annual.year'> => annualYearView(ctx.db, input.year);

/** What the audit log keeps of a group. */
const auditGroup = (g: GroupFields) => ({ name: g.name, excellentShare: g.excellentShare, goodShare: g.goodShare, rounding: g.rounding });

/** 「新建考核年度」: from the preset, or 「沿用上年方案」 (rules, groups, 指标体系; never participants or data). */
export function createAnnualYear(ctx: AppContext, input: ParsedInput<'annual.createYear'>): ChannelOutput<'annual.createYear'> {
  const now = ctx.now();
  const db = ctx.db;
  return db.transaction(() => {
    if (getAnnualYearRecord(db, input.year)) throw new AppError('ANNUAL_YEAR_EXISTS', `${annualYearName(input.year)}已存在`);
    let rules: AnnualRules = structuredClone(annualRulesPreset);
    let groups: GroupFields[] = annualGroupPresets.map((name) => ({ name, ...annualRulesPreset.groupDefaults }));
    let source = '预设方案';
    if (input.copyFromYear != null) {
      if (input.copyFromYear === input.year) throw new AppError('ANNUAL_COPY_SELF', '不能沿用本年度自己的方案，请选择其他年度');
      const from = getAnnualYearRecord(db, input.copyFromYear);
      if (!from) throw new AppError('ANNUAL_YEAR_NOT_FOUND', `没有${annualYearName(input.copyFromYear)}，无法沿用其方案`);
      // 述职测评 events belong to their own year: the new year chooses its own
      rules = { ...structuredClone(from.rules), evaluationEventIds: [] };
      groups = listGroupRecords(db, from.year).map(auditGroup);
      source = `沿用${from.name}方案`;
    }
    const name = annualYearName(input.year);
    insertYearRow(db, input.year, name, rules, now);
    groups.forEach((g, i) => insertGroupRow(db, input.year, g, i + 1));
    const items = input.copyFromYear != null
      ? copyItemSystem(db, input.copyFromYear, input.year)
      : { categories: annualCategoryPresets.map((c, i) => insertItemCategory(db, input.year, c, i + 1)).length, items: 0 };
    const year = requireYear(db, input.year);
    const joined = input.addParticipants ? joinPeople(db, year, listActivePeopleForYear(db)) : [];
    const parts = [source, `${groups.length}个考核分组`, `${items.categories}个指标类别`, items.items > 0 ? `${items.items}个考核项目` : '', `${joined.length}名参加人员`].filter(Boolean);
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.createYear', entity: 'annual-year', entityId: input.year,
      summary: `新建${name}（${parts.join('，')}）`,
      subjects: name,
      after: { year: input.year, name, copyFromYear: input.copyFromYear ?? null, rules, groups: groups.map(auditGroup), categories: items.categories, items: items.items, participants: joined.length },
    }, now);
    return annualYearView(db, input.year);
  })();
}

/** Only a year holding nothing but its setup: its items, categories, participants and groups go with it. */
export function deleteAnnualYear(ctx: AppContext, input: ParsedInput<'annual.deleteYear'>): null {
  const db = ctx.db;
  return db.transaction(() => {
    const year = requireOpenYear(db, input.year);
    const data = yearDataKinds(db, year.year);
    if (data.length > 0) throw new AppError('ANNUAL_YEAR_HAS_DATA', `${year.name}已有${data.join('、')}，不能删除`);
    const before = annualYearView(db, year.year);
    const { items, categories } = countItemSystem(db, year.year);
    deleteYearRows(db, year.year);
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.deleteYear', entity: 'annual-year', entityId: year.year,
      summary: `删除${year.name}（${before.groups.length}个考核分组，${categories}个指标类别，${items}个考核项目，${before.participants}名参加人员）`,
      subjects: year.name,
      before: { year: year.year, name: year.name, rules: year.rules, groups: before.groups.map(auditGroup), categories, items, participants: before.participants },
    });
    return null;
  })();
}

/** Checks the schema cannot make: the reference day is a real day, the 述职测评 events are this year's. */
function assertRulesFit(db: Db, year: number, rules: AnnualRules): void {
  if (!isCalendarDay(rules.undetermined.referenceDay)) {
    throw new AppError('ANNUAL_RULES_INVALID', `不定等次的基准日“${rules.undetermined.referenceDay}”不是有效日期，请按 MM-DD 填写，例如 12-31`);
  }
  const events = new Map(listYearEvaluationEvents(db, year).map((e) => [e.id, e]));
  const seen = new Set<number>();
  for (const id of rules.evaluationEventIds) {
    if (seen.has(id)) throw new AppError('ANNUAL_RULES_INVALID', `述职测评“${events.get(id)?.name ?? id}”选择了两次`);
    seen.add(id);
    if (!events.has(id)) throw new AppError('ANNUAL_RULES_INVALID', `所选述职测评（编号${id}）不是${year}年度的测评，可能已被删除，请重新选择`);
  }
}

export function updateAnnualRules(ctx: AppContext, input: ParsedInput<'annual.updateRules'>): ChannelOutput<'annual.updateRules'> {
  const db = ctx.db;
  return db.transaction(() => {
    const year = requireOpenYear(db, input.year);
    assertRulesFit(db, year.year, input.rules);
    if (JSON.stringify(input.rules) !== JSON.stringify(year.rules)) {
      updateYearRules(db, year.year, input.rules);
      writeAudit(db, {
        actor: ctx.actor(), action: 'annual.updateRules', entity: 'annual-year', entityId: year.year,
        summary: `修改${year.name}的考核规则`,
        subjects: year.name,
        changes: rulesChanges(year.rules, input.rules),
        before: year.rules, after: input.rules,
      });
    }
    return annualYearView(db, year.year);
  })();
}

const groupLine = (g: GroupFields) =>
  `${g.name}（优秀${Math.round(g.excellentShare * 1000) / 10}%，“好”${Math.round(g.goodShare * 1000) / 10}%，${roundingLabels[g.rounding]}）`;

/** Each group added, changed or removed, in words. */
function groupChanges(before: readonly AnnualGroupRecord[], after: readonly AnnualGroupRecord[]) {
  const old = new Map(before.map((g) => [g.id, g]));
  const kept = new Set(after.map((g) => g.id));
  return [
    ...after.flatMap((g) => {
      const was = old.get(g.id);
      const line = groupLine(g);
      if (was && groupLine(was) === line) return [];
      return [{ subject: g.name, field: '考核分组', before: was ? groupLine(was) : '无', after: line }];
    }),
    ...before.filter((g) => !kept.has(g.id)).map((g) => ({ subject: g.name, field: '考核分组', before: groupLine(g), after: '已删除' })),
  ];
}

/** Replaces the group list in order: ids kept for existing groups, new ones added, dropped ones removed if empty. */
export function saveAnnualGroups(ctx: AppContext, input: ParsedInput<'annual.saveGroups'>): ChannelOutput<'annual.saveGroups'> {
  const db = ctx.db;
  return db.transaction(() => {
    const year = requireOpenYear(db, input.year);
    const existing = listGroupRecords(db, year.year);
    const byId = new Map(existing.map((g) => [g.id, g]));
    const names = new Set<string>();
    const kept = new Set<number>();
    input.groups.forEach((g, i) => {
      if (names.has(g.name)) throw new AppError('ANNUAL_GROUP_TWICE', `第${i + 1}个考核分组的名称“${g.name}”与前面的分组重复`);
      names.add(g.name);
      if (g.id != null) {
        if (!byId.has(g.id)) throw new AppError('ANNUAL_GROUP_NOT_FOUND', `第${i + 1}个考核分组“${g.name}”不属于${year.name}，可能已被删除，请刷新后重试`);
        if (kept.has(g.id)) throw new AppError('ANNUAL_GROUP_TWICE', `第${i + 1}个考核分组“${g.name}”在列表中出现了两次`);
        kept.add(g.id);
      }
    });
    const dropped = existing.filter((g) => !kept.has(g.id));
    const occupied = dropped.filter((g) => g.size > 0);
    if (occupied.length > 0) {
      const list = occupied.map((g) => `“${g.name}”还有${g.size}名参加人员`).join('，');
      throw new AppError('ANNUAL_GROUP_IN_USE', `${list}，不能删除；请先把这些人员调到其他分组`);
    }
    const unchanged = dropped.length === 0 && input.groups.length === existing.length &&
      input.groups.every((g, i) => g.id === existing[i]!.id && JSON.stringify(auditGroup(g)) === JSON.stringify(auditGroup(existing[i]!)));
    if (unchanged) return annualYearView(db, year.year);

    const quotas = groupQuotaUse(db, year.year);
    for (const g of dropped) deleteGroupRow(db, g.id);
    // names may swap between kept groups: park them first so UNIQUE (year, name) holds at every step
    for (const id of kept) parkGroupName(db, id);
    input.groups.forEach((g, i) => (g.id != null ? updateGroupRow(db, g.id, g, i + 1) : insertGroupRow(db, year.year, g, i + 1)));
    assertQuotasStillHold(quotas, groupQuotaUse(db, year.year));
    const after = listGroupRecords(db, year.year);
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.saveGroups', entity: 'annual-year', entityId: year.year,
      summary: `修改${year.name}的考核分组：${after.map(groupLine).join('；')}`,
      subjects: year.name,
      changes: groupChanges(existing, after),
      before: existing.map((g: AnnualGroupRecord) => ({ id: g.id, ...auditGroup(g) })),
      after: after.map((g) => ({ id: g.id, ...auditGroup(g) })),
    });
    return annualYearView(db, year.year);
  })();
}
