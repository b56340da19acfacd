import { excellentLimitFor, validateBallot, presetConfig, tallyEvaluation, ticketFromRandom, ticketRandomBytes } from '../../../shared/evaluation';
import type { BallotMarks, EvaluationConfig } from '../../../shared/evaluation';
import { insertTicket, dropEmptySlots, closeEventRow, insertEvent, insertTarget, listTargets, setEventAttendanceRow } from '../../../db/evaluation';
import { getPersonRow } from '../../../db/people';
import { ensureRoundSlots, evaluationSlots, storePaperBallot } from '../evaluation';
import { seededBytes, seededRandom, seedOf, weightedIndex, type Random } from './random';
import type { DemoStep } from './steps';

/**
 * A finished 述职测评 of the demo office, so a newcomer sees real results at once: the 领导班子 and
 * the 科室 heads, 40 paper ballots from three 评委类别, three of them 无效票 (优秀超额). Ballots come
 * from one seeded stream, so the results are the same on every machine.
 */

const presetKey = 'civil-servant-level';

/** 测评对象 in ballot order with their ranking group, and how raters tend to judge them. */
interface DemoTarget {
  readonly name: string;
  readonly group: string;
  /** relative weights of 优秀, 称职, 基本称职, 不称职, 弃权 */
  readonly profile: readonly [number, number, number, number, number];
}

export const demoEvaluationTargets: readonly DemoTarget[] = [
  { name: '周立新', group: '班子成员', profile: [78, 21, 1, 0, 0] },
  { name: '黄振华', group: '班子成员', profile: [30, 62, 6, 1, 1] },
  { name: '何丽娟', group: '班子成员', profile: [38, 55, 5, 0, 2] },
  { name: '郭志强', group: '班子成员', profile: [20, 66, 10, 2, 2] },
  { name: '吴明远', group: '中层正职', profile: [25, 65, 8, 1, 1] },
  { name: '林建峰', group: '中层正职', profile: [35, 58, 5, 0, 2] },
  { name: '谢文涛', group: '中层正职', profile: [18, 70, 9, 1, 2] },
  { name: '于海涛', group: '中层正职', profile: [22, 66, 9, 1, 2] },
  // one weak result, so the red-line flag shows in the demo
  { name: '袁志华', group: '中层正职', profile: [4, 42, 40, 10, 4] },
  { name: '曾晓红', group: '中层正职', profile: [30, 62, 6, 0, 2] },
];

/** Per 评委类别: 应到, 发出 and the ballots returned (all returned ones are entered). */
const demoCategories = [
  { code: 'A', expected: 5, issued: 5, returned: 5 },
  { code: 'B', expected: 16, issued: 16, returned: 15 },
  { code: 'C', expected: 22, issued: 21, returned: 20 },
] as const;

/** Ballots (by position in the box, per category) on which the rater ticked one 优秀 too many. */
const overQuotaBallots: ReadonlySet<string> = new Set(['B:3', 'C:7', 'C:16']);

const levelOrder = ['excellent', 'competent', 'basic', 'incompetent', null] as const;

const drawLevel = (random: Random, profile: DemoTarget['profile']): (typeof levelOrder)[number] => levelOrder[weightedIndex(random, profile)]!;

/** The annual 述职 meets at the turn of the year: loaded in January or February it is last year's. */
const assessedYear = (now: Date) => (now.getUTCMonth() < 2 ? now.getUTCFullYear() - 1 : now.getUTCFullYear());

export const demoEvaluationStep: DemoStep = {
  label: '述职测评',
  run(env) {
    const random = seededRandom(seedOf('kaoping-demo:述职测评'));
    const year = assessedYear(env.now);
    const base = presetConfig(presetKey)!;
    const config: EvaluationConfig = {
      ...base,
      categories: base.categories.map((c) => {
        const figures = demoCategories.find((d) => d.code === c.code)!;
        return { ...c, expected: figures.expected, issued: figures.issued };
      }),
    };
    const eventId = insertEvent(env.db, {
      name: `${year}年度机关干部述职民主测评`, year, date: env.now.toISOString().slice(0, 10), unitTitle: '某市国防动员办公室', presetKey, config,
    }, env.now);

    demoEvaluationTargets.forEach((t, i) => {
      const person = getPersonRow(env.db, env.personIds.get(t.name)!)!;
      insertTarget(env.db, eventId, { personId: person.id, unitId: null, name: person.name, post: person.post ?? '', unitName: person.unitName, group: t.group }, i + 1);
    });
    const targetIds = listTargets(env.db, eventId).map((t) => t.id);
    const excellentCap = excellentLimitFor(config.rules.excellentLimit, targetIds.length) ?? targetIds.length;

    // Every ballot printed gets a 票号; the unreturned ones stay issued and unused.
    const tickets: string[] = [];
    const issued = demoCategories.reduce((n, c) => n + c.issued, 0);
    while (tickets.length < issued) {
      const ticket = ticketFromRandom(seededBytes(random, ticketRandomBytes));
      if (insertTicket(env.db, eventId, ticket, 'paper')) tickets.push(ticket);
    }
    // the ballots go into slots laid out before any is entered, like the app's own (evaluation-slots.ts)
    const slotEvent = evaluationSlots({ id: eventId, config });
    ensureRoundSlots(env.db, slotEvent, 'live');

    const ballots: { marks: BallotMarks; valid: boolean; reasons: ReturnType<typeof validateBallot>['reasons'] }[] = [];
    let next = 0;
    for (const category of demoCategories) {
      for (let b = 1; b <= category.returned; b++) {
        const levels = demoEvaluationTargets.map((t) => drawLevel(random, t.profile));
        // A careful rater keeps within the limit: the extra 优秀 go to those they rate least.
        const wanted = overQuotaBallots.has(`${category.code}:${b}`) ? excellentCap + 1 : excellentCap;
        let excellent = levels.filter((l) => l === 'excellent').length;
        for (let i = levels.length - 1; i >= 0 && excellent > wanted; i--) {
          if (levels[i] === 'excellent') {
            levels[i] = 'competent';
            excellent--;
          }
        }
        for (let i = 0; i < levels.length && excellent < wanted; i++) {
          if (levels[i] !== 'excellent' && wanted > excellentCap) {
            levels[i] = 'excellent';
            excellent++;
          }
        }
        const marks: BallotMarks = { category: category.code, lines: targetIds.map((targetId, i) => ({ targetId, level: levels[i] ?? null, scores: {} })) };
        const outcome = validateBallot(config, targetIds, marks);
        const ticketNo = tickets[next++]!;
        storePaperBallot(env.db, slotEvent, 'live', ticketNo, { marks, valid: outcome.valid, reasons: outcome.reasons });
        // Each ballot once drew its row key from this stream (32 hex digits); the draws stay, so
        // every later ballot, and so the demo's results, are what they always were.
        for (let digit = 0; digit < 32; digit++) random();
        ballots.push({ marks, valid: outcome.valid, reasons: outcome.reasons });
      }
    }

    const attendance = Object.fromEntries(demoCategories.map((c) => [c.code, c.returned]));
    setEventAttendanceRow(env.db, eventId, attendance);
    const targets = listTargets(env.db, eventId).map((t) => ({ id: t.id, name: t.name, post: t.post, group: t.group }));
    closeEventRow(env.db, eventId, tallyEvaluation({ config, targets, ballots, attendance }), env.now);
    dropEmptySlots(env.db, eventId);
    return `1 次述职测评（${ballots.length} 张测评票）`;
  },
};
