import { useMemo, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
import { invalidReasonsText } from '../../../../shared/evaluation/ballot-validation';
import { invoke } from '../../../api';
import { MismatchCard, MismatchList, type SettleResult } from '../../../components/MismatchCard';
import { draftToMarks, marksToDraft, setLevel, type BallotDraft } from '../ballot-draft';
import { BallotGrid } from '../kiosk/BallotGrid';
import { compareEntries, lineText } from './mismatch-compare';

type Mismatch = ChannelOutput<'evaluation.mismatches'>[number];

/**
 * 录入不一致: the two entries of each disagreeing 票号 side by side; the clerk reads the paper and
 * settles the differing lines (they start empty, so each one is looked at).
 */
export function MismatchPanel(props: { event: EvaluationEvent; clerk: string; mismatches: readonly Mismatch[]; loading: boolean }) {
  const { event, clerk } = props;
  return (
    <MismatchList
      items={props.mismatches}
      loading={props.loading}
      ballot="测评票"
      renderItem={(m, expanded, onToggle) => <MismatchItem key={m.ticketNo} event={event} clerk={clerk} mismatch={m} expanded={expanded} onToggle={onToggle} />}
    />
  );
}

function MismatchItem(props: { event: EvaluationEvent; clerk: string; mismatch: Mismatch; expanded: boolean; onToggle: () => void }) {
  const { event, clerk, mismatch, expanded, onToggle } = props;
  const config = event.config;
  const targets = useMemo(() => [...event.targetList].sort((a, b) => a.sortOrder - b.sortOrder), [event.targetList]);
  const targetIds = useMemo(() => targets.map((t) => t.id), [targets]);
  const rows = useMemo(() => compareEntries(config, targetIds, mismatch.first, mismatch.second), [config, targetIds, mismatch]);
  const differing = useMemo(() => new Set(rows.filter((r) => r.differs).map((r) => r.index)), [rows]);
  const [category, setCategory] = useState<string | undefined>(mismatch.first.category !== mismatch.second.category ? undefined : mismatch.first.category);
  const [draft, setDraft] = useState<BallotDraft>(() => {
    let d = marksToDraft(targetIds, mismatch.first);
    for (const i of differing) d = setLevel(d, i, undefined).map((l, j) => (j === i ? { ...l, scores: {} } : l));
    return d;
  });

  const settle = async (settledCategory: string, checker: string): Promise<SettleResult> => {
    if (config.form !== 'score') {
      const open = [...differing].filter((i) => draft[i]?.level === undefined);
      if (open.length > 0) return { problem: `请对照纸质票核定第 ${open.map((i) => i + 1).join('、')} 行` };
    }
    const r = await invoke('evaluation.settleMismatch', { id: event.id, ticketNo: mismatch.ticketNo, marks: draftToMarks(settledCategory, targetIds, draft), clerk: checker });
    return { counted: r.outcome.valid ? `票号 ${mismatch.ticketNo} 已核定，计为有效票` : `票号 ${mismatch.ticketNo} 已核定，计为无效票（${invalidReasonsText(r.outcome.reasons)}）` };
  };

  return (
    <MismatchCard
      mismatch={mismatch}
      categories={config.categories}
      lines={rows.map((r) => ({ key: String(r.targetId), label: r.index + 1, name: targets[r.index]?.name ?? '', first: lineText(config, r.first), second: lineText(config, r.second), differs: r.differs }))}
      labelTitle="序号"
      expanded={expanded}
      onToggle={onToggle}
      category={category}
      onCategory={setCategory}
      clerk={clerk}
      onSettle={settle}
    >
      <BallotGrid config={config} targets={targets} draft={draft} onChange={setDraft} highlight={differing} size="normal" />
    </MismatchCard>
  );
}
