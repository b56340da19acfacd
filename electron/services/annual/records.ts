import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { pointsText } from '../../../shared/annual/item-points';
import { periodOverlapsYear, sanctionPeriodEnd } from '../../../shared/annual/sanction-period';
import type { AdjustmentRecord, SanctionRecord } from '../../../shared/annual/views';
import { writeAudit } from '../../../db/audit';
import {
  adjustmentKindVocabulary, deleteAdjustmentRow, deleteSanctionRow, getAdjustmentRow, getSanctionRow, insertAdjustment, insertSanction,
  leaderScoreOf, listAdjustmentRows, listSanctionRows, lockedYearTouched, replaceAdjustmentKinds, setLeaderScore, type AdjustmentRow,
} from '../../../db/annual/records';
import type { Db } from '../../../db/open';
import { listVocabulary } from '../../../db/people';
import { yearLockedMessage } from '../../../db/year-lock';
import type { AppContext } from '../../context';
import { requireOpenYear, requireParticipant, requireYear } from './common';
import { emptyWord, signedPoints, subjectsText } from '../audit';

/**
 * 领导评价, 加减分 and 处分 (DOMAIN §4 other inputs). 加减分 belong to a year; 处分 belong to the
 * person and weigh on every year their period overlaps, so a 处分 touching a locked year is refused.
 */

// ── 领导评价 ─────────────────────────────────────────────────────────────

export function setLeaderScores(ctx: AppContext, input: ParsedInput<'annual.setLeaderScores'>): ChannelOutput<'annual.setLeaderScores'> {
  const db = ctx.db;
  return db.transaction(() => {
    requireOpenYear(db, input.year);
    const seen = new Set<number>();
    const changes: { personId: number; name: string; before: number | null; after: number | null }[] = [];
    for (const e of input.entries) {
      const p = requireParticipant(db, input.year, e.personId);
      if (seen.has(e.personId)) throw new AppError('LEADER_SCORE_TWICE', `${p.name}在本次提交中出现了两次`);
      seen.add(e.personId);
      const before = leaderScoreOf(db, input.year, e.personId);
      if (before === e.score) continue;
      setLeaderScore(db, input.year, e.personId, e.score);
      changes.push({ personId: e.personId, name: p.name, before, after: e.score });
    }
    if (changes.length > 0) {
      const shown = (v: number | null) => (v === null ? '空' : pointsText(v));
      const summary = changes.length === 1
        ? `${input.year}年度领导评价 ${changes[0]!.name}：${shown(changes[0]!.before)} → ${shown(changes[0]!.after)}`
        : `${input.year}年度领导评价：修改${changes.length}人（${changes.slice(0, 5).map((c) => c.name).join('、')}${changes.length > 5 ? '等' : ''}）`;
      writeAudit(db, {
        actor: ctx.actor(), action: 'annual.setLeaderScores', entity: 'annual-participant', entityId: input.year, summary,
        subjects: subjectsText(`${input.year}年度考核`, changes.map((c) => c.name)),
        changes: changes.map((c) => ({ subject: c.name, field: '领导评价', before: leaderText(c.before), after: leaderText(c.after) })),
        after: changes,
      });
    }
    return { saved: input.entries.length };
  })();
}

// ── 加减分 kinds ─────────────────────────────────────────────────────────

export const adjustmentKinds = (ctx: AppContext): ChannelOutput<'annual.adjustmentKinds'> => listVocabulary(ctx.db, adjustmentKindVocabulary);

export function setAdjustmentKinds(ctx: AppContext, input: ParsedInput<'annual.setAdjustmentKinds'>): ChannelOutput<'annual.setAdjustmentKinds'> {
  const db = ctx.db;
  return db.transaction(() => {
    const seen = new Set<string>();
    input.kinds.forEach((k, i) => {
      if (seen.has(k)) throw new AppError('ADJUSTMENT_KIND_TWICE', `第${i + 1}项“${k}”与前面的类别重复`);
      seen.add(k);
    });
    const before = listVocabulary(db, adjustmentKindVocabulary);
    if (JSON.stringify(before) === JSON.stringify(input.kinds)) return before;
    replaceAdjustmentKinds(db, input.kinds);
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.setAdjustmentKinds', entity: 'vocabulary', entityId: adjustmentKindVocabulary,
      summary: `修改加减分类别：${input.kinds.join('、')}`,
      subjects: '加减分类别',
      changes: [{ subject: '', field: '加减分类别', before: before.join('、'), after: input.kinds.join('、') }],
      before, after: input.kinds,
    });
    return listVocabulary(db, adjustmentKindVocabulary);
  })();
}

// ── 加减分 ───────────────────────────────────────────────────────────────

const recordOf = ({ year: _year, ...r }: AdjustmentRow): AdjustmentRecord => r;

export function listAdjustments(ctx: AppContext, input: ParsedInput<'annual.adjustments'>): ChannelOutput<'annual.adjustments'> {
  requireYear(ctx.db, input.year);
  return listAdjustmentRows(ctx.db, input.year, input.personId).map(recordOf);
}

const signed = signedPoints;

/** 「表彰奖励 +2分（2026-05-04）」 */
const adjustmentText = (r: Pick<AdjustmentRecord, 'kind' | 'points' | 'date'>) => `${r.kind} ${signed(r.points)}分（${r.date}）`;

export function addAdjustment(ctx: AppContext, input: ParsedInput<'annual.addAdjustment'>): ChannelOutput<'annual.addAdjustment'> {
  const now = ctx.now();
  const db = ctx.db;
  return db.transaction(() => {
    const year = requireOpenYear(db, input.year);
    const person = requireParticipant(db, input.year, input.personId);
    const kinds = listVocabulary(db, adjustmentKindVocabulary);
    if (!kinds.includes(input.kind)) throw new AppError('NOT_IN_VOCABULARY', `加减分类别“${input.kind}”不在可选范围内（可选：${kinds.join('、')}）`);
    // the 加减分 component's cap bounds one record too: a single +8 under a ±5 cap is a typing error
    const cap = year.rules.components.find((c) => c.key === 'adjustments')?.cap ?? null;
    const limit = cap ?? 100;
    if (Math.abs(input.points) > limit) {
      const why = cap === null ? '' : `（本年度加减分上限为±${pointsText(cap)}分）`;
      throw new AppError('ADJUSTMENT_OUT_OF_RANGE', `${person.name}：加减分分值应在-${pointsText(limit)}～${pointsText(limit)}之间${why}，输入的${pointsText(input.points)}超出范围`);
    }
    if (!input.date.startsWith(`${input.year}-`)) {
      throw new AppError('ADJUSTMENT_DATE_OUTSIDE_YEAR', `${person.name}：加减分日期应在${input.year}-01-01～${input.year}-12-31之间，输入的${input.date}不在${input.year}年度内`);
    }
    const id = insertAdjustment(db, {
      year: input.year, personId: input.personId, kind: input.kind, points: input.points, date: input.date, reason: input.reason,
      evidence: input.evidence, enteredBy: ctx.actor(), enteredAt: now.toISOString(),
    });
    const record = getAdjustmentRow(db, id)!;
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.addAdjustment', entity: 'annual-adjustment', entityId: id,
      summary: `${input.year}年度加减分 ${person.name}：${input.kind} ${signed(input.points)}分（${input.date}，${input.reason}）`,
      subjects: subjectsText(`${input.year}年度考核`, [person.name]),
      reason: input.reason,
      changes: [{ subject: person.name, field: '加减分', before: '无', after: adjustmentText(record) }],
      after: recordOf(record),
    }, now);
    return recordOf(record);
  })();
}

/**
 * Several 加减分 records in one transaction, all or none, each checked and audited as if entered one
 * by one: the path by which other features put 加减分 into the 年度考核 (民主推荐's 表彰, DOMAIN §7;
 * 督查's 通报表扬/通报批评, DOMAIN §8.6).
 */
export function addAdjustments(ctx: AppContext, entries: readonly ParsedInput<'annual.addAdjustment'>[]): ChannelOutput<'annual.addAdjustment'>[] {
  return ctx.db.transaction(() => entries.map((e) => addAdjustment(ctx, e)))();
}

export function deleteAdjustment(ctx: AppContext, input: ParsedInput<'annual.deleteAdjustment'>): ChannelOutput<'annual.deleteAdjustment'> {
  const db = ctx.db;
  return db.transaction(() => {
    const record = getAdjustmentRow(db, input.id);
    if (!record) throw new AppError('ADJUSTMENT_NOT_FOUND', `加减分记录（编号${input.id}）不存在，可能已被删除，请刷新后重试`);
    requireOpenYear(db, record.year);
    deleteAdjustmentRow(db, record.id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.deleteAdjustment', entity: 'annual-adjustment', entityId: record.id,
      summary: `删除${record.year}年度加减分 ${record.name}：${record.kind} ${signed(record.points)}分（${record.date}）`,
      subjects: subjectsText(`${record.year}年度考核`, [record.name]),
      changes: [{ subject: record.name, field: '加减分', before: adjustmentText(record), after: '已删除', note: `原登记理由：${record.reason}` }],
      before: recordOf(record),
    });
    return null;
  })();
}

// ── 处分 ─────────────────────────────────────────────────────────────────

export function listSanctions(ctx: AppContext, input: ParsedInput<'annual.sanctions'>): ChannelOutput<'annual.sanctions'> {
  requireYear(ctx.db, input.year);
  return listSanctionRows(ctx.db, input.year);
}

/** A 处分 whose period touches a locked year would change that year's gates: refused, naming the year (the trigger refuses it anyway). */
function assertPeriodOpen(db: Db, decidedOn: string, months: number | null, what: string): void {
  const locked = lockedYearTouched(db, decidedOn, months);
  if (locked !== undefined) throw new AppError('YEAR_LOCKED', `${what}的处分期间涉及${locked}年度：${yearLockedMessage(locked)}`);
}

const periodText = (decidedOn: string, endsOn: string | null) => (endsOn ? `${decidedOn}至${endsOn}` : `${decidedOn}起，无期限`);

/** 「警告（2026-03-05至2026-09-04，某纪发〔2026〕3号）」 */
const sanctionText = (r: SanctionRecord) => `${r.type}（${periodText(r.decidedOn, r.endsOn)}${r.documentNo ? `，${r.documentNo}` : ''}）`;

const leaderText = (v: number | null) => (v === null ? emptyWord : `${pointsText(v)}分`);

export function addSanction(ctx: AppContext, input: ParsedInput<'annual.addSanction'>): ChannelOutput<'annual.addSanction'> {
  const now = ctx.now();
  const db = ctx.db;
  return db.transaction(() => {
    const year = requireYear(db, input.year);
    const person = requireParticipant(db, input.year, input.personId);
    const months = input.months === undefined ? (year.rules.sanctionMonths[input.type] ?? null) : input.months;
    const what = `${person.name}的${input.type}处分（${periodText(input.decidedOn, sanctionPeriodEnd(input.decidedOn, months))}）`;
    if (!periodOverlapsYear(input.decidedOn, months, input.year)) {
      throw new AppError('SANCTION_OUTSIDE_YEAR', `${what}与${input.year}年度不重叠，不影响本年度考核，请在相应年度中登记`);
    }
    assertPeriodOpen(db, input.decidedOn, months, what);
    const id = insertSanction(db, {
      personId: input.personId, type: input.type, decidedOn: input.decidedOn, months, documentNo: input.documentNo, reason: input.reason,
      enteredBy: ctx.actor(), enteredAt: now.toISOString(),
    });
    const record = getSanctionRow(db, id)!;
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.addSanction', entity: 'annual-sanction', entityId: id,
      summary: `登记处分 ${what}${input.documentNo ? `，${input.documentNo}` : ''}`,
      subjects: subjectsText(`${input.year}年度考核`, [person.name]),
      reason: input.reason,
      changes: [{ subject: person.name, field: '处分', before: '无', after: sanctionText(record) }],
      after: record,
    }, now);
    return record;
  })();
}

export function deleteSanction(ctx: AppContext, input: ParsedInput<'annual.deleteSanction'>): ChannelOutput<'annual.deleteSanction'> {
  const db = ctx.db;
  return db.transaction(() => {
    const record = getSanctionRow(db, input.id);
    if (!record) throw new AppError('SANCTION_NOT_FOUND', `处分记录（编号${input.id}）不存在，可能已被删除，请刷新后重试`);
    const what = `${record.name}的${record.type}处分（${periodText(record.decidedOn, record.endsOn)}）`;
    assertPeriodOpen(db, record.decidedOn, record.months, what);
    deleteSanctionRow(db, record.id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'annual.deleteSanction', entity: 'annual-sanction', entityId: record.id, summary: `删除处分 ${what}`,
      subjects: record.name,
      changes: [{ subject: record.name, field: '处分', before: sanctionText(record), after: '已删除', note: record.reason ? `原登记事由：${record.reason}` : '' }],
      before: record,
    });
    return null;
  })();
}
