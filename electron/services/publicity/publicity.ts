import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { paperDayText } from '../../../shared/date-text';
import {
  effectiveStatus, publicityEndOf, publicityPreset, publicityStatusLabels,
  type ObjectionInput, type PublicityFields, type PublicityName, type PublicityView,
} from '../../../shared/publicity';
import { writeAudit, type AuditChange } from '../../../db/audit';
import type { Db } from '../../../db/open';
import {
  deleteObjectionRow, deletePublicityRow, getObjection, getPublicity, insertObjection, insertPublicity, listObjections,
  objectionOutcomeWords, previousPublicity, setPublicityNames, setPublicityStatus, updateObjectionRow, updatePublicityFields,
  type ObjectionRecord, type PublicityRecord,
} from '../../../db/publicity';
import { unitsInTreeOrder } from '../../../db/units';
import { assertYearOpen, isYearLocked } from '../../../db/year-lock';
import type { AppContext } from '../../context';
import { compositeViewOf, publicityLockRefusalOf, requireYear } from '../annual';

/**
 * 优秀等次公示 (DOMAIN §9.1): made from the year's confirmed 优秀 in the composite's order, published,
 * ended; its 异议 recorded with their outcome. Every write is one transaction with its audit row; a
 * locked year refuses them all (here first, and by migration 010's triggers).
 */

/** The confirmed 优秀 now, in the composite's order (group, then rank), with unit and post from the roster. */
function confirmedExcellent(db: Db, year: number): PublicityName[] {
  const view = compositeViewOf(db, requireYear(db, year));
  return view.rows.filter((r) => r.confirmed === 'excellent').map((r) => ({ personId: r.personId, name: r.name, unitName: r.unitName, post: r.post }));
}

const sameNames = (a: readonly PublicityName[], b: readonly PublicityName[]) =>
  a.length === b.length && a.every((n, i) => n.personId === b[i]!.personId && n.name === b[i]!.name && n.unitName === b[i]!.unitName && n.post === b[i]!.post);

/** What a new 公示 starts from: the year before's words (its year replaced), else the preset. */
function defaultsFor(db: Db, year: number, today: string): PublicityFields {
  const previous = previousPublicity(db, year);
  const start = today;
  const base = { signedOn: start, start, calendar: { holidays: [], workdays: [] } };
  if (previous) {
    const again = (s: string) => s.replaceAll(String(previous.year), '{年度}');
    return {
      ...base, title: again(previous.title), body: again(previous.body), objectionText: again(previous.objectionText),
      phone: previous.phone, address: previous.address, signer: previous.signer, workingDays: previous.workingDays,
    };
  }
  const top = unitsInTreeOrder(db)[0]?.name ?? '';
  return { ...base, ...publicityPreset, phone: '', address: '', signer: top };
}

export function publicityViewOf(ctx: AppContext, year: number): PublicityView {
  const db = ctx.db;
  requireYear(db, year);
  const today = ctx.today();
  const p = getPublicity(db, year);
  const current = confirmedExcellent(db, year);
  return {
    year,
    yearLocked: isYearLocked(db, year),
    today,
    publicity: p ? {
      title: p.title, body: p.body, objectionText: p.objectionText, phone: p.phone, address: p.address, signer: p.signer, signedOn: p.signedOn,
      start: p.start, workingDays: p.workingDays, calendar: { holidays: [...p.calendar.holidays], workdays: [...p.calendar.workdays] },
      end: p.end, status: p.status, effective: effectiveStatus(p.status, p.end, today), publishedOn: p.publishedOn, endedOn: p.endedOn,
      names: p.names, createdBy: p.createdBy, updatedAt: p.updatedAt,
    } : null,
    defaults: defaultsFor(db, year, today),
    current,
    stale: p ? !sameNames(p.names, current) : false,
    objections: listObjections(db, year).map(({ year: _y, ...o }) => o),
    outcomes: objectionOutcomeWords(db),
    lockRefusal: publicityLockRefusalOf(db, year, today),
  };
}

export const getPublicityView = (ctx: AppContext, input: ParsedInput<'publicity.get'>): ChannelOutput<'publicity.get'> => publicityViewOf(ctx, input.year);

function requirePublicity(db: Db, year: number): PublicityRecord {
  const p = getPublicity(db, year);
  if (!p) throw new AppError('PUBLICITY_NOT_FOUND', `${year}年度尚未建立优秀等次公示，请先新建`);
  return p;
}

/** The year, for a write: it exists and is not locked. */
function openYear(db: Db, year: number): void {
  requireYear(db, year);
  assertYearOpen(db, year);
}

const subjectOf = (year: number) => `${year}年度优秀等次公示`;
const namesLine = (names: readonly PublicityName[]) => (names.length === 0 ? '（无）' : names.map((n) => n.name).join('、'));

function endOf(f: PublicityFields): string {
  return publicityEndOf(f);
}

const fieldWords: readonly [keyof PublicityFields, string][] = [
  ['title', '标题'], ['body', '正文'], ['objectionText', '异议反映方式'], ['phone', '联系电话'], ['address', '通信地址'],
  ['signer', '落款'], ['signedOn', '成文日期'], ['start', '公示开始日期'], ['workingDays', '公示工作日数'],
];

export function createPublicity(ctx: AppContext, input: ParsedInput<'publicity.create'>): ChannelOutput<'publicity.create'> {
  const db = ctx.db;
  openYear(db, input.year);
  if (getPublicity(db, input.year)) throw new AppError('PUBLICITY_EXISTS', `${input.year}年度已有优秀等次公示，请在原公示上修改`);
  const names = confirmedExcellent(db, input.year);
  if (names.length === 0) throw new AppError('PUBLICITY_NO_EXCELLENT', `${input.year}年度考核还没有确定为优秀等次的人员，请先在「综合评定」中确定等次`);
  const end = endOf(input.fields);
  const now = ctx.now();
  db.transaction(() => {
    insertPublicity(db, input.year, input.fields, end, names, ctx.actor(), now.toISOString());
    writeAudit(db, {
      actor: ctx.actor(), action: 'publicity.create', entity: 'annual_publicity', entityId: input.year,
      summary: `新建${subjectOf(input.year)}（草稿）：${names.length}人（${namesLine(names)}），公示期${input.fields.start}至${end}`,
      subjects: subjectOf(input.year),
      after: { ...input.fields, end, names },
    }, now);
  })();
  return publicityViewOf(ctx, input.year);
}

export function updatePublicity(ctx: AppContext, input: ParsedInput<'publicity.update'>): ChannelOutput<'publicity.update'> {
  const db = ctx.db;
  openYear(db, input.year);
  const before = requirePublicity(db, input.year);
  if (before.status === 'ended') throw new AppError('PUBLICITY_ENDED', `${subjectOf(input.year)}已结束，不能再修改`);
  const end = endOf(input.fields);
  const changes: AuditChange[] = fieldWords
    .filter(([k]) => String(before[k]) !== String(input.fields[k]))
    .map(([k, label]) => ({ subject: '', field: label, before: String(before[k]), after: String(input.fields[k]) }));
  if (JSON.stringify(before.calendar) !== JSON.stringify(input.fields.calendar)) {
    changes.push({ subject: '', field: '节假日调整', before: JSON.stringify(before.calendar), after: JSON.stringify(input.fields.calendar) });
  }
  if (changes.length === 0) return publicityViewOf(ctx, input.year);
  const now = ctx.now();
  db.transaction(() => {
    updatePublicityFields(db, input.year, input.fields, end, now.toISOString());
    writeAudit(db, {
      actor: ctx.actor(), action: 'publicity.update', entity: 'annual_publicity', entityId: input.year,
      summary: `修改${subjectOf(input.year)}：${changes.map((c) => c.field).join('、')}`,
      subjects: subjectOf(input.year), changes,
      before: { ...before, names: undefined }, after: { ...input.fields, end },
    }, now);
  })();
  return publicityViewOf(ctx, input.year);
}

export function refreshPublicityNames(ctx: AppContext, input: ParsedInput<'publicity.refreshNames'>): ChannelOutput<'publicity.refreshNames'> {
  const db = ctx.db;
  openYear(db, input.year);
  const before = requirePublicity(db, input.year);
  if (before.status === 'ended') throw new AppError('PUBLICITY_ENDED', `${subjectOf(input.year)}已结束，不能再更新名单`);
  const names = confirmedExcellent(db, input.year);
  if (names.length === 0) throw new AppError('PUBLICITY_NO_EXCELLENT', `${input.year}年度考核目前没有确定为优秀等次的人员，名单未更新`);
  if (sameNames(before.names, names)) return publicityViewOf(ctx, input.year);
  const now = ctx.now();
  const was = new Set(before.names.map((n) => n.personId));
  const is = new Set(names.map((n) => n.personId));
  const added = names.filter((n) => !was.has(n.personId)).map((n) => n.name);
  const removed = before.names.filter((n) => !is.has(n.personId)).map((n) => n.name);
  db.transaction(() => {
    setPublicityNames(db, input.year, names, now.toISOString());
    writeAudit(db, {
      actor: ctx.actor(), action: 'publicity.refreshNames', entity: 'annual_publicity', entityId: input.year,
      summary: `按已确定的优秀等次更新${subjectOf(input.year)}名单：${[added.length ? `增加${added.join('、')}` : '', removed.length ? `去掉${removed.join('、')}` : '', !added.length && !removed.length ? '单位、职务或顺序有变化' : ''].filter(Boolean).join('；')}`,
      subjects: subjectOf(input.year),
      changes: [{ subject: '', field: '公示名单', before: namesLine(before.names), after: namesLine(names) }],
      before: before.names, after: names,
    }, now);
  })();
  return publicityViewOf(ctx, input.year);
}

function setStatus(ctx: AppContext, year: number, to: 'published' | 'ended', on: string): PublicityView {
  const db = ctx.db;
  openYear(db, year);
  const p = requirePublicity(db, year);
  const label = publicityStatusLabels;
  if (to === 'published' && p.status !== 'draft') throw new AppError('PUBLICITY_STATUS', `${subjectOf(year)}当前为「${label[p.status]}」，只有草稿可以发布`);
  if (to === 'ended' && p.status !== 'published') throw new AppError('PUBLICITY_STATUS', `${subjectOf(year)}当前为「${label[p.status]}」，只有公示中的公示可以结束`);
  if (to === 'ended' && on <= p.end) throw new AppError('PUBLICITY_PERIOD_RUNNING', `公示期至${paperDayText(p.end)}，期满后（${paperDayText(p.end)}之后）方可结束公示`);
  if (to === 'published' && on > p.start) throw new AppError('PUBLICITY_PUBLISH_LATE', `发布日期（${on}）晚于公示开始日期（${p.start}），请先修改公示开始日期`);
  if (to === 'published' && p.names.length === 0) throw new AppError('PUBLICITY_NO_EXCELLENT', '公示名单为空，不能发布');
  const now = ctx.now();
  db.transaction(() => {
    setPublicityStatus(db, year, to, to === 'published' ? on : p.publishedOn, to === 'ended' ? on : null, now.toISOString());
    writeAudit(db, {
      actor: ctx.actor(), action: to === 'published' ? 'publicity.publish' : 'publicity.end', entity: 'annual_publicity', entityId: year,
      summary: to === 'published'
        ? `发布${subjectOf(year)}（${p.names.length}人），公示期${p.start}至${p.end}`
        : `结束${subjectOf(year)}（公示期${p.start}至${p.end}）`,
      subjects: subjectOf(year),
      changes: [{ subject: '', field: '状态', before: label[p.status], after: label[to], note: `${to === 'published' ? '发布' : '结束'}日期：${on}` }],
    }, now);
  })();
  return publicityViewOf(ctx, year);
}

export const publishPublicity = (ctx: AppContext, input: ParsedInput<'publicity.publish'>): ChannelOutput<'publicity.publish'> => setStatus(ctx, input.year, 'published', input.on);
export const endPublicity = (ctx: AppContext, input: ParsedInput<'publicity.end'>): ChannelOutput<'publicity.end'> => setStatus(ctx, input.year, 'ended', input.on);

export function deletePublicity(ctx: AppContext, input: ParsedInput<'publicity.delete'>): ChannelOutput<'publicity.delete'> {
  const db = ctx.db;
  openYear(db, input.year);
  const p = requirePublicity(db, input.year);
  if (p.status !== 'draft') throw new AppError('PUBLICITY_STATUS', `${subjectOf(input.year)}已发布，不能删除`);
  const now = ctx.now();
  db.transaction(() => {
    deletePublicityRow(db, input.year);
    writeAudit(db, {
      actor: ctx.actor(), action: 'publicity.delete', entity: 'annual_publicity', entityId: input.year,
      summary: `删除${subjectOf(input.year)}（草稿）`, subjects: subjectOf(input.year), before: p,
    }, now);
  })();
  return null;
}

// ── 异议 ──

function checkObjection(year: number, p: PublicityRecord, o: ObjectionInput, today: string): void {
  if (p.status === 'draft') throw new AppError('PUBLICITY_STATUS', `${subjectOf(year)}尚未发布，不能登记异议`);
  if (o.receivedOn > today) throw new AppError('OBJECTION_DATE', `收到日期（${o.receivedOn}）不能晚于今天`);
  if (o.personId != null && !p.names.some((n) => n.personId === o.personId)) {
    throw new AppError('OBJECTION_PERSON', '异议涉及的人员不在公示名单中，请从公示名单中选择（或选择“公示整体”）');
  }
  if ((o.outcome === '') !== (o.resolvedOn == null)) {
    throw new AppError('OBJECTION_RESOLUTION', o.outcome === '' ? '已填写办结日期，请同时填写处理结果' : '已填写处理结果，请同时填写办结日期');
  }
  if (o.resolvedOn != null && o.resolvedOn < o.receivedOn) throw new AppError('OBJECTION_RESOLUTION', `办结日期（${o.resolvedOn}）不能早于收到日期（${o.receivedOn}）`);
  if (o.resolvedOn != null && o.resolvedOn > today) throw new AppError('OBJECTION_RESOLUTION', `办结日期（${o.resolvedOn}）不能晚于今天`);
  if (o.outcome !== '' && o.handling.trim() === '') throw new AppError('OBJECTION_RESOLUTION', '办结的异议请填写处理情况（核查经过和结论）');
}

const objectionWords = (o: ObjectionInput, personName: string): AuditChange[] => [
  { subject: personName || '公示整体', field: '异议', before: '', after: o.content, note: `${o.receivedOn}收到，反映人：${o.raisedBy || '匿名'}` },
  ...(o.outcome ? [{ subject: personName || '公示整体', field: '处理结果', before: '', after: o.outcome, note: `${o.resolvedOn ?? ''}办结；${o.handling}` }] : []),
];

const nameIn = (p: PublicityRecord, personId: number | null) => (personId == null ? '' : p.names.find((n) => n.personId === personId)?.name ?? '');

export function addObjection(ctx: AppContext, input: ParsedInput<'publicity.addObjection'>): ChannelOutput<'publicity.addObjection'> {
  const db = ctx.db;
  openYear(db, input.year);
  const p = requirePublicity(db, input.year);
  checkObjection(input.year, p, input.objection, ctx.today());
  const now = ctx.now();
  const personName = nameIn(p, input.objection.personId);
  db.transaction(() => {
    const id = insertObjection(db, input.year, input.objection, ctx.actor(), now.toISOString());
    writeAudit(db, {
      actor: ctx.actor(), action: 'publicity.addObjection', entity: 'annual_publicity_objection', entityId: id,
      summary: `登记${subjectOf(input.year)}的异议：${input.objection.raisedBy || '匿名'}反映${personName || '公示整体'}${input.objection.outcome ? `，已办结（${input.objection.outcome}）` : ''}`,
      subjects: [subjectOf(input.year), personName].filter(Boolean).join('、'),
      changes: objectionWords(input.objection, personName),
      after: input.objection,
    }, now);
  })();
  return publicityViewOf(ctx, input.year);
}

function requireObjection(db: Db, id: number): ObjectionRecord {
  const o = getObjection(db, id);
  if (!o) throw new AppError('OBJECTION_NOT_FOUND', '该异议记录不存在，可能已被删除，请刷新后重试');
  return o;
}

export function updateObjection(ctx: AppContext, input: ParsedInput<'publicity.updateObjection'>): ChannelOutput<'publicity.updateObjection'> {
  const db = ctx.db;
  const before = requireObjection(db, input.id);
  openYear(db, before.year);
  const p = requirePublicity(db, before.year);
  checkObjection(before.year, p, input.objection, ctx.today());
  const now = ctx.now();
  const personName = nameIn(p, input.objection.personId);
  const fields: [keyof ObjectionInput, string][] = [
    ['receivedOn', '收到日期'], ['raisedBy', '反映人'], ['personId', '涉及人员'], ['content', '异议内容'], ['handling', '处理情况'], ['outcome', '处理结果'], ['resolvedOn', '办结日期'],
  ];
  const shown = (k: keyof ObjectionInput, v: unknown, name: string) => (k === 'personId' ? name || '公示整体' : v == null ? '' : String(v));
  const changes = fields
    .filter(([k]) => (before[k] ?? null) !== (input.objection[k] ?? null))
    .map(([k, label]) => ({ subject: personName || '公示整体', field: label, before: shown(k, before[k], before.personName), after: shown(k, input.objection[k], personName) }));
  if (changes.length === 0) return publicityViewOf(ctx, before.year);
  const resolvedNow = before.outcome === '' && input.objection.outcome !== '';
  db.transaction(() => {
    updateObjectionRow(db, input.id, input.objection);
    writeAudit(db, {
      actor: ctx.actor(), action: 'publicity.updateObjection', entity: 'annual_publicity_objection', entityId: input.id,
      summary: resolvedNow
        ? `办结${subjectOf(before.year)}的异议（${before.raisedBy || '匿名'}反映${personName || '公示整体'}）：${input.objection.outcome}`
        : `修改${subjectOf(before.year)}的异议（${before.raisedBy || '匿名'}反映${personName || '公示整体'}）：${changes.map((c) => c.field).join('、')}`,
      subjects: [subjectOf(before.year), personName].filter(Boolean).join('、'),
      changes, before, after: input.objection,
    }, now);
  })();
  return publicityViewOf(ctx, before.year);
}

export function deleteObjection(ctx: AppContext, input: ParsedInput<'publicity.deleteObjection'>): ChannelOutput<'publicity.deleteObjection'> {
  const db = ctx.db;
  const before = requireObjection(db, input.id);
  openYear(db, before.year);
  const now = ctx.now();
  db.transaction(() => {
    deleteObjectionRow(db, input.id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'publicity.deleteObjection', entity: 'annual_publicity_objection', entityId: input.id,
      summary: `删除${subjectOf(before.year)}的异议记录（${before.receivedOn}，${before.raisedBy || '匿名'}反映${before.personName || '公示整体'}）`,
      subjects: subjectOf(before.year), before,
    }, now);
  })();
  return publicityViewOf(ctx, before.year);
}
