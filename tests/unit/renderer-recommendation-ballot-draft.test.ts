import { describe, expect, it } from 'vitest';
import {
  addWriteIn, blankSummary, draftToRecommendationMarks, emptyRecommendationDraft, marksToRecommendationDraft, removeWriteIn, setApproval, toggleCandidate,
} from '../../renderer/pages/recommendation/kiosk/recommendation-draft';
import { approvalConfig, exampleConfig, li, qian, wang, zhang, zhao } from '../helpers/recommendation-builders';

/** The 推荐票 on screen (现场推荐, settling 录入不一致): ticks, 另推荐 and the 应推荐人数 limit. */

const kezhang = exampleConfig.posts[0]!; // 1 seat, 另推荐
const fukezhang = exampleConfig.posts[1]!; // 2 seats

describe('ticking', () => {
  it('ticks in ballot order and refuses a tick beyond 应推荐人数 with 「限推荐N人」, leaving it unticked', () => {
    let draft = emptyRecommendationDraft(exampleConfig);
    draft = toggleCandidate(draft, fukezhang, qian.personId).draft;
    draft = toggleCandidate(draft, fukezhang, wang.personId).draft;
    expect(draft.P2!.chosen).toEqual([wang.personId, qian.personId]);
    const third = toggleCandidate(draft, fukezhang, zhao.personId);
    expect(third.refused).toEqual({ postCode: 'P2', message: '「副科长」限推荐2人，请先取消一人再选' });
    expect(third.draft).toBe(draft);
    // untick one, and the third may be ticked
    draft = toggleCandidate(draft, fukezhang, wang.personId).draft;
    expect(toggleCandidate(draft, fukezhang, zhao.personId).draft.P2!.chosen).toEqual([zhao.personId, qian.personId]);
  });
  it('counts a 另推荐 name toward the limit; a listed candidate written in is ticked instead; a name once', () => {
    let draft = emptyRecommendationDraft(exampleConfig);
    draft = addWriteIn(draft, kezhang, { personId: 6, name: '孙八' }).draft;
    expect(addWriteIn(draft, kezhang, { personId: 6, name: '孙八' }).draft).toBe(draft);
    expect(toggleCandidate(draft, kezhang, zhang.personId).refused?.message).toBe('「科长」限推荐1人，请先取消一人再选');
    draft = removeWriteIn(draft, 'P1', 0);
    expect(addWriteIn(draft, kezhang, { personId: li.personId, name: '李四' }).draft.P1).toEqual({ chosen: [li.personId], writeIns: [], approvals: {} });
  });
});

describe('marks', () => {
  it('are sent per post (nothing on a post is 弃权) and come back for the settle form', () => {
    let draft = emptyRecommendationDraft(exampleConfig);
    draft = toggleCandidate(draft, kezhang, zhang.personId).draft;
    const marks = draftToRecommendationMarks(exampleConfig, 'A', draft);
    expect(marks).toEqual({ category: 'A', posts: { P1: { chosen: [zhang.personId], writeIns: [], approvals: {} }, P2: { chosen: [], writeIns: [], approvals: {} } } });
    expect(marksToRecommendationDraft(exampleConfig, marks)).toEqual(draft);
    expect(blankSummary(exampleConfig, draft)).toEqual(['「副科长」未推荐任何人（视为弃权）']);
  });
  it('on a 赞成票: one choice per line; a line without one is listed, and a line marked twice comes back empty', () => {
    let draft = emptyRecommendationDraft(approvalConfig);
    draft = setApproval(draft, 'P1', zhang.personId, 'yes');
    expect(draftToRecommendationMarks(approvalConfig, 'B', draft).posts.P1!.approvals).toEqual({ [zhang.personId]: ['yes'] });
    expect(blankSummary(approvalConfig, draft)).toEqual(['「拟任科长」还有 1 人未表态（视为弃权）']);
    const back = marksToRecommendationDraft(approvalConfig, { category: 'B', posts: { P1: { chosen: [], writeIns: [], approvals: { [zhang.personId]: ['yes', 'no'], [li.personId]: ['no'] } } } });
    expect(back.P1!.approvals).toEqual({ [li.personId]: 'no' });
    expect(setApproval(draft, 'P1', zhang.personId, undefined).P1!.approvals).toEqual({});
  });
});
