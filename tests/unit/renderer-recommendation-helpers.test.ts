import { describe, expect, it } from 'vitest';
import { recommendationPreset, type PostResult } from '../../shared/recommendation';
import {
  addCandidates, addPost, cleanConfig, configProblems, freshPostCode, updatePost,
} from '../../renderer/pages/recommendation/common/config-edit';
import { formatRate, presetEventName } from '../../renderer/pages/recommendation/common/recommendation-labels';
import { postFigures, postNotesText } from '../../renderer/pages/recommendation/results/post-text';

const person = (id: number, name: string) => ({ id, name, unitName: '办公室', post: id % 2 ? '主任' : null });

describe('推荐设置: editing the draft config', () => {
  it('adds posts with fresh codes, 另推荐 as the first post has it, and edits one in place', () => {
    const meeting = recommendationPreset('meeting', 2026);
    const two = addPost(meeting);
    expect(two.posts.map((p) => p.code)).toEqual(['P1', 'P2']);
    expect(two.posts[1]).toEqual({ code: 'P2', name: '', seats: 1, writeIns: true, candidates: [] });
    expect(addPost(recommendationPreset('approval', 2026)).posts[1]!.writeIns).toBe(false);
    expect(freshPostCode(['P1', 'P3'])).toBe('P2');
    const renamed = updatePost(two, 1, { name: '副科长', seats: 2 });
    expect(renamed.posts[1]).toMatchObject({ name: '副科长', seats: 2 });
    expect(renamed.posts[0]).toBe(two.posts[0]);
  });

  it('adds roster people as candidates once per post, in the order picked, with their 职务 snapshot', () => {
    const post = recommendationPreset('honour', 2026).posts[0]!;
    const once = addCandidates(post, [person(3, '张三'), person(4, '李四')]);
    expect(once.candidates).toEqual([
      { personId: 3, name: '张三', unitName: '办公室', post: '主任' },
      { personId: 4, name: '李四', unitName: '办公室', post: '' },
    ]);
    const again = addCandidates(once, [person(4, '李四'), person(5, '王五'), person(5, '王五')]);
    expect(again.candidates.map((c) => c.personId)).toEqual([3, 4, 5]);
  });

  it('names what must be fixed before saving, in the office’s words', () => {
    const ok = recommendationPreset('meeting', 2026);
    expect(configProblems(ok)).toEqual([]);
    const bad = {
      ...addPost(ok),
      title: ' ',
      weighted: true,
      quorum: { numerator: 3, denominator: 3, inclusive: false },
      categories: [...ok.categories, { code: 'a', name: '中层干部', weight: 0, expected: 0, issued: 0 }],
    };
    expect(configProblems(bad)).toEqual([
      '请填写推荐票标题',
      '第2个推荐职位没有名称',
      '评委类别代码“A”重复',
      '评委类别“中层干部”重复',
      '按评委类别加权时，权重不能全部为0',
      '到会要求的比例应小于1，例如 2/3',
    ]);
    const approval = addPost(recommendationPreset('approval', 2026));
    expect(configProblems(approval)).toEqual(['第2个拟任职务没有名称']);
  });

  it('cleans the draft before sending: trimmed names, upper-case codes, a 赞成票 with one seat and no 另推荐', () => {
    const approval = recommendationPreset('approval', 2026);
    const draft = { ...approval, title: ' 票 ', posts: [{ ...approval.posts[0]!, name: ' 主任 ', seats: 4, writeIns: true }], categories: [{ ...approval.categories[0]!, code: 'a ', name: ' 领导 ' }] };
    const clean = cleanConfig(draft);
    expect(clean.title).toBe('票');
    expect(clean.posts[0]).toMatchObject({ name: '主任', seats: 1, writeIns: false });
    expect(clean.categories[0]).toMatchObject({ code: 'A', name: '领导' });
  });
});

describe('推荐结果: words', () => {
  const post: PostResult = {
    code: 'P1', name: '科长', seats: 1, cast: 6, valid: 5, void: 1, abstain: 0,
    validByCategory: [2, 3], voidByCategory: [0, 1], notes: { OVER_SEATS: 1, DUPLICATE: 2, ABSTAIN: 0 }, candidates: [],
  };
  it('says a post’s figures and notes', () => {
    expect(postFigures(post, 'recommend', 6)).toBe('有效票 5 张，作废票 1 张，弃权 0 张');
    expect(postFigures(post, 'approval', 5)).toBe('收回 6 张，实到 5 人');
    expect(postNotesText(post.notes)).toBe('超过应推荐人数，该职位作废 1 张；同一人重复推荐，计一票 2 张');
    expect(postNotesText({})).toBe('');
  });
  it('formats rates and suggests names', () => {
    expect(formatRate(2 / 3)).toBe('66.67%');
    expect(formatRate(null)).toBe('—');
    expect(presetEventName('honour', 2026)).toBe('2026年度评选表优');
    expect(presetEventName('other', 2026)).toBe('2026年度民主推荐');
  });
});
