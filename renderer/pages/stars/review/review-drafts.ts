import type { StarItem } from '../../../../shared/stars/scheme';
import type { StarCell } from '../../../../shared/stars/views';

/**
 * The drafts of one target's 评星 review (自评申报, 民主测评, 支部评定; DOMAIN §3): what the clerk has
 * changed per star, over the saved cell, until the step is saved. Pure, so each step's rules are tested alone.
 */

export type ClaimDraft = Partial<{ claimed: boolean; note: string }>;
export type VoteDraft = Partial<{ agree: number | null; disagree: number | null; score: number | null }>;
export type DecisionDraft = Partial<{ decision: 'award' | 'refuse' | null; reason: string }>;
export type Drafts<D> = Readonly<Record<string, D>>;

/** One star of the review: the scheme's item and the target's cell. */
export interface ReviewRow {
  readonly item: StarItem;
  readonly cell: StarCell;
}

/** The target's cells with their items, in the cells' order; a cell whose item left the scheme is dropped. */
export const reviewRows = (cells: readonly StarCell[], items: readonly StarItem[]): ReviewRow[] =>
  cells.flatMap((cell) => {
    const item = items.find((i) => i.code === cell.code);
    return item ? [{ item, cell }] : [];
  });

/** The drafts with one star's draft changed by `patch`. */
export const patchDraft = <D>(drafts: Drafts<D>, code: string, patch: NoInfer<D>): Record<string, D> => ({ ...drafts, [code]: { ...drafts[code], ...patch } });

export const claimedOf = (claims: Drafts<ClaimDraft>, r: ReviewRow) => claims[r.cell.code]?.claimed ?? r.cell.claimed;
export const noteOf = (claims: Drafts<ClaimDraft>, r: ReviewRow) => claims[r.cell.code]?.note ?? r.cell.claimNote;

/** 自评申报 as saved: every star claimed now, with its note. */
export const claimEntries = (rows: readonly ReviewRow[], claims: Drafts<ClaimDraft>) =>
  rows.filter((r) => claimedOf(claims, r)).map((r) => ({ code: r.cell.code, note: noteOf(claims, r).trim() }));

/** A vote figure as typed, else as saved (a typed null clears it). */
export const voteValue = (votes: Drafts<VoteDraft>, r: ReviewRow, key: keyof VoteDraft): number | null => {
  const typed = votes[r.cell.code]?.[key];
  return typed !== undefined ? typed : r.cell[key];
};

/** 同意率 as shown beside the counts: 「75.0%」, or 「—」 before any vote. */
export function agreeRateText(agree: number | null, disagree: number | null): string {
  const a = agree ?? 0;
  const d = disagree ?? 0;
  return a + d > 0 ? `${((a / (a + d)) * 100).toFixed(1)}%` : '—';
}

/** 民主测评 as saved: each claimed star's figures. */
export const voteEntries = (claimedRows: readonly ReviewRow[], votes: Drafts<VoteDraft>) =>
  claimedRows.map((r) => ({ code: r.cell.code, agree: voteValue(votes, r, 'agree'), disagree: voteValue(votes, r, 'disagree'), score: voteValue(votes, r, 'score') }));

/** The saved votes of a cell in a few words: 「同意8/不同意1 得分92」, or 「未录」. */
export function votesText(cell: Pick<StarCell, 'agree' | 'disagree' | 'score'>): string {
  if (cell.agree == null && cell.disagree == null && cell.score == null) return '未录';
  const counts = cell.agree != null || cell.disagree != null ? `同意${cell.agree ?? 0}/不同意${cell.disagree ?? 0}` : '';
  return `${counts}${cell.score != null ? ` 得分${cell.score}` : ''}`;
}

export const decisionOf = (decisions: Drafts<DecisionDraft>, r: ReviewRow) => {
  const typed = decisions[r.cell.code]?.decision;
  return typed !== undefined ? typed : r.cell.decision;
};
export const reasonOf = (decisions: Drafts<DecisionDraft>, r: ReviewRow) => decisions[r.cell.code]?.reason ?? r.cell.refuseReason;

/** 支部评定 to save: the stars whose decision or reason the clerk changed to something other than 未评定. */
export function changedDecisions(rows: readonly ReviewRow[], decisions: Drafts<DecisionDraft>): { code: string; decision: 'award' | 'refuse'; reason: string }[] {
  return rows.flatMap((r) => {
    const decision = decisionOf(decisions, r);
    const reason = reasonOf(decisions, r);
    if (!decisions[r.cell.code] || decision === null || (decision === r.cell.decision && reason === r.cell.refuseReason)) return [];
    return [{ code: r.cell.code, decision, reason: decision === 'refuse' ? reason.trim() : '' }];
  });
}

/** A refusal needs its reason: the step cannot be saved while one is empty. */
export const decisionsReady = (changed: readonly { decision: 'award' | 'refuse'; reason: string }[]) =>
  changed.length > 0 && !changed.some((d) => d.decision === 'refuse' && !d.reason);
