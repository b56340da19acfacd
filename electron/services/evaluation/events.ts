import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { EvaluationStatus, EvaluationTarget } from '../../../shared/contract/evaluation';
import { ballotStructureErrors } from '../../../shared/evaluation/ballot-validation';
import type { EvaluationConfig } from '../../../shared/evaluation/config';
import type { EvaluationResults } from '../../../shared/evaluation/results';
import { evaluationPresets as presets, presetConfig, unitReviewPresetKey } from '../../../shared/evaluation/presets';
import { reviewPeriodLabel, reviewPeriodOf, reviewPeriodYear } from '../../../shared/evaluation/review-period';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import { countBallots, listBallots } from '../../../db/evaluation/ballots';
import { ballotTransaction } from '../../../db/evaluation/ballot-slots';
import {
  deleteEventRow, deleteTargets, getEventSummary, insertEvent, insertTarget, listEventSummaries, listTargets,
  setEventAttendanceRow, updateEventFields, updateTarget, type EvaluationEventRecord, type TargetFields,
} from '../../../db/evaluation/events';
import type { Db } from '../../../db/open';
import { getPersonRow } from '../../../db/people';
import { getUnitRow } from '../../../db/units';
import type { AppContext } from '../../context';
import { configProblems } from './config-check';
import { assertNotClosed, assertSettingsOpen, eventView, requireEvent, tallyRound } from './common';
import { checkedAttendance, freezeResults, moveToStatus } from './ballot-box';
import { evaluationSlots } from './slots';

const statusLabels: Readonly<Record<EvaluationStatus, string>> = { setup: '准备中', test: '测试模式', live: '正式测评', closed: '已结束' };

/** What the audit log keeps of an event's settings. */
const auditSettings = (e: Pick<EvaluationEventRecord, 'name' | 'date' | 'unitTitle' | 'config' | 'reviewPeriod'>) =>
  ({ name: e.name, date: e.date, unitTitle: e.unitTitle, config: e.config, ...(e.reviewPeriod == null ? {} : { reviewPeriod: e.reviewPeriod }) });

/** A 科室评议's 评议周期 lies in its 考核年度 (DOMAIN.md §8.4); the database checks it too (migration 016). */
function assertPeriodInYear(period: string | null, year: number): void {
  if (period != null && reviewPeriodYear(period) !== year) {
    throw new AppError('REVIEW_PERIOD_OUT_OF_YEAR', `评议周期${reviewPeriodLabel(period)}不在${year}年度内，请选择本年度的月份或季度`);
  }
}

export const evaluationPresets = (_ctx: AppContext): ChannelOutput<'evaluation.presets'> =>
  presets.map((p) => ({ key: p.key, name: p.name, description: p.description, config: p.config }));

export const listEvaluations = (ctx: AppContext, input: ParsedInput<'evaluation.list'>): ChannelOutput<'evaluation.list'> => listEventSummaries(ctx.db, input.year);

export const getEvaluation = (ctx: AppContext, input: ParsedInput<'evaluation.get'>): ChannelOutput<'evaluation.get'> =>
  eventView(ctx.db, requireEvent(ctx.db, input.id));

function assertUsableConfig(config: EvaluationConfig): void {
  const problems = configProblems(config);
  if (problems.length > 0) throw new AppError('EVALUATION_CONFIG_INVALID', `测评设置有误：${problems.join('；')}`, { problems });
}

/** 「新建测评」 from a preset, in 准备中 (setup). */
export function createEvaluation(ctx: AppContext, input: ParsedInput<'evaluation.create'>): ChannelOutput<'evaluation.create'> {
  const now = ctx.now();
  const config = presetConfig(input.presetKey);
  if (!config) throw new AppError('PRESET_NOT_FOUND', `没有名为“${input.presetKey}”的测评方案，请重新选择`);
  // a 科室评议 always has a 评议周期: the month of its date unless one is chosen
  const reviewPeriod = input.reviewPeriod ?? (input.presetKey === unitReviewPresetKey ? reviewPeriodOf(input.date, 'month') : null);
  assertPeriodInYear(reviewPeriod, input.year);
  const db = ctx.db;
  return db.transaction(() => {
    const id = insertEvent(db, { name: input.name, year: input.year, date: input.date, unitTitle: input.unitTitle, presetKey: input.presetKey, config, reviewPeriod }, now);
    const created = requireEvent(db, id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'evaluation.create', entity: 'evaluation', entityId: id,
      subjects: created.name,
      summary: `新建测评 ${created.name}（${created.year}年度，${presets.find((p) => p.key === input.presetKey)?.name ?? input.presetKey}）`,
      after: { ...auditSettings(created), year: created.year, presetKey: created.presetKey },
    }, now);
    return eventView(db, created);
  })();
}

/**
 * Test ballots were cast on the old settings: a change that leaves one of them unreadable (a
 * category, level or 测评对象 it uses is gone) must wait until the test round is wiped.
 */
function assertTestBallotsFit(db: Db, eventId: number, config: EvaluationConfig, targetIds: readonly number[]): void {
  const broken = listBallots(db, eventId, 'test').filter((b) => ballotStructureErrors(config, targetIds, b.marks).length > 0).length;
  if (broken > 0) {
    throw new AppError('TEST_BALLOTS_NOT_WIPED', `已有${broken}张测试票与修改后的设置不符，请先清除测试票再修改`);
  }
}

/** Name, date, 单位 and rules; refused once live ballots exist. A rule change does not revalidate test ballots by itself (that is explicit). */
export function updateEvaluation(ctx: AppContext, input: ParsedInput<'evaluation.update'>): ChannelOutput<'evaluation.update'> {
  const db = ctx.db;
  return db.transaction(() => {
    const before = requireEvent(db, input.id);
    assertSettingsOpen(db, before);
    const next = {
      name: input.name ?? before.name,
      date: input.date ?? before.date,
      unitTitle: input.unitTitle ?? before.unitTitle,
      config: input.config ?? before.config,
      reviewPeriod: input.reviewPeriod ?? before.reviewPeriod,
    };
    if (JSON.stringify(auditSettings(next)) === JSON.stringify(auditSettings(before))) return eventView(db, before);
    if (input.reviewPeriod != null && before.reviewPeriod == null) {
      throw new AppError('NOT_A_UNIT_REVIEW', '只有科室评议才有评议周期');
    }
    assertPeriodInYear(next.reviewPeriod, before.year);
    if (input.config) {
      assertUsableConfig(input.config);
      assertTestBallotsFit(db, before.id, input.config, listTargets(db, before.id).map((t) => t.id));
    }
    updateEventFields(db, before.id, next);
    const after = requireEvent(db, before.id);
    const changed = [
      next.name !== before.name && '名称',
      next.date !== before.date && '日期',
      next.unitTitle !== before.unitTitle && '单位',
      JSON.stringify(next.config) !== JSON.stringify(before.config) && '测评规则',
      next.reviewPeriod !== before.reviewPeriod && '评议周期',
    ].filter((x): x is string => typeof x === 'string');
    writeAudit(db, {
      actor: ctx.actor(), action: 'evaluation.update', entity: 'evaluation', entityId: before.id,
      summary: `修改测评 ${before.name}：${changed.join('、')}`, subjects: before.name,
      before: auditSettings(before), after: auditSettings(after),
    });
    return eventView(db, after);
  })();
}

/** The snapshot of one 测评对象 as the ballot prints it. */
function targetSnapshot(db: Db, target: { personId: number | null; unitId: number | null; group: string }, position: number): TargetFields {
  const group = target.group.trim();
  if ((target.personId == null) === (target.unitId == null)) {
    throw new AppError('EVALUATION_TARGET_INVALID', `第${position}个测评对象应为一名人员或一个单位`);
  }
  if (target.personId != null) {
    const person = getPersonRow(db, target.personId);
    if (!person) throw new AppError('PERSON_NOT_FOUND', `第${position}个测评对象在人员名单中不存在，可能已被删除，请刷新后重试`);
    return { personId: person.id, unitId: null, name: person.name, post: person.post ?? '', unitName: person.unitName, group };
  }
  const unit = getUnitRow(db, target.unitId!);
  if (!unit) throw new AppError('UNIT_NOT_FOUND', `第${position}个测评对象（单位）不存在，可能已被删除，请刷新后重试`);
  const parent = unit.parentId == null ? undefined : getUnitRow(db, unit.parentId);
  return { personId: null, unitId: unit.id, name: unit.name, post: '', unitName: parent?.name ?? '', group };
}

const targetKey = (t: { personId: number | null; unitId: number | null }) => (t.personId != null ? `p${t.personId}` : `u${t.unitId}`);

/**
 * The 测评对象 in ballot order. A target that stays keeps its id (ballot lines refer to it) and gets
 * a fresh snapshot; with test ballots in the box only order and groups may change.
 */
export function setEvaluationTargets(ctx: AppContext, input: ParsedInput<'evaluation.setTargets'>): ChannelOutput<'evaluation.setTargets'> {
  const db = ctx.db;
  return db.transaction(() => {
    const event = requireEvent(db, input.id);
    assertSettingsOpen(db, event);
    const before = listTargets(db, event.id);
    const existing = new Map(before.map((t) => [targetKey(t), t]));
    const seen = new Set<string>();
    const wanted = input.targets.map((t, i) => {
      const snapshot = targetSnapshot(db, t, i + 1);
      if (event.reviewPeriod != null && snapshot.personId != null) {
        throw new AppError('UNIT_REVIEW_PERSON_TARGET', `科室评议的测评对象应为科室或单位，第${i + 1}个“${snapshot.name}”是个人`);
      }
      const key = targetKey(snapshot);
      if (seen.has(key)) throw new AppError('EVALUATION_TARGET_TWICE', `${snapshot.name} 在测评对象中出现了两次（第${i + 1}个）`);
      seen.add(key);
      return { snapshot, keep: existing.get(key) };
    });
    const removed = before.filter((t) => !seen.has(targetKey(t)));
    const added = wanted.filter((w) => !w.keep);
    if ((removed.length > 0 || added.length > 0) && countBallots(db, event.id, 'test') > 0) {
      throw new AppError('TEST_BALLOTS_NOT_WIPED', '已有测试票，增减测评对象前请先清除测试票');
    }
    deleteTargets(db, removed.map((t) => t.id));
    wanted.forEach((w, i) => {
      if (w.keep) updateTarget(db, w.keep.id, w.snapshot, i + 1);
      else insertTarget(db, event.id, w.snapshot, i + 1);
    });
    const after = listTargets(db, event.id);
    const audited = (list: readonly EvaluationTarget[]) => list.map((t) => ({ name: t.name, post: t.post, unitName: t.unitName, group: t.group }));
    if (JSON.stringify(audited(after)) !== JSON.stringify(audited(before))) {
      const parts = [`共${after.length}人`];
      if (added.length) parts.push(`新增 ${added.map((w) => w.snapshot.name).join('、')}`);
      if (removed.length) parts.push(`移除 ${removed.map((t) => t.name).join('、')}`);
      writeAudit(db, {
        actor: ctx.actor(), action: 'evaluation.targets', entity: 'evaluation', entityId: event.id,
        summary: `设置测评对象 ${event.name}：${parts.join('，')}`, subjects: event.name,
        before: audited(before), after: audited(after),
      });
    }
    return eventView(db, requireEvent(db, event.id));
  })();
}

/** 实到人数 per 评委类别, entered on the day (allowed while live; not after close). */
export function setEvaluationAttendance(ctx: AppContext, input: ParsedInput<'evaluation.setAttendance'>): ChannelOutput<'evaluation.setAttendance'> {
  const db = ctx.db;
  return db.transaction(() => {
    const event = requireEvent(db, input.id);
    assertNotClosed(event);
    const { attendance, text } = checkedAttendance(event.config.categories, input.attendance, '测评');
    if (JSON.stringify(attendance) !== JSON.stringify(event.attendance)) {
      setEventAttendanceRow(db, event.id, attendance);
      writeAudit(db, {
        actor: ctx.actor(), action: 'evaluation.attendance', entity: 'evaluation', entityId: event.id,
        summary: `登记实到人数 ${event.name}：${text || '清空'}`, subjects: event.name, before: event.attendance, after: attendance,
      });
    }
    return eventView(db, requireEvent(db, event.id));
  })();
}

/**
 * 准备中 -> 测试模式 -> 正式测评 (or 准备中 straight to 正式测评). Going live needs the test round
 * wiped; there is no way back from live (its ballots are real). A round opens with all its ballot
 * slots, in a random order (evaluation-slots.ts); going live drops the rehearsal's slots.
 */
export function setEvaluationStatus(ctx: AppContext, input: ParsedInput<'evaluation.setStatus'>): ChannelOutput<'evaluation.setStatus'> {
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireEvent(db, input.id);
    assertNotClosed(event);
    if (event.status === input.status) return eventView(db, event);
    if (event.status !== 'live' && input.status !== 'setup' && listTargets(db, event.id).length === 0) {
      throw new AppError('EVALUATION_NO_TARGETS', '请先选择测评对象');
    }
    if (event.status !== 'live' && input.status === 'live') assertUsableConfig(event.config);
    moveToStatus(db, event, evaluationSlots(event), input.status, '测评');
    writeAudit(db, {
      actor: ctx.actor(), action: 'evaluation.status', entity: 'evaluation', entityId: event.id,
      summary: `${event.name}：${statusLabels[event.status]} → ${statusLabels[input.status]}`, subjects: event.name,
      changes: [{ subject: '', field: '测评状态', before: statusLabels[event.status], after: statusLabels[input.status] }],
      before: { status: event.status }, after: { status: input.status },
    });
    return eventView(db, requireEvent(db, event.id));
  });
}

/** 结束测评: the live results are computed once more and frozen with the event. */
export function closeEvaluation(ctx: AppContext, input: ParsedInput<'evaluation.close'>): ChannelOutput<'evaluation.close'> {
  const now = ctx.now();
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireEvent(db, input.id);
    assertNotClosed(event);
    let results: EvaluationResults | undefined;
    freezeResults(db, event, '测评', () => (results = tallyRound(db, event, 'live')), now);
    const s = results!.sessionTotal;
    writeAudit(db, {
      actor: ctx.actor(), action: 'evaluation.close', entity: 'evaluation', entityId: event.id,
      subjects: event.name,
      summary: `结束测评 ${event.name}：收回${s.returned}张，有效${s.valid}张，无效${s.invalid}张，结果已锁定`,
      after: { session: results!.sessionTotal, quorumMet: results!.quorumMet, overReturned: results!.overReturned },
    }, now);
    return eventView(db, requireEvent(db, event.id));
  });
}

/** Only an event without live ballots (a set-up or rehearsed one) can be deleted. */
export function deleteEvaluation(ctx: AppContext, input: ParsedInput<'evaluation.delete'>): ChannelOutput<'evaluation.delete'> {
  const db = ctx.db;
  db.transaction(() => {
    const event = requireEvent(db, input.id);
    const summary = getEventSummary(db, event.id)!;
    if (summary.liveBallots > 0) throw new AppError('EVALUATION_HAS_BALLOTS', `${event.name} 已有正式测评票（${summary.liveBallots}张），不能删除`);
    if (event.status === 'closed') throw new AppError('EVALUATION_CLOSED', '测评已结束，结果已锁定，不能删除');
    deleteEventRow(db, event.id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'evaluation.delete', entity: 'evaluation', entityId: event.id,
      summary: `删除测评 ${event.name}（${event.year}年度）`, subjects: event.name,
      before: { ...auditSettings(event), year: event.year, status: event.status, targets: summary.targets, testBallots: summary.testBallots },
    });
  })();
  return null;
}
