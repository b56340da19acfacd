import type { RecommendationEvent } from '../../../shared/contract/recommendation';
import {
  ballotStructureErrors, checkRecommendationBallot, recommendationMarksEqual, tallyRecommendation,
  type PostVerdict, type RecommendationConfig, type RecommendationMarks, type RecommendationResults, type WriteInEligible,
} from '../../../shared/recommendation';
import { AppError } from '../../../shared/errors';
import type { Person } from '../../../shared/domain';
import { countBallots, countTickets, listBallots, type BallotRound } from '../../../db/evaluation';
import type { Db } from '../../../db/open';
import { searchPeopleRows } from '../../../db/people';
import { getRecommendationRecord, type RecommendationEventRecord } from '../../../db/recommendation';
import { ratersOf, type BallotKind, type SlotEvent } from '../evaluation';

/** What the 民主推荐 services share: look-ups, guards, the ballot kind, the roster view and the tally. */

export const noun = '推荐';

export function requireRecommendation(db: Db, id: number): RecommendationEventRecord {
  const event = getRecommendationRecord(db, id);
  if (!event) throw new AppError('RECOMMENDATION_NOT_FOUND', '找不到该推荐（评选），可能已被删除，请刷新后重试');
  return event;
}

export function assertNotClosed(event: Pick<RecommendationEventRecord, 'status'>): void {
  if (event.status === 'closed') throw new AppError('EVALUATION_CLOSED', `${noun}已结束，结果已锁定`);
}

/** Rules, posts and candidates lock once live ballots exist: changing them would change what raters voted on. */
export function assertSettingsOpen(db: Db, event: Pick<RecommendationEventRecord, 'id' | 'status'>): void {
  assertNotClosed(event);
  if (countBallots(db, event.id, 'live') > 0) throw new AppError('EVALUATION_LOCKED', '已有正式推荐票，设置已锁定');
}

/** Everyone on the roster, any status: who may be written in, and how to show a written-in name. */
export function rosterView(db: Db): { eligible: WriteInEligible; people: Map<number, { name: string; unitName: string; post: string }>; rows: readonly Person[] } {
  const rows = searchPeopleRows(db, { status: '全部' });
  const byId = new Map(rows.map((p) => [p.id, p]));
  return {
    // 另推荐 names someone who serves here now: 调离 and 退休 people are not eligible
    eligible: (personId) => byId.get(personId)?.status === '在职',
    people: new Map(rows.map((p) => [p.id, { name: p.name, unitName: p.unitName, post: p.post ?? '' }])),
    rows,
  };
}

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * Bytes of the longest marks a ballot can reasonably hold: every candidate of every post ticked, the
 * post's 应推荐人数 of write-ins with the longest names, every 赞成票 line with all three boxes. A
 * longer ballot (more write-ins than seats) still fits: its round is rebuilt wider.
 */
export function recommendationMarksWidth(config: RecommendationConfig): number {
  const longestCategory = config.categories.reduce((m, c) => Math.max(m, jsonBytes(c.code)), 2);
  const posts = config.posts.map((p) => {
    const ids = p.candidates.map((c) => c.personId);
    const writeIns = Array.from({ length: p.writeIns ? p.seats : 0 }, () => ({ personId: 2 ** 31, name: '名'.repeat(40) }));
    const approvals = config.kind === 'approval' ? Object.fromEntries(ids.map((id) => [String(id), ['abstain', 'abstain', 'abstain']])) : {};
    return [p.code, { chosen: config.kind === 'recommend' ? ids : [], writeIns, approvals }] as const;
  });
  return jsonBytes({ category: '', posts: Object.fromEntries(posts) }) + longestCategory;
}

export const recommendationSlots = (event: Pick<RecommendationEventRecord, 'id' | 'config'>): SlotEvent => ({
  id: event.id,
  marksWidth: () => recommendationMarksWidth(event.config),
  raters: ratersOf(event.config.categories),
});

/** Input that is not a ballot of this event: refused, nothing stored. */
function assertWellFormed(config: RecommendationConfig, marks: RecommendationMarks): void {
  const errors = ballotStructureErrors(config, marks);
  if (errors.length > 0) throw new AppError('BALLOT_MALFORMED', `推荐票填写有误：${errors.join('；')}`, { errors });
}

/**
 * The 推荐票 / 赞成票 as the ballot box sees it. A ballot always counts as cast (valid as a whole); per
 * post it may be void or 弃权 (the verdicts). At the kiosk a post with more names than 应推荐人数 is
 * refused for the rater to correct, as a 测评票 over its 优秀 limit is.
 */
export function recommendationBallots(event: RecommendationEventRecord, eligible: WriteInEligible): BallotKind<RecommendationMarks, PostVerdict[]> {
  return {
    slots: recommendationSlots(event),
    noun,
    assertWellFormed: (marks) => assertWellFormed(event.config, marks),
    judge: (marks) => ({ valid: true, reasons: [], outcome: checkRecommendationBallot(event.config, marks, eligible) }),
    kioskRefusal: (verdicts) => {
      const over = verdicts.filter((v) => v.void).map((v) => event.config.posts.find((p) => p.code === v.postCode)!);
      return over.length === 0 ? null : over.map((p) => `「${p.name}」限推荐${p.seats}人，请减少所选人数`).join('；');
    },
    equal: recommendationMarksEqual,
  };
}

export function eventView(db: Db, event: RecommendationEventRecord): RecommendationEvent {
  const liveBallots = countBallots(db, event.id, 'live');
  return {
    id: event.id,
    name: event.name,
    year: event.year,
    date: event.date,
    status: event.status,
    kind: event.config.kind,
    posts: event.config.posts.length,
    candidates: event.config.posts.reduce((n, p) => n + p.candidates.length, 0),
    liveBallots,
    testBallots: countBallots(db, event.id, 'test'),
    unitTitle: event.unitTitle,
    presetKey: event.presetKey,
    config: event.config,
    attendance: event.attendance,
    ticketsIssued: countTickets(db, event.id, 'paper'),
    locked: liveBallots > 0,
    closedAt: event.closedAt,
  };
}

/** The tally of one round as it stands (a closed event's live round is frozen: see resultsOf). */
export function tallyRound(db: Db, event: RecommendationEventRecord, round: BallotRound): RecommendationResults {
  const { eligible, people } = rosterView(db);
  return tallyRecommendation({
    config: event.config,
    ballots: listBallots<RecommendationMarks>(db, event.id, round),
    attendance: event.attendance,
    eligible,
    people,
  });
}

/**
 * Who could be written in, for this event: a closed event's frozen results decided it at close (the
 * people written in and counted then), so the 原始票据 agree with them even after someone 调离.
 */
export function writeInEligibility(db: Db, event: RecommendationEventRecord): WriteInEligible {
  if (event.status === 'closed' && event.results) {
    const counted = new Set(event.results.posts.flatMap((p) => p.candidates.filter((c) => c.writeIn).map((c) => c.personId)));
    return (personId) => counted.has(personId);
  }
  return rosterView(db).eligible;
}

export function resultsOf(db: Db, event: RecommendationEventRecord, round: BallotRound): RecommendationResults {
  if (round === 'live' && event.status === 'closed' && event.results) return event.results;
  return tallyRound(db, event, round);
}
