import { ticketFromRandom, ticketRandomBytes } from '../../../shared/evaluation';
import {
  ballotStructureErrors, recommendationPreset, tallyRecommendation,
  type RecommendationConfig, type RecommendationMarks, type RecommendationPresetKey,
} from '../../../shared/recommendation';
import { closeEventRow, dropEmptySlots, insertEvent, insertTicket, setEventAttendanceRow } from '../../../db/evaluation';
import { getPersonRow } from '../../../db/people';
import { ensureRoundSlots, storePaperBallot } from '../evaluation';
import { recommendationSlots } from '../recommendation';
import { seededRandom, seedOf, type Random } from './random';
import type { DemoEnv, DemoStep } from './steps';

/**
 * Two finished ballot events of the demo office (DOMAIN.md §7): a 民主推荐 for two posts, with a few
 * ballots over the limit for one post (void for it only), some names nobody (弃权) and a 另推荐; and
 * an 评选表优 of 优秀共产党员 ×3. Ballots come from one seeded stream per event, so the results are the
 * same on every machine.
 */

interface DemoPost {
  readonly code: string;
  readonly name: string;
  readonly seats: number;
  readonly writeIns: boolean;
  /** candidates, and how often raters tick each (relative) */
  readonly candidates: readonly (readonly [string, number])[];
}

interface DemoRecommendation {
  readonly preset: RecommendationPresetKey;
  readonly name: (year: number) => string;
  readonly posts: readonly DemoPost[];
  /** per 评委类别: 应到, 发出, returned */
  readonly categories: readonly { readonly code: string; readonly name: string; readonly expected: number; readonly issued: number; readonly returned: number }[];
  /** share of ballots that name too many for a post, and that name nobody */
  readonly overRate: number;
  readonly blankRate: number;
  /** a 另推荐 that some raters write in */
  readonly writeIn?: string;
}

const demoRecommendations: readonly DemoRecommendation[] = [
  {
    preset: 'meeting',
    name: (year) => `${year}年度科级干部民主推荐`,
    posts: [
      { code: 'P1', name: '综合计划科科长', seats: 1, writeIns: true, candidates: [['罗雪梅', 6], ['康建华', 3], ['郑红霞', 2]] },
      { code: 'P2', name: '科室副科长', seats: 2, writeIns: false, candidates: [['宋立平', 5], ['唐志勇', 4], ['孙国栋', 4], ['朱海燕', 2]] },
    ],
    categories: [
      { code: 'A', name: '领导班子成员', expected: 5, issued: 5, returned: 5 },
      { code: 'B', name: '中层干部', expected: 12, issued: 12, returned: 11 },
      { code: 'C', name: '其他干部职工', expected: 24, issued: 23, returned: 22 },
    ],
    overRate: 0.06,
    blankRate: 0.05,
    writeIn: '韩冬梅',
  },
  {
    preset: 'honour',
    name: (year) => `${year}年度优秀共产党员评选`,
    posts: [
      { code: 'P1', name: '优秀共产党员', seats: 3, writeIns: false, candidates: [['林建峰', 7], ['谢文涛', 5], ['于海涛', 6], ['徐晓燕', 4], ['罗雪梅', 3], ['唐志勇', 2]] },
    ],
    categories: [
      { code: 'A', name: '领导班子成员', expected: 5, issued: 5, returned: 5 },
      { code: 'B', name: '中层干部', expected: 12, issued: 12, returned: 12 },
      { code: 'C', name: '其他干部职工', expected: 24, issued: 24, returned: 19 },
    ],
    overRate: 0.04,
    blankRate: 0.03,
  },
];

/** Up to `count` distinct names drawn by weight. */
function drawNames(random: Random, candidates: DemoPost['candidates'], count: number): string[] {
  const left = [...candidates];
  const out: string[] = [];
  while (out.length < count && left.length > 0) {
    const total = left.reduce((s, [, w]) => s + w, 0);
    let x = random() * total;
    const i = left.findIndex(([, w]) => (x -= w) < 0);
    out.push(left.splice(i < 0 ? left.length - 1 : i, 1)[0]![0]);
  }
  return out;
}

const seededBytes = (random: Random, n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));

/** The annual meetings are at the turn of the year: loaded in January or February they are last year's. */
const assessedYear = (now: Date) => (now.getUTCMonth() < 2 ? now.getUTCFullYear() - 1 : now.getUTCFullYear());

function runOne(env: DemoEnv, demo: DemoRecommendation, year: number): number {
  const random = seededRandom(seedOf(`kaoping-demo:${demo.name(year)}`));
  const personId = (name: string) => env.personIds.get(name)!;
  const snapshot = (name: string) => {
    const p = getPersonRow(env.db, personId(name))!;
    return { personId: p.id, name: p.name, unitName: p.unitName, post: p.post ?? '' };
  };
  const preset = recommendationPreset(demo.preset, year);
  const config: RecommendationConfig = {
    ...preset,
    posts: demo.posts.map((p) => ({ code: p.code, name: p.name, seats: p.seats, writeIns: p.writeIns, candidates: p.candidates.map(([name]) => snapshot(name)) })),
    categories: demo.categories.map((c) => ({ code: c.code, name: c.name, weight: 0, expected: c.expected, issued: c.issued })),
  };
  const eventId = insertEvent(env.db, {
    name: demo.name(year), year, date: env.now.toISOString().slice(0, 10), unitTitle: '某市国防动员办公室', presetKey: demo.preset, config,
  }, env.now, 'recommendation');

  const tickets: string[] = [];
  const issued = demo.categories.reduce((n, c) => n + c.issued, 0);
  while (tickets.length < issued) {
    const ticket = ticketFromRandom(seededBytes(random, ticketRandomBytes));
    if (insertTicket(env.db, eventId, ticket, 'paper')) tickets.push(ticket);
  }
  // slots laid out before any ballot is entered, like the app's own (electron/services/evaluation/slots.ts)
  const slots = recommendationSlots({ id: eventId, config });
  ensureRoundSlots(env.db, slots, 'live');

  const ballots: { marks: RecommendationMarks }[] = [];
  let next = 0;
  for (const category of demo.categories) {
    for (let b = 0; b < category.returned; b++) {
      const posts = Object.fromEntries(demo.posts.map((post) => {
        const roll = random();
        const count = roll < demo.overRate ? post.seats + 1 : roll < demo.overRate + demo.blankRate ? 0 : post.seats;
        const names = drawNames(random, post.candidates, count);
        // now and then a rater writes in someone not on the list instead of the last name
        const writeIns = post.writeIns && demo.writeIn && count > 0 && random() < 0.1 ? [{ personId: personId(demo.writeIn), name: demo.writeIn }] : [];
        const chosen = (writeIns.length > 0 ? names.slice(0, -1) : names).map(personId);
        return [post.code, { chosen, writeIns, approvals: {} }];
      }));
      const marks: RecommendationMarks = { category: category.code, posts };
      storePaperBallot(env.db, slots, 'live', tickets[next++]!, { marks, valid: true, reasons: [] });
      ballots.push({ marks });
    }
  }
  const attendance = Object.fromEntries(demo.categories.map((c) => [c.code, c.returned]));
  setEventAttendanceRow(env.db, eventId, attendance);
  const eligible = (id: number) => getPersonRow(env.db, id)?.status === '在职';
  const people = new Map([...env.personIds.values()].map((id) => {
    const p = getPersonRow(env.db, id)!;
    return [id, { name: p.name, unitName: p.unitName, post: p.post ?? '' }] as const;
  }));
  // every demo ballot is one a clerk could enter: refused input would be a defect of this step
  for (const b of ballots) if (ballotStructureErrors(config, b.marks).length > 0) throw new Error(`demo ballot not well-formed: ${ballotStructureErrors(config, b.marks).join('；')}`);
  closeEventRow(env.db, eventId, tallyRecommendation({ config, ballots, attendance, eligible, people }), env.now);
  dropEmptySlots(env.db, eventId);
  return ballots.length;
}

export const demoRecommendationStep: DemoStep = {
  label: '民主推荐',
  run(env) {
    const year = assessedYear(env.now);
    const counts = demoRecommendations.map((demo) => runOne(env, demo, year));
    return `${counts.length} 次民主推荐和评选（${counts.reduce((a, b) => a + b, 0)} 张推荐票）`;
  },
};
