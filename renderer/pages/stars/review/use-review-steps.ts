import { useState } from 'react';
import type { ReviewDetail } from '../../../../shared/stars/views';
import { useChannelMutation } from '../../../hooks/api-hooks';
import {
  changedDecisions,
  claimEntries,
  voteEntries,
  type ClaimDraft,
  type DecisionDraft,
  type ReviewRow,
  type VoteDraft,
} from './review-drafts';

/** Where and when a step is recorded: the scheme, the period and the 办理日期. */
export interface StepBase {
  readonly schemeId: number;
  readonly period: number;
  readonly date: string;
}

/**
 * The three steps of one target's review as drafts and saves: 自评申报, 民主测评 and 支部评定. Each
 * draft holds only what the clerk changed and is emptied when its step is saved.
 */
export function useReviewSteps(detail: ReviewDetail, rows: readonly ReviewRow[], base: StepBase) {
  const targetId = detail.target.targetId;
  const [claims, setClaims] = useState<Record<string, ClaimDraft>>({});
  const [votes, setVotes] = useState<Record<string, VoteDraft>>({});
  const [decisions, setDecisions] = useState<Record<string, DecisionDraft>>({});
  const selfAssess = useChannelMutation('stars.selfAssess', { success: '已保存自评' });
  const recordVotes = useChannelMutation('stars.recordVotes', { success: '已保存民主测评' });
  const decide = useChannelMutation('stars.decide', { success: '已保存支部评定' });

  const claimedRows = rows.filter((r) => r.cell.claimed);
  const changed = changedDecisions(rows, decisions);

  const saveClaims = () => selfAssess.mutate({ ...base, entries: [{ targetId, claims: claimEntries(rows, claims) }] }, { onSuccess: () => setClaims({}) });
  const saveVotes = () => recordVotes.mutate({ ...base, entries: [{ targetId, votes: voteEntries(claimedRows, votes) }] }, { onSuccess: () => setVotes({}) });
  const saveDecisions = () => decide.mutate({ ...base, entries: [{ targetId, decisions: changed }] }, { onSuccess: () => setDecisions({}) });

  return {
    claimedRows,
    self: { drafts: claims, setDrafts: setClaims, save: saveClaims, saving: selfAssess.isPending },
    vote: { drafts: votes, setDrafts: setVotes, save: saveVotes, saving: recordVotes.isPending },
    decide: { drafts: decisions, setDrafts: setDecisions, save: saveDecisions, saving: decide.isPending, changed },
  };
}
