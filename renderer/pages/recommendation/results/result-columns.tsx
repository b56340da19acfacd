import { Tag, type TableColumnsType } from 'antd';
import type { RecommendationConfig } from '../../../../shared/recommendation';
import type { CandidateResult } from '../../../../shared/recommendation';
import { formatRate } from '../common/recommendation-labels';

const nameColumn = {
  title: '姓名',
  key: 'name',
  width: 130,
  render: (_v: unknown, c: CandidateResult) => (
    <>
      {c.name}
      {c.writeIn && (
        <Tag className="write-in-tag" style={{ marginInlineStart: 6 }}>
          另推荐
        </Tag>
      )}
    </>
  ),
};
const unitColumn = { title: '单位', dataIndex: 'unitName', width: 150, ellipsis: true };
const rate = (title: string, pick: (c: CandidateResult) => number | null, width = 110) => ({
  title,
  key: title,
  width,
  align: 'right' as const,
  render: (_v: unknown, c: CandidateResult) => formatRate(pick(c)),
});
const count = (title: string, pick: (c: CandidateResult) => number, width = 72) => ({ title, key: title, width, align: 'right' as const, render: (_v: unknown, c: CandidateResult) => pick(c) });
const majorityColumn = (title: string) => ({
  title,
  key: 'majority',
  width: 72,
  align: 'center' as const,
  render: (_v: unknown, c: CandidateResult) => (c.majority ? <Tag data-testid="majority-tag">{title}</Tag> : ''),
});

/** A post's candidates on a 推荐票: votes per 评委类别, total, the rates, weighted rate (when weights are on), rank, 过半数. */
export function recommendColumns(config: RecommendationConfig): TableColumnsType<CandidateResult> {
  const byCategory =
    config.categories.length > 1
      ? [{ title: '各类别得票', key: 'byCategory', children: config.categories.map((cat, i) => count(cat.name, (c) => c.votesByCategory[i] ?? 0, 90)) }]
      : [];
  return [
    nameColumn,
    unitColumn,
    ...byCategory,
    count('得票数', (c) => c.votes, 76),
    rate('得票率（有效票）', (c) => c.rateOfValid, 126),
    rate('得票率（实到）', (c) => c.rateOfPresent, 116),
    ...(config.weighted ? [rate('加权得票率', (c) => c.weightedRate)] : []),
    count('名次', (c) => c.rank, 60),
    majorityColumn('过半数'),
  ];
}

/** A 拟任人选 on a 赞成票: 赞成/不赞成/弃权, 赞成 per 评委类别, 赞成率 (of 实到), weighted (when on), 过半. */
export function approvalColumns(config: RecommendationConfig): TableColumnsType<CandidateResult> {
  const byCategory =
    config.categories.length > 1
      ? [{ title: '各类别赞成票', key: 'byCategory', children: config.categories.map((cat, i) => count(cat.name, (c) => c.approvalsByCategory?.[i]?.yes ?? 0, 90)) }]
      : [];
  return [
    nameColumn,
    unitColumn,
    { title: '职务', dataIndex: 'post', width: 140, ellipsis: true },
    count('赞成', (c) => c.approvals?.yes ?? 0),
    count('不赞成', (c) => c.approvals?.no ?? 0),
    count('弃权', (c) => c.approvals?.abstain ?? 0),
    ...byCategory,
    rate('赞成率', (c) => c.rateOfPresent, 90),
    ...(config.weighted ? [rate('加权赞成率', (c) => c.weightedRate)] : []),
    majorityColumn('过半'),
  ];
}
