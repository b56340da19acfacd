import {
  approvalChoiceLabels, postNoteLabels,
  type ApprovalChoice, type PostVerdict, type RecommendationConfig, type RecommendationMarks, type RecommendationPost,
} from '../../../../shared/recommendation';
import type { WriteInName } from '../kiosk/recommendation-draft';

/**
 * What the clerk types for one paper 推荐票 / 赞成票 and how it is read (DOMAIN §7), apart from the
 * keyboard: per post the numbers of the candidates marked on the paper (「1 3」: the first and the
 * third on the printed list), or on a 赞成票 one key per line (1 赞成, 2 不赞成, 3 弃权, 0 nothing
 * marked; several digits for a line marked several times).
 */

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Full-width digits and punctuation (a Chinese IME left on) read as ASCII; commas and 、 separate like spaces. */
const normalise = (text: string) =>
  text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[,，、.。;；\u3000]/g, ' ')
    .trim();

/**
 * 「1 3」 → the first and third candidate's person ids, in the order typed (a number typed twice stays
 * twice: the ballot check counts it once). Without separators, each digit is one candidate when the
 * list has at most 9 (「13」 = 1 and 3); longer lists need separators.
 */
export function parseCandidateNumbers(text: string, post: Pick<RecommendationPost, 'name' | 'candidates'>): Parsed<number[]> {
  const t = normalise(text);
  if (t === '') return { ok: true, value: [] };
  if (/[^\d ]/.test(t)) return { ok: false, message: `「${post.name}」只能录入候选人序号（数字，用空格分开）` };
  const count = post.candidates.length;
  const numbers = /^\d+$/.test(t) && count <= 9 ? [...t].map(Number) : t.split(/ +/).map(Number);
  const wrong = numbers.filter((n) => n < 1 || n > count);
  if (wrong.length > 0) return { ok: false, message: `「${post.name}」没有第${wrong.join('、')}号候选人（共${count}人）` };
  return { ok: true, value: numbers.map((n) => post.candidates[n - 1]!.personId) };
}

const approvalKeys: Readonly<Record<string, ApprovalChoice>> = { '1': 'yes', '2': 'no', '3': 'abstain' };

/**
 * A 赞成票 post: one group per line in ballot order, separated by spaces (「1 2 13 0」); when every
 * line has one key the spaces may be left out (「1210」). 0 = nothing marked on that line.
 */
export function parseApprovalKeys(text: string, post: Pick<RecommendationPost, 'name' | 'candidates'>): Parsed<ApprovalChoice[][]> {
  const t = normalise(text);
  const count = post.candidates.length;
  if (t === '') return { ok: false, message: `请录入「${post.name}」每位人选的标记（1 赞成，2 不赞成，3 弃权，0 未划）` };
  if (/[^0-3 ]/.test(t)) return { ok: false, message: `「${post.name}」的标记只能是 1 赞成、2 不赞成、3 弃权、0 未划` };
  const groups = /^\d+$/.test(t) && t.length === count ? [...t] : t.split(/ +/);
  if (groups.length !== count) return { ok: false, message: `「${post.name}」有${count}位人选，录入了${groups.length}项` };
  const lines: ApprovalChoice[][] = [];
  for (const [i, g] of groups.entries()) {
    if (g.includes('0') && g.length > 1) return { ok: false, message: `「${post.name}」第${i + 1}位：0 表示未划，不能与其他标记同录` };
    lines.push(g === '0' ? [] : [...g].map((k) => approvalKeys[k]!));
  }
  return { ok: true, value: lines };
}

/** A 赞成票 line as the clerk reads it back: 「赞成」, 「未划（弃权）」, 「赞成、不赞成（多划，弃权）」. */
export function approvalLineText(choices: readonly ApprovalChoice[]): string {
  const distinct = [...new Set(choices)];
  if (distinct.length === 0) return '未划（弃权）';
  if (distinct.length === 1) return approvalChoiceLabels[distinct[0]!];
  return `${distinct.map((c) => approvalChoiceLabels[c]).join('、')}（多划，弃权）`;
}

/** What the form holds for one post: the text typed and the 另推荐 names picked. */
export interface TypedPost {
  readonly text: string;
  readonly writeIns: readonly WriteInName[];
}

export interface TypedRecommendation {
  readonly ticket: string;
  readonly category: string;
  readonly posts: Readonly<Record<string, TypedPost>>;
}

export const emptyTypedPost: TypedPost = { text: '', writeIns: [] };

/** The marks of a typed ballot, or the first thing to fix (with the post's field to go to). */
export function typedMarks(config: Pick<RecommendationConfig, 'kind' | 'posts'>, category: string, posts: TypedRecommendation['posts']): { ok: true; marks: RecommendationMarks } | { ok: false; message: string; postCode: string } {
  const out: RecommendationMarks['posts'] = {};
  for (const post of config.posts) {
    const typed = posts[post.code] ?? emptyTypedPost;
    if (config.kind === 'approval') {
      const lines = parseApprovalKeys(typed.text, post);
      if (!lines.ok) return { ok: false, message: lines.message, postCode: post.code };
      out[post.code] = { chosen: [], writeIns: [], approvals: Object.fromEntries(post.candidates.map((c, i) => [String(c.personId), lines.value[i]!])) };
    } else {
      const chosen = parseCandidateNumbers(typed.text, post);
      if (!chosen.ok) return { ok: false, message: chosen.message, postCode: post.code };
      out[post.code] = { chosen: chosen.value, writeIns: typed.writeIns.map((w) => ({ ...w })), approvals: {} };
    }
  }
  return { ok: true, marks: { category, posts: out } };
}

/** The names a post's marks give, as the clerk reads them back: 「张三、王五；另推荐：孙八」. */
export function postMarksText(config: Pick<RecommendationConfig, 'kind'>, post: RecommendationPost, marks: RecommendationMarks['posts'][string] | undefined): string {
  if (!marks) return '未录入';
  if (config.kind === 'approval') return post.candidates.map((c) => `${c.name} ${approvalLineText(marks.approvals[String(c.personId)] ?? [])}`).join('，');
  const name = (id: number) => post.candidates.find((c) => c.personId === id)?.name ?? String(id);
  const parts = [...(marks.chosen.length > 0 ? [marks.chosen.map(name).join('、')] : []), ...(marks.writeIns.length > 0 ? [`另推荐：${marks.writeIns.map((w) => w.name).join('、')}`] : [])];
  return parts.length > 0 ? parts.join('；') : '未推荐（弃权）';
}

/**
 * The verdict on each post in words, after a ballot is counted: 「科长：作废，超过应推荐人数」,
 * 「副科长：弃权」, 「科长：张三、孙八各计一票；另推荐人选不在花名册或不符合条件，不计票」.
 */
export function verdictLines(config: Pick<RecommendationConfig, 'kind' | 'posts'>, verdicts: readonly PostVerdict[], nameOf: (personId: number) => string): string[] {
  return verdicts.map((v) => {
    const post = config.posts.find((p) => p.code === v.postCode);
    const title = post?.name ?? v.postCode;
    if (v.void) return `${title}：作废，超过应推荐人数`;
    if (v.abstain) return `${title}：弃权`;
    const notes = v.notes.filter((n) => n !== 'OVER_SEATS' && n !== 'ABSTAIN').map((n) => postNoteLabels[n]);
    if (config.kind === 'approval') {
      const lines = (post?.candidates ?? []).map((c) => `${c.name} ${approvalChoiceLabels[v.approvals[String(c.personId)] ?? 'abstain']}`);
      return `${title}：${[lines.join('，'), ...notes].join('；')}`;
    }
    const counted = v.votes.length > 0 ? `${v.votes.map(nameOf).join('、')}各计一票` : '无人计票';
    return `${title}：${[counted, ...notes].join('；')}`;
  });
}
