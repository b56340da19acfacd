import {
  recommendationConfig,
  tallyRecommendation,
  type ApprovalChoice,
  type RecommendationConfig,
  type RecommendationMarks,
  type RecommendationResults,
} from '../../shared/recommendation';

/**
 * Test builders for 民主推荐 / 赞成票 events, and the worked example of DOMAIN.md §7 (computed by hand
 * there): posts 科长 (1 seat, 另推荐; 张三, 李四) and 副科长 (2 seats; 王五, 赵六, 钱七), categories A
 * (weight 30, 应到 3) and B (weight 70, 应到 6), 实到 A 2, B 4, six ballots.
 */

export const person = (personId: number, name: string, unitName = '人防科', post = '科员') => ({ personId, name, unitName, post });
export const zhang = person(1, '张三');
export const li = person(2, '李四');
export const wang = person(3, '王五');
export const zhao = person(4, '赵六');
export const qian = person(5, '钱七');
/** 孙八 (id 6) is on the roster and 在职, not a listed candidate: a valid 另推荐 */
export const sun = { name: '孙八', unitName: '指挥科', post: '科员' };

export const exampleConfig: RecommendationConfig = recommendationConfig.parse({
  kind: 'recommend',
  title: '2026年度干部民主推荐票',
  ruleText: '',
  posts: [
    { code: 'P1', name: '科长', seats: 1, writeIns: true, candidates: [zhang, li] },
    { code: 'P2', name: '副科长', seats: 2, writeIns: false, candidates: [wang, zhao, qian] },
  ],
  categories: [
    { code: 'A', name: '领导班子成员', weight: 30, expected: 3, issued: 3 },
    { code: 'B', name: '中层干部', weight: 70, expected: 6, issued: 6 },
  ],
  weighted: true,
  quorum: { numerator: 2, denominator: 3, inclusive: false },
});

type PostInput = { chosen?: number[]; writeIns?: { personId: number | null; name: string }[] };

/** A 推荐票: per post code the candidates ticked and the names written in. */
export const recommendBallot = (category: string, posts: Record<string, PostInput>): RecommendationMarks => ({
  category,
  posts: Object.fromEntries(Object.entries(posts).map(([k, v]) => [k, { chosen: v.chosen ?? [], writeIns: v.writeIns ?? [], approvals: {} }])),
});

/** The six ballots of the worked example, in that order. */
export const exampleBallots: readonly RecommendationMarks[] = [
  recommendBallot('A', { P1: { chosen: [1] }, P2: { chosen: [3, 4] } }),
  recommendBallot('A', { P1: { chosen: [2] }, P2: { chosen: [3] } }),
  recommendBallot('B', { P1: { chosen: [1] }, P2: { chosen: [3, 4, 5] } }), // 副科长 void: 3 > 2
  recommendBallot('B', { P1: { chosen: [1, 2] }, P2: { chosen: [4, 4] } }), // 科长 void; 赵六 twice counts once
  recommendBallot('B', { P1: { writeIns: [{ personId: 6, name: '孙八' }] } }), // 副科长 弃权
  recommendBallot('B', { P1: { writeIns: [{ personId: null, name: '周九' }] }, P2: { chosen: [5] } }), // 周九 not on the roster
];

/** 99 stands for someone 调离 */
export const exampleEligible = (id: number): boolean => id !== 99;
export const examplePeople = new Map([[6, sun]]);
export const exampleAttendance: Readonly<Record<string, number>> = { A: 2, B: 4 };

export function tallyOf(
  ballots: readonly RecommendationMarks[], config: RecommendationConfig = exampleConfig, attendance: Readonly<Record<string, number>> = exampleAttendance,
): RecommendationResults {
  return tallyRecommendation({ config, ballots: ballots.map((marks) => ({ marks })), attendance, eligible: exampleEligible, people: examplePeople });
}

/** The 赞成票 of the worked example: 拟任科长 张三 and 李四, same categories, no weights. */
export const approvalConfig: RecommendationConfig = recommendationConfig.parse({
  ...exampleConfig,
  kind: 'approval',
  weighted: false,
  posts: [{ code: 'P1', name: '拟任科长', seats: 1, writeIns: false, candidates: [zhang, li] }],
});

/** A 赞成票 for post P1: person id -> the boxes ticked on that line (none or several is 弃权). */
export const approvalBallot = (category: string, lines: Record<number, ApprovalChoice[]>): RecommendationMarks => ({
  category,
  posts: { P1: { chosen: [], writeIns: [], approvals: Object.fromEntries(Object.entries(lines)) } },
});

/** 张三 赞成 3, 不赞成 1, 弃权 1 (marked twice); 李四 赞成 2, 不赞成 1, 弃权 2 (one unmarked, one ticked) */
export const approvalBallots: readonly RecommendationMarks[] = [
  approvalBallot('A', { 1: ['yes'], 2: ['yes'] }),
  approvalBallot('A', { 1: ['yes'], 2: ['no'] }),
  approvalBallot('B', { 1: ['yes', 'no'] }),
  approvalBallot('B', { 1: ['no'], 2: ['abstain'] }),
  approvalBallot('B', { 1: ['yes'], 2: ['yes'] }),
];
