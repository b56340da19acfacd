import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  checkRecommendationBallot,
  recommendationConfig,
  tallyRecommendation,
  type RecommendationConfig,
  type RecommendationMarks,
  type RecommendationResults,
} from '../../shared/recommendation';

/**
 * Property tests of the 推荐票 tally (issue 11): votes per post never exceed 应推荐人数 × its valid
 * ballots, a ballot void for a post changes none of that post's figures, and the order of entry
 * changes nothing.
 */

const people = new Map<number, { name: string; unitName: string; post: string }>();
for (let id = 1; id <= 12; id++) people.set(id, { name: `人员${id}`, unitName: '科室', post: '科员' });
const eligible = (id: number) => id <= 10; // 11 and 12 are 调离

const configArb = fc
  .record({
    seats: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
    weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 3 }),
    writeIns: fc.boolean(),
  })
  .map(({ seats, weights, writeIns }): RecommendationConfig =>
    recommendationConfig.parse({
      kind: 'recommend',
      title: '推荐票',
      ruleText: '',
      posts: seats.map((n, i) => ({
        code: `P${i + 1}`,
        name: `职位${i + 1}`,
        seats: n,
        writeIns,
        // candidates 1..5 on every post: a person may stand for several
        candidates: [1, 2, 3, 4, 5].map((personId) => ({ personId, ...people.get(personId)! })),
      })),
      categories: weights.map((weight, i) => ({ code: 'ABC'[i]!, name: `类别${i + 1}`, weight, expected: 0, issued: 0 })),
      weighted: true,
      quorum: { numerator: 2, denominator: 3, inclusive: false },
    }),
  );

const postMarksArb = fc.record({
  chosen: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 5 }),
  writeIns: fc.array(
    fc.oneof(
      fc.integer({ min: 1, max: 12 }).map((personId) => ({ personId, name: `人员${personId}` })),
      fc.constant({ personId: null, name: '查无此人' }),
    ),
    { maxLength: 2 },
  ),
  approvals: fc.constant({}),
});

const eventArb = configArb.chain((config) =>
  fc.record({
    config: fc.constant(config),
    ballots: fc.array(
      fc.record({
        category: fc.constantFrom(...config.categories.map((c) => c.code)),
        posts: fc.record(Object.fromEntries(config.posts.map((p) => [p.code, postMarksArb]))),
      }) as fc.Arbitrary<RecommendationMarks>,
      { maxLength: 30 },
    ),
    attendance: fc.constant(Object.fromEntries(config.categories.map((c) => [c.code, 30]))),
  }),
);

const tally = (config: RecommendationConfig, ballots: readonly RecommendationMarks[], attendance: Record<string, number>): RecommendationResults =>
  tallyRecommendation({ config, ballots: ballots.map((marks) => ({ marks })), attendance, eligible, people });

/** A post's figures with the ballot counts left out (they change by construction when a ballot is added). */
const candidateFigures = (results: RecommendationResults, post: number) =>
  results.posts[post]!.candidates.map(({ personId, votes, votesByCategory, rateOfValid, weightedRate, rank, majority }) => ({
    personId,
    votes,
    votesByCategory,
    rateOfValid,
    weightedRate,
    rank,
    majority,
  }));

describe('推荐票 tally properties', () => {
  test('votes for a post ≤ 应推荐人数 × its valid ballots; valid + void = cast; no vote for the ineligible', () => {
    fc.assert(
      fc.property(eventArb, ({ config, ballots, attendance }) => {
        const results = tally(config, ballots, attendance);
        results.posts.forEach((post, p) => {
          const votes = post.candidates.reduce((s, c) => s + c.votes, 0);
          expect(votes).toBeLessThanOrEqual(config.posts[p]!.seats * post.valid);
          expect(post.valid + post.void).toBe(ballots.length);
          expect(post.candidates.every((c) => eligible(c.personId))).toBe(true);
          for (const c of post.candidates) expect(c.votesByCategory.reduce((s, n) => s + n, 0)).toBe(c.votes);
        });
      }),
    );
  });

  test('a ballot void for a post changes none of that post’s candidate figures', () => {
    fc.assert(
      fc.property(eventArb, fc.integer({ min: 0, max: 2 }), ({ config, ballots, attendance }, pick) => {
        const p = pick % config.posts.length;
        const post = config.posts[p]!;
        // seats + 1 distinct listed candidates: over the limit whatever else it says
        const voidMarks: RecommendationMarks = {
          category: config.categories[0]!.code,
          posts: { [post.code]: { chosen: [1, 2, 3, 4, 5].slice(0, post.seats + 1), writeIns: [], approvals: {} } },
        };
        expect(checkRecommendationBallot(config, voidMarks, eligible)[p]!.void).toBe(true);
        const before = tally(config, ballots, attendance);
        const after = tally(config, [...ballots, voidMarks], attendance);
        expect(after.posts[p]!.void).toBe(before.posts[p]!.void + 1);
        expect(after.posts[p]!.valid).toBe(before.posts[p]!.valid);
        expect(candidateFigures(after, p)).toEqual(candidateFigures(before, p));
      }),
    );
  });

  test('the same ballots in any order give the same results', () => {
    fc.assert(
      fc.property(
        eventArb.chain((e) => fc.record({ e: fc.constant(e), order: fc.shuffledSubarray(e.ballots, { minLength: e.ballots.length }) })),
        ({ e, order }) => {
          const a = tally(e.config, e.ballots, e.attendance);
          const b = tally(e.config, order, e.attendance);
          // write-ins first seen in a different order may be listed in a different order: compare by person
          const byPerson = (r: RecommendationResults) =>
            r.posts.map((post) => ({ ...post, candidates: [...post.candidates].sort((x, y) => x.personId - y.personId) }));
          expect(byPerson(b)).toEqual(byPerson(a));
          expect(b.session).toEqual(a.session);
        },
      ),
    );
  });
});
