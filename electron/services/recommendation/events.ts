import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { EvaluationStatus } from '../../../shared/contract/evaluation';
import {
  recommendationKindLabels, recommendationPreset, recommendationPresetKeys, recommendationPresetNames, type RecommendationConfig, type RecommendationPresetKey,
  type RecommendationResults,
} from '../../../shared/recommendation';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import {
  ballotTransaction, countBallots, deleteEventRow, insertEvent, listBallots, setEventAttendanceRow, updateEventFields,
} from '../../../db/evaluation';
import type { Db } from '../../../db/open';
import { getPersonRow } from '../../../db/people';
import { listRecommendationRecords, type RecommendationEventRecord } from '../../../db/recommendation';
import type { AppContext } from '../../context';
import { checkedAttendance, freezeResults, moveToStatus } from '../evaluation';
import { assertNotClosed, assertSettingsOpen, eventView, noun, recommendationSlots, requireRecommendation, tallyRound } from './common';
import { ballotStructureErrors, type RecommendationMarks } from '../../../shared/recommendation';

/** 民主推荐 / 评选表优 / 赞成票 events: create from a preset, edit the rules, posts and candidates, run and close (DOMAIN.md §7). */

const statusLabels: Readonly<Record<EvaluationStatus, string>> = { setup: '准备中', test: '测试模式', live: '正式推荐', closed: '已结束' };
const isPresetKey = (key: string): key is RecommendationPresetKey => (recommendationPresetKeys as readonly string[]).includes(key);

const auditSettings = (e: Pick<RecommendationEventRecord, 'name' | 'date' | 'unitTitle' | 'config'>) => ({ name: e.name, date: e.date, unitTitle: e.unitTitle, config: e.config });

export const recommendationPresets = (_ctx: AppContext, input: ParsedInput<'recommendation.presets'>): ChannelOutput<'recommendation.presets'> =>
  recommendationPresetKeys.map((key) => ({ key, name: recommendationPresetNames[key], config: recommendationPreset(key, input.year) }));

export const listRecommendations = (ctx: AppContext, input: ParsedInput<'recommendation.list'>): ChannelOutput<'recommendation.list'> =>
  listRecommendationRecords(ctx.db, input.year).map((e) => {
    const { unitTitle: _u, presetKey: _p, config: _c, attendance: _a, ticketsIssued: _t, locked: _l, closedAt: _x, ...summary } = eventView(ctx.db, e);
    return summary;
  });

export const getRecommendation = (ctx: AppContext, input: ParsedInput<'recommendation.get'>): ChannelOutput<'recommendation.get'> =>
  eventView(ctx.db, requireRecommendation(ctx.db, input.id));

export function createRecommendation(ctx: AppContext, input: ParsedInput<'recommendation.create'>): ChannelOutput<'recommendation.create'> {
  const presetKey = input.presetKey;
  if (!isPresetKey(presetKey)) throw new AppError('PRESET_NOT_FOUND', `没有名为“${presetKey}”的推荐方案，请重新选择`);
  const now = ctx.now();
  const db = ctx.db;
  const config = recommendationPreset(presetKey, input.year);
  return db.transaction(() => {
    const id = insertEvent(db, { name: input.name, year: input.year, date: input.date, unitTitle: input.unitTitle, presetKey, config }, now, 'recommendation');
    const created = requireRecommendation(db, id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'recommendation.create', entity: 'recommendation', entityId: id, subjects: created.name,
      summary: `新建推荐 ${created.name}（${created.year}年度，${recommendationPresetNames[presetKey]}）`,
      after: { ...auditSettings(created), year: created.year, presetKey: created.presetKey },
    }, now);
    return eventView(db, created);
  })();
}

/** What the schema cannot say: codes unique, a candidate once per post, at least one candidate, the people on the roster. Chinese, naming the item. */
function configProblems(config: RecommendationConfig): string[] {
  const problems: string[] = [];
  const duplicates = (values: readonly string[]) => [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
  for (const code of duplicates(config.categories.map((c) => c.code))) problems.push(`评委类别代码“${code}”重复`);
  for (const name of duplicates(config.categories.map((c) => c.name))) problems.push(`评委类别“${name}”重复`);
  for (const code of duplicates(config.posts.map((p) => p.code))) problems.push(`推荐职位代码“${code}”重复`);
  for (const name of duplicates(config.posts.map((p) => p.name))) problems.push(`推荐职位“${name}”重复`);
  for (const post of config.posts) {
    const ids = post.candidates.map((c) => String(c.personId));
    for (const id of duplicates(ids)) problems.push(`「${post.name}」的候选人“${post.candidates.find((c) => String(c.personId) === id)!.name}”重复`);
  }
  return problems;
}

/** Each candidate's name, unit and post as the roster has them now: the ballot prints this snapshot. */
function withRosterSnapshots(db: Db, config: RecommendationConfig): RecommendationConfig {
  return {
    ...config,
    posts: config.posts.map((post) => ({
      ...post,
      candidates: post.candidates.map((c, i) => {
        const person = getPersonRow(db, c.personId);
        if (!person) throw new AppError('PERSON_NOT_FOUND', `「${post.name}」第${i + 1}名候选人在人员名单中不存在，可能已被删除，请刷新后重试`);
        return { personId: person.id, name: person.name, unitName: person.unitName, post: person.post ?? '' };
      }),
    })),
  };
}

/** Test ballots were cast on the old settings: a change that leaves one unreadable must wait until they are wiped. */
function assertTestBallotsFit(db: Db, eventId: number, config: RecommendationConfig): void {
  const broken = listBallots<RecommendationMarks>(db, eventId, 'test').filter((b) => ballotStructureErrors(config, b.marks).length > 0).length;
  if (broken > 0) throw new AppError('TEST_BALLOTS_NOT_WIPED', `已有${broken}张测试票与修改后的设置不符，请先清除测试票再修改`);
}

export function updateRecommendation(ctx: AppContext, input: ParsedInput<'recommendation.update'>): ChannelOutput<'recommendation.update'> {
  const db = ctx.db;
  return db.transaction(() => {
    const before = requireRecommendation(db, input.id);
    assertSettingsOpen(db, before);
    const config = input.config ? withRosterSnapshots(db, input.config) : before.config;
    if (input.config) {
      const problems = configProblems(config);
      if (problems.length > 0) throw new AppError('RECOMMENDATION_CONFIG_INVALID', `推荐设置有误：${problems.join('；')}`, { problems });
      if (config.kind !== before.config.kind) throw new AppError('RECOMMENDATION_KIND_FIXED', `票种（${recommendationKindLabels[before.config.kind]}）在新建时确定，不能修改`);
      assertTestBallotsFit(db, before.id, config);
    }
    const next = { name: input.name ?? before.name, date: input.date ?? before.date, unitTitle: input.unitTitle ?? before.unitTitle, config };
    if (JSON.stringify(auditSettings(next)) === JSON.stringify(auditSettings(before))) return eventView(db, before);
    updateEventFields(db, before.id, next);
    const after = requireRecommendation(db, before.id);
    const changed = [
      next.name !== before.name && '名称',
      next.date !== before.date && '日期',
      next.unitTitle !== before.unitTitle && '单位',
      JSON.stringify(next.config.posts) !== JSON.stringify(before.config.posts) && '推荐职位与候选人',
      JSON.stringify({ ...next.config, posts: [] }) !== JSON.stringify({ ...before.config, posts: [] }) && '推荐规则',
    ].filter((x): x is string => typeof x === 'string');
    writeAudit(db, {
      actor: ctx.actor(), action: 'recommendation.update', entity: 'recommendation', entityId: before.id,
      summary: `修改推荐 ${before.name}：${changed.join('、')}`, subjects: before.name,
      before: auditSettings(before), after: auditSettings(after),
    });
    return eventView(db, after);
  })();
}

export function setRecommendationAttendance(ctx: AppContext, input: ParsedInput<'recommendation.setAttendance'>): ChannelOutput<'recommendation.setAttendance'> {
  const db = ctx.db;
  return db.transaction(() => {
    const event = requireRecommendation(db, input.id);
    assertNotClosed(event);
    const { attendance, text } = checkedAttendance(event.config.categories, input.attendance, '推荐');
    if (JSON.stringify(attendance) !== JSON.stringify(event.attendance)) {
      setEventAttendanceRow(db, event.id, attendance);
      writeAudit(db, {
        actor: ctx.actor(), action: 'recommendation.attendance', entity: 'recommendation', entityId: event.id,
        summary: `登记实到人数 ${event.name}：${text || '清空'}`, subjects: event.name, before: event.attendance, after: attendance,
      });
    }
    return eventView(db, requireRecommendation(db, event.id));
  })();
}

export function setRecommendationStatus(ctx: AppContext, input: ParsedInput<'recommendation.setStatus'>): ChannelOutput<'recommendation.setStatus'> {
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireRecommendation(db, input.id);
    assertNotClosed(event);
    if (event.status === input.status) return eventView(db, event);
    if (event.status !== 'live' && input.status !== 'setup') {
      const empty = event.config.posts.filter((p) => p.candidates.length === 0 && !(event.config.kind === 'recommend' && p.writeIns));
      if (empty.length > 0) throw new AppError('RECOMMENDATION_NO_CANDIDATES', `请先为「${empty.map((p) => p.name).join('」「')}」选择候选人`);
      const problems = configProblems(event.config);
      if (problems.length > 0) throw new AppError('RECOMMENDATION_CONFIG_INVALID', `推荐设置有误：${problems.join('；')}`, { problems });
    }
    moveToStatus(db, event, recommendationSlots(event), input.status, noun);
    writeAudit(db, {
      actor: ctx.actor(), action: 'recommendation.status', entity: 'recommendation', entityId: event.id,
      summary: `${event.name}：${statusLabels[event.status]} → ${statusLabels[input.status]}`, subjects: event.name,
      changes: [{ subject: '', field: '推荐状态', before: statusLabels[event.status], after: statusLabels[input.status] }],
      before: { status: event.status }, after: { status: input.status },
    });
    return eventView(db, requireRecommendation(db, event.id));
  });
}

/** 结束推荐: the live results are computed once more and frozen with the event. */
export function closeRecommendation(ctx: AppContext, input: ParsedInput<'recommendation.close'>): ChannelOutput<'recommendation.close'> {
  const now = ctx.now();
  const db = ctx.db;
  return ballotTransaction(db, () => {
    const event = requireRecommendation(db, input.id);
    assertNotClosed(event);
    let results: RecommendationResults | undefined;
    freezeResults(db, event, noun, () => (results = tallyRound(db, event, 'live')), now);
    const s = results!.session;
    writeAudit(db, {
      actor: ctx.actor(), action: 'recommendation.close', entity: 'recommendation', entityId: event.id, subjects: event.name,
      summary: `结束推荐 ${event.name}：收回${s.returned}张，结果已锁定`,
      after: { session: s },
    }, now);
    return eventView(db, requireRecommendation(db, event.id));
  });
}

export function deleteRecommendation(ctx: AppContext, input: ParsedInput<'recommendation.delete'>): ChannelOutput<'recommendation.delete'> {
  const db = ctx.db;
  db.transaction(() => {
    const event = requireRecommendation(db, input.id);
    const live = countBallots(db, event.id, 'live');
    if (live > 0) throw new AppError('EVALUATION_HAS_BALLOTS', `${event.name} 已有正式推荐票（${live}张），不能删除`);
    if (event.status === 'closed') throw new AppError('EVALUATION_CLOSED', `${noun}已结束，结果已锁定，不能删除`);
    deleteEventRow(db, event.id);
    writeAudit(db, {
      actor: ctx.actor(), action: 'recommendation.delete', entity: 'recommendation', entityId: event.id,
      summary: `删除推荐 ${event.name}（${event.year}年度）`, subjects: event.name,
      before: { ...auditSettings(event), year: event.year, status: event.status },
    });
  })();
  return null;
}
