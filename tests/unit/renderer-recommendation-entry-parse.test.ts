import { describe, expect, it } from 'vitest';
import { checkRecommendationBallot } from '../../shared/recommendation';
import { approvalLineText, parseApprovalKeys, parseCandidateNumbers, postMarksText, typedMarks, verdictLines } from '../../renderer/pages/recommendation/entry/entry-parse';
import { approvalConfig, exampleConfig, exampleEligible, zhang, li, wang, zhao, qian } from '../helpers/recommendation-builders';

/** 推荐票录入: what the clerk types, read as the paper says (DOMAIN §7). */

const kezhang = exampleConfig.posts[0]!; // 科长 ×1, 另推荐: 张三, 李四
const fukezhang = exampleConfig.posts[1]!; // 副科长 ×2: 王五, 赵六, 钱七
const approvalPost = approvalConfig.posts[0]!; // 拟任科长: 张三, 李四
const names = new Map([zhang, li, wang, zhao, qian].map((p) => [p.personId, p.name]));
const nameOf = (id: number) => names.get(id) ?? `编号${id}`;

describe('candidate numbers', () => {
  it('「1 3」 is the first and the third on the printed list; commas, 、 and full-width digits read the same', () => {
    expect(parseCandidateNumbers('1 3', fukezhang)).toEqual({ ok: true, value: [wang.personId, qian.personId] });
    expect(parseCandidateNumbers('１，３', fukezhang)).toEqual({ ok: true, value: [wang.personId, qian.personId] });
    expect(parseCandidateNumbers('1、3', fukezhang)).toEqual({ ok: true, value: [wang.personId, qian.personId] });
  });
  it('without separators each digit is one candidate on a list of at most 9; nothing typed is 弃权', () => {
    expect(parseCandidateNumbers('13', fukezhang)).toEqual({ ok: true, value: [wang.personId, qian.personId] });
    expect(parseCandidateNumbers('  ', fukezhang)).toEqual({ ok: true, value: [] });
  });
  it('keeps a number typed twice (the ballot check counts it once) and refuses one not on the list or a letter', () => {
    expect(parseCandidateNumbers('2 2', fukezhang)).toEqual({ ok: true, value: [zhao.personId, zhao.personId] });
    expect(parseCandidateNumbers('1 4', fukezhang)).toEqual({ ok: false, message: '「副科长」没有第4号候选人（共3人）' });
    expect(parseCandidateNumbers('0', fukezhang)).toMatchObject({ ok: false });
    expect(parseCandidateNumbers('1a', fukezhang)).toEqual({ ok: false, message: '「副科长」只能录入候选人序号（数字，用空格分开）' });
  });
  it('on a list of ten or more, 「12」 is the twelfth', () => {
    const long = { name: '优秀共产党员', candidates: Array.from({ length: 12 }, (_, i) => ({ personId: 100 + i, name: `人${i}`, unitName: '', post: '' })) };
    expect(parseCandidateNumbers('12', long)).toEqual({ ok: true, value: [111] });
    expect(parseCandidateNumbers('1 2', long)).toEqual({ ok: true, value: [100, 101] });
  });
});

describe('赞成票 keys', () => {
  it('one key per line: 1 赞成, 2 不赞成, 3 弃权, 0 nothing marked; spaces may be left out when every line has one key', () => {
    expect(parseApprovalKeys('1 2', approvalPost)).toEqual({ ok: true, value: [['yes'], ['no']] });
    expect(parseApprovalKeys('30', approvalPost)).toEqual({ ok: true, value: [['abstain'], []] });
  });
  it('several digits are several marks on one line (弃权 by the ballot check)', () => {
    expect(parseApprovalKeys('12 1', approvalPost)).toEqual({ ok: true, value: [['yes', 'no'], ['yes']] });
    expect(approvalLineText(['yes', 'no'])).toBe('赞成、不赞成（多划，弃权）');
    expect(approvalLineText([])).toBe('未划（弃权）');
    expect(approvalLineText(['no'])).toBe('不赞成');
  });
  it('refuses a wrong key, a count that does not match the lines, 0 with a mark, or nothing typed', () => {
    expect(parseApprovalKeys('1 4', approvalPost)).toEqual({ ok: false, message: '「拟任科长」的标记只能是 1 赞成、2 不赞成、3 弃权、0 未划' });
    expect(parseApprovalKeys('1', approvalPost)).toEqual({ ok: false, message: '「拟任科长」有2位人选，录入了1项' });
    expect(parseApprovalKeys('10 1', approvalPost)).toMatchObject({ ok: false, message: expect.stringContaining('0 表示未划') });
    expect(parseApprovalKeys('', approvalPost)).toMatchObject({ ok: false });
  });
});

describe('a typed ballot', () => {
  it('gives the marks of every post, the write-ins with them, and says which post to fix', () => {
    const typed = typedMarks(exampleConfig, 'B', { P1: { text: '', writeIns: [{ personId: 6, name: '孙八' }] }, P2: { text: '1 2', writeIns: [] } });
    expect(typed).toEqual({
      ok: true,
      marks: { category: 'B', posts: { P1: { chosen: [], writeIns: [{ personId: 6, name: '孙八' }], approvals: {} }, P2: { chosen: [wang.personId, zhao.personId], writeIns: [], approvals: {} } } },
    });
    expect(typedMarks(exampleConfig, 'B', { P2: { text: '9', writeIns: [] } })).toMatchObject({ ok: false, postCode: 'P2' });
    const approval = typedMarks(approvalConfig, 'A', { P1: { text: '1 23', writeIns: [] } });
    expect(approval).toMatchObject({ ok: true, marks: { posts: { P1: { approvals: { [zhang.personId]: ['yes'], [li.personId]: ['no', 'abstain'] } } } } });
  });
  it('reads back in words, and its verdicts say 作废, 弃权 and why a name was not counted', () => {
    const typed = typedMarks(exampleConfig, 'B', { P1: { text: '1 2', writeIns: [] }, P2: { text: '', writeIns: [] } });
    if (!typed.ok) throw new Error(typed.message);
    expect(postMarksText(exampleConfig, kezhang, typed.marks.posts.P1)).toBe('张三、李四');
    expect(postMarksText(exampleConfig, fukezhang, typed.marks.posts.P2)).toBe('未推荐（弃权）');
    const verdicts = checkRecommendationBallot(exampleConfig, typed.marks, exampleEligible);
    expect(verdictLines(exampleConfig, verdicts, nameOf)).toEqual(['科长：作废，超过应推荐人数', '副科长：弃权']);
    const written = checkRecommendationBallot(exampleConfig, { category: 'B', posts: { P1: { chosen: [], writeIns: [{ personId: null, name: '周九' }], approvals: {} }, P2: { chosen: [4, 4], writeIns: [], approvals: {} } } }, exampleEligible);
    expect(verdictLines(exampleConfig, written, nameOf)).toEqual(['科长：无人计票；另推荐人选不在花名册或不符合条件，不计票', '副科长：赵六各计一票；同一人重复推荐，计一票']);
  });
});
