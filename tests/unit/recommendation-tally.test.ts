import { describe, expect, it } from 'vitest';
import {
  ballotStructureErrors,
  candidatesByVotes,
  checkRecommendationBallot,
  recommendationConfig,
  recommendationPreset,
  recommendationPresetKeys,
  recommendationResults,
  seatsLine,
  tallyRecommendation,
  type RecommendationMarks,
} from '../../shared/recommendation';
import { exampleBallots, exampleConfig, exampleEligible, examplePeople, li, recommendBallot, zhang } from '../helpers/recommendation-builders';

/** The worked example of docs/DOMAIN.md §7, computed by hand there (tests/helpers/recommendation-builders.ts). */
const config = exampleConfig;
const ballot = recommendBallot;
const eligible = exampleEligible;
const people = examplePeople;

const tally = (ballots: readonly RecommendationMarks[], c = config, attendance: Record<string, number> = { A: 2, B: 4 }) =>
  tallyRecommendation({ config: c, ballots: ballots.map((marks) => ({ marks })), attendance, eligible, people });

describe('推荐票: the worked example of DOMAIN.md §7', () => {
  const results = tally(exampleBallots);
  const [chief, deputy] = results.posts;

  it('科长: 5 valid, 1 void; 张三 2 votes at 40% of valid and 33.33% of 实到, weighted 38.33%', () => {
    expect(chief).toMatchObject({ cast: 6, valid: 5, void: 1, abstain: 0, validByCategory: [2, 3], voidByCategory: [0, 1] });
    const byName = Object.fromEntries(chief!.candidates.map((c) => [c.name, c]));
    expect(byName['张三']).toMatchObject({ votes: 2, votesByCategory: [1, 1], rank: 1, majority: false, writeIn: false });
    expect(byName['张三']!.rateOfValid).toBeCloseTo(0.4, 12);
    expect(byName['张三']!.rateOfPresent).toBeCloseTo(2 / 6, 12);
    expect(byName['张三']!.weightedRate).toBeCloseTo(0.3 * 0.5 + 0.7 / 3, 12);
    expect(byName['李四']).toMatchObject({ votes: 1, rank: 2 });
    expect(byName['李四']!.weightedRate).toBeCloseTo(0.15, 12);
    expect(byName['孙八']).toMatchObject({ votes: 1, rank: 2, writeIn: true, unitName: '指挥科' });
    expect(byName['孙八']!.weightedRate).toBeCloseTo(0.7 / 3, 12);
    expect(chief!.notes).toEqual({ OVER_SEATS: 1, WRITE_IN_INELIGIBLE: 1 });
  });

  it('副科长: 王五 and 赵六 tie at 2 (rank 1, 1), 钱七 1 (rank 3); the duplicate counts once', () => {
    expect(deputy).toMatchObject({ valid: 5, void: 1, abstain: 1, validByCategory: [2, 3] });
    expect(deputy!.candidates.map((c) => [c.name, c.votes, c.rank])).toEqual([
      ['王五', 2, 1],
      ['赵六', 2, 1],
      ['钱七', 1, 3],
    ]);
    expect(deputy!.notes).toEqual({ OVER_SEATS: 1, DUPLICATE: 1, ABSTAIN: 1 });
  });

  it('session: 实到 6 of 应到 9 is exactly 2/3, which does not exceed it: flagged', () => {
    expect(results.session).toMatchObject({ expected: 9, present: 6, issued: 9, returned: 6, quorumMet: false, overIssued: false });
    const more = tally(exampleBallots, config, { A: 3, B: 4 });
    expect(more.session.quorumMet).toBe(true);
  });

  it('the output of the tally is what the contract and the frozen JSON promise', () => {
    expect(recommendationResults.parse(results)).toEqual(results);
  });

  it('sorted for the 统计表: most votes first, ties in ballot order', () => {
    expect(candidatesByVotes(chief!).map((c) => c.name)).toEqual(['张三', '李四', '孙八']);
  });
});

describe('推荐票: each rule on one ballot', () => {
  const verdict = (marks: RecommendationMarks) => checkRecommendationBallot(config, marks, eligible);

  it('more names than 应推荐人数 voids that post only; the other post still counts', () => {
    const [p1, p2] = verdict(ballot('A', { P1: { chosen: [1, 2] }, P2: { chosen: [3] } }));
    expect(p1).toMatchObject({ void: true, votes: [], notes: ['OVER_SEATS'] });
    expect(p2).toMatchObject({ void: false, votes: [3], notes: [] });
  });

  it('a name written in counts toward the limit even when it cannot be counted', () => {
    const [p1] = verdict(ballot('A', { P1: { chosen: [1], writeIns: [{ personId: null, name: '周九' }] } }));
    expect(p1).toMatchObject({ void: true });
    expect(p1!.notes).toEqual(expect.arrayContaining(['OVER_SEATS', 'WRITE_IN_INELIGIBLE']));
  });

  it('a listed candidate written in is that candidate, once', () => {
    const [p1] = verdict(ballot('A', { P1: { chosen: [1], writeIns: [{ personId: 1, name: '张三' }] } }));
    expect(p1).toMatchObject({ void: false, votes: [1], notes: ['DUPLICATE'] });
  });

  it('no mark is 弃权 for the post: valid, no vote; a post left out entirely too', () => {
    const [p1, p2] = verdict(ballot('A', { P1: {} }));
    expect(p1).toMatchObject({ void: false, abstain: true, votes: [], notes: ['ABSTAIN'] });
    expect(p2).toMatchObject({ void: false, abstain: true });
  });

  it('an ineligible write-in (调离) is not counted, the ballot stays valid', () => {
    const [p1] = verdict(ballot('A', { P1: { writeIns: [{ personId: 99, name: '吴十' }] } }));
    expect(p1).toMatchObject({ void: false, abstain: false, votes: [], notes: ['WRITE_IN_INELIGIBLE'] });
  });

  it('a write-in on a post without 另推荐 is not counted', () => {
    const [, p2] = verdict(ballot('A', { P2: { writeIns: [{ personId: 6, name: '孙八' }] } }));
    expect(p2).toMatchObject({ void: false, votes: [], notes: ['WRITE_IN_NOT_ALLOWED'] });
  });

  it('input that is not a ballot of the event is refused with Chinese reasons', () => {
    expect(ballotStructureErrors(config, ballot('Z', { P9: {}, P2: { chosen: [1] } }))).toEqual([
      '评委类别「Z」不在本次推荐的设置中',
      '推荐职位「P9」不在本次推荐的设置中',
      '「副科长」的候选人名单中没有编号为 1 的人员',
    ]);
    expect(ballotStructureErrors(config, exampleBallots[0]!)).toEqual([]);
    const approvalOnRecommend: RecommendationMarks = { category: 'A', posts: { P1: { chosen: [], writeIns: [], approvals: { '1': ['yes'] } } } };
    expect(ballotStructureErrors(config, approvalOnRecommend)).toEqual(['「科长」是推荐票，不应有赞成、不赞成的标记']);
  });
});

describe('赞成票: the worked example of DOMAIN.md §7', () => {
  const approval = recommendationConfig.parse({ ...config, kind: 'approval', weighted: false, posts: [{ code: 'P1', name: '拟任科长', seats: 1, writeIns: false, candidates: [zhang, li] }] });
  const line = (category: string, a: Record<number, ('yes' | 'no' | 'abstain')[]>): RecommendationMarks => ({
    category,
    posts: { P1: { chosen: [], writeIns: [], approvals: Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v])) } },
  });
  const ballots = [
    line('A', { 1: ['yes'], 2: ['yes'] }),
    line('A', { 1: ['yes'], 2: ['no'] }),
    line('B', { 1: ['yes', 'no'] }),
    line('B', { 1: ['no'], 2: ['abstain'] }),
    line('B', { 1: ['yes'], 2: ['yes'] }),
  ];

  it('none or two marks on a line are 弃权, still counted in 实到: 张三 60% 过半, 李四 40%', () => {
    const results = tallyRecommendation({ config: approval, ballots: ballots.map((marks) => ({ marks })), attendance: {}, eligible, people });
    expect(results.session.present).toBe(5);
    const [a, b] = results.posts[0]!.candidates;
    expect(a).toMatchObject({ name: '张三', votes: 3, approvals: { yes: 3, no: 1, abstain: 1 }, majority: true, rank: 1 });
    expect(a!.rateOfPresent).toBeCloseTo(0.6, 12);
    expect(b).toMatchObject({ name: '李四', votes: 2, approvals: { yes: 2, no: 1, abstain: 2 }, majority: false, rank: 2 });
    expect(b!.rateOfPresent).toBeCloseTo(0.4, 12);
    expect(a!.approvalsByCategory).toEqual([{ yes: 2, no: 0, abstain: 0 }, { yes: 1, no: 1, abstain: 1 }]);
    // notes count ballots: ballot 3 has two 弃权 lines (one marked twice, one unmarked)
    expect(results.posts[0]!.notes).toEqual({ LINE_ABSTAIN: 1 });
  });

  it('names on a 赞成票 are refused', () => {
    expect(ballotStructureErrors(approval, ballot('A', { P1: { chosen: [1] } }))).toEqual(['「拟任科长」是赞成票，不能推荐或另推荐']);
  });
});

describe('session', () => {
  it('收回 more than 发出 voids the session', () => {
    const few = recommendationConfig.parse({ ...config, categories: config.categories.map((c) => ({ ...c, issued: 2 })) });
    expect(tally(exampleBallots, few).session.overIssued).toBe(true);
    expect(tally(exampleBallots).session.overIssued).toBe(false);
  });

  it('weights re-normalise over the categories that voted', () => {
    const onlyA = tally(exampleBallots.slice(0, 2));
    const zhangRow = onlyA.posts[0]!.candidates.find((c) => c.name === '张三')!;
    expect(zhangRow.weightedRate).toBeCloseTo(0.5, 12); // A alone: 1 of 2, weight 30 of 30
  });
});

describe('presets', () => {
  it('each preset is valid, names its kind, and states the limit in the heading', () => {
    for (const key of recommendationPresetKeys) {
      const preset = recommendationPreset(key, 2026);
      expect(preset.title).toContain('2026');
      expect(preset.quorum).toEqual({ numerator: 2, denominator: 3, inclusive: false });
    }
    expect(recommendationPreset('approval', 2026).kind).toBe('approval');
    expect(seatsLine({ kind: 'recommend' }, { seats: 1, writeIns: false })).toBe('限推荐1人，多推无效');
    expect(seatsLine({ kind: 'recommend' }, { seats: 2, writeIns: true })).toBe('限推荐2人，多推无效（含另推荐人选）');
  });
});
