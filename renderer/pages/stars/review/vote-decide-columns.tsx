import { Input, InputNumber, Select, type TableColumnsType } from 'antd';
import {
  agreeRateText,
  decisionOf,
  patchDraft,
  reasonOf,
  voteValue,
  votesText,
  type DecisionDraft,
  type Drafts,
  type ReviewRow,
  type VoteDraft,
} from './review-drafts';
import { starColumn, type ReviewColumn } from './review-columns';

const countKeys = [
  { key: 'agree', title: '同意票' },
  { key: 'disagree', title: '不同意票' },
] as const;

/** 民主测评: agree and disagree counts, the rate they make, and a score. */
export function voteColumns(props: { stateColumn: ReviewColumn; votes: Drafts<VoteDraft>; setVotes: (next: Record<string, VoteDraft>) => void; locked: boolean }): TableColumnsType<ReviewRow> {
  const { votes, locked } = props;
  const vote = (code: string, key: keyof VoteDraft, value: number | null) => props.setVotes(patchDraft(votes, code, { [key]: value }));
  return [
    starColumn,
    props.stateColumn,
    ...countKeys.map(({ key, title }) => ({
      title,
      key,
      width: 110,
      render: (_v: unknown, r: ReviewRow) => (
        <InputNumber aria-label={`${r.item.name}${title}`} size="small" min={0} max={10000} precision={0} value={voteValue(votes, r, key)} onChange={(v) => vote(r.cell.code, key, v)} disabled={locked} />
      ),
    })),
    { title: '同意率', key: 'rate', width: 80, render: (_v, r) => agreeRateText(voteValue(votes, r, 'agree'), voteValue(votes, r, 'disagree')) },
    {
      title: '测评得分',
      key: 'score',
      width: 110,
      render: (_v, r) => (
        <InputNumber aria-label={`${r.item.name}测评得分`} size="small" min={0} max={1000} value={voteValue(votes, r, 'score')} onChange={(v) => vote(r.cell.code, 'score', v)} disabled={locked} />
      ),
    },
  ];
}

const decisionOptions = [
  { value: '', label: '未评定' },
  { value: 'award', label: '通过' },
  { value: 'refuse', label: '不通过' },
] as const;

/** 支部评定: the votes as saved, 通过 or 不通过, and the reason a refusal needs. */
export function decideColumns(props: { stateColumn: ReviewColumn; decisions: Drafts<DecisionDraft>; setDecisions: (next: Record<string, DecisionDraft>) => void; locked: boolean }): TableColumnsType<ReviewRow> {
  const { decisions, setDecisions, locked } = props;
  return [
    starColumn,
    props.stateColumn,
    { title: '测评', key: 'votes', width: 130, render: (_v, r) => <span className="muted">{votesText(r.cell)}</span> },
    {
      title: '评定',
      key: 'decision',
      width: 120,
      render: (_v, r) => (
        <Select<'award' | 'refuse' | ''>
          aria-label={`${r.item.name}评定`}
          size="small"
          value={decisionOf(decisions, r) ?? ''}
          disabled={locked || r.cell.state === 'held' || r.cell.state === 'removed'}
          onChange={(v) => setDecisions(patchDraft(decisions, r.cell.code, { decision: v === '' ? null : v }))}
          options={[...decisionOptions]}
          style={{ width: 100 }}
        />
      ),
    },
    {
      title: '不通过原因',
      key: 'reason',
      render: (_v, r) =>
        decisionOf(decisions, r) === 'refuse' ? (
          <Input
            aria-label={`${r.item.name}不通过原因`}
            size="small"
            value={reasonOf(decisions, r)}
            status={reasonOf(decisions, r).trim() ? undefined : 'error'}
            placeholder="必填"
            maxLength={500}
            onChange={(e) => setDecisions(patchDraft(decisions, r.cell.code, { reason: e.target.value }))}
          />
        ) : null,
    },
  ];
}
