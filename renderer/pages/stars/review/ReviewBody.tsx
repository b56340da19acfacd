import { Button, Tabs, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { ReviewDetail, ReviewPeriodView } from '../../../../shared/stars/views';
import { defaultStepDate } from '../../../components/step-dates';
import { useStarScheme } from '../common/stars-hooks';
import { decisionsReady, reviewRows, type ReviewRow } from './review-drafts';
import { stateColumn, StepTable } from './review-columns';
import { ReviewMeta } from './ReviewMeta';
import { ReviewRemark } from './ReviewRemark';
import { selfColumns } from './self-columns';
import { DisqualifyDialog, RemoveStarDialog } from './TargetDialogs';
import { useEvidence } from './use-evidence';
import { useReviewSteps } from './use-review-steps';
import { decideColumns, voteColumns } from './vote-decide-columns';

/** One target's review in a period: the head, a tab per step (自评申报, 民主测评, 支部评定), 备注 and the dialogs. */
export function ReviewBody({ detail, schemeId, period, periodView }: { detail: ReviewDetail; schemeId: number; period: number; periodView: ReviewPeriodView }) {
  const scheme = useStarScheme(schemeId);
  const { row, target } = detail;
  const [date, setDate] = useState<string | null>(() => defaultStepDate(periodView));
  const [disqualifying, setDisqualifying] = useState(false);
  const [removing, setRemoving] = useState<{ code: string; name: string } | null>(null);
  const rows = reviewRows(row.cells, scheme.data?.items ?? []);
  const base = { schemeId, period, date: date ?? defaultStepDate(periodView) };
  const steps = useReviewSteps(detail, rows, base);
  const evidence = useEvidence({ schemeId, period, targetId: target.targetId });
  const locked = row.disqualified != null;
  const state = stateColumn(setRemoving);

  const { self, vote, decide } = steps;
  /** One step's tab: its table of stars and the button that saves the step, enabled once something changed. */
  const tab = (key: string, label: string, table: { columns: TableColumnsType<ReviewRow>; rows: readonly ReviewRow[]; empty: string }, save: string, step: { save: () => void; saving: boolean }, ready: boolean) => ({
    key,
    label,
    children: (
      <StepTable
        {...table}
        save={
          <Button type="primary" onClick={step.save} loading={step.saving} disabled={locked || !ready}>
            {save}
          </Button>
        }
      />
    ),
  });
  const tabs = [
    tab('self', '自评申报', { columns: selfColumns({ stateColumn: state, claims: self.drafts, setClaims: self.setDrafts, files: detail.evidence, evidence, locked }), rows, empty: '方案中没有星目' }, '保存自评', self, Object.keys(self.drafts).length > 0),
    tab('vote', '民主测评', { columns: voteColumns({ stateColumn: state, votes: vote.drafts, setVotes: vote.setDrafts, locked }), rows: steps.claimedRows, empty: '尚未申报星目' }, '保存测评', vote, Object.keys(vote.drafts).length > 0),
    tab('decide', '支部评定', { columns: decideColumns({ stateColumn: state, decisions: decide.drafts, setDecisions: decide.setDrafts, locked }), rows: steps.claimedRows, empty: '尚未申报星目' }, '保存评定', decide, decisionsReady(decide.changed)),
  ];

  return (
    <div className="review-body">
      <ReviewMeta detail={detail} schemeId={schemeId} period={period} date={date} onDate={setDate} onDisqualify={() => setDisqualifying(true)} />
      <Tabs items={tabs} />
      <ReviewRemark schemeId={schemeId} period={period} targetId={target.targetId} saved={row.remark} />
      <DisqualifyDialog
        open={disqualifying}
        onClose={() => setDisqualifying(false)}
        schemeId={schemeId}
        period={period}
        targetId={target.targetId}
        targetName={target.name}
        defaultDate={base.date}
      />
      <RemoveStarDialog star={removing} onClose={() => setRemoving(null)} schemeId={schemeId} period={period} targetId={target.targetId} targetName={target.name} />
    </div>
  );
}
