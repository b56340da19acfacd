import type { RaterCategory } from '../evaluation';
import { recommendationConfig, type RecommendationConfig } from './config';

/**
 * The ready-made rule sets of 「新建推荐」 (DOMAIN.md §7). Everything is a starting point the office edits:
 * posts and candidates are added for the event, 应到人数 and 发出票数 start at 0.
 */

export const recommendationPresetKeys = ['meeting', 'honour', 'approval'] as const;
export type RecommendationPresetKey = (typeof recommendationPresetKeys)[number];

export const recommendationPresetNames: Readonly<Record<RecommendationPresetKey, string>> = {
  meeting: '民主推荐（会议推荐）',
  honour: '评选表优',
  approval: '拟任人选民主测评（赞成票）',
};

const categories = (): RaterCategory[] => [
  { code: 'A', name: '领导班子成员', weight: 0, expected: 0, issued: 0 },
  { code: 'B', name: '中层干部', weight: 0, expected: 0, issued: 0 },
  { code: 'C', name: '其他干部职工', weight: 0, expected: 0, issued: 0 },
];

/** 实到 must exceed two thirds of 应到 (实到 ≤ 2/3 is flagged). */
const twoThirds = { numerator: 2, denominator: 3, inclusive: false };

const presets: Readonly<Record<RecommendationPresetKey, (year: number) => RecommendationConfig>> = {
  meeting: (year) => ({
    kind: 'recommend',
    title: `${year}年度干部民主推荐票`,
    ruleText:
      '请在同意推荐的人选姓名后的方框内划“○”，也可在“另推荐人选”栏内填写其他符合条件的人选。每个职位推荐人数不得超过应推荐人数，超过的该职位无效。',
    posts: [{ code: 'P1', name: '拟推荐职位', seats: 1, writeIns: true, candidates: [] }],
    categories: categories(),
    weighted: false,
    quorum: twoThirds,
  }),
  honour: (year) => ({
    kind: 'recommend',
    title: `${year}年度评选表优推荐票`,
    ruleText: '请在同意推荐的人选姓名后的方框内划“○”。每项荣誉推荐人数不得超过应推荐人数，超过的该项无效；不划视为弃权。',
    posts: [{ code: 'P1', name: '优秀共产党员', seats: 3, writeIns: false, candidates: [] }],
    categories: categories(),
    weighted: false,
    quorum: twoThirds,
  }),
  approval: (year) => ({
    kind: 'approval',
    title: `${year}年度拟任人选民主测评票`,
    ruleText: '请在“赞成”“不赞成”“弃权”中选择一项划“○”；不划或多划的，视为弃权。',
    posts: [{ code: 'P1', name: '拟任职务', seats: 1, writeIns: false, candidates: [] }],
    categories: categories(),
    weighted: false,
    quorum: twoThirds,
  }),
};

/** A fresh copy of the preset's rules for the year, checked against the schema. */
export function recommendationPreset(key: RecommendationPresetKey, year: number): RecommendationConfig {
  return recommendationConfig.parse(presets[key](year));
}

/** The line printed in each post's heading: 「限推荐1人，多推无效」. */
export function seatsLine(config: Pick<RecommendationConfig, 'kind'>, post: { seats: number; writeIns: boolean }): string {
  if (config.kind === 'approval') return '每人限划一项，不划或多划视为弃权';
  const limit = `限推荐${post.seats}人，多推无效`;
  return post.writeIns ? `${limit}（含另推荐人选）` : limit;
}
