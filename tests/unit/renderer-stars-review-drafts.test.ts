import { describe, expect, it } from 'vitest';
import type { StarItem } from '../../shared/stars/scheme';
import type { StarCell } from '../../shared/stars/views';
import {
  agreeRateText,
  changedDecisions,
  claimEntries,
  decisionsReady,
  patchDraft,
  reviewRows,
  voteEntries,
  votesText,
  type ClaimDraft,
  type ReviewRow,
} from '../../renderer/pages/stars/review/review-drafts';

/** The drafts of one target's 评星 review (DOMAIN §3): what each step saves. */

const item = (code: string): StarItem => ({ code, name: `${code}星`, tier: 'basic', criteria: '', evidenceRequired: false });
const cell = (code: string, change: Partial<StarCell> = {}): StarCell => ({
  code, state: 'none', claimed: false, claimNote: '', evidence: 0, agree: null, disagree: null, score: null, decision: null, refuseReason: '',
  awardedOn: null, removedOn: null, removedReason: '', publishedOn: null, ...change,
});
const row = (code: string, change: Partial<StarCell> = {}): ReviewRow => ({ item: item(code), cell: cell(code, change) });

describe('the review\'s rows', () => {
  it('follow the cells and drop a star the scheme no longer has', () => {
    const rows = reviewRows([cell('B'), cell('GONE'), cell('A')], [item('A'), item('B')]);
    expect(rows.map((r) => r.item.code)).toEqual(['B', 'A']);
  });
});

describe('自评申报', () => {
  it('saves every star claimed now, typed or saved, with its note trimmed; an unticked star is left out', () => {
    const rows = [row('A', { claimed: true, claimNote: '旧说明' }), row('B'), row('C', { claimed: true })];
    let claims = patchDraft<ClaimDraft>({}, 'B', { claimed: true });
    claims = patchDraft(claims, 'B', { note: ' 带头完成任务 ' });
    claims = patchDraft(claims, 'C', { claimed: false });
    expect(claims.B).toEqual({ claimed: true, note: ' 带头完成任务 ' });
    expect(claimEntries(rows, claims)).toEqual([
      { code: 'A', note: '旧说明' },
      { code: 'B', note: '带头完成任务' },
    ]);
  });
});

describe('民主测评', () => {
  it('saves typed figures over saved ones, a typed empty box clearing the figure', () => {
    const rows = [row('A', { agree: 8, disagree: 1, score: 90 })];
    expect(voteEntries(rows, { A: { agree: 9, score: null } })).toEqual([{ code: 'A', agree: 9, disagree: 1, score: null }]);
  });

  it('shows the agree rate and the saved votes in words', () => {
    expect(agreeRateText(3, 1)).toBe('75.0%');
    expect(agreeRateText(null, null)).toBe('—');
    expect(votesText(cell('A', { agree: 8, disagree: null, score: 92 }))).toBe('同意8/不同意0 得分92');
    expect(votesText(cell('A', { score: 85 }))).toBe(' 得分85');
    expect(votesText(cell('A'))).toBe('未录');
  });
});

describe('支部评定', () => {
  it('saves only decisions changed to 通过 or 不通过, a reason only for 不通过', () => {
    const rows = [row('A'), row('B', { decision: 'award' }), row('C', { decision: 'refuse', refuseReason: '材料不足' }), row('D')];
    const drafts = {
      A: { decision: 'award' as const, reason: '多余' },
      B: { decision: 'award' as const },
      C: { reason: ' 未达标准 ' },
      D: { decision: null },
    };
    const changed = changedDecisions(rows, drafts);
    expect(changed).toEqual([
      { code: 'A', decision: 'award', reason: '' },
      { code: 'C', decision: 'refuse', reason: '未达标准' },
    ]);
    expect(decisionsReady(changed)).toBe(true);
  });

  it('cannot be saved with nothing changed or a 不通过 without its reason', () => {
    expect(decisionsReady([])).toBe(false);
    expect(decisionsReady(changedDecisions([row('A')], { A: { decision: 'refuse', reason: '  ' } }))).toBe(false);
  });
});
